// The user's own comparison figures: imported, checked against the index, kept in the browser
// across visits, replaced by the built-in ones on request, and never lost or half-applied.
#include "model/session.h"
#include "support/memory_platform.h"
#include "support/notices.h"
#include "support/repository_file.h"
#include "support/shipped_files.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace icc {
namespace {

const char kBuiltInId[] = "icc-benchmarks-2020";

// The built-in file made into a city's own: another id and a whole-network sample.
std::string OwnFigures(const std::string& areaId = "commitment", const std::string& indexId = "icc-2019") {
    nlohmann::json file = nlohmann::json::parse(ReadRepositoryFile("assets/benchmarks/icc-benchmarks.json"));
    file["id"] = "from-our-analysis";
    file["indexId"] = indexId;
    file["title"] = {{"en", "Averages from our 2025 analysis"}};
    file["samples"] = nlohmann::json::array(
        {{{"id", "network-2025"}, {"group", ""}, {"cities", 150}, {"date", "2025-06"}, {"overall", 61},
          {"areas", {{areaId, 72}}}}});
    return file.dump();
}

struct Fixture {
    MemoryPlatform platform;
    Session session{platform, ShippedFiles()};
    Fixture() { session.Start(false); }
};

TEST(SessionBenchmarks, TheBuiltInFiguresAreUsedAtFirst) {
    Fixture fixture;
    ASSERT_NE(fixture.session.Benchmarks(), nullptr);
    EXPECT_EQ(fixture.session.Benchmarks()->id, kBuiltInId);
    EXPECT_FALSE(fixture.session.UsesOwnBenchmarks());
}

TEST(SessionBenchmarks, OwnFiguresAreComparedWithAndKeptForTheNextVisit) {
    Fixture fixture;
    fixture.session.NewAssessment();
    ASSERT_TRUE(fixture.session.UseBenchmarks("ours.json", OwnFigures(), true));
    EXPECT_TRUE(fixture.session.UsesOwnBenchmarks());
    EXPECT_TRUE(NoticeMentions(fixture.session.CurrentNotice(), "ours.json"));
    const Comparison* comparison = fixture.session.CurrentComparison();
    ASSERT_NE(comparison, nullptr);
    EXPECT_EQ(*comparison->areas[0].score.sample, 72);
    EXPECT_EQ(*comparison->coreIndex.sample, 61);

    Session nextVisit(fixture.platform, ShippedFiles());
    nextVisit.Start(false);
    ASSERT_TRUE(nextVisit.UsesOwnBenchmarks());
    EXPECT_EQ(nextVisit.Benchmarks()->id, "from-our-analysis");
}

TEST(SessionBenchmarks, FiguresForThisVisitOnlyAreNotStored) {
    Fixture fixture;
    ASSERT_TRUE(fixture.session.UseBenchmarks("page.json", OwnFigures(), false));
    EXPECT_EQ(fixture.platform.storage.count(AssessmentStore::BenchmarksKey("icc-2019")), 0u);
}

TEST(SessionBenchmarks, AFileThatDoesNotFitChangesNothingAndSaysWhy) {
    Fixture fixture;
    const std::pair<std::string, std::string> cases[] = {
        {"broken.json", "{\"formatVersion\": 1"},
        {"unknown-area.json", OwnFigures("housing")},
        {"other-index.json", OwnFigures("commitment", "icc-2011")},
    };
    for (const auto& [name, text] : cases) {
        EXPECT_FALSE(fixture.session.UseBenchmarks(name, text, true)) << name;
        EXPECT_TRUE(NoticeMentions(fixture.session.CurrentNotice(), name)) << name;
        EXPECT_EQ(fixture.session.Benchmarks()->id, kBuiltInId) << name;
        EXPECT_FALSE(fixture.session.UsesOwnBenchmarks()) << name;
        EXPECT_EQ(fixture.platform.storage.count(AssessmentStore::BenchmarksKey("icc-2019")), 0u) << name;
    }
    EXPECT_TRUE(NoticeMentions(fixture.session.CurrentNotice(), "icc-2011"));
}

TEST(SessionBenchmarks, TheBuiltInFiguresComeBackOnRequestAndTheKeptFileGoes) {
    Fixture fixture;
    ASSERT_TRUE(fixture.session.UseBenchmarks("ours.json", OwnFigures(), true));
    fixture.session.UseBuiltInBenchmarks();
    EXPECT_EQ(fixture.session.Benchmarks()->id, kBuiltInId);
    EXPECT_FALSE(fixture.session.UsesOwnBenchmarks());
    EXPECT_EQ(fixture.platform.storage.count(AssessmentStore::BenchmarksKey("icc-2019")), 0u);
}

TEST(SessionBenchmarks, AnUnusableKeptFileIsLeftAloneWithANotice) {
    MemoryPlatform platform;
    platform.storage[AssessmentStore::BenchmarksKey("icc-2019")] = "{\"formatVersion\": 1, \"kind\": \"icc-benchmarks\"";
    Session session(platform, ShippedFiles());
    session.Start(false);
    EXPECT_EQ(session.Benchmarks()->id, kBuiltInId);
    EXPECT_EQ(session.CurrentNotice().code, "notice.kept_benchmarks_unusable");
    EXPECT_EQ(platform.storage.count(AssessmentStore::BenchmarksKey("icc-2019")), 1u) << "the user's file must not be deleted";
}

TEST(SessionBenchmarks, FiguresThatCannotBeKeptAreUsedForTheVisitAndSaySo) {
    Fixture fixture;
    fixture.platform.failWrites = true;
    ASSERT_TRUE(fixture.session.UseBenchmarks("ours.json", OwnFigures(), true));
    EXPECT_TRUE(fixture.session.UsesOwnBenchmarks());
    EXPECT_EQ(fixture.session.CurrentNotice().code, "notice.benchmarks_not_kept");
}

TEST(SessionBenchmarks, WithoutStorageTheKeptFileIsNeitherReadNorRemoved) {
    MemoryPlatform platform;
    platform.storage[AssessmentStore::BenchmarksKey("icc-2019")] = OwnFigures();
    Session session(platform, ShippedFiles());
    session.Start(true);  // storage=none
    EXPECT_EQ(session.Benchmarks()->id, kBuiltInId);
    ASSERT_TRUE(session.UseBenchmarks("page.json", OwnFigures(), true));
    session.UseBuiltInBenchmarks();
    EXPECT_EQ(platform.storage.count(AssessmentStore::BenchmarksKey("icc-2019")), 1u);
}

TEST(SessionBenchmarks, DeletingAllDataBringsBackTheBuiltInFigures) {
    Fixture fixture;
    ASSERT_TRUE(fixture.session.UseBenchmarks("ours.json", OwnFigures(), true));
    fixture.session.DeleteAllData();
    EXPECT_EQ(fixture.session.Benchmarks()->id, kBuiltInId);
    EXPECT_TRUE(fixture.platform.storage.empty());
}

}  // namespace
}  // namespace icc
