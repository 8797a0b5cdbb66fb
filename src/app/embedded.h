// Data files compiled into the binary (fonts, the default index's parts, the figures), found by name.
// The tables are generated at build time by cmake/EmbedFiles.cmake.
#pragma once

#include <cstddef>
#include <string_view>

namespace icc::embedded {

struct File {
    const char* name;
    const unsigned char* data;  // followed by a zero byte, so text files are C strings too
    std::size_t size;

    std::string_view Text() const { return {reinterpret_cast<const char*>(data), size}; }
};

// The embedded file with this name (no folder), or nullptr.
const File* Find(const char* name);

}  // namespace icc::embedded
