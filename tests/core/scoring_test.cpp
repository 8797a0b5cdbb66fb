#include "core/score_explanation.h"
#include "core/scoring.h"
#include "scoring_fixtures.h"
#include "support/catalogs.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

namespace icc {
namespace {

using namespace icc::testing;

constexpr double kTolerance = 1e-9;

const ExplanationTemplates& English() {
    static const ExplanationTemplates templates(ShippedTranslations("en"));
    return templates;
}

// commitment 4/7, education 4/5, participation 0/2 (the "mixed" answers of the docs' example).
Assessment MixedAnswers() {
    Assessment assessment;
    assessment.answers["commitment.strategy"] = Selected({"partly"});  // 1
    assessment.answers["commitment.actions"] = Selected({"a", "b"});   // 3
    assessment.answers["commitment.budget"] = Selected({"no"});        // 0
    assessment.answers["education.teachers"] = NumberAnswer(10);       // [10,50) -> 1
    assessment.answers["education.schools"] = NumberAnswer(20);        // [20,1000] -> 3
    assessment.answers["participation.councils"] = Selected({"no"});   // 0
    return assessment;
}

double QuestionPoints(const IndexDefinition& index, const std::string& areaId, std::size_t question,
                      const Answer& answer) {
    Assessment assessment;
    assessment.answers[index.areas[0].questions[0].id] = Answer{};  // unrelated, stays unanswered
    for (const Area& area : index.areas)
        if (area.id == areaId) assessment.answers[area.questions[question].id] = answer;
    const AssessmentScores scores = Score(index, assessment);
    const AreaScore* area = scores.FindArea(areaId);
    return area ? area->questions[question].points : -1;
}

// The answer that gives `question` its most points.
Answer BestAnswer(const Question& question) {
    Answer best;
    if (question.type == AnswerType::Number || question.type == AnswerType::Percentage) {
        best.number = std::max_element(question.bands.begin(), question.bands.end(),
                                       [](const NumberBand& x, const NumberBand& y) { return x.points < y.points; })
                          ->min;
    } else if (question.type == AnswerType::MultipleChoice) {
        for (const AnswerOption& option : question.options) best.selected.push_back(option.id);
    } else {
        best.selected.push_back(
            std::max_element(question.options.begin(), question.options.end(),
                             [](const AnswerOption& x, const AnswerOption& y) { return x.points < y.points; })
                ->id);
    }
    return best;
}

TEST(Scoring, SingleChoiceGivesTheOptionPoints) {
    const IndexDefinition index = MakeSmallIndex();
    EXPECT_EQ(QuestionPoints(index, "commitment", 0, Selected({"yes"})), 2);
    EXPECT_EQ(QuestionPoints(index, "commitment", 0, Selected({"partly"})), 1);
    EXPECT_EQ(QuestionPoints(index, "commitment", 0, Selected({"no"})), 0);
}

TEST(Scoring, SingleChoiceTakesTheFirstKnownOption) {
    const IndexDefinition index = MakeSmallIndex();
    EXPECT_EQ(QuestionPoints(index, "commitment", 0, Selected({"unknown", "partly", "yes"})), 1);
}

TEST(Scoring, YesNoGivesTheOptionPoints) {
    const IndexDefinition index = MakeSmallIndex();
    EXPECT_EQ(QuestionPoints(index, "participation", 0, Selected({"yes"})), 2);
    EXPECT_EQ(QuestionPoints(index, "participation", 0, Selected({"no"})), 0);
}

TEST(Scoring, MultipleChoiceAddsUpAndIsCapped) {
    const IndexDefinition index = MakeSmallIndex();
    EXPECT_EQ(QuestionPoints(index, "commitment", 1, Selected({"a"})), 1);
    EXPECT_EQ(QuestionPoints(index, "commitment", 1, Selected({"a", "b"})), 3);
    EXPECT_EQ(QuestionPoints(index, "commitment", 1, Selected({"b", "c"})), 4);       // 5, capped at 4
    EXPECT_EQ(QuestionPoints(index, "commitment", 1, Selected({"a", "b", "c"})), 4);  // 6, capped at 4
}

TEST(Scoring, MultipleChoiceCountsEachOptionOnce) {
    const IndexDefinition index = MakeSmallIndex();
    EXPECT_EQ(QuestionPoints(index, "commitment", 1, Selected({"c", "c"})), 3);
}

TEST(Scoring, BandEdgesBelongToTheUpperBandAndTheLastBandIncludesItsMax) {
    const IndexDefinition index = MakeSmallIndex();
    EXPECT_EQ(QuestionPoints(index, "education", 0, NumberAnswer(0)), 0);
    EXPECT_EQ(QuestionPoints(index, "education", 0, NumberAnswer(9.999)), 0);
    EXPECT_EQ(QuestionPoints(index, "education", 0, NumberAnswer(10)), 1);
    EXPECT_EQ(QuestionPoints(index, "education", 0, NumberAnswer(49.99)), 1);
    EXPECT_EQ(QuestionPoints(index, "education", 0, NumberAnswer(50)), 2);
    EXPECT_EQ(QuestionPoints(index, "education", 0, NumberAnswer(100)), 2);
    EXPECT_EQ(QuestionPoints(index, "education", 1, NumberAnswer(1000)), 3);
}

TEST(Scoring, NumbersOutsideEveryBandAreUnusable) {
    const IndexDefinition index = MakeSmallIndex();
    Assessment assessment;
    assessment.answers["education.teachers"] = NumberAnswer(100.5);
    assessment.answers["education.schools"] = NumberAnswer(-1);
    const AssessmentScores scores = Score(index, assessment);
    const AreaScore& education = *scores.FindArea("education");
    EXPECT_EQ(education.questions[0].status, QuestionStatus::Unusable);
    EXPECT_EQ(education.questions[1].status, QuestionStatus::Unusable);
    EXPECT_EQ(education.answered, 0);
    EXPECT_EQ(education.maxPoints, 5);  // unanswered rule: zero points, still in the maximum
}

TEST(Scoring, UnknownOptionsAreUnusable) {
    const IndexDefinition index = MakeSmallIndex();
    Assessment assessment;
    assessment.answers["commitment.actions"] = Selected({"zzz"});
    const AssessmentScores scores = Score(index, assessment);
    EXPECT_EQ(scores.FindArea("commitment")->questions[1].status, QuestionStatus::Unusable);
}

TEST(Scoring, EmptySelectionAndEvidenceOnlyAreUnanswered) {
    const IndexDefinition index = MakeSmallIndex();
    Assessment assessment;
    Answer evidenceOnly;
    evidenceOnly.evidence = "a draft note";
    assessment.answers["commitment.actions"] = evidenceOnly;
    const AssessmentScores scores = Score(index, assessment);
    EXPECT_EQ(scores.FindArea("commitment")->questions[1].status, QuestionStatus::Unanswered);
    EXPECT_EQ(scores.FindArea("commitment")->answered, 0);
}

TEST(Scoring, WorkedExampleMixedAnswers) {
    const IndexDefinition index = MakeSmallIndex();
    const AssessmentScores scores = Score(index, MixedAnswers());
    const AreaScore& commitment = scores.areas[0];
    EXPECT_EQ(commitment.points, 4);
    EXPECT_EQ(commitment.maxPoints, 7);
    EXPECT_NEAR(*commitment.percent, 400.0 / 7, kTolerance);
    EXPECT_TRUE(commitment.complete);
    EXPECT_NEAR(*scores.areas[1].percent, 80, kTolerance);
    EXPECT_NEAR(*scores.areas[2].percent, 0, kTolerance);
    // Core: commitment (w1) and education (w2); participation is optional.
    EXPECT_NEAR(*scores.coreIndex, (400.0 / 7 + 80 * 2) / 3, kTolerance);
    EXPECT_NEAR(*scores.extendedIndex, (400.0 / 7 + 80 * 2 + 0) / 4, kTolerance);
    // Lens: education (w2) and participation (w1).
    EXPECT_NEAR(*scores.FindGroup("lens")->percent, 160.0 / 3, kTolerance);
    EXPECT_EQ(scores.FindGroup("lens")->areaCount, 2);
    EXPECT_EQ(scores.answered, 6);
    EXPECT_EQ(scores.total, 6);
    EXPECT_FALSE(scores.partial);
    EXPECT_EQ(scores.completenessPercent, 100);
}

TEST(Scoring, AllBestAnswersScoreOneHundred) {
    const IndexDefinition index = MakeSmallIndex();
    Assessment assessment;
    assessment.answers["commitment.strategy"] = Selected({"yes"});
    assessment.answers["commitment.actions"] = Selected({"a", "b", "c"});
    assessment.answers["commitment.budget"] = Selected({"yes"});
    assessment.answers["education.teachers"] = NumberAnswer(100);
    assessment.answers["education.schools"] = NumberAnswer(25);
    assessment.answers["participation.councils"] = Selected({"yes"});
    const AssessmentScores scores = Score(index, assessment);
    for (const AreaScore& area : scores.areas) { EXPECT_NEAR(*area.percent, 100, kTolerance) << area.areaId; }
    EXPECT_NEAR(*scores.coreIndex, 100, kTolerance);
    EXPECT_NEAR(*scores.extendedIndex, 100, kTolerance);
}

TEST(Scoring, DontKnowWithZeroPointsKeepsTheMaximum) {
    IndexDefinition index = MakeSmallIndex();
    index.dontKnow = MissingAnswerRule::ZeroPoints;
    Assessment assessment = MixedAnswers();
    assessment.answers["commitment.strategy"] = DontKnow();
    const AssessmentScores scores = Score(index, assessment);
    const AreaScore& commitment = scores.areas[0];
    EXPECT_EQ(commitment.questions[0].status, QuestionStatus::DontKnow);
    EXPECT_EQ(commitment.points, 3);
    EXPECT_EQ(commitment.maxPoints, 7);
    EXPECT_NEAR(*commitment.percent, 300.0 / 7, kTolerance);
    EXPECT_EQ(commitment.answered, 3);  // "don't know" is an answer
    EXPECT_EQ(commitment.dontKnow, 1);
}

TEST(Scoring, DontKnowExcludedFromMaximum) {
    IndexDefinition index = MakeSmallIndex();
    index.dontKnow = MissingAnswerRule::ExcludeFromMaximum;
    Assessment assessment = MixedAnswers();
    assessment.answers["commitment.strategy"] = DontKnow();
    const AssessmentScores scores = Score(index, assessment);
    EXPECT_EQ(scores.areas[0].points, 3);
    EXPECT_EQ(scores.areas[0].maxPoints, 5);
    EXPECT_NEAR(*scores.areas[0].percent, 60, kTolerance);
}

TEST(Scoring, DontKnowWhereNotOfferedCountsAsUnanswered) {
    IndexDefinition index = MakeSmallIndex();
    index.dontKnow = MissingAnswerRule::ZeroPoints;
    index.unanswered = MissingAnswerRule::ExcludeFromMaximum;
    Assessment assessment = MixedAnswers();
    assessment.answers["commitment.budget"] = DontKnow();  // budget has no "don't know"
    const AssessmentScores scores = Score(index, assessment);
    EXPECT_EQ(scores.areas[0].questions[2].status, QuestionStatus::Unusable);
    EXPECT_EQ(scores.areas[0].maxPoints, 6);
}

TEST(Scoring, UnansweredWithZeroPoints) {
    IndexDefinition index = MakeSmallIndex();
    index.unanswered = MissingAnswerRule::ZeroPoints;
    Assessment assessment = MixedAnswers();
    assessment.answers.erase("commitment.actions");
    const AssessmentScores scores = Score(index, assessment);
    EXPECT_EQ(scores.areas[0].points, 1);
    EXPECT_EQ(scores.areas[0].maxPoints, 7);
    EXPECT_EQ(scores.areas[0].answered, 2);
    EXPECT_FALSE(scores.areas[0].complete);
    EXPECT_TRUE(scores.partial);
    EXPECT_NEAR(scores.completenessPercent, 500.0 / 6, kTolerance);
}

TEST(Scoring, UnansweredExcludedFromMaximum) {
    IndexDefinition index = MakeSmallIndex();
    index.unanswered = MissingAnswerRule::ExcludeFromMaximum;
    Assessment assessment = MixedAnswers();
    assessment.answers.erase("commitment.actions");
    const AssessmentScores scores = Score(index, assessment);
    EXPECT_EQ(scores.areas[0].points, 1);
    EXPECT_EQ(scores.areas[0].maxPoints, 3);
}

TEST(Scoring, AreaWithNothingCountedHasNoScoreAndIsLeftOutOfTheIndex) {
    IndexDefinition index = MakeSmallIndex();
    index.unanswered = MissingAnswerRule::ExcludeFromMaximum;
    Assessment assessment = MixedAnswers();
    assessment.answers.erase("education.teachers");
    assessment.answers.erase("education.schools");
    const AssessmentScores scores = Score(index, assessment);
    EXPECT_FALSE(scores.areas[1].percent.has_value());
    EXPECT_NEAR(*scores.coreIndex, 400.0 / 7, kTolerance);       // commitment alone
    EXPECT_NEAR(*scores.FindGroup("lens")->percent, 0, kTolerance);  // participation alone
    EXPECT_EQ(scores.FindGroup("lens")->areasScored, 1);
}

TEST(Scoring, EmptyAssessmentWithExclusionHasNoIndex) {
    IndexDefinition index = MakeSmallIndex();
    index.unanswered = MissingAnswerRule::ExcludeFromMaximum;
    const AssessmentScores scores = Score(index, Assessment{});
    EXPECT_FALSE(scores.coreIndex.has_value());
    EXPECT_FALSE(scores.extendedIndex.has_value());
    EXPECT_EQ(scores.answered, 0);
    EXPECT_TRUE(scores.partial);
}

TEST(Scoring, EmptyAssessmentWithZeroPointsScoresZero) {
    const AssessmentScores scores = Score(MakeSmallIndex(), Assessment{});
    EXPECT_NEAR(*scores.coreIndex, 0, kTolerance);
    EXPECT_EQ(scores.completenessPercent, 0);
}

TEST(Scoring, AreaWithoutQuestionsHasNoScore) {
    IndexDefinition index = MakeSmallIndex();
    index.areas.push_back(MakeArea("empty", 1, {}));
    const AssessmentScores scores = Score(index, MixedAnswers());
    EXPECT_FALSE(scores.FindArea("empty")->percent.has_value());
    EXPECT_TRUE(scores.FindArea("empty")->complete);
    EXPECT_NEAR(*scores.coreIndex, (400.0 / 7 + 160) / 3, kTolerance);
}

TEST(Scoring, WeightsAreNormalisedAndZeroWeightLeavesAnAreaOut) {
    IndexDefinition index = MakeSmallIndex();
    index.areas[0].weight = 1000;
    const AssessmentScores heavy = Score(index, MixedAnswers());
    EXPECT_NEAR(*heavy.coreIndex, (400.0 / 7 * 1000 + 160) / 1002, kTolerance);
    EXPECT_LE(*heavy.coreIndex, 100);
    index.areas[0].weight = 0;
    const AssessmentScores zero = Score(index, MixedAnswers());
    EXPECT_NEAR(*zero.coreIndex, 80, kTolerance);
    EXPECT_TRUE(zero.areas[0].percent.has_value());  // the area keeps its own score
}

TEST(Scoring, OptionPointsAboveTheQuestionMaximumAreCapped) {
    IndexDefinition index = MakeSmallIndex();
    index.areas[0].questions[0].maxPoints = 1;  // "yes" gives 2
    Assessment assessment;
    assessment.answers["commitment.strategy"] = Selected({"yes"});
    EXPECT_EQ(Score(index, assessment).areas[0].questions[0].points, 1);
}

TEST(Scoring, AnswersToUnknownQuestionsAreIgnored) {
    const IndexDefinition index = MakeSmallIndex();
    Assessment assessment = MixedAnswers();
    assessment.answers["aaa.first"] = Selected({"yes"});
    assessment.answers["commitment.zzz"] = Selected({"yes"});
    assessment.answers["zzz.last"] = Selected({"yes"});
    const AssessmentScores scores = Score(index, assessment);
    EXPECT_NEAR(*scores.coreIndex, (400.0 / 7 + 160) / 3, kTolerance);
    EXPECT_EQ(scores.answered, 6);
}

TEST(Scoring, PlanAndDirectScoringAgree) {
    const IndexDefinition index = MakeSmallIndex();
    const ScoringPlan plan = BuildScoringPlan(index);
    EXPECT_EQ(*Score(plan, MixedAnswers()).coreIndex, *Score(index, MixedAnswers()).coreIndex);
}

TEST(ScoreExplanation, AreaSentence) {
    const IndexDefinition index = MakeSmallIndex();
    const AssessmentScores scores = Score(index, MixedAnswers());
    EXPECT_EQ(ExplainArea(index, scores, 0, "en", English()), "commitment: 4 of 7 points = 57%");
}

TEST(ScoreExplanation, IndexSentences) {
    const IndexDefinition index = MakeSmallIndex();
    const AssessmentScores scores = Score(index, MixedAnswers());
    EXPECT_EQ(ExplainIndex(index, scores, false, "en", English()),
              "Core index = weighted mean of 2 areas: (57.1\u00d71 + 80\u00d72)/3 = 72%");
    EXPECT_EQ(ExplainIndex(index, scores, true, "en", English()),
              "Extended index = weighted mean of 3 areas: (57.1\u00d71 + 80\u00d72 + 0\u00d71)/4 = 54%");
    EXPECT_EQ(ExplainGroup(index, scores, 0, "en", English()), "Lens = weighted mean of 2 areas: (80\u00d72 + 0\u00d71)/3 = 53%");
    EXPECT_EQ(ExplainCompleteness(scores, English()), "6 of 6 questions answered (100%)");
}

TEST(ScoreExplanation, AreasWithoutScoreAreNamed) {
    IndexDefinition index = MakeSmallIndex();
    index.unanswered = MissingAnswerRule::ExcludeFromMaximum;
    Assessment assessment = MixedAnswers();
    assessment.answers.erase("education.teachers");
    assessment.answers.erase("education.schools");
    const AssessmentScores scores = Score(index, assessment);
    EXPECT_EQ(ExplainArea(index, scores, 1, "en", English()), "education: no score (no question counts towards the maximum)");
    EXPECT_EQ(ExplainIndex(index, scores, false, "en", English()),
              "Core index = weighted mean of 1 areas: (57.1\u00d71)/1 = 57% (left out, no score: education)");
}

TEST(ScoreExplanation, SentencesAreInTheCatalogsLanguage) {
    const IndexDefinition index = MakeSmallIndex();
    const AssessmentScores scores = Score(index, MixedAnswers());
    const ExplanationTemplates polish(ShippedTranslations("pl"));
    EXPECT_EQ(ExplainArea(index, scores, 0, "pl", polish), "commitment: 4 z 7\u00a0pkt = 57%");
    EXPECT_EQ(ExplainIndex(index, scores, false, "pl", polish),
              "Indeks podstawowy = średnia ważona z 2 obszarów: (57,1\u00d71 + 80\u00d72)/3 = 72%");
    EXPECT_EQ(ExplainCompleteness(scores, polish), "Pytania z odpowiedzią: 6 z 6 (100%)");
    const ExplanationTemplates french(ShippedTranslations("fr"));
    EXPECT_EQ(ExplainCompleteness(scores, french), "Questions avec réponse\u00a0: 6 sur 6 (100%)");
}

TEST(ScoreExplanation, TemplatesCanBeReplaced) {
    const IndexDefinition index = MakeSmallIndex();
    const AssessmentScores scores = Score(index, MixedAnswers());
    ExplanationTemplates custom = English();
    custom.area = "{area} – {points}/{max}";
    EXPECT_EQ(ExplainArea(index, scores, 0, "en", custom), "commitment – 4/7");
}

TEST(ScoreExplanation, FormatPercentRoundsHalfAwayFromZero) {
    EXPECT_EQ(FormatPercent(57.5), "58%");
    EXPECT_EQ(FormatPercent(57.49), "57%");
    EXPECT_EQ(FormatPercent(100), "100%");
    EXPECT_EQ(FormatNumber(7.25, 1), "7.2");  // printf rounding of the binary value
    EXPECT_EQ(FormatNumber(80, 1), "80");
    EXPECT_EQ(FormatNumber(-0.01, 1), "0");
}

// --- Properties over random indexes and assessments (fixed seed) ---

class ScoringProperties : public ::testing::Test {
protected:
    std::mt19937 random{20261125};
};

TEST_F(ScoringProperties, ScoresStayWithinZeroToHundred) {
    for (int round = 0; round < 300; ++round) {
        const IndexDefinition index = MakeRandomIndex(random, 1 + round % 17, 1 + round % 7);
        for (int i = 0; i < 10; ++i) {
            const AssessmentScores scores = Score(index, MakeRandomAssessment(index, random, 0.3, 0.2));
            for (const AreaScore& area : scores.areas) {
                EXPECT_LE(area.points, area.maxPoints + kTolerance);
                if (area.percent) { EXPECT_TRUE(*area.percent >= 0 && *area.percent <= 100); }
            }
            for (const auto& index_ : {scores.coreIndex, scores.extendedIndex})
                if (index_) { EXPECT_TRUE(*index_ >= 0 && *index_ <= 100); }
        }
    }
}

TEST_F(ScoringProperties, ImprovingOneAnswerNeverLowersItsArea) {
    for (int round = 0; round < 2000; ++round) {
        const IndexDefinition index = MakeRandomIndex(random, 4, 5);
        Assessment assessment = MakeRandomAssessment(index, random, 0.2, 0.1);
        const AssessmentScores before = Score(index, assessment);
        const std::size_t a = random() % index.areas.size();
        const std::size_t q = random() % index.areas[a].questions.size();
        const Question& question = index.areas[a].questions[q];
        if (before.areas[a].questions[q].status != QuestionStatus::Scored) continue;
        const Answer best = BestAnswer(question);
        assessment.answers[question.id] = best;
        const AssessmentScores after = Score(index, assessment);
        EXPECT_GE(after.areas[a].questions[q].points, before.areas[a].questions[q].points);
        EXPECT_GE(*after.areas[a].percent + kTolerance, *before.areas[a].percent) << "round " << round;
    }
}

TEST_F(ScoringProperties, IndexIsTheWeightedMeanOfItsAreas) {
    for (int round = 0; round < 2000; ++round) {
        const IndexDefinition index = MakeRandomIndex(random, 2 + round % 16, 3);
        const AssessmentScores scores = Score(index, MakeRandomAssessment(index, random, 0.3, 0.2));
        double coreSum = 0, coreWeights = 0, allSum = 0, allWeights = 0;
        for (std::size_t a = 0; a < index.areas.size(); ++a) {
            if (!scores.areas[a].percent) continue;
            allSum += *scores.areas[a].percent * index.areas[a].weight;
            allWeights += index.areas[a].weight;
            if (index.areas[a].optional) continue;
            coreSum += *scores.areas[a].percent * index.areas[a].weight;
            coreWeights += index.areas[a].weight;
        }
        ASSERT_EQ(scores.coreIndex.has_value(), coreWeights > 0);
        ASSERT_EQ(scores.extendedIndex.has_value(), allWeights > 0);
        if (coreWeights > 0) { EXPECT_NEAR(*scores.coreIndex, coreSum / coreWeights, 1e-9); }
        if (allWeights > 0) { EXPECT_NEAR(*scores.extendedIndex, allSum / allWeights, 1e-9); }
    }
}

TEST_F(ScoringProperties, PermutingAreasChangesNothing) {
    for (int round = 0; round < 1000; ++round) {
        IndexDefinition index = MakeRandomIndex(random, 6, 4);
        const Assessment assessment = MakeRandomAssessment(index, random, 0.3, 0.2);
        const AssessmentScores before = Score(index, assessment);
        std::shuffle(index.areas.begin(), index.areas.end(), random);
        const AssessmentScores after = Score(index, assessment);
        EXPECT_EQ(before.coreIndex.has_value(), after.coreIndex.has_value());
        if (before.coreIndex) { EXPECT_NEAR(*before.coreIndex, *after.coreIndex, 1e-9); }
        if (before.extendedIndex) { EXPECT_NEAR(*before.extendedIndex, *after.extendedIndex, 1e-9); }
        EXPECT_EQ(before.answered, after.answered);
        for (const AreaScore& area : before.areas) {
            const AreaScore* moved = after.FindArea(area.areaId);
            ASSERT_NE(moved, nullptr);
            EXPECT_EQ(area.points, moved->points);
            EXPECT_EQ(area.maxPoints, moved->maxPoints);
        }
        if (before.groups[0].percent) { EXPECT_NEAR(*before.groups[0].percent, *after.groups[0].percent, 1e-9); }
    }
}

// The change on screen and in the report is the difference of the percents they show.
TEST(ChangeSince, IsTheDifferenceOfTheRoundedPercents) {
    EXPECT_EQ(ChangeSince(57.4, 58.6), 2) << "57% then, 59% now";
    EXPECT_EQ(ChangeSince(57.6, 58.4), 0) << "58% then, 58% now";
    EXPECT_EQ(ChangeSince(80, 79.5), 0);
    EXPECT_EQ(ChangeSince(std::nullopt, 50), std::nullopt);
    EXPECT_EQ(ChangeSince(50, std::nullopt), std::nullopt);
}

}  // namespace
}  // namespace icc
