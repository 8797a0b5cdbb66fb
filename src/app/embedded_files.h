// The model's built-in files (model/built_in_files.h) from the files compiled into the program.
#pragma once

#include "model/built_in_files.h"

namespace icc {

class EmbeddedFiles : public BuiltInFiles {
public:
    std::optional<std::string_view> Find(std::string_view name) const override;
    // From the tables compiled in (app/built_in_catalogs.h), not the JSON files.
    std::unordered_map<std::string, std::string> Catalog(const std::string& language) const override;
    bool HasCatalog(const std::string& language) const override;
};

}  // namespace icc
