// The user-interface text in one language, with English as the fallback for anything missing.
// Catalogs are flat JSON objects of key -> text (assets/i18n/<language>.json, see its README).
#pragma once

#include "core/problems.h"

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>

namespace icc {

class Translations {
public:
    // Reads a catalog; problems name each entry that is not a string. Keys starting with "_"
    // hold metadata (e.g. "_language.name") and are kept like the others.
    static Problems Parse(std::string_view json, std::unordered_map<std::string, std::string>& out);

    // Uses `catalog` for lookups, falling back to `fallback` (English), then to the key itself,
    // so a missing text is visible but never blank.
    void Set(std::string language, std::unordered_map<std::string, std::string> catalog,
             std::unordered_map<std::string, std::string> fallback);

    const char* Get(const char* key) const;
    const std::string& Language() const { return language_; }

private:
    std::string language_ = "en";
    // The catalog over English, merged once. Looked up for every label of every frame: the
    // transparent comparator finds a `const char*` key without making a std::string of it.
    std::map<std::string, std::string, std::less<>> texts_;
};

}  // namespace icc
