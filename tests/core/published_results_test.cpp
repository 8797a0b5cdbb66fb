// The published results of single cities: the shipped file loads and fits the index, every figure
// has a source with a public address, bad files are refused with the path of each problem, and a
// city's estimate is set among the published figures.
#include "core/index_loader.h"
#include "core/published_results.h"
#include "core/published_text.h"
#include "scoring_fixtures.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace icc {
namespace {

using namespace icc::testing;
using nlohmann::json;

json SmallFile() {
    return json::parse(R"({
      "formatVersion": 1, "kind": "icc-published-results", "id": "t", "indexId": "small",
      "title": {"en": "Published"},
      "sources": [{"id": "S1", "title": {"en": "A report"}, "url": "https://example.org/report"}],
      "results": [
        {"id": "a", "city": {"en": "Alpha"}, "country": "PL", "year": 2017, "date": "2017-08", "indexVersion": "classic",
         "overall": {"value": 70, "source": "S1", "certainty": "council-of-europe"},
         "ranks": [{"position": 17, "of": 93, "source": "S1", "certainty": "reported"}]},
        {"id": "b", "city": {"en": "Beta"}, "country": "JP", "year": 2020, "indexVersion": "2019",
         "overall": {"min": 50, "max": 59, "source": "S1", "certainty": "reported"}},
        {"id": "c", "city": {"en": "Gamma"}, "country": "US", "year": 2020,
         "overall": {"value": 44, "source": "S1", "certainty": "reported"},
         "areas": [{"area": "commitment", "percent": 35, "sampleAverage": 69, "source": "S1", "certainty": "reported"}]},
        {"id": "d", "city": {"en": "Delta"}, "country": "DE", "ranks": [{"position": 7, "of": 12, "source": "S1", "certainty": "council-of-europe"}]}
      ],
      "sampleSizes": [{"year": 2011, "date": "2011-01-10", "cities": 17, "source": "S1", "certainty": "council-of-europe"},
                      {"year": 2017, "cities": 93, "source": "S1", "certainty": "reported"}]
    })");
}

PublishedResults Load(const json& file) {
    PublishedResultsLoadResult loaded = LoadPublishedResults(file.dump());
    for (const Problem& problem : loaded.problems) ADD_FAILURE() << problem.path << ": " << problem.message;
    return loaded.published.value_or(PublishedResults{});
}

// The first problem of `file` changed by `change`.
Problem FirstProblem(void (*change)(json&)) {
    json file = SmallFile();
    change(file);
    PublishedResultsLoadResult loaded = LoadPublishedResults(file.dump());
    EXPECT_FALSE(loaded.published.has_value());
    return loaded.problems.empty() ? Problem{} : loaded.problems.front();
}

TEST(PublishedResults, LoadsEveryFigureWithItsProvenance) {
    const PublishedResults set = Load(SmallFile());
    ASSERT_EQ(set.results.size(), 4u);
    const PublishedResult& alpha = set.results[0];
    EXPECT_EQ(alpha.edition, IndexEdition::Classic);
    EXPECT_EQ(alpha.overall->min, 70);
    EXPECT_FALSE(alpha.overall->IsRange());
    EXPECT_EQ(alpha.overall->provenance.certainty, Certainty::CouncilOfEurope);
    EXPECT_EQ(alpha.ranks[0].of, 93);
    EXPECT_TRUE(set.results[1].overall->IsRange());
    EXPECT_EQ(set.results[2].edition, IndexEdition::NotStated);
    EXPECT_FALSE(set.results[3].overall.has_value()) << "a city known only by its rank has only its rank";
    EXPECT_FALSE(set.results[3].year.has_value());
    EXPECT_EQ(set.sampleSizes[1].date, "");
}

TEST(PublishedResults, RefusesBadFilesWithThePathOfTheProblem) {
    Problem p = FirstProblem([](json& f) { f["results"][0]["overall"]["source"] = "S9"; });
    EXPECT_EQ(p.path, "/results/0/overall/source");
    p = FirstProblem([](json& f) { f["results"][1]["overall"].erase("max"); });
    EXPECT_EQ(p.path, "/results/1/overall");
    p = FirstProblem([](json& f) { f["results"][0]["overall"]["certainty"] = "sure"; });
    EXPECT_EQ(p.path, "/results/0/overall/certainty");
    p = FirstProblem([](json& f) { f["sources"][0]["url"] = "javascript:alert(1)"; });
    EXPECT_EQ(p.path, "/sources/0/url");
    p = FirstProblem([](json& f) { f["results"][0]["date"] = "2016-08"; });
    EXPECT_EQ(p.path, "/results/0/date");
    p = FirstProblem([](json& f) { f["results"][3].erase("ranks"); });
    EXPECT_NE(p.message.find("at least one figure"), std::string::npos);
    p = FirstProblem([](json& f) { std::swap(f["sampleSizes"][0], f["sampleSizes"][1]); });
    EXPECT_EQ(p.path, "/sampleSizes/1");
    p = FirstProblem([](json& f) { f["kind"] = "icc-benchmarks"; });
    EXPECT_EQ(p.path, "/kind");
}

