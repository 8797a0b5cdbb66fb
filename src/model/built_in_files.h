// The data files that ship inside the program (the default index, the comparison figures, the
// interface catalogs), found by name. The app hands the model its embedded files; the model's
// tests hand it the repository's assets. So the model never depends on how the program is built.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace icc {

class BuiltInFiles {
public:
    virtual ~BuiltInFiles() = default;
    // The text of the file with this name (no folder: "icc-2019.json", "pl.json"), if it ships.
    virtual std::optional<std::string_view> Find(std::string_view name) const = 0;
    // The interface texts of `language` by key: its catalog "<language>.json" read (the app
    // overrides this with the catalogs compiled in as tables); empty when none ships.
    virtual std::unordered_map<std::string, std::string> Catalog(const std::string& language) const;
    // Whether Catalog(language) has anything, without reading it.
    virtual bool HasCatalog(const std::string& language) const { return Find(language + ".json").has_value(); }
};

}  // namespace icc
