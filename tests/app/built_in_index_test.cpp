// The index the app embeds: assets/index/icc-2019.json split by language at build time
// (scripts/split_index_languages.py), so that starting parses one language's texts. Each language
// must read back as the whole file does, and switching the language must show its texts.
#include "app/embedded_files.h"
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
    const std::optional<std::string_view> texts = files.Find("icc-2019." + language + ".json");
    EXPECT_TRUE(english && texts) << "the app embeds no part of the index for " << language;
    if (!english || !texts) return {};
    IndexLoadResult loaded = language == "en" ? LoadIndexDefinition(*english) : LoadIndexDefinition(*english, *texts);
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

}  // namespace
}  // namespace icc
