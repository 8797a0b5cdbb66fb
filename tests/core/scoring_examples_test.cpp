// The worked examples of docs/SCORING.md: the files under tests/data/scoring/ must give the
// figures the document computes by hand (icc-index score prints the same numbers).
#include "core/assessment_io.h"
#include "core/benchmarks.h"
#include "core/index_loader.h"
#include "core/score_explanation.h"
#include "core/scoring.h"
#include "scoring_fixtures.h"
#include "support/catalogs.h"

#include <gtest/gtest.h>

namespace icc {
namespace {


constexpr double kTolerance = 1e-9;

IndexDefinition LoadExampleIndex(const std::string& name) {
    IndexLoadResult result = LoadIndexDefinition(ReadRepositoryFile("tests/data/scoring/" + name));
    for (const Problem& problem : result.problems) ADD_FAILURE() << name << problem.path << ": " << problem.message;
    return result.definition.value_or(IndexDefinition{});
}

Assessment LoadExampleAnswers(const std::string& name) {
    AssessmentLoadResult result = ReadAssessment(ReadRepositoryFile("tests/data/scoring/" + name));
    for (const Problem& problem : result.problems) ADD_FAILURE() << name << problem.path << ": " << problem.message;
    return result.assessment.value_or(Assessment{});
}

TEST(ScoringExamples, Example1AllAnsweredMissingCountsZero) {
    const IndexDefinition index = LoadExampleIndex("index-zero.json");
    const Assessment answers = LoadExampleAnswers("example-1-answers.json");
    EXPECT_TRUE(CheckAgainstDefinition(answers, index).empty());
    const AssessmentScores scores = Score(index, answers);
    ASSERT_EQ(scores.areas.size(), 3u);
    EXPECT_EQ(scores.areas[0].points, 4);
    EXPECT_EQ(scores.areas[0].maxPoints, 7);
    EXPECT_NEAR(*scores.areas[0].percent, 400.0 / 7, kTolerance);  // 57.14
    EXPECT_NEAR(*scores.areas[1].percent, 80, kTolerance);         // 4 of 5
    EXPECT_NEAR(*scores.areas[2].percent, 0, kTolerance);          // 0 of 2
    EXPECT_NEAR(*scores.FindGroup("lens")->percent, 160.0 / 3, kTolerance);              // 53.33
    EXPECT_NEAR(*scores.coreIndex, (400.0 / 7 + 2 * 80) / 3, kTolerance);                // 72.38
    EXPECT_NEAR(*scores.extendedIndex, (400.0 / 7 + 2 * 80 + 0) / 4, kTolerance);        // 54.29
    EXPECT_FALSE(scores.partial);
    EXPECT_EQ(ExplainArea(index, scores, 0, "en", ExplanationTemplates(ShippedTranslations("en"))), "Commitment: 4 of 7 points = 57%");
    EXPECT_EQ(ExplainIndex(index, scores, false, "en", ExplanationTemplates(ShippedTranslations("en"))),
              "Core index = weighted mean of 2 areas: (57.1\u00d71 + 80\u00d72)/3 = 72%");

    const BenchmarkLoadResult benchmarks = LoadBenchmarks(ReadRepositoryFile("tests/data/scoring/benchmarks.json"));
    ASSERT_TRUE(benchmarks.benchmarks.has_value());
    const Comparison comparison = Compare(index, *benchmarks.benchmarks, answers.city, scores);
    EXPECT_EQ(comparison.sizeSample->sampleId, "size-100k-200k");
    EXPECT_EQ(*comparison.areas[0].score.sample, 70);
    EXPECT_EQ(*comparison.areas[0].score.sizeGroup, 65);
    EXPECT_EQ(*comparison.areas[1].score.diversityGroup, 62);
    EXPECT_FALSE(comparison.areas[2].score.sizeGroup.has_value());
    EXPECT_EQ(comparison.strongest[0].areaId, "education");  // +25 against the sample
}

TEST(ScoringExamples, Example2MissingAnswersExcluded) {
    const IndexDefinition index = LoadExampleIndex("index-exclude.json");
    const AssessmentScores scores = Score(index, LoadExampleAnswers("example-2-answers.json"));
    EXPECT_EQ(scores.areas[0].points, 1);
    EXPECT_EQ(scores.areas[0].maxPoints, 4);  // strategy ("don't know") and budget (unanswered) left out
    EXPECT_NEAR(*scores.areas[0].percent, 25, kTolerance);
    EXPECT_EQ(scores.areas[1].maxPoints, 2);  // schools unanswered, left out
    EXPECT_NEAR(*scores.areas[1].percent, 50, kTolerance);
    EXPECT_NEAR(*scores.areas[2].percent, 100, kTolerance);
    EXPECT_NEAR(*scores.coreIndex, (25 + 2 * 50) / 3.0, kTolerance);          // 41.67
    EXPECT_NEAR(*scores.extendedIndex, (25 + 2 * 50 + 100) / 4.0, kTolerance);  // 56.25
    EXPECT_NEAR(*scores.FindGroup("lens")->percent, (2 * 50 + 100) / 3.0, kTolerance);  // 66.67
    EXPECT_TRUE(scores.partial);
    EXPECT_EQ(scores.answered, 4);
}

TEST(ScoringExamples, Example3SameAnswersMissingCountsZero) {
    const IndexDefinition index = LoadExampleIndex("index-zero.json");
    const AssessmentScores scores = Score(index, LoadExampleAnswers("example-3-answers.json"));
    EXPECT_NEAR(*scores.areas[0].percent, 100.0 / 7, kTolerance);  // 1 of 7: 14.29
    EXPECT_NEAR(*scores.areas[1].percent, 20, kTolerance);         // 1 of 5
    EXPECT_NEAR(*scores.coreIndex, (100.0 / 7 + 2 * 20) / 3, kTolerance);          // 18.10
    EXPECT_NEAR(*scores.extendedIndex, (100.0 / 7 + 2 * 20 + 100) / 4, kTolerance);  // 38.57
}

// The real questionnaire scores a complete random assessment within 0..100 (checked once it exists).
TEST(ScoringExamples, ShippedIndexScores) {
    const std::string text = ReadRepositoryFile("assets/index/icc-2019.json");
    if (text.empty()) GTEST_SKIP() << "assets/index/icc-2019.json not there yet";
    const IndexLoadResult index = LoadIndexDefinition(text);
    ASSERT_TRUE(index.definition.has_value());
    std::mt19937 random(3);
    for (int round = 0; round < 200; ++round) {
        const Assessment assessment = testing::MakeRandomAssessment(*index.definition, random, 0, 0.1);
        const AssessmentScores scores = Score(*index.definition, assessment);
        EXPECT_FALSE(scores.partial);
        ASSERT_TRUE(scores.coreIndex && scores.extendedIndex);
        EXPECT_TRUE(*scores.coreIndex >= 0 && *scores.coreIndex <= 100);
        EXPECT_TRUE(CheckAgainstDefinition(assessment, *index.definition).size() <= assessment.answers.size());
    }
}

}  // namespace
}  // namespace icc
