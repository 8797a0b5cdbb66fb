// icc-index: the command-line tool over the core, for analysts, batch use and tests.
#include "cli/commands.h"

#include <cstdio>
#include <cstring>

namespace {

const char kUsage[] =
    "usage: icc-index <command> [options]\n"
    "\n"
    "commands:\n"
    "  validate FILE...            check index, benchmark or answers files\n"
    "  score --index INDEX [--benchmarks FILE] [--csv] ANSWERS...\n"
    "                              score answers files, one JSON object per file\n"
    "  report --index INDEX [--benchmarks FILE] [--lang LANG] [--earlier ANSWERS] [--format html|csv]\n"
    "         ANSWERS [-o OUT]     write the HTML report (or the scores as CSV) of one answers file\n"
    "\n"
    "exit codes: 0 ok, 1 invalid input, 2 usage error\n";

struct Command {
    const char* name;
    int (*run)(const icc::cli::Arguments&);
};

const Command kCommands[] = {
    {"validate", icc::cli::RunValidate},
    {"score", icc::cli::RunScore},
    {"report", icc::cli::RunReport},
    {"merge", icc::cli::RunMerge},
};

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2 || std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "-h") == 0) {
        std::fputs(kUsage, argc < 2 ? stderr : stdout);
        return argc < 2 ? 2 : 0;
    }
    for (const Command& command : kCommands) {
        if (std::strcmp(argv[1], command.name) == 0)
            return command.run(icc::cli::Arguments(argv + 2, argv + argc));
    }
    std::fprintf(stderr, "icc-index: unknown command '%s'\n\n%s", argv[1], kUsage);
    return 2;
}
