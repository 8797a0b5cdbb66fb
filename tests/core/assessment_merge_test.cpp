// The one merge (core/assessment_merge.h): its properties over random drafts, and its rules.
#include "core/assessment_io.h"
#include "core/assessment_merge.h"
#include "scoring_fixtures.h"

#include <gtest/gtest.h>

#include <random>

namespace icc {
namespace {

using namespace icc::testing;

// A random draft by `who`, each answer stamped with its author and a time of `day`.
Assessment Draft(const IndexDefinition& index, std::mt19937& random, const std::string& who, int day) {
    Assessment draft = MakeRandomAssessment(index, random, 0.3, 0.1);
    draft.id = "shared";
    draft.contributors = {who};
    for (auto& [questionId, answer] : draft.answers) {
        answer.updatedBy = who;
        answer.updatedAt = "2026-12-0" + std::to_string(day) + "T1" + std::to_string(random() % 10) + ":00:00.000Z";
    }
    return draft;
}

// Only the answers to questions whose position is even (`even`) or odd.
Assessment Half(Assessment draft, bool even) {
    for (auto it = draft.answers.begin(); it != draft.answers.end();) {
        const bool isEven = std::hash<std::string>{}(it->first) % 2 == 0;
        it = isEven == even ? std::next(it) : draft.answers.erase(it);
    }
    return draft;
}

TEST(AssessmentMerge, MergingAFileWithItselfChangesNothing) {
    std::mt19937 random(11);
    const IndexDefinition index = MakeRandomIndex(random, 9, 6);
    for (int round = 0; round < 100; ++round) {
        const Assessment draft = Draft(index, random, "Education", 1 + round % 9);
        const MergePlan plan = PlanMerge(draft, draft);
        EXPECT_TRUE(plan.items.empty());
        EXPECT_TRUE(plan.taken.empty());
        EXPECT_EQ(plan.identical, static_cast<int>(draft.answers.size()));
        ASSERT_EQ(Unsettled(plan), 0);
        EXPECT_EQ(WriteAssessment(*ApplyMerge(plan)), WriteAssessment(draft));
        const MergeResult sync = MergeNewerAnswers(draft, draft);
        EXPECT_FALSE(sync.changed);
        EXPECT_FALSE(sync.theirsIsOlder);
    }
}

TEST(AssessmentMerge, DraftsOfDifferentQuestionsLoseNothing) {
    std::mt19937 random(12);
    const IndexDefinition index = MakeRandomIndex(random, 9, 6);
    for (int round = 0; round < 100; ++round) {
        const Assessment education = Half(Draft(index, random, "Education", 2), true);
        Assessment housing = Half(Draft(index, random, "Housing", 3), false);
        housing.city = education.city;
        const MergePlan plan = PlanMerge(education, housing);
        EXPECT_TRUE(plan.items.empty());
        ASSERT_EQ(Unsettled(plan), 0);
        const Assessment merged = *ApplyMerge(plan);
        EXPECT_EQ(merged.answers.size(), education.answers.size() + housing.answers.size());
        for (const Assessment* side : std::initializer_list<const Assessment*>{&education, &housing})
            for (const auto& [questionId, answer] : side->answers) {
                ASSERT_TRUE(merged.answers.count(questionId));
                EXPECT_TRUE(SameAnswer(merged.answers.at(questionId), answer));
                EXPECT_EQ(merged.answers.at(questionId).updatedBy, answer.updatedBy);
            }
        EXPECT_EQ(merged.contributors, (std::vector<std::string>{"Education", "Housing"}));
        // Either order gives the same answers.
        const Assessment reverse = *ApplyMerge(PlanMerge(housing, education));
        ASSERT_EQ(reverse.answers.size(), merged.answers.size());
        for (const auto& [questionId, answer] : merged.answers)
            EXPECT_TRUE(SameAnswer(reverse.answers.at(questionId), answer));
    }
}

TEST(AssessmentMerge, NoConflictIsSettledWithoutARuleOrAPerson) {
    std::mt19937 random(13);
    const IndexDefinition index = MakeRandomIndex(random, 9, 6);
    for (int round = 0; round < 100; ++round) {
        const Assessment a = Draft(index, random, "Education", 4);
        const Assessment b = Draft(index, random, "Housing", 5);
        MergePlan plan = PlanMerge(a, b);
        int conflicts = plan.cityConflict ? 1 : 0;
        for (const MergeItem& item : plan.items) {
            if (!item.answerConflict) {
                EXPECT_NE(item.answer, MergeSide::Unsettled) << "a difference in evidence alone is no conflict";
                continue;
            }
            EXPECT_EQ(item.answer, MergeSide::Unsettled);
            ++conflicts;
        }
        EXPECT_EQ(Unsettled(plan), conflicts);
        if (conflicts == 0) continue;
        EXPECT_FALSE(ApplyMerge(plan).has_value());
        // A person chooses one; the rest stays unsettled until a rule settles it.
        for (MergeItem& item : plan.items)
            if (item.answer == MergeSide::Unsettled) {
                item.answer = MergeSide::Other;
                item.byPerson = true;
                break;
            }
        if (Unsettled(plan) > 0) {
            EXPECT_FALSE(ApplyMerge(plan).has_value());
        }
        SettleBy(plan, MergeRule::Base);
        ASSERT_EQ(Unsettled(plan), 0);
        const Assessment merged = *ApplyMerge(plan);
        for (const MergeItem& item : plan.items) {
            if (!item.answerConflict) continue;
            const Answer& kept = item.byPerson ? item.other : item.base;
            EXPECT_TRUE(SameChoice(merged.answers.at(item.questionId), kept));
        }
    }
}

TEST(AssessmentMerge, DifferingEvidenceIsKeptFromBothSidesWithItsContributor) {
    Answer education;
    education.selected = {"yes"};
    education.evidence = "Curriculum 2024";
    education.updatedBy = "Education";
    education.updatedAt = "2026-12-01T10:00:00.000Z";
    Answer housing = education;
    housing.selected = {"no"};
    housing.evidence = "Housing plan";
    housing.updatedBy = "Housing";
    housing.updatedAt = "2026-12-02T10:00:00.000Z";
    Assessment base;
    base.answers["q"] = education;
    Assessment other;
    other.answers["q"] = housing;
    MergePlan plan = PlanMerge(base, other);
    ASSERT_EQ(plan.items.size(), 1u);
    EXPECT_TRUE(plan.items[0].answerConflict);
    EXPECT_TRUE(plan.items[0].evidenceDiffers);
    SettleBy(plan, MergeRule::Newer);
    EXPECT_EQ(plan.items[0].answer, MergeSide::Other);
    const Assessment merged = *ApplyMerge(plan);
    const Answer& answer = merged.answers.at("q");
    EXPECT_EQ(answer.selected, std::vector<std::string>{"no"});
    EXPECT_EQ(answer.evidence, "[Education · 2026-12-01]\nCurriculum 2024\n\n[Housing · 2026-12-02]\nHousing plan");
    // Merging the result with either side again adds nothing.
    Assessment again = merged;
    EXPECT_TRUE(ApplyMerge(PlanMerge(again, other)).has_value());
    EXPECT_EQ(ApplyMerge(PlanMerge(again, other))->answers.at("q").evidence, answer.evidence);
    // Keeping one text drops the other.
    plan.items[0].evidence = EvidenceKeep::Base;
    EXPECT_EQ(ApplyMerge(plan)->answers.at("q").evidence, "Curriculum 2024");
}

TEST(AssessmentMerge, TheNewerRuleTakesTheClearing) {
    Answer given;
    given.selected = {"yes"};
    given.updatedAt = "2026-12-01T10:00:00.000Z";
    Answer cleared;
    cleared.updatedAt = "2026-12-01T10:00:00.500Z";
    Assessment mine, theirs;
    mine.answers["q"] = given;
    theirs.answers["q"] = cleared;
    const MergeResult result = MergeNewerAnswers(mine, theirs);
    EXPECT_TRUE(result.changed);
    EXPECT_TRUE(result.merged.answers.at("q").selected.empty());
    EXPECT_FALSE(MergeNewerAnswers(theirs, mine).changed);
}

TEST(AssessmentMerge, ACityThatDiffersIsAConflict) {
    Assessment base, other;
    base.city.name = "Kraków";
    other.city.name = "Krakow";
    other.updatedAt = "2026-12-02";
    MergePlan plan = PlanMerge(base, other);
    EXPECT_EQ(Unsettled(plan), 1);
    EXPECT_FALSE(ApplyMerge(plan));
    SettleBy(plan, MergeRule::Newer);
    EXPECT_EQ(ApplyMerge(plan)->city.name, "Krakow");
}

}  // namespace
}  // namespace icc
