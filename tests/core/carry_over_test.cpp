#include "core/assessment_io.h"
#include "core/carry_over.h"
#include "core/index_loader.h"
#include "core/scoring.h"
#include "support/repository_file.h"

#include <gtest/gtest.h>

#include <algorithm>

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

TEST(CarryOver, ASplitQuestionGivesItsAnswerToTheHalvesItFits) {
    Assessment assessment = Version1();
    const CarryOverReport report = CarryOverAnswers(assessment, Definition());
    EXPECT_EQ(assessment.answers.count("a.double"), 0u);
    const Answer& first = assessment.answers.at("a.first-half");
    EXPECT_EQ(first.selected, std::vector<std::string>{"yes"});
    EXPECT_EQ(first.evidence, "both in place");
    EXPECT_TRUE(first.toReview);
    // "yes" (mapped to "yes") is no option of the second half: it gets no empty copy to review.
    EXPECT_EQ(assessment.answers.count("a.second-half"), 0u);
    EXPECT_TRUE(report.partlyCarried.empty()) << "the choice found a place in the first half";
}

TEST(CarryOver, AChoiceWithNoPlaceAnywhereIsNamedAndTheEvidenceStillMoves) {
    Assessment assessment = Version1();
    assessment.answers["a.double"] = Chosen({"maybe"}, "a pilot only");
    const CarryOverReport report = CarryOverAnswers(assessment, Definition());
    ASSERT_EQ(report.partlyCarried.size(), 1u);
    EXPECT_EQ(report.partlyCarried[0].from, "a.double");
    EXPECT_EQ(report.partlyCarried[0].unplaced, std::vector<std::string>{"maybe"});
    // Nothing of the choice landed, so both halves keep the evidence to review.
    EXPECT_EQ(assessment.answers.at("a.first-half").evidence, "a pilot only");
    EXPECT_EQ(assessment.answers.at("a.second-half").evidence, "a pilot only");
    EXPECT_TRUE(assessment.answers.at("a.second-half").selected.empty());
    EXPECT_TRUE(assessment.answers.at("a.second-half").toReview);
    const Problems warnings = DescribeCarryOver(report, Definition());
    EXPECT_TRUE(std::any_of(warnings.begin(), warnings.end(), [](const Problem& warning) {
        return warning.path == "/answers/a.double" && warning.message.find("\"maybe\" of this answer has no counterpart") != std::string::npos;
    }));
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

namespace icc {
namespace {

// The shipped questionnaire and the answers given to its previous version.
IndexDefinition ShippedIndex() {
    IndexLoadResult loaded = LoadIndexDefinition(ReadRepositoryFile("assets/index/icc-2019.json"));
    EXPECT_TRUE(loaded.definition.has_value());
    return loaded.definition ? *loaded.definition : IndexDefinition{};
}

IndexDefinition PreviousIndex() {
    IndexLoadResult loaded = LoadIndexDefinition(ReadRepositoryFile("tests/data/carry-over/icc-2019.1.json"));
    EXPECT_TRUE(loaded.definition.has_value());
    return loaded.definition ? *loaded.definition : IndexDefinition{};
}

// Every question of the previous version answered with its first option (or a number in its
// middle band) and an evidence text naming the question.
Assessment EveryPreviousQuestionAnswered(const IndexDefinition& previous) {
    Assessment assessment;
    assessment.indexId = previous.id;
    assessment.indexVersion = previous.version;
    for (const Area& area : previous.areas)
        for (const Question& question : area.questions) {
            Answer answer;
            if (question.options.empty()) answer.number = question.bands[question.bands.size() / 2].min;
            else answer.selected = {question.options.front().id};
            answer.evidence = "evidence for " + question.id;
            answer.updatedAt = "2025-06-01T09:00:00.000Z";
            assessment.answers[question.id] = answer;
        }
    return assessment;
}

bool EvidenceKept(const Assessment& assessment, const std::string& evidence) {
    for (const auto& [id, answer] : assessment.answers)
        if (answer.evidence.find(evidence) != std::string::npos) return true;
    return false;
}

TEST(CarryOverShipped, TheShippedFileCarriesEveryAnswerOfTheVersionBefore) {
    const IndexDefinition current = ShippedIndex();
    const IndexDefinition previous = PreviousIndex();
    ASSERT_NE(current.version, previous.version);
    ASSERT_FALSE(current.carryOver.empty());
    EXPECT_EQ(current.carryOver.front().fromVersion, previous.version);

    const Assessment before = EveryPreviousQuestionAnswered(previous);
    Assessment after = before;
    const CarryOverReport report = CarryOverAnswers(after, current);
    ASSERT_TRUE(report.Carried());
    EXPECT_EQ(after.indexVersion, current.version);
    for (const auto& entry : before.answers) {  // no structured binding: the lambda below uses the id (clang 14)
        const std::string& id = entry.first;
        const Answer& answer = entry.second;
        EXPECT_TRUE(EvidenceKept(after, answer.evidence)) << id << ": its evidence was lost";
        // An answer is either where it was, unchanged, or moved and marked.
        const auto same = after.answers.find(id);
        const bool unchanged = same != after.answers.end() && !same->second.toReview && same->second.selected == answer.selected &&
                               same->second.number == answer.number;
        const bool moved = std::any_of(report.toReview.begin(), report.toReview.end(), [&](const std::string& target) {
            const CarriedQuestion* carried = WhyToReview(current, target);
            return carried && carried->from == id;
        });
        const bool kept = std::find(report.noLongerAsked.begin(), report.noLongerAsked.end(), id) != report.noLongerAsked.end();
        EXPECT_TRUE(unchanged || moved || kept) << id << ": neither kept, moved nor kept unscored";
        if (unchanged) {
            EXPECT_NE(current.FindQuestion(id), nullptr) << id << ": kept under an id 2019.2 does not ask";
        }
    }
    // What was carried is a valid answer to the new questions: nothing is ignored by scoring.
    for (const Problem& problem : CheckAgainstDefinition(after, current))
        ADD_FAILURE() << problem.path << ": " << problem.message;
}

TEST(CarryOverShipped, TheSampleAssessmentsOpenWithNothingLost) {
    const IndexDefinition current = ShippedIndex();
    for (const char* file : {"tests/data/report/sample-assessment.json", "tests/data/report/sample-assessment-2024.json"}) {
        AssessmentLoadResult loaded = ReadAssessment(ReadRepositoryFile(file));
        ASSERT_TRUE(loaded.assessment) << file;
        const Assessment before = *loaded.assessment;
        Assessment after = before;
        const CarryOverReport report = CarryOverAnswers(after, current);
        EXPECT_TRUE(report.Carried()) << file;
        EXPECT_FALSE(report.toReview.empty()) << file;
        for (const auto& [id, answer] : before.answers)
            if (!answer.evidence.empty()) {
                EXPECT_TRUE(EvidenceKept(after, answer.evidence)) << file << ": " << id;
            }
        for (const Problem& problem : CheckAgainstDefinition(after, current))
            if (std::find(report.noLongerAsked.begin(), report.noLongerAsked.end(), problem.path.substr(9)) ==
                report.noLongerAsked.end())
                ADD_FAILURE() << file << ": " << problem.path << ": " << problem.message;
        const AssessmentScores scores = Score(current, after);
        EXPECT_TRUE(scores.coreIndex.has_value()) << file;
    }
}

}  // namespace
}  // namespace icc
