// The action plan in the Session (issue 19): adding, editing and deleting actions, undoing a
// deletion, the target index and the progress of an earlier plan; nothing lost across a reload,
// two tabs and the merge review.
#include "model/session.h"
#include "support/answers.h"
#include "support/memory_platform.h"
#include "support/shipped_files.h"

#include <gtest/gtest.h>

namespace icc {
namespace {

// The first choice question of the area whose best option gives more points than its worst.
const Question& ChoiceIn(const Area& area) {
    for (const Question& question : area.questions)
        if (question.options.size() >= 2) return question;
    ADD_FAILURE() << "no choice question in " << area.id;
    return area.questions.front();
}

const AnswerOption& Best(const Question& question) {
    const AnswerOption* best = &question.options.front();
    for (const AnswerOption& option : question.options)
        if (option.points > best->points) best = &option;
    return *best;
}

const AnswerOption& Worst(const Question& question) {
    const AnswerOption* worst = &question.options.front();
    for (const AnswerOption& option : question.options)
        if (option.points < worst->points) worst = &option;
    return *worst;
}

class PlanSession : public ::testing::Test {
protected:
    MemoryPlatform platform;
    Session session{platform, ShippedFiles()};

    void SetUp() override {
        session.Start(false);
        session.SetUserName("Mayor's office");
        session.NewAssessment();
    }
    const Area& FirstArea() const { return session.Definition().areas.front(); }
    std::string Key() const { return AssessmentStore::AssessmentKey(session.Current().id); }
};

TEST_F(PlanSession, AddEditAndDeleteActionsWithUndo) {
    const Area& area = FirstArea();
    ASSERT_FALSE(area.recommendations.empty());
    const std::string recommendation = area.recommendations.front().text.Get("en");
    const std::string id = session.AddAction(area.id, recommendation);
    ASSERT_FALSE(id.empty());
    EXPECT_EQ(FindAction(session.Current(), id)->title, recommendation);
    EXPECT_TRUE(session.AddAction("no-such-area", "x").empty());

    EXPECT_TRUE(session.SetActionText(id, ActionField::Department, "Culture department"));
    EXPECT_TRUE(session.SetActionText(id, ActionField::Deadline, "2027-06-30"));
    EXPECT_FALSE(session.SetActionText(id, ActionField::Deadline, "30.06.2027")) << "not a YYYY-MM-DD date";
    EXPECT_FALSE(session.SetActionText(id, ActionField::Title, std::string(kLongestActionText + 1, 'x')));
    EXPECT_TRUE(session.SetActionText(id, ActionField::Indicator, "Budget line in the 2027 budget"));
    session.SetActionStatus(id, ActionStatus::InProgress);
    const Question& question = ChoiceIn(area);
    EXPECT_TRUE(session.SetActionTarget(id, {question.id, {Best(question).id}, std::nullopt}));
    EXPECT_FALSE(session.SetActionTarget(id, {question.id, {"no-such-option"}, std::nullopt}));
    EXPECT_FALSE(session.SetActionTarget(id, {"no.such.question", {}, std::nullopt}));
    const PlanAction& action = *FindAction(session.Current(), id);
    EXPECT_EQ(action.department, "Culture department");
    EXPECT_EQ(action.deadline, "2027-06-30");
    EXPECT_EQ(action.status, ActionStatus::InProgress);
    ASSERT_EQ(action.targets.size(), 1u);
    EXPECT_EQ(action.updatedBy, "Mayor's office");

    const PlanAction before = action;
    session.DeleteAction(id);
    EXPECT_TRUE(FindAction(session.Current(), id)->removed);
    EXPECT_TRUE(FindAction(session.Current(), id)->title.empty());
    ASSERT_TRUE(session.CanUndoDelete());
    session.UndoDelete();
    EXPECT_FALSE(session.CanUndoDelete());
    const PlanAction& back = *FindAction(session.Current(), id);
    EXPECT_FALSE(back.removed);
    EXPECT_EQ(back.title, before.title);
    EXPECT_EQ(back.indicator, before.indicator);
    EXPECT_EQ(back.targets.size(), 1u);
    EXPECT_GT(back.updatedAt, before.updatedAt) << "newer than the deletion, so merges keep it";
}

TEST_F(PlanSession, TheTargetIndexIsShownOnlyWithTargetsAndScoresThem) {
    const Area& area = FirstArea();
    const Question& question = ChoiceIn(area);
    session.SetAnswer(question.id, Choose(Worst(question).id));
    const std::string id = session.AddAction(area.id, "");
    EXPECT_EQ(session.TargetScores(), nullptr);
    ASSERT_TRUE(session.SetActionTarget(id, {question.id, {Best(question).id}, std::nullopt}));
    ASSERT_NE(session.TargetScores(), nullptr);
    EXPECT_GT(*session.TargetScores()->areas.front().percent, *session.Scores().areas.front().percent);
    session.SetActionStatus(id, ActionStatus::Dropped);
    EXPECT_EQ(session.TargetScores(), nullptr) << "a dropped action aims for nothing";
}

TEST_F(PlanSession, NothingIsLostAcrossAReloadAndTwoTabs) {
    const Area& area = FirstArea();
    const std::string first = session.AddAction(area.id, "Adopt an intercultural strategy");
    session.SetActionText(first, ActionField::Department, "Mayor's office");
    session.Flush();

    Session tabB(platform, ShippedFiles());  // a second tab of the same browser (and a reload)
    tabB.Start(false);
    ASSERT_TRUE(tabB.HasAssessment());
    ASSERT_NE(FindAction(tabB.Current(), first), nullptr);
    EXPECT_EQ(FindAction(tabB.Current(), first)->department, "Mayor's office");

    const std::string second = tabB.AddAction(area.id, "Train front-desk staff");  // tab B adds one
    tabB.Flush();
    session.SetActionStatus(first, ActionStatus::Done);  // tab A changes the first meanwhile
    session.OnExternalChange(Key(), platform.storage[Key()]);
    session.Flush();
    tabB.OnExternalChange(Key(), platform.storage[Key()]);
    for (const Session* tab : {&session, &tabB}) {
        ASSERT_NE(FindAction(tab->Current(), second), nullptr);
        EXPECT_EQ(FindAction(tab->Current(), first)->status, ActionStatus::Done);
    }
    tabB.DeleteAction(second);  // a deletion in one tab is not undone by the other's older copy
    tabB.Flush();
    session.OnExternalChange(Key(), platform.storage[Key()]);
    session.SetActionText(first, ActionField::Indicator, "Strategy adopted by the council");
    session.Flush();
    EXPECT_TRUE(FindAction(session.Current(), second)->removed);

    Session reloaded(platform, ShippedFiles());
    reloaded.Start(false);
    EXPECT_TRUE(FindAction(reloaded.Current(), second)->removed);
    EXPECT_EQ(FindAction(reloaded.Current(), first)->indicator, "Strategy adopted by the council");
}

TEST_F(PlanSession, AnotherDepartmentsChangedActionIsAConflictInTheMergeReview) {
    const Area& area = FirstArea();
    const std::string id = session.AddAction(area.id, "Adopt a strategy");
    session.ExportJson();
    const std::string file = platform.downloads.back().content;
    MemoryPlatform other;
    other.clock = 1000;
    Session colleague(other, ShippedFiles());
    colleague.Start(false);
    colleague.Import("plan.json", file);
    ASSERT_TRUE(colleague.HasAssessment());
    colleague.SetActionStatus(id, ActionStatus::Done);
    const std::string theirs = colleague.AddAction(area.id, "Their own action");
    colleague.ExportJson();
    session.SetActionText(id, ActionField::Department, "Culture department");  // changed here too

    session.Import("colleague.json", other.downloads.back().content);
    const Session::MergeReview* review = session.Review();
    ASSERT_NE(review, nullptr);
    ASSERT_EQ(review->plan.actions.size(), 1u);
    EXPECT_EQ(review->plan.takenActions, std::vector<std::string>{theirs});
    EXPECT_FALSE(session.ConfirmMerge()) << "the action's conflict is unsettled";
    session.ChooseAction(0, MergeSide::Other);
    ASSERT_TRUE(session.ConfirmMerge());
    EXPECT_EQ(FindAction(session.Current(), id)->status, ActionStatus::Done);
    EXPECT_NE(FindAction(session.Current(), theirs), nullptr);
}

TEST_F(PlanSession, AnEarlierPlanShowsItsProgress) {
    const Area& area = FirstArea();
    const Question& question = ChoiceIn(area);
    session.SetAnswer(question.id, Choose(Worst(question).id));
    const std::string id = session.AddAction(area.id, "Raise it");
    session.SetActionTarget(id, {question.id, {Best(question).id}, std::nullopt});
    session.Flush();
    const std::string earlierId = session.Current().id;

    session.NewAssessment();  // a year later
    session.SetEarlier(earlierId);
    ASSERT_NE(session.Progress(), nullptr);
    EXPECT_EQ(session.Progress()->actions.front().progress, ActionProgress::NotYet);
    session.SetAnswer(question.id, Choose(Best(question).id));
    EXPECT_EQ(session.Progress()->actions.front().progress, ActionProgress::Met);
    EXPECT_EQ(session.Progress()->targetsMet, 1);
    session.ClearEarlier();
    EXPECT_EQ(session.Progress(), nullptr);
}

}  // namespace
}  // namespace icc