TEST(PublishedResults, AreaFiguresMustUseTheIndexAreas) {
    json file = SmallFile();
    const IndexDefinition index = MakeSmallIndex();
    EXPECT_TRUE(CheckPublishedResultsFor(index, Load(file)).empty());
    file["results"][2]["areas"][0]["area"] = "nowhere";
    const Problems problems = CheckPublishedResultsFor(index, Load(file));
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].path, "/results/2/areas/0/area");
}

TEST(PublishedResults, TheCityIsSetAmongTheOverallFigures) {
    const IndexDefinition index = MakeSmallIndex();
    const PublishedResults set = Load(SmallFile());
    AssessmentScores scores;
    scores.answered = 1;
    scores.coreIndex = 55.4;  // shown as 55%: within Beta's 50-59, above Gamma's 44, below Alpha's 70
    scores.areas.resize(index.areas.size());
    const PublishedPlace place = PlaceAmongPublished(index, set, scores);
    ASSERT_EQ(place.overall.size(), 3u);
    EXPECT_EQ(place.overall[0].result, 0u);
    EXPECT_EQ(place.overall[1].result, 1u);
    EXPECT_EQ(place.overall[2].result, 2u);
    EXPECT_EQ(place.cityEstimate, 55);
    EXPECT_EQ(place.below, 1);
    EXPECT_EQ(place.level, 1);
    EXPECT_EQ(place.above, 1);
    ASSERT_EQ(place.areas.size(), index.areas.size());
    ASSERT_EQ(place.areas[0].size(), 1u);
    EXPECT_EQ(place.areas[0][0].result, 2u);
    EXPECT_TRUE(place.areas[1].empty());

    scores.answered = 0;  // nothing answered: no estimate to place
    EXPECT_FALSE(PlaceAmongPublished(index, set, scores).cityEstimate.has_value());
}

TEST(PublishedResults, ShippedFileLoadsFitsTheIndexAndCitesPublicAddresses) {
    const PublishedResultsLoadResult loaded =
        LoadPublishedResults(ReadRepositoryFile("assets/published/icc-published-results.json"));
    for (const Problem& problem : loaded.problems) ADD_FAILURE() << problem.path << ": " << problem.message;
    ASSERT_TRUE(loaded.published);
    const PublishedResults& set = *loaded.published;
    const IndexLoadResult index = LoadIndexDefinition(ReadRepositoryFile("assets/index/icc-2019.json"));
    ASSERT_TRUE(index.definition);
    for (const Problem& problem : CheckPublishedResultsFor(*index.definition, set))
        ADD_FAILURE() << problem.path << ": " << problem.message;
    int overall = 0;
    for (const PublishedResult& result : set.results) {
        overall += result.overall.has_value();
        for (const char* language : {"en", "pl", "uk", "fr"}) {
            EXPECT_TRUE(result.city.byLanguage.count(language)) << result.id << " " << language;
            if (!result.note.Empty()) {
                EXPECT_TRUE(result.note.byLanguage.count(language)) << result.id << " " << language;
            }
            for (const PublishedRank& rank : result.ranks) {
                if (!rank.group.Empty()) {
                    EXPECT_TRUE(rank.group.byLanguage.count(language)) << result.id << " " << language;
                }
            }
        }
    }
    EXPECT_GE(overall, 12) << "at least a dozen published overall results";
    EXPECT_GE(set.sampleSizes.size(), 12u);
    for (const PublishedSource& source : set.sources) {
        EXPECT_TRUE(IsWebAddress(source.url)) << source.id;
        for (const char* language : {"en", "pl", "uk", "fr"}) EXPECT_TRUE(source.title.byLanguage.count(language)) << source.id;
    }
}

}  // namespace
}  // namespace icc
