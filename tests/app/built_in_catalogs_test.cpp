// The interface catalogs the app compiles in as tables (scripts/catalog_tables.py) hold exactly
// what assets/i18n/*.json say, byte for byte.
#include "app/embedded_files.h"
#include "core/translations.h"
#include "support/repository_file.h"

#include <gtest/gtest.h>

#include <string>

namespace icc {
namespace {

TEST(BuiltInCatalogs, AreTheCatalogFilesByteForByte) {
    const EmbeddedFiles files;
    for (const char* language : {"en", "pl", "uk", "fr"}) {
        std::unordered_map<std::string, std::string> expected;
        ASSERT_TRUE(Translations::Parse(ReadRepositoryFile(std::string("assets/i18n/") + language + ".json"), expected).empty());
        EXPECT_EQ(files.Catalog(language), expected) << language;
    }
    EXPECT_TRUE(files.Catalog("de").empty());
}

}  // namespace
}  // namespace icc
