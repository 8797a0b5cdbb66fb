// Strongest areas and areas for development with tied scores (docs/SCORING.md, §5): ties keep the
// definition's order, also at the cut; ranked by score alone, optional areas come after core ones;
// a percent that is 100 but for floating-point error ties with an exact 100.
#include "core/benchmarks.h"
#include "scoring_fixtures.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace icc {
namespace {

using namespace icc::testing;

// Areas a0..a(n-1), each one multiple-choice question of at most 0.9 points; `optional` marks
// areas by index.
IndexDefinition TiedIndex(int areas, const std::vector<int>& optional = {}) {
    IndexDefinition index;
    index.id = "ties";
    index.version = "1";
    for (int a = 0; a < areas; ++a) {
        const std::string id = "a" + std::to_string(a);
        const bool isOptional = std::find(optional.begin(), optional.end(), a) != optional.end();
        index.areas.push_back(MakeArea(id, 1,
                                       {ChoiceQuestion(id + ".q", AnswerType::MultipleChoice,
                                                       {Option("two-tenths", 0.2), Option("seven-tenths", 0.7),
                                                        Option("half", 0.45), Option("quarter", 0.225)},
                                                       0.9)},
                                       "", isOptional));
    }
    return index;
}

std::vector<std::string> Ids(const std::vector<AreaHighlight>& highlights) {
    std::vector<std::string> ids;
    for (const AreaHighlight& highlight : highlights) ids.push_back(highlight.areaId);
    return ids;
}

using Ids_ = std::vector<std::string>;

// An answer per area: "full" = 0.2 + 0.7 of 0.9 points (100%, computed as 99.99999999999999),
// "half" (50%), "quarter" (25%), or none.
Assessment Answers(const std::vector<std::string>& levels) {
    Assessment assessment;
    assessment.indexId = "ties";
    for (std::size_t a = 0; a < levels.size(); ++a) {
        const std::string question = "a" + std::to_string(a) + ".q";
        if (levels[a] == "full") assessment.answers[question] = Selected({"two-tenths", "seven-tenths"});
        else if (levels[a] == "half") assessment.answers[question] = Selected({"half"});
        else if (levels[a] == "quarter") assessment.answers[question] = Selected({"quarter"});
    }
    return assessment;
}

TEST(Highlights, AllTiedKeepTheDefinitionOrderInBothLists) {
    const IndexDefinition index = TiedIndex(8);
    const Assessment assessment = Answers({"half", "half", "half", "half", "half", "half", "half", "half"});
    const Comparison comparison = Compare(index, BenchmarkSet{}, assessment.city, Score(index, assessment));
    EXPECT_EQ(Ids(comparison.strongest), (Ids_{"a0", "a1", "a2"}));
    EXPECT_EQ(Ids(comparison.development), (Ids_{"a3", "a4", "a5"})) << "not the last-defined areas, not reversed";
}

TEST(Highlights, TiesAtTheCutGoInTheDefinitionOrder) {
    const IndexDefinition index = TiedIndex(8);
    // a0 100%; a1..a4 50% (tied across the cut of the strongest); a5..a7 25%.
    const Assessment assessment = Answers({"full", "half", "half", "half", "half", "quarter", "quarter", "quarter"});
    const Comparison comparison = Compare(index, BenchmarkSet{}, assessment.city, Score(index, assessment));
    EXPECT_EQ(Ids(comparison.strongest), (Ids_{"a0", "a1", "a2"}));
    EXPECT_EQ(Ids(comparison.development), (Ids_{"a5", "a6", "a7"}));

    // a5..a7 at 50% too: the weakest three are the first three tied ones left after the strongest.
    const Assessment tied = Answers({"full", "half", "half", "half", "half", "half", "half", "half"});
    const Comparison atCut = Compare(index, BenchmarkSet{}, tied.city, Score(index, tied));
    EXPECT_EQ(Ids(atCut.development), (Ids_{"a3", "a4", "a5"}));
}

TEST(Highlights, NothingAnsweredPicksCoreAreasBeforeOptionalOnes) {
    const IndexDefinition index = TiedIndex(8, {5, 6, 7});
    const Assessment assessment = Answers({});
    const Comparison comparison = Compare(index, BenchmarkSet{}, assessment.city, Score(index, assessment));
    EXPECT_FALSE(comparison.rankedAgainstSample);
    EXPECT_EQ(Ids(comparison.strongest), (Ids_{"a0", "a1", "a2"}));
    EXPECT_EQ(Ids(comparison.development), (Ids_{"a3", "a4", "a5"})) << "core a3, a4 first, then optional a5";
}

TEST(Highlights, RankedByScoreAnOptionalAreaComesAfterEveryCoreArea) {
    const IndexDefinition index = TiedIndex(7, {0, 6});
    // The optional a0 scores best and the optional a6 worst; both come after the core areas.
    const Assessment assessment = Answers({"full", "half", "half", "half", "half", "half", ""});
    const Comparison comparison = Compare(index, BenchmarkSet{}, assessment.city, Score(index, assessment));
    EXPECT_EQ(Ids(comparison.strongest), (Ids_{"a1", "a2", "a3"}));
    EXPECT_EQ(Ids(comparison.development), (Ids_{"a4", "a5", "a6"}));
}

TEST(Highlights, AHundredPercentButForRoundingTiesWithAnExactHundred) {
    IndexDefinition index = TiedIndex(4);
    // a0 gets an exact 100% from one option of 0.9 points; a1 gets 0.2 + 0.7 of its 0.9.
    index.areas[0].questions[0].options.push_back(Option("all", 0.9));
    Assessment assessment = Answers({"", "full", "half", "quarter"});
    assessment.answers["a0.q"] = Selected({"all"});
    const AssessmentScores scores = Score(index, assessment);
    ASSERT_TRUE(scores.areas[0].percent && scores.areas[1].percent);
    ASSERT_EQ(*scores.areas[0].percent, 100.0);
    ASSERT_LT(*scores.areas[1].percent, 100.0) << "the floating-point sum this test is about";
    const Comparison comparison = Compare(index, BenchmarkSet{}, assessment.city, scores);
    EXPECT_EQ(Ids(comparison.strongest), (Ids_{"a0", "a1", "a2"}));

    // The same the other way round: the sum first in the definition stays first.
    std::swap(index.areas[0], index.areas[1]);
    const AssessmentScores swapped = Score(index, assessment);
    const Comparison again = Compare(index, BenchmarkSet{}, assessment.city, swapped);
    EXPECT_EQ(Ids(again.strongest), (Ids_{"a1", "a0", "a2"}));
}

TEST(Highlights, TiesAgainstTheSampleKeepTheDefinitionOrder) {
    const IndexDefinition index = TiedIndex(7, {6});
    const Assessment assessment = Answers({"half", "half", "half", "half", "half", "half", "half"});
    BenchmarkSet set;
    BenchmarkSample all;
    all.id = "all";
    all.cities = 10;
    for (int a = 0; a < 7; ++a) all.areas["a" + std::to_string(a)] = 40;  // every difference +10
    set.samples.push_back(all);
    const Comparison comparison = Compare(index, set, assessment.city, Score(index, assessment));
    EXPECT_TRUE(comparison.rankedAgainstSample);
    EXPECT_EQ(Ids(comparison.strongest), (Ids_{"a0", "a1", "a2"}));
    EXPECT_EQ(Ids(comparison.development), (Ids_{"a3", "a4", "a5"}));
}

}  // namespace
}  // namespace icc
