#include "cli/commands.h"

#include <cstdio>

namespace icc::cli {

int RunValidate(const Arguments&) {
    std::fputs("icc-index validate: not implemented yet\n", stderr);
    return 2;
}

}  // namespace icc::cli
