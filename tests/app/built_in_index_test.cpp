// The index the app embeds: assets/index/icc-2019.json split by language at build time
// (scripts/split_index_languages.py): its English part in the program, each other language's texts
// in that language's file, fetched when it is chosen. Each language must read back as the whole
// file does, and switching the language must show its texts.
#include "app/embedded_files.h"
#include "language_file.h"
#include "core/index_loader.h"
#include "core/interface_languages.h"
#include "model/session.h"
#include "support/memory_platform.h"
#include "support/repository_file.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <set>
#include <string>

namespace icc {
namespace {

using Json = nlohmann::json;

const std::vector<std::string> kLanguages = {"en", "pl", "uk", "fr"};

// `value` with every text (an object keyed by languages only) cut down to `keep`.
Json CutTexts(const Json& value, const std::set<std::string>& languages, const std::set<std::string>& keep) {
    if (value.is_object()) {
        bool isText = !value.empty();
        for (const auto& item : value.items()) isText = isText && languages.count(item.key()) > 0;
        Json cut = Json::object();
        for (const auto& item : value.items()) {
            if (isText && !keep.count(item.key())) continue;
            cut[item.key()] = isText ? item.value() : CutTexts(item.value(), languages, keep);
        }
        return cut;
    }
    if (value.is_array()) {
        Json cut = Json::array();
        for (const Json& item : value) cut.push_back(CutTexts(item, languages, keep));
        return cut;
    }
    return value;
}

IndexDefinition BuiltInIn(const std::string& language) {
    const EmbeddedFiles files;
    const std::optional<std::string_view> english = files.Find("icc-2019.en.json");
    EXPECT_TRUE(english) << "the app embeds no English part of the index";
    if (!english) return {};
    if (language == "en") return LoadIndexDefinition(*english).definition.value_or(IndexDefinition{});
    EXPECT_FALSE(files.Find("icc-2019." + language + ".json")) << language << " is fetched, not shipped";
    const std::map<std::string, std::string> fetched = LanguageFile(language);
    const auto texts = fetched.find("icc-2019." + language + ".json");
    EXPECT_NE(texts, fetched.end()) << "the file of " << language << " has no texts of the index";
    if (texts == fetched.end()) return {};
    IndexLoadResult loaded = LoadIndexDefinition(*english, texts->second);
    EXPECT_TRUE(loaded.definition) << language << ": " << (loaded.problems.empty() ? "" : loaded.problems[0].message);
    return loaded.definition.value_or(IndexDefinition{});
}

TEST(BuiltInIndex, EachLanguageReadsAsTheWholeFileInThatLanguage) {
    IndexLoadResult whole = LoadIndexDefinition(ReadRepositoryFile("assets/index/icc-2019.json"));
    ASSERT_TRUE(whole.definition);
    const Json wholeSaved = Json::parse(SaveIndexDefinition(*whole.definition));
    const std::set<std::string> languages(whole.definition->languages.begin(), whole.definition->languages.end());
    for (const std::string& language : kLanguages) {
        ASSERT_TRUE(IsInterfaceLanguage(language));
        Json expected = CutTexts(wholeSaved, languages, {"en", language});
        expected["languages"] = language == "en" ? Json{"en"} : Json{"en", language};
        EXPECT_EQ(Json::parse(SaveIndexDefinition(BuiltInIn(language))), expected) << language;
    }
}

TEST(BuiltInIndex, SwitchingTheLanguageShowsTheQuestionsInItAndKeepsTheAnswers) {
    const IndexDefinition whole = *LoadIndexDefinition(ReadRepositoryFile("assets/index/icc-2019.json")).definition;
    const Question& first = whole.areas[0].questions[0];
    MemoryPlatform platform;
    const EmbeddedFiles files;
    Session session(platform, files);
    session.Start(false);
    ASSERT_EQ(session.Language(), "en");
    session.NewAssessment();
    Answer chosen;
    chosen.selected = {first.options[0].id};
    session.SetAnswer(first.id, chosen);
    const std::optional<double> index = session.Scores().extendedIndex;
    ASSERT_TRUE(index);
    for (const std::string language : {"pl", "uk", "fr", "en"}) {
        session.SetLanguage(language);
        if (language != "en") {
            ASSERT_EQ(session.FetchingLanguage(), language);
            EXPECT_EQ(platform.languageFetches.back(), language);
            EXPECT_EQ(session.Language(), "en") << "English until the file arrives";
            ASSERT_TRUE(session.AddLanguageFiles(language, LanguageFile(language)));
        }
        ASSERT_EQ(session.Language(), language);
        EXPECT_TRUE(session.FetchingLanguage().empty());
        const Question& shown = session.Definition().areas[0].questions[0];
        EXPECT_EQ(shown.text.Get(language), first.text.Get(language)) << language;
        EXPECT_EQ(shown.options[0].label.Get(language), first.options[0].label.Get(language)) << language;
        ASSERT_NE(session.FindAnswer(first.id), nullptr) << language;
        EXPECT_EQ(session.Scores().extendedIndex, index) << language;
    }
}

TEST(BuiltInIndex, StartsInTheLanguageOfTheAddress) {
    const IndexDefinition whole = *LoadIndexDefinition(ReadRepositoryFile("assets/index/icc-2019.json")).definition;
    MemoryPlatform platform;
    platform.urlParameters["lang"] = "uk";
    const EmbeddedFiles files;
    Session session(platform, files);
    session.Start(false);
    ASSERT_EQ(platform.languageFetches, std::vector<std::string>{"uk"});
    ASSERT_TRUE(session.AddLanguageFiles("uk", LanguageFile("uk")));
    EXPECT_EQ(session.Language(), "uk");
    EXPECT_EQ(session.Definition().title.Get("uk"), whole.title.Get("uk"));
    EXPECT_EQ(session.Definition().areas.back().title.Get("uk"), whole.areas.back().title.Get("uk"));
}

TEST(BuiltInIndex, IsReadWhenFirstNeededNotAtStart) {
    MemoryPlatform platform;
    const EmbeddedFiles files;
    Session session(platform, files);
    session.Start(false);
    EXPECT_FALSE(session.IndexRead()) << "a first visit lists nothing that needs the index";
    session.SetLanguage("pl");
    session.AddLanguageFiles("pl", LanguageFile("pl"));
    EXPECT_FALSE(session.IndexRead());
    const IndexDefinition whole = *LoadIndexDefinition(ReadRepositoryFile("assets/index/icc-2019.json")).definition;
    EXPECT_EQ(session.Definition().title.Get("pl"), whole.title.Get("pl")) << "read in the language chosen meanwhile";
    EXPECT_NE(session.Published(), nullptr) << "the built-in figures come with the index";
    EXPECT_NE(session.Benchmarks(), nullptr);

    session.NewAssessment();
    session.Flush();
    Session next(platform, files);
    next.Start(false);
    EXPECT_TRUE(next.IndexRead()) << "a saved assessment is listed with its progress, which needs the index";
    ASSERT_EQ(next.Saved().size(), 1u);
    EXPECT_TRUE(next.HasAssessment()) << "and the one open at the end of the visit is reopened";
}

TEST(BuiltInIndex, ALanguageWhoseFileCannotBeFetchedLeavesTheInterfaceAsItWasWithANotice) {
    MemoryPlatform platform;
    const EmbeddedFiles files;
    Session session(platform, files);
    session.Start(false);
    session.NewAssessment();
    const std::string title = session.Definition().title.Get("en");
    session.SetLanguage("fr");
    session.LanguageUnavailable("fr");
    EXPECT_EQ(session.Language(), "en");
    EXPECT_TRUE(session.FetchingLanguage().empty());
    EXPECT_EQ(session.CurrentNotice().code, "notice.language_unavailable");
    EXPECT_EQ(session.Definition().title.Get("en"), title);
    EXPECT_TRUE(session.HasAssessment());

    session.SetLanguage("fr");  // chosen again: fetched again
    EXPECT_EQ(platform.languageFetches, (std::vector<std::string>{"fr", "fr"}));
    session.SetLanguage("en");  // changed its mind before the file came
    EXPECT_TRUE(session.FetchingLanguage().empty());
    ASSERT_TRUE(session.AddLanguageFiles("fr", LanguageFile("fr")));
    EXPECT_EQ(session.Language(), "en") << "a file that arrives late changes nothing";
    session.SetLanguage("fr");
    EXPECT_EQ(session.Language(), "fr") << "and is there when the language is chosen again";
    EXPECT_EQ(platform.languageFetches.size(), 2u);
}

}  // namespace
}  // namespace icc
