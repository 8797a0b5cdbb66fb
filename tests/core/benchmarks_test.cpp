#include "core/benchmarks.h"
#include "core/index_loader.h"
#include "scoring_fixtures.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace icc {
namespace {

using namespace icc::testing;

// Benchmarks for the small test index (areas commitment, education, participation).
const char kValidBenchmarks[] = R"({
  "formatVersion": 1, "kind": "icc-benchmarks", "id": "small-benchmarks", "indexId": "small",
  "title": {"en": "Test benchmarks"}, "source": "made up for tests",
  "sizeGroups": [
    {"id": "size-small", "label": {"en": "Under 100,000"}, "minPopulation": 0, "maxPopulation": 100000},
    {"id": "size-mid", "label": {"en": "100,000 to 200,000"}, "minPopulation": 100000, "maxPopulation": 200000},
    {"id": "size-large", "label": {"en": "200,000 and more"}, "minPopulation": 200000}
  ],
  "diversityGroups": [
    {"id": "fb-low", "label": {"en": "Under 10%"}, "minForeignBornPercent": 0, "maxForeignBornPercent": 10},
    {"id": "fb-high", "label": {"en": "10% and more"}, "minForeignBornPercent": 10}
  ],
  "samples": [
    {"id": "all", "group": "", "cities": 150, "date": "2020-01", "overall": 63,
     "areas": {"commitment": 74, "education": 60, "participation": 30}},
    {"id": "mid", "group": "size-mid", "cities": 33, "overall": 58, "areas": {"commitment": 69}},
    {"id": "high", "group": "fb-high", "cities": 40, "areas": {"education": 65, "participation": 45}}
  ]
})";

BenchmarkSet ValidBenchmarks() {
    BenchmarkLoadResult result = LoadBenchmarks(kValidBenchmarks);
    EXPECT_TRUE(result.problems.empty()) << result.problems[0].path << ": " << result.problems[0].message;
    return result.benchmarks.value_or(BenchmarkSet{});
}

TEST(Benchmarks, LoadsAValidFile) {
    const BenchmarkSet set = ValidBenchmarks();
    EXPECT_EQ(set.id, "small-benchmarks");
    EXPECT_EQ(set.indexId, "small");
    ASSERT_EQ(set.sizeGroups.size(), 3u);
    EXPECT_FALSE(set.sizeGroups[2].maxPopulation.has_value());
    ASSERT_EQ(set.samples.size(), 3u);
    EXPECT_EQ(set.samples[0].cities, 150);
    EXPECT_EQ(*set.samples[0].overall, 63);
    EXPECT_EQ(set.samples[1].areas.count("education"), 0u);  // absent stays absent
    EXPECT_FALSE(set.samples[2].overall.has_value());
}

TEST(Benchmarks, GroupsIncludeTheirMinimumAndExcludeTheirMaximum) {
    const BenchmarkSet set = ValidBenchmarks();
    EXPECT_EQ(SizeGroupFor(set, 0)->id, "size-small");
    EXPECT_EQ(SizeGroupFor(set, 99999)->id, "size-small");
    EXPECT_EQ(SizeGroupFor(set, 100000)->id, "size-mid");
    EXPECT_EQ(SizeGroupFor(set, 200000)->id, "size-large");
    EXPECT_EQ(SizeGroupFor(set, 5e7)->id, "size-large");
    EXPECT_EQ(SizeGroupFor(set, -1), nullptr);
    EXPECT_EQ(DiversityGroupFor(set, 9.99)->id, "fb-low");
    EXPECT_EQ(DiversityGroupFor(set, 10)->id, "fb-high");
    EXPECT_EQ(DiversityGroupFor(set, 100)->id, "fb-high");
}

// A change to the valid file and the one problem it must give.
struct InvalidCase {
    const char* name;
    const char* pointer;  // JSON pointer of the value to replace ("" to replace the whole file)
    const char* value;    // JSON text
    const char* path;
    const char* message;  // a part of the message
};

