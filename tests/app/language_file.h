// The file of an interface language the program does not ship (icc-lang-<language>.json, written by
// scripts/language_bundle.py), as the page hands it to the app: each file's JSON text by name.
#pragma once

#include "support/repository_file.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <map>
#include <string>

namespace icc {

inline std::map<std::string, std::string> LanguageFile(const std::string& language) {
    const std::optional<std::string> text =
        ReadWholeFile(std::string(ICC_LANGUAGE_FILES_DIR) + "/icc-lang-" + language + ".json");
    EXPECT_TRUE(text) << "no file of " << language;
    std::map<std::string, std::string> files;
    if (!text) return files;
    const nlohmann::json bundle = nlohmann::json::parse(*text);
    EXPECT_EQ(bundle.at("format"), "icc-language/1");
    EXPECT_EQ(bundle.at("language"), language);
    for (const auto& [name, file] : bundle.at("files").items()) files[name] = file.dump();
    return files;
}

}  // namespace icc
