// Several departments, one assessment (issue 18): who answers what, sharing a part, and the
// merge review, in the model over two in-memory browsers.
#include "model/session.h"
#include "support/answers.h"
#include "support/memory_platform.h"
#include "support/shipped_files.h"

#include <gtest/gtest.h>

namespace icc {
namespace {

// A question of one option among several, so that two departments can answer it differently.
bool IsSingleChoice(const Question& question) {
    return (question.type == AnswerType::SingleChoice || question.type == AnswerType::YesNo) && question.options.size() >= 2;
}

// The single-choice question of the area at `areaIndex` (taken from the definition, which is
// revised now and then).
const Question& ChoiceIn(const IndexDefinition& definition, std::size_t areaIndex) {
    for (const Question& question : definition.areas[areaIndex].questions)
        if (IsSingleChoice(question)) return question;
    ADD_FAILURE() << "no single-choice question in area " << areaIndex;
    return definition.areas[areaIndex].questions.front();
}

// The first area from `after` on with a single-choice question.
std::size_t AreaWithChoice(const IndexDefinition& definition, std::size_t after) {
    for (std::size_t a = after; a < definition.areas.size(); ++a)
        for (const Question& question : definition.areas[a].questions)
            if (IsSingleChoice(question)) return a;
    ADD_FAILURE() << "no area with a single-choice question";
    return 0;
}

// The question's option at `n`.
Answer Option(const Question& question, std::size_t n) { return Choose(question.options.at(n).id); }

class MergeReviewTest : public ::testing::Test {
protected:
    MemoryPlatform cityHall, school;  // two browsers
    Session coordinator{cityHall, ShippedFiles()};
    Session education{school, ShippedFiles()};