const InvalidCase kInvalidCases[] = {
    {"newer format", "/formatVersion", "2", "/formatVersion", "newer than this tool reads"},
    {"wrong kind", "/kind", "\"icc-assessment\"", "/kind", "this is not a benchmark file: kind is \"icc-assessment\", expected \"icc-benchmarks\""},
    {"duplicate group id", "/diversityGroups/0/id", "\"size-mid\"", "/diversityGroups/0/id",
     "\"size-mid\" is already the id of another group"},
    {"unknown group", "/samples/1/group", "\"size-huge\"", "/samples/1/group",
     "\"size-huge\" is not the id of a size or diversity group"},
    {"percent over 100", "/samples/0/areas/education", "120", "/samples/0/areas/education",
     "must be between 0 and 100, not 120"},
    {"overall negative", "/samples/0/overall", "-1", "/samples/0/overall", "must be between 0 and 100"},
    {"no cities", "/samples/0/cities", "0", "/samples/0/cities", "must be between 1 and"},
    {"fractional cities", "/samples/0/cities", "1.5", "/samples/0/cities", "must be a whole number"},
    {"bands out of order", "/sizeGroups/1/minPopulation", "50000", "/sizeGroups/1/minPopulation",
     "overlaps the previous group or is out of order"},
    {"max below min", "/sizeGroups/0/maxPopulation", "0", "/sizeGroups/0/maxPopulation",
     "must be greater than minPopulation"},
    {"cities as text", "/samples/2/cities", "\"40\"", "/samples/2/cities", "must be a whole number, not a string"},
    {"areas not object", "/samples/2/areas", "[65]", "/samples/2/areas", "must be an object of percents by area id"},
    {"index id missing", "/indexId", "null", "/indexId", "must be a string, not null"},
    {"share over 100", "/diversityGroups/1/minForeignBornPercent", "101", "/diversityGroups/1/minForeignBornPercent",
     "must be between 0 and 100"},
    {"duplicate sample id", "/samples/1/id", "\"all\"", "/samples/1/id", "\"all\" is already the id of another sample"},
    {"two whole samples", "/samples/2/group", "\"\"", "/samples/2/group", "another sample already gives the averages"},
    {"samples not array", "/samples", "{}", "/samples", "must be an array, not an object"},
    {"label without English", "/sizeGroups/0/label", "{\"pl\": \"Małe\"}", "/sizeGroups/0/label",
     "needs an English (\"en\") text"},
    {"not JSON", "", "{\"formatVersion\": ", "", "the file is not valid JSON"},
};

TEST(Benchmarks, EachInvalidCaseGivesItsProblem) {
    for (const InvalidCase& invalid : kInvalidCases) {
        SCOPED_TRACE(invalid.name);
        std::string text = invalid.value;
        if (*invalid.pointer) {
            nlohmann::json document = nlohmann::json::parse(kValidBenchmarks);
            document[nlohmann::json::json_pointer(invalid.pointer)] = nlohmann::json::parse(invalid.value);
            text = document.dump();
        }
        const BenchmarkLoadResult result = LoadBenchmarks(text);
        EXPECT_FALSE(result.benchmarks.has_value());
        ASSERT_EQ(result.problems.size(), 1u) << result.problems[0].path << ": " << result.problems[0].message;
        EXPECT_EQ(result.problems[0].path, invalid.path);
        EXPECT_NE(result.problems[0].message.find(invalid.message), std::string::npos) << result.problems[0].message;
    }
}

TEST(Benchmarks, OpenEndedGroupMustBeLast) {
    nlohmann::json document = nlohmann::json::parse(kValidBenchmarks);
    document["diversityGroups"][0].erase("maxForeignBornPercent");
    const BenchmarkLoadResult result = LoadBenchmarks(document.dump());
    ASSERT_EQ(result.problems.size(), 1u);
    EXPECT_EQ(result.problems[0].path, "/diversityGroups/1");
    EXPECT_NE(result.problems[0].message.find("only the last group may leave it out"), std::string::npos);
}

