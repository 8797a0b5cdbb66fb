#include "core/assessment_io.h"
#include "core/carry_over.h"
#include "core/index_loader.h"
#include "support/repository_file.h"

#include <gtest/gtest.h>

namespace icc {
namespace {

IndexDefinition Definition() {
    IndexLoadResult loaded = LoadIndexDefinition(ReadRepositoryFile("tests/data/carry-over/index-v2.json"));
    EXPECT_TRUE(loaded.problems.empty()) << loaded.problems.front().path << ": " << loaded.problems.front().message;
    return *loaded.definition;
}

Answer Chosen(std::vector<std::string> options, std::string evidence = "") {
    Answer answer;
    answer.selected = std::move(options);
    answer.evidence = std::move(evidence);
    answer.updatedAt = "2026-01-01T10:00:00.000Z";
    return answer;
}

Assessment Version1() {
    Assessment assessment;
    assessment.indexId = "carry";
    assessment.indexVersion = "1";
    assessment.answers["a.same"] = Chosen({"yes"}, "council resolution 12/2025");
    assessment.answers["a.levels"] = Chosen({"no"}, "draft strategy");
    assessment.answers["a.double"] = Chosen({"yes"}, "both in place");
    Answer share;
    share.number = 7;
    share.evidence = "school census 2025";
    assessment.answers["a.share"] = share;
    assessment.answers["a.gone"] = Chosen({"yes"}, "still true");
    return assessment;
}

TEST(CarryOver, UnchangedAnswersStayAsTheyAreAndUnmarked) {
    Assessment assessment = Version1();
    const CarryOverReport report = CarryOverAnswers(assessment, Definition());
    ASSERT_TRUE(report.Carried());
    EXPECT_EQ(report.fromVersion, "1");
    EXPECT_EQ(assessment.indexVersion, "2");
    EXPECT_EQ(assessment.answers.at("a.same").selected, std::vector<std::string>{"yes"});
    EXPECT_FALSE(assessment.answers.at("a.same").toReview);
}

TEST(CarryOver, ChangedQuestionsKeepTheirAnswerMarkedToReview) {
    Assessment assessment = Version1();
    CarryOverAnswers(assessment, Definition());
    const Answer& levels = assessment.answers.at("a.levels");
    EXPECT_EQ(levels.selected, std::vector<std::string>{"no"});
    EXPECT_EQ(levels.evidence, "draft strategy");
    EXPECT_TRUE(levels.toReview);
    EXPECT_EQ(levels.updatedAt, "2026-01-01T10:00:00.000Z");  // carried, not changed by the user
}

TEST(CarryOver, ASplitQuestionGivesItsAnswerToBothHalvesThroughTheOptionMap) {
    Assessment assessment = Version1();
    const CarryOverReport report = CarryOverAnswers(assessment, Definition());
    EXPECT_EQ(assessment.answers.count("a.double"), 0u);
    EXPECT_EQ(assessment.answers.at("a.first-half").selected, std::vector<std::string>{"yes"});
    // "yes" is not an option of the second half and the map sends it to "yes": that choice has no
    // place there, so the second half keeps the evidence, to review, with nothing chosen.
    const Answer& second = assessment.answers.at("a.second-half");
    EXPECT_TRUE(second.selected.empty());
    EXPECT_EQ(second.evidence, "both in place");
    EXPECT_TRUE(second.toReview);
    EXPECT_EQ(report.partlyCarried, std::vector<std::string>{"a.double"});
}

TEST(CarryOver, ANumberBecomesTheOptionOfItsRange) {
    Assessment assessment = Version1();
    CarryOverAnswers(assessment, Definition());
    const Answer& bands = assessment.answers.at("a.bands");
    EXPECT_EQ(bands.selected, std::vector<std::string>{"few"});
    EXPECT_FALSE(bands.number.has_value());
    EXPECT_EQ(bands.evidence, "school census 2025");
}

TEST(CarryOver, AQuestionNoLongerAskedKeepsItsAnswerUnderItsOldId) {
    Assessment assessment = Version1();
    const CarryOverReport report = CarryOverAnswers(assessment, Definition());
    EXPECT_EQ(report.noLongerAsked, std::vector<std::string>{"a.gone"});
    EXPECT_EQ(assessment.answers.at("a.gone").evidence, "still true");
}

TEST(CarryOver, NothingWrittenIsLost) {
    const Assessment before = Version1();
    Assessment after = before;
    CarryOverAnswers(after, Definition());
    for (const auto& [id, answer] : before.answers) {
        bool found = false;
        for (const auto& [newId, moved] : after.answers) found = found || moved.evidence.find(answer.evidence) != std::string::npos;
        EXPECT_TRUE(found) << "the evidence of " << id << " was lost";
    }
    // And the result survives the answers file.
    AssessmentLoadResult reread = ReadAssessment(WriteAssessment(after));
    ASSERT_TRUE(reread.assessment);
    EXPECT_TRUE(reread.assessment->answers.at("a.levels").toReview);
    EXPECT_FALSE(reread.assessment->answers.at("a.same").toReview);
}

TEST(CarryOver, ACurrentOrUnknownVersionIsLeftAlone) {
    const IndexDefinition definition = Definition();
    Assessment current = Version1();
    current.indexVersion = "2";
    EXPECT_FALSE(CarryOverAnswers(current, definition).Carried());
    EXPECT_EQ(current.answers.count("a.double"), 1u);
    Assessment unknown = Version1();
    unknown.indexVersion = "0.9";
    EXPECT_FALSE(CarryOverAnswers(unknown, definition).Carried());
    EXPECT_EQ(unknown.indexVersion, "0.9");
}

TEST(CarryOver, WhyToReviewFindsTheEntryOfATarget) {
    const IndexDefinition definition = Definition();
    ASSERT_NE(WhyToReview(definition, "a.second-half"), nullptr);
    EXPECT_EQ(WhyToReview(definition, "a.second-half")->from, "a.double");
    EXPECT_EQ(WhyToReview(definition, "a.same"), nullptr);
}

TEST(CarryOver, TheLoaderRefusesTargetsAndOptionsThatDoNotExist) {
    std::string text = ReadRepositoryFile("tests/data/carry-over/index-v2.json");
    const std::string target = "\"to\": [\"a.bands\"]";
    const std::string broken = text.replace(text.find(target), target.size(), "\"to\": [\"a.nowhere\"]");
    IndexLoadResult loaded = LoadIndexDefinition(broken);
    ASSERT_FALSE(loaded.problems.empty());
    EXPECT_EQ(loaded.problems.front().path, "/carryOver/0/questions/2/to/0");
}

TEST(CarryOver, SavingKeepsTheCarryOver) {
    const IndexDefinition definition = Definition();
    IndexLoadResult again = LoadIndexDefinition(SaveIndexDefinition(definition));
    ASSERT_TRUE(again.definition);
    ASSERT_EQ(again.definition->carryOver.size(), 1u);
    EXPECT_EQ(again.definition->carryOver[0].questions[2].numbers[1].option, "many");
    EXPECT_EQ(again.definition->carryOver[0].questions[1].options.at("yes"), "yes");
}

}  // namespace
}  // namespace icc
