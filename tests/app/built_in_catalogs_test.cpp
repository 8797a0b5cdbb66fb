// The English catalog the app compiles in as a table (scripts/catalog_tables.py), and the other
// catalogs in the languages' files the page fetches, hold exactly what assets/i18n/*.json say, byte
// for byte.
#include "app/embedded_files.h"
#include "core/translations.h"
#include "language_file.h"
#include "model/language_files.h"
#include "support/repository_file.h"

#include <gtest/gtest.h>

#include <string>

namespace icc {
namespace {

std::unordered_map<std::string, std::string> CatalogFile(const std::string& language) {
    std::unordered_map<std::string, std::string> entries;
    EXPECT_TRUE(Translations::Parse(ReadRepositoryFile("assets/i18n/" + language + ".json"), entries).empty());
    return entries;
}

TEST(BuiltInCatalogs, EnglishIsCompiledInAndTheOthersComeInTheirFilesByteForByte) {
    const EmbeddedFiles shipped;
    EXPECT_TRUE(shipped.HasCatalog("en"));
    EXPECT_EQ(shipped.Catalog("en"), CatalogFile("en"));
    LanguageFiles files(shipped);
    for (const char* language : {"pl", "uk", "fr"}) {
        EXPECT_FALSE(files.HasCatalog(language)) << language << " is fetched, not shipped";
        ASSERT_TRUE(files.Add(language, LanguageFile(language)));
        EXPECT_TRUE(files.HasCatalog(language));
        EXPECT_EQ(files.Catalog(language), CatalogFile(language)) << language;
    }
    EXPECT_TRUE(files.Catalog("de").empty());
    EXPECT_FALSE(files.Add("de", LanguageFile("pl"))) << "a file of another language is refused";
}

}  // namespace
}  // namespace icc