    void SetUp() override {
        coordinator.Start(false);
        education.Start(false);
        school.clock = 1000;  // the school's changes come after the city hall's first ones
        coordinator.SetUserName("  Mayor's office ");
        education.SetUserName("Education department");
    }
};

TEST_F(MergeReviewTest, EveryChangeRecordsWhoAndTheFirstOneJoinsTheContributors) {
    EXPECT_EQ(coordinator.CurrentSettings().userName, "Mayor's office");
    coordinator.NewAssessment();
    const Question& question = ChoiceIn(coordinator.Definition(), AreaWithChoice(coordinator.Definition(), 0));
    ASSERT_TRUE(coordinator.SetAnswer(question.id, Option(question, 0)).ok());
    EXPECT_EQ(coordinator.FindAnswer(question.id)->updatedBy, "Mayor's office");
    EXPECT_FALSE(coordinator.FindAnswer(question.id)->updatedAt.empty());
    coordinator.SetEvidence(question.id, "Council resolution");
    EXPECT_EQ(coordinator.Current().contributors, std::vector<std::string>{"Mayor's office"});
    EXPECT_EQ(coordinator.SetUserName(std::string(kLongestContributor + 1, 'x')).kind, ValueProblem::Kind::TooLong);
}

TEST_F(MergeReviewTest, TwoDepartmentsMergeWithoutLosingAnythingAndTheBackupRestoresTheBefore) {
    const IndexDefinition& definition = coordinator.Definition();
    const std::size_t commitment = AreaWithChoice(definition, 0), schools = AreaWithChoice(definition, commitment + 1);
    const Question& own = ChoiceIn(definition, commitment);
    const Question& theirs = ChoiceIn(definition, schools);

    coordinator.NewAssessment();
    ASSERT_TRUE(coordinator.AddContributor("Education department").ok());
    coordinator.SetResponsible(definition.areas[schools].id, "Education department");
    coordinator.SetAnswer(own.id, Option(own, 0));
    coordinator.SetEvidence(own.id, "Mayor's text");
    coordinator.Flush();
    const std::string id = coordinator.Current().id;

    // The education department gets its part, answers it, and also answers the mayor's question.
    coordinator.ExportAreas({definition.areas[schools].id});
    ASSERT_EQ(cityHall.downloads.size(), 1u);
    EXPECT_EQ(cityHall.downloads.back().content.find("\"" + own.id + "\""), std::string::npos) << "only the chosen areas";
    education.Import("part.json", cityHall.downloads.back().content);
    ASSERT_TRUE(education.HasAssessment());
    EXPECT_EQ(education.Current().id, id) << "the same assessment, so that it comes back";
    education.SetAnswer(theirs.id, Option(theirs, 1));
    education.SetEvidence(theirs.id, "School curriculum");
    education.SetAnswer(own.id, Option(own, 1));
    education.SetEvidence(own.id, "Education's text");
    education.ExportJson();
    const std::string returned = school.downloads.back().content;

    coordinator.SetAnswer(own.id, Option(own, 0));  // touched after the export: a conflict
    coordinator.Flush();
    const std::string before = cityHall.storage[AssessmentStore::AssessmentKey(id)];
    coordinator.Import("education.json", returned);
    ASSERT_TRUE(coordinator.Review());
    EXPECT_EQ(cityHall.storage[AssessmentStore::AssessmentKey(id)], before) << "nothing changes before confirming";
    const MergePlan& plan = coordinator.Review()->plan;
    ASSERT_FALSE(plan.items.empty());
    EXPECT_EQ(plan.items.front().questionId, own.id) << "conflicts come first";
    EXPECT_TRUE(plan.items.front().answerConflict);
    EXPECT_EQ(plan.items.front().other.updatedBy, "Education department");
    EXPECT_EQ(plan.taken, std::vector<std::string>{theirs.id});
    EXPECT_FALSE(coordinator.ConfirmMerge()) << "a conflict nobody settled";

    coordinator.ChooseAnswer(0, MergeSide::Other);
    ASSERT_TRUE(coordinator.ConfirmMerge());
    EXPECT_FALSE(coordinator.Review());
    EXPECT_EQ(coordinator.CurrentNotice().code, "notice.merged");
    EXPECT_EQ(coordinator.FindAnswer(own.id)->selected, Option(own, 1).selected);
    const std::string& evidence = coordinator.FindAnswer(own.id)->evidence;
    EXPECT_NE(evidence.find("Mayor's text"), std::string::npos) << evidence;
    EXPECT_NE(evidence.find("Education's text"), std::string::npos) << evidence;
    EXPECT_NE(evidence.find("[Education department"), std::string::npos) << evidence;
    EXPECT_EQ(coordinator.FindAnswer(theirs.id)->evidence, "School curriculum");
    EXPECT_EQ(coordinator.Current().contributors, (std::vector<std::string>{"Education department", "Mayor's office"}));

    ASSERT_EQ(coordinator.Backups().size(), 1u);
    EXPECT_EQ(coordinator.Backups()[0].reason, BackupSummary::Reason::Merged);
    coordinator.RestoreBackup(coordinator.Backups()[0].key);
    EXPECT_FALSE(coordinator.Review()) << "a backup comes back as it was, never merged";
    coordinator.ResolveImport(ImportChoice::Replace);
    EXPECT_EQ(coordinator.FindAnswer(own.id)->selected, Option(own, 0).selected);
    EXPECT_EQ(coordinator.FindAnswer(own.id)->evidence, "Mayor's text");
    EXPECT_EQ(coordinator.FindAnswer(theirs.id), nullptr);
}

TEST_F(MergeReviewTest, TakeTheNewerEverywhereAndCancelling) {
    const Question& question = ChoiceIn(coordinator.Definition(), AreaWithChoice(coordinator.Definition(), 0));
    coordinator.NewAssessment();
    coordinator.SetAnswer(question.id, Option(question, 0));
    coordinator.Flush();
    const std::string saved = cityHall.storage[AssessmentStore::AssessmentKey(coordinator.Current().id)];
    education.Import("from-city-hall.json", saved);
    education.SetAnswer(question.id, Option(question, 1));
    education.ExportJson();

    coordinator.Import("education.json", school.downloads.back().content);
    ASSERT_TRUE(coordinator.Review());
    coordinator.CancelMerge();
    EXPECT_FALSE(coordinator.Review());
    EXPECT_EQ(cityHall.storage[AssessmentStore::AssessmentKey(coordinator.Current().id)], saved);
    EXPECT_TRUE(coordinator.Backups().empty());

    coordinator.Import("education.json", school.downloads.back().content);
    coordinator.TakeNewerEverywhere();
    ASSERT_TRUE(coordinator.ConfirmMerge());
    EXPECT_EQ(coordinator.FindAnswer(question.id)->selected, Option(question, 1).selected);
}

}  // namespace
}  // namespace icc
