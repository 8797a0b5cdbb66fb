#include "model/built_in_files.h"

#include "core/translations.h"

namespace icc {

std::unordered_map<std::string, std::string> BuiltInFiles::Catalog(const std::string& language) const {
    std::unordered_map<std::string, std::string> entries;
    if (std::optional<std::string_view> text = Find(language + ".json")) Translations::Parse(*text, entries);
    return entries;
}

}  // namespace icc
