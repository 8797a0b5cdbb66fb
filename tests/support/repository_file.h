// Files of the repository, for the tests, benchmarks and fuzz targets that read fixtures and assets
// from the source tree: natively, and as wasm under node through NODERAWFS (tests/CMakeLists.txt).
// ICC_SOURCE_DIR, the repository root, is defined for each of those targets.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>

namespace icc {

// The whole file at `path`, or nothing when it cannot be opened.
inline std::optional<std::string> ReadWholeFile(const std::string& path) {
    std::ifstream file(path, std::ios::binary);
    if (!file) return std::nullopt;
    std::ostringstream text;
    text << file.rdbuf();
    return text.str();
}

// A file given relative to the repository root, or nothing when it is not there.
inline std::optional<std::string> TryReadRepositoryFile(const std::string& relativePath) {
    return ReadWholeFile(std::string(ICC_SOURCE_DIR) + "/" + relativePath);
}

// A file the checkout must have. Without it no result means anything, so the program stops with
// the file's name (gtest reports the test as crashed; libFuzzer reports it before any input).
inline std::string ReadRepositoryFile(const std::string& relativePath) {
    std::optional<std::string> text = TryReadRepositoryFile(relativePath);
    if (!text) {
        std::fprintf(stderr, "cannot read %s/%s\n", ICC_SOURCE_DIR, relativePath.c_str());
        std::abort();
    }
    return *text;
}

}  // namespace icc
