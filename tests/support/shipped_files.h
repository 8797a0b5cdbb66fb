// The model's built-in files read from the repository's assets (assets/index, assets/benchmarks,
// assets/i18n), so that the model's tests run on the real data without the app's embedding.
#pragma once

#include "model/built_in_files.h"

#include <map>
#include <string>

namespace icc {

class RepositoryAssets : public BuiltInFiles {
public:
    std::optional<std::string_view> Find(std::string_view name) const override;

private:
    mutable std::map<std::string, std::string, std::less<>> read_;  // each file read once
};

// One instance for every test: the files never change while the tests run.
const BuiltInFiles& ShippedFiles();

}  // namespace icc
