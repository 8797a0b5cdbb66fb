#include "cli/cli_files.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace icc::cli {

std::optional<std::string> ReadInputFile(const std::string& path, std::string& error) {
    std::error_code code;
    // Checked before opening: opening a FIFO blocks until a writer comes, and a device never ends.
    if (!std::filesystem::is_regular_file(path, code)) {
        error = std::filesystem::exists(path, code) ? "cannot read the file: it is not a regular file"
                                                    : "cannot read the file: it does not exist";
        return std::nullopt;
    }
    const std::uintmax_t size = std::filesystem::file_size(path, code);
    if (code) {
        error = "cannot read the file: " + code.message();
        return std::nullopt;
    }
    if (size > kMaxInputFileBytes) {
        error = "the file is " + std::to_string(size / (1024 * 1024)) +
                " MB; files over 64 MB are refused (no real index, benchmark or answers file is that big)";
        return std::nullopt;
    }
    std::ifstream stream(path, std::ios::binary);
    std::ostringstream text;
    text << stream.rdbuf();
    if (!stream) {
        error = "cannot read the file";
        return std::nullopt;
    }
    return text.str();
}

std::optional<std::string> ReadInputFileOrSay(const std::string& path) {
    std::string error;
    std::optional<std::string> text = ReadInputFile(path, error);
    if (!text) std::fprintf(stderr, "%s: %s\n", path.c_str(), error.c_str());
    return text;
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

void PrintWarnings(const std::string& file, const Problems& warnings) {
    for (const Problem& warning : warnings)
        std::fprintf(stderr, "%s: warning: %s: %s\n", file.c_str(), warning.path.c_str(), warning.message.c_str());
}

void WarnIfBenchmarksDoNotFit(const std::string& file, const IndexDefinition& index, const BenchmarkSet& benchmarks) {
    PrintWarnings(file, CheckBenchmarksFor(index, benchmarks));
}

std::optional<PublishedResults> LoadPublishedFileOrSay(const std::string& path, const IndexDefinition& index) {
    const std::optional<std::string> text = ReadInputFileOrSay(path);
    if (!text) return std::nullopt;
    PublishedResultsLoadResult loaded = LoadPublishedResults(*text);
    if (loaded.published) loaded.problems = CheckPublishedResultsFor(index, *loaded.published);
    if (!loaded.published || !loaded.problems.empty()) {
        PrintProblems(path, loaded.problems);
        return std::nullopt;
    }
    return std::move(loaded.published);
}

}  // namespace icc::cli
