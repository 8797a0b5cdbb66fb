#include "support/shipped_files.h"

#include "support/repository_file.h"

namespace icc {

std::optional<std::string_view> RepositoryAssets::Find(std::string_view name) const {
    if (auto it = read_.find(name); it != read_.end()) return std::string_view(it->second);
    for (const char* folder : {"assets/index/", "assets/benchmarks/", "assets/published/", "assets/i18n/"})
        if (std::optional<std::string> text = TryReadRepositoryFile(folder + std::string(name)))
            return std::string_view(read_.emplace(std::string(name), std::move(*text)).first->second);
    return std::nullopt;
}

const BuiltInFiles& ShippedFiles() {
    static const RepositoryAssets files;
    return files;
}

}  // namespace icc
