#include "support/repository_files.h"

#include <fstream>
#include <sstream>

namespace icc {

std::optional<std::string_view> RepositoryFiles::Find(std::string_view name) const {
    if (auto it = read_.find(name); it != read_.end()) return std::string_view(it->second);
    for (const char* folder : {"assets/index/", "assets/benchmarks/", "assets/i18n/"}) {
        std::ifstream in(std::string(ICC_SOURCE_DIR) + "/" + folder + std::string(name), std::ios::binary);
        if (!in) continue;
        std::stringstream text;
        text << in.rdbuf();
        return std::string_view(read_.emplace(std::string(name), text.str()).first->second);
    }
    return std::nullopt;
}

const BuiltInFiles& ShippedFiles() {
    static const RepositoryFiles files;
    return files;
}

}  // namespace icc
