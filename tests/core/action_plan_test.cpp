// The action plan (core/action_plan.h): the target index is the scoring of the answers with the
// targets applied, progress is classified per action, the plan travels in the file and merges.
#include "core/action_plan.h"
#include "core/assessment_io.h"
#include "core/assessment_merge.h"
#include "core/plan_csv.h"
#include "core/report_html.h"
#include "report_test_support.h"
#include "scoring_fixtures.h"

#include <gtest/gtest.h>

#include <random>

namespace icc {
namespace {

using namespace icc::testing;

PlanAction Action(const std::string& id, const std::string& area, std::vector<ActionTarget> targets,
                  ActionStatus status = ActionStatus::Planned) {
    PlanAction action;
    action.id = id;
    action.areaId = area;
    action.title = "Action " + id;
    action.department = "Education department";
    action.deadline = "2027-06-30";
    action.indicator = "Council resolution";
    action.targets = std::move(targets);
    action.status = status;
    action.updatedAt = "2026-12-01T10:00:00.000Z";
    return action;
}

ActionTarget Aim(const std::string& question, std::vector<std::string> selected) {
    return {question, std::move(selected), std::nullopt};
}

ActionTarget AimNumber(const std::string& question, double number) { return {question, {}, number}; }

TEST(ActionPlan, TargetIndexIsTheScoringOfTheAnswersWithTargetsApplied) {
    std::mt19937 random(19);
    for (int round = 0; round < 50; ++round) {
        const IndexDefinition index = MakeRandomIndex(random, 7, 5);
        const ScoringPlan plan = BuildScoringPlan(index);
        Assessment assessment = MakeRandomAssessment(index, random, 0.4, 0.1);
        Assessment byHand = assessment;
        // A target on a random question of some areas, with one of its options or a band's number.
        for (std::size_t a = 0; a < index.areas.size(); a += 2) {
            const Question& question = index.areas[a].questions[random() % index.areas[a].questions.size()];
            ActionTarget target{question.id, {}, std::nullopt};
            if (!question.options.empty()) target.selected = {question.options[random() % question.options.size()].id};
            else target.number = question.bands.back().min;
            const ActionStatus status = a % 3 == 2 ? ActionStatus::Dropped : ActionStatus::InProgress;
            assessment.plan.push_back(Action("a" + std::to_string(a), index.areas[a].id, {target}, status));
            if (status == ActionStatus::Dropped) continue;  // a dropped action's target is no target
            Answer answer;
            answer.selected = target.selected;
            answer.number = target.number;
            byHand.answers[question.id] = answer;
        }
        const AssessmentScores target = ScoreWithTargets(plan, assessment);
        const AssessmentScores expected = Score(plan, byHand);
        EXPECT_EQ(target.coreIndex, expected.coreIndex);
        EXPECT_EQ(target.extendedIndex, expected.extendedIndex);
        ASSERT_EQ(target.areas.size(), expected.areas.size());
        for (std::size_t a = 0; a < target.areas.size(); ++a) EXPECT_EQ(target.areas[a].percent, expected.areas[a].percent);
    }
}

TEST(ActionPlan, TargetIndexOfTheSmallIndexByHand) {
    const IndexDefinition index = MakeSmallIndex();
    Assessment assessment = SmallAssessment();  // core 50.48%, commitment 71.43%, education 40%
    assessment.plan.push_back(Action("budget", "commitment", {Aim("commitment.strategy", {"yes"})}));
    assessment.plan.push_back(Action("schools", "education", {AimNumber("education.schools", 25)}));
    const AssessmentScores target = ScoreWithTargets(BuildScoringPlan(index), assessment);
    // commitment 2 + 3 + 1 = 6 of 7; education 2 + 3 = 5 of 5; core (85.71 + 2 x 100) / 3.
    EXPECT_NEAR(*target.areas[0].percent, 600.0 / 7, 1e-9);
    EXPECT_NEAR(*target.areas[1].percent, 100, 1e-9);
    EXPECT_NEAR(*target.coreIndex, (600.0 / 7 + 200) / 3, 1e-9);
    EXPECT_FALSE(HasTargets(SmallAssessment()));
    EXPECT_TRUE(HasTargets(assessment));
}

TEST(ActionPlan, ProgressIsMetPartlyOrNotYet) {
    const IndexDefinition index = MakeSmallIndex();
    Assessment earlier;
    earlier.answers["commitment.strategy"] = Selected({"no"});
    earlier.answers["commitment.actions"] = Selected({"a"});
    earlier.plan = {Action("met", "commitment", {Aim("commitment.strategy", {"partly"})}),
                    Action("partly", "commitment", {Aim("commitment.strategy", {"yes"}), Aim("commitment.budget", {"yes"})}),
                    Action("moved", "commitment", {Aim("commitment.actions", {"c"})}),
                    Action("not-yet", "education", {AimNumber("education.schools", 25)}),
                    Action("no-target", "education", {}),
                    Action("dropped", "education", {AimNumber("education.teachers", 60)}, ActionStatus::Dropped),
                    Action("gone", "education", {AimNumber("education.teachers", 60)})};
    earlier.plan.back().removed = true;
    Assessment now;
    now.answers["commitment.strategy"] = Selected({"partly"});   // meets "partly", not "yes"
    now.answers["commitment.budget"] = Selected({"yes"});        // met
    now.answers["commitment.actions"] = Selected({"b"});         // 2 points: more than before, less than "c"
    now.answers["education.schools"] = NumberAnswer(3);          // 0 points, as before
    const PlanProgress progress = CompareWithPlan(index, earlier, now);
    ASSERT_EQ(progress.actions.size(), 5u);  // neither the dropped nor the deleted action counts
    EXPECT_EQ(progress.actions[0].progress, ActionProgress::Met);
    EXPECT_EQ(progress.actions[1].progress, ActionProgress::Partly);
    EXPECT_EQ(progress.actions[1].targetsMet, 1);
    EXPECT_EQ(progress.actions[2].progress, ActionProgress::Partly);
    EXPECT_EQ(progress.actions[3].progress, ActionProgress::NotYet);
    EXPECT_EQ(progress.actions[4].progress, ActionProgress::NoTarget);
    EXPECT_EQ(progress.targetsMet, 2);
    EXPECT_EQ(progress.targets, 5);
}

TEST(ActionPlan, ABetterAnswerThanTheTargetMeetsIt) {
    const IndexDefinition index = MakeSmallIndex();
    Assessment earlier;
    earlier.plan = {Action("a", "commitment", {Aim("commitment.strategy", {"partly"})})};
    Assessment now;
    now.answers["commitment.strategy"] = Selected({"yes"});
    EXPECT_EQ(CompareWithPlan(index, earlier, now).actions[0].progress, ActionProgress::Met);
    now.answers["commitment.strategy"] = DontKnow();
    EXPECT_EQ(CompareWithPlan(index, earlier, now).actions[0].progress, ActionProgress::NotYet);
}

TEST(ActionPlan, TravelsInTheFileByteForByte) {
    Assessment assessment = SmallAssessment();
    assessment.plan.push_back(Action("one", "commitment", {Aim("commitment.actions", {"a", "c"}), AimNumber("education.schools", 20)}));
    assessment.plan.push_back(Action("two", "education", {}, ActionStatus::Done));
    PlanAction removed;
    removed.id = "three";
    removed.areaId = "education";
    removed.removed = true;
    removed.updatedAt = "2026-12-02T10:00:00.000Z";
    assessment.plan.push_back(removed);
    const std::string text = WriteAssessment(assessment);
    const AssessmentLoadResult read = ReadAssessment(text);
    ASSERT_TRUE(read.assessment) << (read.problems.empty() ? "" : read.problems[0].message);
    ASSERT_EQ(read.assessment->plan.size(), 3u);
    EXPECT_EQ(read.assessment->plan[0].targets[1].number, 20);
    EXPECT_EQ(read.assessment->plan[1].status, ActionStatus::Done);
    EXPECT_TRUE(read.assessment->plan[2].removed);
    EXPECT_EQ(WriteAssessment(*read.assessment), text);
    EXPECT_EQ(WriteAssessment(*ReadAssessmentThoroughly(text).assessment), text);
    EXPECT_TRUE(CheckAgainstDefinition(*read.assessment, MakeSmallIndex()).empty());
}

TEST(ActionPlan, BadPlansAreRefusedWithTheirPath) {
    const std::string head = R"({"formatVersion": 2, "kind": "icc-assessment", "index": {"id": "small"},
                                 "city": {"name": "X"}, "answers": {}, "plan": )";
    const struct {
        const char* plan;
        const char* path;
    } kCases[] = {
        {R"({"id": "a"})", "/plan"},
        {R"([{"area": "commitment"}])", "/plan/0/id"},
        {R"([{"id": "a", "area": "commitment", "status": "someday"}])", "/plan/0/status"},
        {R"([{"id": "a", "area": "commitment", "deadline": "2027-02-30"}])", "/plan/0"},
        {R"([{"id": "a", "area": "commitment", "targets": [{"selected": ["yes"]}]}])", "/plan/0/targets/0/question"},
        {R"([{"id": "a", "area": "commitment"}, {"id": "a", "area": "education"}])", "/plan/1/id"},
    };
    for (const auto& c : kCases) {
        const AssessmentLoadResult read = ReadAssessment(head + c.plan + "}");
        EXPECT_FALSE(read.assessment) << c.plan;
        ASSERT_FALSE(read.problems.empty()) << c.plan;
        EXPECT_EQ(read.problems[0].path, c.path) << c.plan << ": " << read.problems[0].message;
    }
}

TEST(ActionPlan, OlderFormatsReadWithoutAPlan) {
    const AssessmentLoadResult read = ReadAssessment(
        R"({"formatVersion": 1, "kind": "icc-assessment", "index": {"id": "small"}, "city": {"name": "X"}, "answers": {}})");
    ASSERT_TRUE(read.assessment);
    EXPECT_TRUE(read.assessment->plan.empty());
    EXPECT_TRUE(read.migrated);
}

TEST(ActionPlan, UnknownQuestionsAndOptionsAreWarnedAgainstTheIndex) {
    Assessment assessment = SmallAssessment();
    assessment.plan.push_back(Action("a", "nowhere", {Aim("commitment.strategy", {"maybe"}), Aim("no.such", {"yes"})}));
    const Problems problems = CheckAgainstDefinition(assessment, MakeSmallIndex());
    ASSERT_EQ(problems.size(), 3u);
    EXPECT_EQ(problems[0].path, "/plan/0/area");
    EXPECT_EQ(problems[1].path, "/plan/0/targets/0/selected");
    EXPECT_EQ(problems[2].path, "/plan/0/targets/1/question");
}

TEST(ActionPlanMerge, ActionsMergeByIdTheNewerWinning) {
    Assessment base = SmallAssessment();
    base.plan = {Action("same", "commitment", {}), Action("changed", "commitment", {}), Action("mine", "education", {})};
    Assessment other = base;
    other.plan[1].status = ActionStatus::Done;
    other.plan[1].updatedAt = "2026-12-05T10:00:00.000Z";
    other.plan.erase(other.plan.begin() + 2);
    other.plan.push_back(Action("theirs", "education", {}));
    MergePlan plan = PlanMerge(base, other);
    ASSERT_EQ(plan.actions.size(), 1u);
    EXPECT_EQ(plan.actions[0].base.id, "changed");
    EXPECT_EQ(plan.takenActions, std::vector<std::string>{"theirs"});
    EXPECT_EQ(Unsettled(plan), 1);  // a conflict waits for a person or a rule, like an answer
    EXPECT_FALSE(ApplyMerge(plan));
    SettleBy(plan, MergeRule::Newer);
    const std::optional<Assessment> merged = ApplyMerge(plan);
    ASSERT_TRUE(merged);
    ASSERT_EQ(merged->plan.size(), 4u);
    EXPECT_EQ(merged->plan[1].status, ActionStatus::Done);
    EXPECT_EQ(merged->plan[2].id, "mine");  // absent from the other side is not deleted there
    EXPECT_EQ(merged->plan[3].id, "theirs");
}

TEST(ActionPlanMerge, ADeletionWinsOverAnOlderCopyInTheTwoTabSync) {
    Assessment mine = SmallAssessment();
    mine.plan = {Action("a", "commitment", {})};
    Assessment theirs = mine;
    theirs.plan[0] = PlanAction{};
    theirs.plan[0].id = "a";
    theirs.plan[0].areaId = "commitment";
    theirs.plan[0].removed = true;
    theirs.plan[0].updatedAt = "2026-12-03T10:00:00.000Z";
    const MergeResult sync = MergeNewerAnswers(mine, theirs);
    EXPECT_TRUE(sync.changed);
    ASSERT_EQ(sync.merged.plan.size(), 1u);
    EXPECT_TRUE(sync.merged.plan[0].removed);
    const MergeResult back = MergeNewerAnswers(theirs, mine);  // the older copy does not bring it back
    EXPECT_FALSE(back.changed);
    EXPECT_TRUE(back.merged.plan[0].removed);
    EXPECT_FALSE(MergeNewerAnswers(mine, mine).changed);
}

TEST(ActionPlanMerge, TwoTabsThatEachAddAnActionSettleWithoutSavingForEver) {
    Assessment a = SmallAssessment(), b = SmallAssessment();
    a.plan = {Action("shared", "commitment", {}), Action("from-a", "commitment", {})};
    b.plan = {Action("shared", "commitment", {}), Action("from-b", "education", {})};
    const MergeResult inA = MergeNewerAnswers(a, b);  // [shared, from-a, from-b]
    ASSERT_EQ(inA.merged.plan.size(), 3u);
    EXPECT_TRUE(inA.theirsIsOlder);
    const MergeResult inB = MergeNewerAnswers(b, inA.merged);  // [shared, from-b, from-a]
    EXPECT_TRUE(inB.changed);
    EXPECT_FALSE(inB.theirsIsOlder) << "the same actions in another order are not older";
    EXPECT_FALSE(MergeNewerAnswers(inA.merged, inB.merged).changed);
}

TEST(PlanCsv, OneGuardedRowPerActionInTheAreasOrder) {
    Assessment assessment = SmallAssessment();
    assessment.plan.push_back(Action("e", "education", {AimNumber("education.schools", 25)}));
    assessment.plan.push_back(Action("c", "commitment", {Aim("commitment.strategy", {"yes"}), Aim("commitment.budget", {"yes"})}));
    assessment.plan.back().title = "=HYPERLINK(\"x\")";
    assessment.plan.back().department = "Mayor's office, culture";
    const std::string csv = WritePlanCsv(MakeSmallIndex(), assessment, "en");
    EXPECT_EQ(csv,
              "area,area_title,action,department,deadline,targets,indicator,status\r\n"
              "commitment,commitment,\"'=HYPERLINK(\"\"x\"\")\",\"Mayor's office, culture\",2027-06-30,"
              "\"commitment.strategy: yes\ncommitment.budget: yes\",Council resolution,planned\r\n"
              "education,education,Action e,Education department,2027-06-30,education.schools: 25,Council resolution,planned\r\n");
}

TEST(PlanReport, TheReportHasATablePerAreaAndTheTargetIndex) {
    const IndexDefinition index = MakeSmallIndex();
    Assessment assessment = SmallAssessment();
    assessment.plan.push_back(Action("c", "commitment", {Aim("commitment.strategy", {"yes"})}, ActionStatus::InProgress));
    assessment.plan.back().title = "Adopt the <strategy>";
    const AssessmentScores scores = Score(index, assessment);
    const Translations translations = EnglishTranslations();
    const std::string html = WriteHtmlReport({index, assessment, scores, translations, "en", "now"});
    EXPECT_NE(html.find("<section id=\"plan\""), std::string::npos);
    EXPECT_NE(html.find("Adopt the &lt;strategy&gt;"), std::string::npos);
    EXPECT_NE(html.find("<td>In progress</td>"), std::string::npos);
    EXPECT_NE(html.find("commitment.strategy: yes"), std::string::npos);
    EXPECT_NE(html.find("If every target of the plan is met"), std::string::npos);
    EXPECT_EQ(html.find("<table class=\"plan\">\n<caption>education"), std::string::npos);  // no actions there
    const std::string without = WriteHtmlReport({index, SmallAssessment(), scores, translations, "en", "now"});
    EXPECT_EQ(without.find("id=\"plan\""), std::string::npos);
}

}  // namespace
}  // namespace icc