Assessment MidSizedDiverseCity() {
    Assessment assessment;
    assessment.city.population = 150000;    // size-mid
    assessment.city.foreignBornPercent = 12;  // fb-high
    assessment.answers["commitment.strategy"] = Selected({"partly"});
    assessment.answers["commitment.actions"] = Selected({"a", "b"});
    assessment.answers["commitment.budget"] = Selected({"no"});
    assessment.answers["education.teachers"] = NumberAnswer(10);
    assessment.answers["education.schools"] = NumberAnswer(20);
    assessment.answers["participation.councils"] = Selected({"no"});
    return assessment;
}

TEST(Benchmarks, FitOnlyTheIndexTheyNameWithItsAreas) {
    const IndexDefinition index = MakeSmallIndex();
    EXPECT_TRUE(CheckBenchmarksFor(index, ValidBenchmarks()).empty());

    BenchmarkSet otherIndex = ValidBenchmarks();
    otherIndex.indexId = "icc-2019";
    Problems problems = CheckBenchmarksFor(index, otherIndex);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].path, "/indexId");

    BenchmarkSet unknownArea = ValidBenchmarks();
    unknownArea.samples[2].areas["housing"] = 50;
    problems = CheckBenchmarksFor(index, unknownArea);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].path, "/samples/2/areas/housing");
    EXPECT_NE(problems[0].message.find("housing"), std::string::npos);
}

TEST(Benchmarks, CompareSetsEachAreaBesideTheAverages) {
    const IndexDefinition index = MakeSmallIndex();
    const BenchmarkSet set = ValidBenchmarks();
    const Assessment assessment = MidSizedDiverseCity();
    const Comparison comparison = Compare(index, set, assessment.city, Score(index, assessment));
    ASSERT_TRUE(comparison.wholeSample && comparison.sizeSample && comparison.diversitySample);
    EXPECT_EQ(comparison.sizeSample->sampleId, "mid");
    EXPECT_EQ(comparison.sizeSample->cities, 33);
    EXPECT_EQ(comparison.diversitySample->groupLabel.Get("en"), "10% and more");
    ASSERT_EQ(comparison.areas.size(), 3u);
    const ComparedScore& commitment = comparison.areas[0].score;
    EXPECT_NEAR(*commitment.city, 400.0 / 7, 1e-9);
    EXPECT_EQ(*commitment.sample, 74);
    EXPECT_EQ(*commitment.sizeGroup, 69);
    EXPECT_FALSE(commitment.diversityGroup.has_value());
    const ComparedScore& education = comparison.areas[1].score;
    EXPECT_FALSE(education.sizeGroup.has_value());
    EXPECT_EQ(*education.diversityGroup, 65);
    EXPECT_EQ(*comparison.coreIndex.sample, 63);
    EXPECT_EQ(*comparison.coreIndex.sizeGroup, 58);
    EXPECT_FALSE(comparison.coreIndex.diversityGroup.has_value());
}

TEST(Benchmarks, HighlightsRankAgainstTheSample) {
    const IndexDefinition index = MakeSmallIndex();
    const Assessment assessment = MidSizedDiverseCity();
    const Comparison comparison = Compare(index, ValidBenchmarks(), assessment.city, Score(index, assessment));
    // Differences: commitment 57.1-74 = -16.9, education 80-60 = +20, participation 0-30 = -30.
    EXPECT_TRUE(comparison.rankedAgainstSample);
    ASSERT_EQ(comparison.strongest.size(), 3u);
    EXPECT_EQ(comparison.strongest[0].areaId, "education");
    EXPECT_NEAR(*comparison.strongest[0].difference, 20, 1e-9);
    EXPECT_EQ(comparison.strongest[2].areaId, "participation");
    EXPECT_TRUE(comparison.development.empty());  // three areas are all among the strongest
}

