// The interface catalogs shipped in assets/i18n, for the core tests that word sentences (the
// explanations, the report) as the app does.
#pragma once

#include "core/translations.h"
#include "support/repository_file.h"

#include <string>
#include <unordered_map>

namespace icc {

// The catalog of `language` over the English one, as the app and `icc-index report` set them.
inline Translations ShippedTranslations(const std::string& language) {
    std::unordered_map<std::string, std::string> english, catalog;
    Translations::Parse(ReadRepositoryFile("assets/i18n/en.json"), english);
    if (language != "en") Translations::Parse(ReadRepositoryFile("assets/i18n/" + language + ".json"), catalog);
    Translations translations;
    translations.Set(language, std::move(catalog), std::move(english));
    return translations;
}

}  // namespace icc
