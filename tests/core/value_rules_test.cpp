// The value rules are the reader's rules: whatever they let through reads back, and what the
// reader refuses they refuse (core/value_rules.h).
#include "core/assessment_io.h"
#include "core/assessment_merge.h"
#include "core/assessment_salvage.h"
#include "core/value_rules.h"

#include <gtest/gtest.h>

namespace icc {
namespace {

using Kind = ValueProblem::Kind;

TEST(ValueRules, TypedNumbersFollowTheRule) {
    EXPECT_EQ(ParseNumberText("2", kYearRule).problem.kind, Kind::OutOfRange) << "a half-typed year is refused";
    EXPECT_EQ(ParseNumberText("2026", kYearRule).value, 2026);
    EXPECT_EQ(ParseNumberText("2026.5", kYearRule).problem.kind, Kind::NotWhole);
    EXPECT_FALSE(ParseNumberText("", kYearRule).value.has_value());
    EXPECT_TRUE(ParseNumberText("", kYearRule).problem.ok()) << "empty is 'not given'";
    EXPECT_EQ(ParseNumberText("806 200", kPopulationRule).value, 806200) << "spaces group digits";
    EXPECT_EQ(ParseNumberText("806\xC2\xA0" "200", kPopulationRule).value, 806200) << "no-break spaces too";
    EXPECT_EQ(ParseNumberText("2000000000", kPopulationRule).problem.kind, Kind::OutOfRange);
    EXPECT_EQ(ParseNumberText("1e16", kAnswerNumberRule).problem.kind, Kind::NotANumber);
    EXPECT_EQ(ParseNumberText("10000000000000000", kAnswerNumberRule).problem.kind, Kind::OutOfRange);
    for (const char* text : {"inf", "nan", "0x10", "1,5", "1.2.3", "-", ".", "12a", "--1"})
        EXPECT_EQ(ParseNumberText(text, kAnswerNumberRule).problem.kind, Kind::NotANumber) << text;
    EXPECT_EQ(ParseNumberText("-12.5", kAnswerNumberRule).value, -12.5);
    EXPECT_EQ(ParseNumberText("101", kPercentRule).problem.kind, Kind::OutOfRange);
}

TEST(ValueRules, IdsKeepToSafeCharacters) {
    EXPECT_TRUE(CheckAssessmentId("5d1c7c0e-9a51-4a43-b1f4-3c3f0e8f8a10").ok());
    EXPECT_TRUE(CheckAssessmentId("draft_7.v2").ok());
    EXPECT_EQ(CheckAssessmentId("a\nb").kind, Kind::InvalidCharacters);
    EXPECT_EQ(CheckAssessmentId("a/b").kind, Kind::InvalidCharacters);
    EXPECT_EQ(CheckAssessmentId("").kind, Kind::TooLong);
    EXPECT_EQ(CheckAssessmentId(std::string(kLongestAssessmentId + 1, 'a')).kind, Kind::TooLong);
}

// Every value the rules accept is written and read back; every one they refuse, the reader refuses.
TEST(ValueRules, TheReaderAcceptsExactlyWhatTheRulesAccept) {
    const std::pair<int, bool> years[] = {{2, false}, {999, false}, {1000, true}, {2026, true}, {9999, true}, {10000, false}};
    for (const auto& [year, valid] : years) {
        Assessment assessment;
        assessment.id = "a-1";
        assessment.indexId = "icc-2019";
        assessment.city.year = year;
        EXPECT_EQ(CheckCity(assessment.city).ok(), valid) << year;
        EXPECT_EQ(ReadAssessment(WriteAssessment(assessment)).assessment.has_value(), valid) << year;
    }
    const std::pair<double, bool> populations[] = {{-1, false}, {0, true}, {1e9, true}, {2e9, false}};
    for (const auto& [population, valid] : populations) {
        Assessment assessment;
        assessment.indexId = "icc-2019";
        assessment.city.population = population;
        EXPECT_EQ(CheckCity(assessment.city).ok(), valid) << population;
        EXPECT_EQ(ReadAssessment(WriteAssessment(assessment)).assessment.has_value(), valid) << population;
    }
    Assessment withBadId;
    withBadId.id = "line\nfeed";
    withBadId.indexId = "icc-2019";
    const AssessmentLoadResult read = ReadAssessment(WriteAssessment(withBadId));
    ASSERT_FALSE(read.assessment.has_value());
    EXPECT_EQ(read.problems.front().path, "/id");
}

TEST(ValueRules, AnswersAreCheckedAgainstTheirQuestion) {
    Question choice;
    choice.type = AnswerType::SingleChoice;
    choice.options = {{"yes", {}, 2}, {"no", {}, 0}};
    Answer answer;
    answer.selected = {"maybe"};
    EXPECT_EQ(CheckAnswer(choice, answer).kind, Kind::UnknownOption);
    answer.selected = {"yes"};
    EXPECT_TRUE(CheckAnswer(choice, answer).ok());
    answer.dontKnow = true;
    EXPECT_EQ(CheckAnswer(choice, answer).kind, Kind::NoDontKnow);

    Question percentage;
    percentage.type = AnswerType::Percentage;
    percentage.bands = {{0, 50, 0, {}}, {50, 100, 2, {}}};
    Answer number;
    number.number = 100;
    EXPECT_TRUE(CheckAnswer(percentage, number).ok());
    number.number = 150;
    const ValueProblem outside = CheckAnswer(percentage, number);
    EXPECT_EQ(outside.kind, Kind::OutOfRange);
    EXPECT_EQ(outside.max, 100);
}

TEST(ValueRules, ProblemsHaveTextInEveryLanguageAndInEnglishForFiles) {
    Translations english;
    english.Set("en", {{"value.out_of_range", "Enter a number from {min} to {max}."}}, {});
    EXPECT_EQ(ProblemText({Kind::OutOfRange, 1000, 9999}, english), "Enter a number from 1000 to 9999.");
    EXPECT_EQ(DescribeProblem({Kind::OutOfRange, 1000, 9999}), "must be between 1000 and 9999");
    EXPECT_STREQ(ProblemTextKey(Kind::NotANumber), "value.not_a_number");
}

TEST(Salvage, AnUnreadableEntryGivesBackWhatCanBeRead) {
    const std::string damaged = R"({"formatVersion": 1, "kind": "icc-assessment", "id": "bad\nid",
        "index": {"id": "icc-2019", "version": "2019.1"},
        "city": {"name": "Kraków", "year": 2, "population": 806200},
        "answers": {"commitment.strategy": {"selected": ["yes"], "evidence": "Resolution 12"},
                    "commitment.budget": {"selected": "yes"},
                    "education.school-mix": {"number": 1e16}}})";
    ASSERT_FALSE(ReadAssessment(damaged).assessment.has_value());
    const SalvageResult salvaged = SalvageAssessment(damaged);
    ASSERT_TRUE(salvaged.assessment.has_value());
    EXPECT_EQ(salvaged.assessment->city.name, "Kraków");
    EXPECT_EQ(salvaged.assessment->city.population, 806200);
    EXPECT_EQ(salvaged.assessment->city.year, 0) << "the broken year is left out";
    EXPECT_TRUE(salvaged.assessment->id.empty()) << "the broken id is left out";
    ASSERT_EQ(salvaged.assessment->answers.count("commitment.strategy"), 1u);
    EXPECT_EQ(salvaged.assessment->answers.at("commitment.strategy").evidence, "Resolution 12");
    EXPECT_EQ(salvaged.assessment->answers.count("commitment.budget"), 0u);
    EXPECT_EQ(salvaged.assessment->answers.count("education.school-mix"), 0u);
    EXPECT_EQ(salvaged.dropped.size(), 4u);  // id, year, two answers
}