TEST(Benchmarks, DevelopmentAreasCarryTheirRecommendations) {
    IndexDefinition index = MakeSmallIndex();
    for (int extra = 0; extra < 3; ++extra)
        index.areas.push_back(MakeArea("extra-" + std::to_string(extra), 1,
                                       {ChoiceQuestion("extra-" + std::to_string(extra) + ".q", AnswerType::YesNo,
                                                       {Option("yes", 1), Option("no", 0)}, 1)}));
    Assessment assessment = MidSizedDiverseCity();
    assessment.answers["extra-0.q"] = Selected({"yes"});
    assessment.answers["extra-1.q"] = Selected({"no"});
    assessment.answers["extra-2.q"] = Selected({"yes"});
    BenchmarkSet set = ValidBenchmarks();
    set.samples[0].areas["extra-0"] = 90;
    set.samples[0].areas["extra-1"] = 10;
    // extra-2 has no average: left out of the ranking against the sample.
    const Comparison comparison = Compare(index, set, assessment.city, Score(index, assessment));
    // Differences: education +20, extra-0 +10, commitment -16.9, participation -30, extra-1 -10.
    ASSERT_EQ(comparison.strongest.size(), 3u);
    EXPECT_EQ(comparison.strongest[0].areaId, "education");
    EXPECT_EQ(comparison.strongest[1].areaId, "extra-0");
    EXPECT_EQ(comparison.strongest[2].areaId, "extra-1");
    ASSERT_EQ(comparison.development.size(), 2u);
    EXPECT_EQ(comparison.development[0].areaId, "participation");
    EXPECT_EQ(comparison.development[1].areaId, "commitment");
    ASSERT_EQ(comparison.development[0].recommendations.size(), 1u);
    EXPECT_EQ(comparison.development[0].recommendations[0].text.Get("en"), "Do more for participation");
}

TEST(Benchmarks, WithoutAveragesHighlightsRankByScoreAndFiguresStayAbsent) {
    const IndexDefinition index = MakeSmallIndex();
    BenchmarkSet empty;
    Assessment assessment = MidSizedDiverseCity();
    assessment.city.population.reset();
    const Comparison comparison = Compare(index, empty, assessment.city, Score(index, assessment));
    EXPECT_FALSE(comparison.wholeSample.has_value());
    EXPECT_FALSE(comparison.sizeSample.has_value());
    EXPECT_FALSE(comparison.areas[0].score.sample.has_value());
    EXPECT_FALSE(comparison.rankedAgainstSample);
    ASSERT_EQ(comparison.strongest.size(), 3u);
    EXPECT_EQ(comparison.strongest[0].areaId, "education");   // 80
    EXPECT_EQ(comparison.strongest[1].areaId, "commitment");  // 57
    EXPECT_FALSE(comparison.strongest[0].difference.has_value());
}

// The shipped data files agree with each other (checked once they exist).
TEST(Benchmarks, ShippedBenchmarksLoadAndMatchTheIndex) {
    const std::string benchmarksText = ReadRepositoryFile("assets/benchmarks/icc-benchmarks.json");
    const std::string indexText = ReadRepositoryFile("assets/index/icc-2019.json");
    if (benchmarksText.empty() || indexText.empty()) GTEST_SKIP() << "data files not there yet";
    const BenchmarkLoadResult benchmarks = LoadBenchmarks(benchmarksText);
    for (const Problem& problem : benchmarks.problems) ADD_FAILURE() << problem.path << ": " << problem.message;
    const IndexLoadResult index = LoadIndexDefinition(indexText);
    ASSERT_TRUE(benchmarks.benchmarks && index.definition);
    EXPECT_EQ(benchmarks.benchmarks->indexId, index.definition->id);
    for (const BenchmarkSample& sample : benchmarks.benchmarks->samples)
        for (const auto& [areaId, percent] : sample.areas) {
            bool known = false;
            for (const Area& area : index.definition->areas) known = known || area.id == areaId;
            EXPECT_TRUE(known) << sample.id << " has a figure for unknown area " << areaId;
        }
}

}  // namespace
}  // namespace icc
