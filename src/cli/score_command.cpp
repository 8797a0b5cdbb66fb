#include "cli/commands.h"

#include <cstdio>

namespace icc::cli {

int RunScore(const Arguments&) {
    std::fputs("icc-index score: not implemented yet\n", stderr);
    return 2;
}

}  // namespace icc::cli
