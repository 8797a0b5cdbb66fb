#include "cli/cli_files.h"

#include <cstdio>
#include <fstream>
#include <sstream>

namespace icc::cli {

std::optional<std::string> ReadTextFile(const std::string& path) {
    std::ifstream stream(path, std::ios::binary);
    if (!stream) return std::nullopt;
    std::ostringstream text;
    text << stream.rdbuf();
    if (stream.bad()) return std::nullopt;
    return text.str();
}

bool WriteTextFile(const std::string& path, const std::string& text) {
    std::ofstream stream(path, std::ios::binary | std::ios::trunc);
    if (!stream) return false;
    stream.write(text.data(), static_cast<std::streamsize>(text.size()));
    stream.close();
    return !stream.fail();
}

void PrintProblems(const std::string& file, const Problems& problems) {
    for (const Problem& problem : problems) {
        if (problem.path.empty()) std::fprintf(stderr, "%s: %s\n", file.c_str(), problem.message.c_str());
        else std::fprintf(stderr, "%s: %s: %s\n", file.c_str(), problem.path.c_str(), problem.message.c_str());
    }
}

void WarnIfBenchmarksDoNotFit(const std::string& file, const IndexDefinition& index, const BenchmarkSet& benchmarks) {
    for (const Problem& problem : CheckBenchmarksFor(index, benchmarks))
        std::fprintf(stderr, "%s: warning: %s: %s\n", file.c_str(), problem.path.c_str(), problem.message.c_str());
}

}  // namespace icc::cli