TEST(Salvage, TextThatIsNoAnswersFileGivesNothing) {
    EXPECT_FALSE(SalvageAssessment("{\"kind\": \"icc-assess").assessment.has_value());
    EXPECT_FALSE(SalvageAssessment("[1, 2]").assessment.has_value());
    EXPECT_FALSE(SalvageAssessment(R"({"kind": "something-else", "formatVersion": 1, "answers": {}})").assessment.has_value());
}

TEST(Merge, ClearingWinsOverAnOlderAnswerAndANewerAnswerOverAnOlderClearing) {
    Assessment mine, theirs;
    Answer answered;
    answered.selected = {"yes"};
    answered.updatedAt = "2026-01-01T10:00:00Z";
    Answer cleared;
    cleared.updatedAt = "2026-01-01T11:00:00Z";
    mine.answers["q"] = cleared;
    theirs.answers["q"] = answered;
    MergeResult merge = MergeNewerAnswers(mine, theirs);
    EXPECT_FALSE(merge.changed) << "the older answer does not come back";
    EXPECT_TRUE(merge.theirsIsOlder) << "the clearing must reach the other copy";
    EXPECT_TRUE(merge.merged.answers.at("q").selected.empty());

    answered.updatedAt = "2026-01-01T12:00:00Z";
    theirs.answers["q"] = answered;
    merge = MergeNewerAnswers(mine, theirs);
    EXPECT_TRUE(merge.changed);
    EXPECT_EQ(merge.merged.answers.at("q").selected, std::vector<std::string>{"yes"});
    EXPECT_FALSE(merge.theirsIsOlder);
}

TEST(Merge, MergingAnAssessmentWithItselfChangesNothing) {
    Assessment assessment;
    assessment.city.name = "Lublin";
    assessment.answers["a"].selected = {"x"};
    assessment.answers["b"].evidence = "text";
    const MergeResult merge = MergeNewerAnswers(assessment, assessment);
    EXPECT_FALSE(merge.changed);
    EXPECT_FALSE(merge.theirsIsOlder);
}

}  // namespace
}  // namespace icc
