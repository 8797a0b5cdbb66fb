#include "core/translations.h"

#include "core/interface_languages.h"
#include "support/repository_file.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <iterator>
#include <set>
#include <string>
#include <unordered_map>

namespace icc {
namespace {

using Catalog = std::unordered_map<std::string, std::string>;

std::string ReadCatalogFile(const std::string& language) {
    return ReadRepositoryFile("assets/i18n/" + language + ".json");
}

// The {name} placeholders of a text, which FillTemplate replaces at run time.
std::set<std::string> Placeholders(const std::string& text) {
    std::set<std::string> names;
    for (size_t open = text.find('{'); open != std::string::npos; open = text.find('{', open + 1)) {
        size_t close = text.find('}', open);
        if (close == std::string::npos) break;
        names.insert(text.substr(open + 1, close - open - 1));
    }
    return names;
}

std::string Joined(const std::set<std::string>& names) {
    std::string joined;
    for (const std::string& name : names) joined += (joined.empty() ? "" : ", ") + name;
    return joined;
}

TEST(Translations, ParsesAFlatCatalogWithMetadata) {
    Catalog catalog;
    Problems problems = Translations::Parse(R"({"_language.name": "Polski", "start.new": "Rozpocznij"})", catalog);
    EXPECT_TRUE(problems.empty());
    EXPECT_EQ(catalog.size(), 2u);
    EXPECT_EQ(catalog["_language.name"], "Polski");
    EXPECT_EQ(catalog["start.new"], "Rozpocznij");
}

TEST(Translations, NamesEachEntryThatIsNotText) {
    Catalog catalog;
    Problems problems = Translations::Parse(R"({"a": "A", "b": 2, "c": null, "d": ["x"]})", catalog);
    ASSERT_EQ(problems.size(), 3u);
    std::set<std::string> paths;
    for (const Problem& problem : problems) paths.insert(problem.path);
    EXPECT_EQ(paths, (std::set<std::string>{"/b", "/c", "/d"}));
    EXPECT_EQ(catalog.size(), 1u);
    EXPECT_EQ(catalog["a"], "A");
}

TEST(Translations, RejectsAnythingButAJsonObject) {
    for (const char* text : {"", "not json", "[\"a\"]", "\"text\"", "{\"a\": \"A\"", "42"}) {
        Catalog catalog;
        Problems problems = Translations::Parse(text, catalog);
        EXPECT_EQ(problems.size(), 1u) << text;
        EXPECT_TRUE(catalog.empty()) << text;
    }
}

TEST(Translations, LooksUpTheCatalogThenEnglishThenTheKey) {
    Translations translations;
    translations.Set("pl", {{"start.new", "Rozpocznij nową ocenę"}},
                     {{"start.new", "Start a new assessment"}, {"start.import", "Import a JSON file"}});
    EXPECT_EQ(translations.Language(), "pl");
    EXPECT_STREQ(translations.Get("start.new"), "Rozpocznij nową ocenę");
    EXPECT_STREQ(translations.Get("start.import"), "Import a JSON file");
    EXPECT_STREQ(translations.Get("no.such.key"), "no.such.key");
}

TEST(Translations, StartsInEnglishWithEveryKeyShownAsItself) {
    Translations translations;
    EXPECT_EQ(translations.Language(), "en");
    EXPECT_STREQ(translations.Get("start.new"), "start.new");
}

// Every shipped catalog must translate exactly the keys of en.json, keeping its placeholders:
// a key added to English fails here until it is translated.
class ShippedCatalog : public testing::TestWithParam<const char*> {};

TEST_P(ShippedCatalog, MatchesEnglishKeyForKey) {
    Catalog english;
    ASSERT_TRUE(Translations::Parse(ReadCatalogFile("en"), english).empty());
    ASSERT_FALSE(english.empty());
    Catalog catalog;
    Problems problems = Translations::Parse(ReadCatalogFile(GetParam()), catalog);
    for (const Problem& problem : problems) ADD_FAILURE() << problem.path << ": " << problem.message;

    for (const auto& [key, text] : english) {
        auto it = catalog.find(key);
        if (it == catalog.end()) {
            ADD_FAILURE() << "missing \"" << key << "\" (English: " << text << ")";
            continue;
        }
        EXPECT_FALSE(it->second.empty()) << key;
        EXPECT_EQ(Joined(Placeholders(it->second)), Joined(Placeholders(text))) << "placeholders of " << key;
    }
    for (const auto& entry : catalog)
        EXPECT_TRUE(english.count(entry.first)) << "\"" << entry.first << "\" is not in en.json";
}

TEST_P(ShippedCatalog, NamesItsOwnLanguage) {
    Catalog catalog;
    Translations::Parse(ReadCatalogFile(GetParam()), catalog);
    EXPECT_FALSE(catalog["_language.name"].empty());
    EXPECT_EQ(catalog["_language.name"], catalog["language.current"]);
    EXPECT_EQ(catalog["language." + std::string(GetParam())], catalog["language.current"]);
}

// Every interface language but English, the reference.
INSTANTIATE_TEST_SUITE_P(Translations, ShippedCatalog, testing::ValuesIn(std::begin(kInterfaceLanguages) + 1,
                                                                          std::end(kInterfaceLanguages)));

TEST(Translations, EveryInterfaceLanguageHasACatalogAndEveryCatalogALanguage) {
    EXPECT_STREQ(kInterfaceLanguages[0], "en");
    for (const char* language : kInterfaceLanguages) EXPECT_FALSE(ReadCatalogFile(language).empty()) << language;
    std::size_t catalogs = 0;
    for (const auto& entry : std::filesystem::directory_iterator(std::string(ICC_SOURCE_DIR) + "/assets/i18n")) {
        if (entry.path().extension() != ".json") continue;
        ++catalogs;
        EXPECT_TRUE(IsInterfaceLanguage(entry.path().stem().string())) << entry.path() << " is not in kInterfaceLanguages";
    }
    EXPECT_EQ(catalogs, std::size(kInterfaceLanguages));
}

TEST(InterfaceLanguages, TheBrowsersFirstSpokenLanguageWins) {
    EXPECT_EQ(NegotiateLanguage({"fr-CH", "de-CH", "en"}), "fr");
    EXPECT_EQ(NegotiateLanguage({"de-DE", "fr"}), "fr");
    EXPECT_EQ(NegotiateLanguage({"pl-PL", "fr-FR"}), "pl");
    EXPECT_EQ(NegotiateLanguage({"uk"}), "uk");
    EXPECT_EQ(NegotiateLanguage({"de-DE", "it"}), "en");
    EXPECT_EQ(NegotiateLanguage({}), "en");
}

}  // namespace
}  // namespace icc
