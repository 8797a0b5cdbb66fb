// The embedding options on the app's side: another index definition (?index=) and a published
// export shown read-only (?view=results&data=), over the in-memory platform.
#include "app/app.h"
#include "support/memory_platform.h"
#include "support/notices.h"
#include "support/repository_file.h"
#include "support/shipped_files.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace icc {
namespace {

nlohmann::json Call(App& app, const nlohmann::json& request) {
    return nlohmann::json::parse(app.HandleApiCall(request.dump()), nullptr, false);
}

TEST(Embedding, AnotherIndexDefinitionReplacesTheBuiltInOne) {
    MemoryPlatform platform;
    Session session(platform, ShippedFiles());
    session.Start(false);
    session.NewAssessment();
    ASSERT_TRUE(session.UseDefinition("minimal.json", ReadRepositoryFile("tests/data/index-valid/minimal.json")));
    EXPECT_EQ(session.Definition().id, "test-index");
    EXPECT_FALSE(session.HasAssessment()) << "an assessment of another index stays open";
    EXPECT_EQ(session.Saved().size(), 1u) << "the closed assessment must stay saved";
    session.NewAssessment();
    EXPECT_EQ(session.Current().indexId, "test-index");
    EXPECT_EQ(session.Scores().areas.size(), session.Definition().areas.size());
}

TEST(Embedding, AssessmentsOfTheBuiltInIndexAreListedButNeverOpenedAgainstAnotherOne) {
    MemoryPlatform platform;
    Session session(platform, ShippedFiles());
    session.Start(false);
    session.NewAssessment();
    const std::string id = session.Current().id;
    Answer yes;
    yes.selected = {"yes"};
    session.SetAnswer("commitment.public-statement", yes);
    session.Close();
    const std::string stored = platform.storage.at(AssessmentStore::AssessmentKey(id));
    ASSERT_TRUE(session.UseDefinition("minimal.json", ReadRepositoryFile("tests/data/index-valid/minimal.json")));

    ASSERT_EQ(session.Saved().size(), 1u);
    EXPECT_EQ(session.Saved()[0].problem.code, "notice.other_index");
    EXPECT_TRUE(NoticeMentions(session.Saved()[0].problem, "icc-2019"));
    EXPECT_FALSE(session.Open(id));
    EXPECT_TRUE(NoticeMentions(session.CurrentNotice(), "icc-2019"));
    EXPECT_FALSE(session.SetEarlier(id));
    session.NewAssessment();
    EXPECT_FALSE(session.SetEarlier(id));
    EXPECT_EQ(platform.storage.at(AssessmentStore::AssessmentKey(id)), stored)
        << "the other index's assessment must stay as it was";
}

TEST(Embedding, AReloadWithTheSameIndexReopensItsAssessmentQuietly) {
    MemoryPlatform platform;
    const std::string definition = ReadRepositoryFile("tests/data/index-valid/minimal.json");
    std::string id;
    {
        Session session(platform, ShippedFiles());
        session.Start(false);
        ASSERT_TRUE(session.UseDefinition("minimal.json", definition));
        session.NewAssessment();
        id = session.Current().id;
        session.Flush();
    }
    Session reloaded(platform, ShippedFiles());
    reloaded.Start(false);  // the page applies ?index= after the start
    EXPECT_FALSE(reloaded.HasAssessment());
    EXPECT_TRUE(reloaded.CurrentNotice().empty()) << "no complaint about an assessment of the index still to come";
    ASSERT_TRUE(reloaded.UseDefinition("minimal.json", definition));
    ASSERT_TRUE(reloaded.HasAssessment());
    EXPECT_EQ(reloaded.Current().id, id);
}

TEST(Embedding, EachIndexHasItsOwnComparisonFigures) {
    MemoryPlatform platform;
    Session session(platform, ShippedFiles());
    session.Start(false);
    const std::string builtIn = session.Benchmarks()->id;
    ASSERT_TRUE(session.UseDefinition("minimal.json", ReadRepositoryFile("tests/data/index-valid/minimal.json")));
    EXPECT_EQ(session.Benchmarks(), nullptr) << "the built-in figures are for another index";
    ASSERT_TRUE(session.UseDefinition("icc-2019.json", ReadRepositoryFile("assets/index/icc-2019.json")));
    ASSERT_NE(session.Benchmarks(), nullptr) << "back to the built-in index, back to its figures";
    EXPECT_EQ(session.Benchmarks()->id, builtIn);
}

TEST(Embedding, AnIndexWithoutFiguresComparesWithNothingAndForgetsTheEarlierAssessment) {
    MemoryPlatform platform;
    Session session(platform, ShippedFiles());
    session.Start(false);
    session.NewAssessment();
    const std::string earlierId = session.Current().id;
    session.Flush();
    session.NewAssessment();
    ASSERT_TRUE(session.SetEarlier(earlierId));
    ASSERT_NE(session.CurrentComparison(), nullptr);
    ASSERT_TRUE(session.UseDefinition("minimal.json", ReadRepositoryFile("tests/data/index-valid/minimal.json")));
    session.NewAssessment();
    EXPECT_EQ(session.CurrentComparison(), nullptr) << "figures of the replaced index were kept";
    EXPECT_EQ(session.Earlier(), nullptr) << "an assessment of the replaced index was kept to compare with";
}

TEST(Embedding, TheSameIndexAgainKeepsThePlace) {
    MemoryPlatform platform;
    Session session(platform, ShippedFiles());
    session.Start(false);
    session.NewAssessment();
    session.SetPosition({3, 2});
    ASSERT_TRUE(session.UseDefinition("icc-2019.json", ReadRepositoryFile("assets/index/icc-2019.json")));
    ASSERT_TRUE(session.HasAssessment());
    EXPECT_EQ(session.CurrentPosition().area, 3);
    EXPECT_EQ(session.CurrentPosition().question, 2);
}

TEST(Embedding, APublishedResultOfAnotherIndexIsRefused) {
    MemoryPlatform platform;
    Session session(platform, ShippedFiles());
    session.Start(false);
    ASSERT_TRUE(session.UseDefinition("minimal.json", ReadRepositoryFile("tests/data/index-valid/minimal.json")));
    EXPECT_FALSE(session.ShowInMemory("results.json", ReadRepositoryFile("web/embed-demo/example-results.json")));
    EXPECT_FALSE(session.HasAssessment());
    EXPECT_TRUE(NoticeMentions(session.CurrentNotice(), "icc-2019"));
}

TEST(Embedding, ABrokenDefinitionChangesNothingAndSaysWhich) {
    MemoryPlatform platform;
    Session session(platform, ShippedFiles());
    session.Start(false);
    session.NewAssessment();
    const std::string id = session.Current().id;
    EXPECT_FALSE(session.UseDefinition("broken.json", "{\"formatVersion\": 1"));
    EXPECT_FALSE(session.UseDefinition("empty.json", ""));
    EXPECT_EQ(session.Definition().id, "icc-2019");
    ASSERT_TRUE(session.HasAssessment());
    EXPECT_EQ(session.Current().id, id);
    EXPECT_TRUE(NoticeMentions(session.CurrentNotice(), "empty.json"));
}

TEST(Embedding, APublishedResultIsShownReadOnlyAndNothingIsStored) {
    MemoryPlatform platform;
    platform.urlParameters["view"] = "results";
    App app(platform);
    app.Start();
    const std::string published = ReadRepositoryFile("web/embed-demo/example-results.json");
    nlohmann::json shown = Call(app, {{"call", "showResults"}, {"text", published}, {"source", "results.json"}});
    ASSERT_EQ(shown.value("ok", false), true) << shown.dump();
    nlohmann::json state = Call(app, {{"call", "state"}});
    EXPECT_EQ(state.value("readOnly", false), true);
    EXPECT_EQ(state.value("screen", ""), "results");
    EXPECT_EQ(state.value("storage", ""), "unavailable");
    EXPECT_EQ(app.GetSession().Current().city.name, "City of Example");

    for (const nlohmann::json& change :
         {nlohmann::json{{"call", "setAnswer"}, {"questionId", "commitment.public-statement"}, {"value", "no"}},
          nlohmann::json{{"call", "setCity"}, {"name", "Changed"}}, nlohmann::json{{"call", "newAssessment"}},
          nlohmann::json{{"call", "setEvidence"}, {"questionId", "commitment.public-statement"}, {"text", "x"}}})
        EXPECT_EQ(Call(app, change).value("ok", true), false) << change.dump();
    EXPECT_EQ(app.GetSession().Current().city.name, "City of Example");
    app.GetSession().Flush();
    app.GetSession().SetLanguage("pl");
    EXPECT_TRUE(platform.storage.empty()) << "a results page wrote " << platform.storage.begin()->first;
}

TEST(Embedding, AnUnreadableExportLeavesANotice) {
    MemoryPlatform platform;
    platform.urlParameters["view"] = "results";
    App app(platform);
    app.Start();
    nlohmann::json shown = Call(app, {{"call", "showResults"}, {"text", "[1, 2"}, {"source", "results.json"}});
    EXPECT_EQ(shown.value("ok", true), false);
    EXPECT_FALSE(app.GetSession().HasAssessment());
    EXPECT_TRUE(NoticeMentions(app.GetSession().CurrentNotice(), "results.json"));
}

}  // namespace
}  // namespace icc
