// The data files that ship inside the program (the default index, the comparison figures, the
// interface catalogs), found by name. The app hands the model its embedded files; the model's
// tests hand it the repository's assets. So the model never depends on how the program is built.
#pragma once

#include <optional>
#include <string_view>

namespace icc {

class BuiltInFiles {
public:
    virtual ~BuiltInFiles() = default;
    // The text of the file with this name (no folder: "icc-2019.json", "pl.json"), if it ships.
    virtual std::optional<std::string_view> Find(std::string_view name) const = 0;
};

}  // namespace icc
