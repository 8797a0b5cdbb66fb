#include "app/embedded_files.h"

#include "app/built_in_catalogs.h"
#include "app/embedded.h"

#include <string>

namespace icc {

std::optional<std::string_view> EmbeddedFiles::Find(std::string_view name) const {
    if (const embedded::File* file = embedded::Find(std::string(name).c_str())) return file->Text();
    return std::nullopt;
}

std::unordered_map<std::string, std::string> EmbeddedFiles::Catalog(const std::string& language) const {
    std::unordered_map<std::string, std::string> entries;
    if (const CatalogTable* catalog = FindBuiltInCatalog(language)) {
        entries.reserve(catalog->size);
        for (std::size_t i = 0; i < catalog->size; ++i) entries.emplace(catalog->entries[i].key, catalog->entries[i].text);
    }
    return entries;
}

bool EmbeddedFiles::HasCatalog(const std::string& language) const { return FindBuiltInCatalog(language) != nullptr; }

}  // namespace icc
