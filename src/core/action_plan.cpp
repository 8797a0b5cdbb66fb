#include "core/action_plan.h"

#include "core/json_fields.h"
#include "core/value_rules.h"

#include <algorithm>
#include <cstdio>

namespace icc {

const char* ActionStatusName(ActionStatus status) {
    switch (status) {
    case ActionStatus::Planned: return "planned";
    case ActionStatus::InProgress: return "inProgress";
    case ActionStatus::Done: return "done";
    case ActionStatus::Dropped: return "dropped";
    }
    return "planned";
}

bool ParseActionStatus(std::string_view name, ActionStatus& status) {
    for (ActionStatus s : {ActionStatus::Planned, ActionStatus::InProgress, ActionStatus::Done, ActionStatus::Dropped})
        if (name == ActionStatusName(s)) {
            status = s;
            return true;
        }
    return false;
}

bool IsDeadline(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (text[i] < '0' || text[i] > '9') return false;
    const int year = std::stoi(std::string(text.substr(0, 4)));
    const int month = std::stoi(std::string(text.substr(5, 2)));
    const int day = std::stoi(std::string(text.substr(8, 2)));
    static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (year < 1000 || month < 1 || month > 12 || day < 1 || day > kDays[month - 1]) return false;
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return !(month == 2 && day == 29 && !leap);
}

std::string ActionProblem(const PlanAction& action) {
    if (!CheckAssessmentId(action.id).ok()) return "an action id is 1 to 100 characters of A-Z a-z 0-9 . _ -";
    if (action.areaId.empty()) return "an action names its area";
    if (!CheckLength(action.title, kLongestActionText).ok() || !CheckLength(action.indicator, kLongestActionText).ok())
        return "an action's title and indicator are at most " + std::to_string(kLongestActionText) + " bytes";
    if (!CheckLength(action.department, kLongestContributor).ok() || !CheckLength(action.updatedBy, kLongestContributor).ok())
        return "a department's name is at most " + std::to_string(kLongestContributor) + " bytes";
    if (!action.deadline.empty() && !IsDeadline(action.deadline)) return "a deadline is a date written YYYY-MM-DD";
    if (action.targets.size() > kMostTargets) return "an action has at most " + std::to_string(kMostTargets) + " targets";
    for (const ActionTarget& target : action.targets) {
        if (target.questionId.empty()) return "a target names its question";
        if (target.number && !CheckNumber(*target.number, kAnswerNumberRule).ok()) return "a target's number is out of range";
    }
    return "";
}

const PlanAction* FindAction(const Assessment& assessment, std::string_view id) {
    for (const PlanAction& action : assessment.plan)
        if (action.id == id) return &action;
    return nullptr;
}

bool Counts(const PlanAction& action) { return !action.removed && action.status != ActionStatus::Dropped; }

Assessment WithTargetsMet(const Assessment& assessment) {
    Assessment met = assessment;
    for (const PlanAction& action : assessment.plan) {
        if (!Counts(action)) continue;
        for (const ActionTarget& target : action.targets) {
            Answer& answer = met.answers[target.questionId];
            answer.selected = target.selected;
            answer.number = target.number;
            answer.dontKnow = false;
        }
    }
    return met;
}

AssessmentScores ScoreWithTargets(const ScoringPlan& plan, const Assessment& assessment) {
    return Score(plan, WithTargetsMet(assessment));
}

bool HasTargets(const Assessment& assessment) {
    return std::any_of(assessment.plan.begin(), assessment.plan.end(),
                       [](const PlanAction& action) { return Counts(action) && !action.targets.empty(); });
}

namespace {

double PointsOf(const IndexDefinition& definition, const Question& question, const Answer* answer) {
    return ScoreQuestion(question, answer, definition.unanswered, definition.dontKnow).points;
}

const Answer* AnswerTo(const Assessment& assessment, const std::string& questionId) {
    auto it = assessment.answers.find(questionId);
    return it == assessment.answers.end() ? nullptr : &it->second;
}

}  // namespace

PlanProgress CompareWithPlan(const IndexDefinition& definition, const Assessment& earlier, const Assessment& now) {
    PlanProgress progress;
    for (const PlanAction& action : earlier.plan) {
        if (!Counts(action)) continue;
        ActionCheck check;
        check.actionId = action.id;
        bool moved = false;
        for (const ActionTarget& target : action.targets) {
            ++check.targets;
            const Question* question = definition.FindQuestion(target.questionId);
            if (!question) continue;
            Answer aim;
            aim.selected = target.selected;
            aim.number = target.number;
            const Answer* today = AnswerTo(now, target.questionId);
            const QuestionScore score = ScoreQuestion(*question, today, definition.unanswered, definition.dontKnow);
            if (score.status == QuestionStatus::Scored && score.points >= PointsOf(definition, *question, &aim))
                ++check.targetsMet;
            else if (score.points > PointsOf(definition, *question, AnswerTo(earlier, target.questionId)))
                moved = true;
        }
        check.progress = check.targets == 0                ? ActionProgress::NoTarget
                         : check.targetsMet == check.targets ? ActionProgress::Met
                         : check.targetsMet > 0 || moved   ? ActionProgress::Partly
                                                           : ActionProgress::NotYet;
        progress.targetsMet += check.targetsMet;
        progress.targets += check.targets;
        progress.actions.push_back(std::move(check));
    }
    return progress;
}

const char* ActionProgressName(ActionProgress progress) {
    switch (progress) {
    case ActionProgress::Met: return "met";
    case ActionProgress::Partly: return "partly";
    case ActionProgress::NotYet: return "notYet";
    case ActionProgress::NoTarget: return "noTarget";
    }
    return "noTarget";
}

void CheckPlanAgainstDefinition(const Assessment& assessment, const IndexDefinition& definition, Problems& problems) {
    for (std::size_t i = 0; i < assessment.plan.size(); ++i) {
        const PlanAction& action = assessment.plan[i];
        if (action.removed) continue;
        const std::string path = JsonPath("/plan", i);
        if (std::none_of(definition.areas.begin(), definition.areas.end(), [&](const Area& a) { return a.id == action.areaId; }))
            problems.push_back({path + "/area", "\"" + action.areaId + "\" is not an area of this index"});
        for (std::size_t t = 0; t < action.targets.size(); ++t) {
            const ActionTarget& target = action.targets[t];
            const std::string targetPath = JsonPath(path + "/targets", t);
            const Question* question = definition.FindQuestion(target.questionId);
            if (!question) {
                problems.push_back({targetPath + "/question", "\"" + target.questionId +
                                                                  "\" is not a question of this index; the target is ignored"});
                continue;
            }
            for (const std::string& option : target.selected)
                if (!FindOption(*question, option))
                    problems.push_back({targetPath + "/selected", "\"" + option + "\" is not an option of this question"});
        }
    }
}

}  // namespace icc
