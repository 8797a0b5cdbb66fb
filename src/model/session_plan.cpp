// Session: the action plan of the open assessment, the index its targets would reach, and the
// progress of an earlier assessment's plan.
#include "model/session.h"

#include "core/contributors.h"

#include <algorithm>

namespace icc {

PlanAction* Session::FindOpenAction(const std::string& id) {
    for (PlanAction& action : assessment_->plan)
        if (action.id == id) return &action;
    return nullptr;
}

std::string Session::AddAction(const std::string& areaId, const std::string& title) {
    const auto isArea = [&](const Area& area) { return area.id == areaId; };
    if (!assessment_ || std::none_of(Definition().areas.begin(), Definition().areas.end(), isArea) ||
        assessment_->plan.size() >= kMostActions)
        return "";
    PlanAction action;
    action.id = platform_.NewId();
    action.areaId = areaId;
    action.title = title.substr(0, kLongestActionText);
    action.updatedAt = platform_.NowIso();
    action.updatedBy = settings_.userName;
    if (!ActionProblem(action).empty()) return "";
    icc::AddContributor(*assessment_, settings_.userName);
    assessment_->plan.push_back(action);
    Touch();
    return action.id;
}

bool Session::UpdateAction(const PlanAction& action) {
    if (!assessment_) return false;
    PlanAction* stored = FindOpenAction(action.id);
    if (!stored || stored->removed || action.removed || action.areaId != stored->areaId) return false;
    if (!ActionProblem(action).empty()) return false;
    for (const ActionTarget& target : action.targets) {
        const Question* question = Definition().FindQuestion(target.questionId);
        Answer aim;
        aim.selected = target.selected;
        aim.number = target.number;
        if (!question || !CheckAnswer(*question, aim).ok()) return false;
    }
    PlanAction changed = action;
    changed.updatedAt = platform_.NowIso();
    changed.updatedBy = settings_.userName;
    icc::AddContributor(*assessment_, settings_.userName);
    *stored = std::move(changed);
    Touch();
    return true;
}

bool Session::SetActionText(const std::string& id, ActionField field, const std::string& text) {
    const PlanAction* stored = assessment_ ? FindAction(*assessment_, id) : nullptr;
    if (!stored) return false;
    PlanAction changed = *stored;
    switch (field) {
    case ActionField::Title: changed.title = text; break;
    case ActionField::Department: changed.department = text; break;
    case ActionField::Deadline: changed.deadline = text; break;
    case ActionField::Indicator: changed.indicator = text; break;
    }
    return UpdateAction(changed);
}

void Session::SetActionStatus(const std::string& id, ActionStatus status) {
    const PlanAction* stored = assessment_ ? FindAction(*assessment_, id) : nullptr;
    if (!stored || stored->status == status) return;
    PlanAction changed = *stored;
    changed.status = status;
    UpdateAction(changed);
}

bool Session::SetActionTarget(const std::string& id, const ActionTarget& target) {
    const PlanAction* stored = assessment_ ? FindAction(*assessment_, id) : nullptr;
    if (!stored) return false;
    PlanAction changed = *stored;
    auto same = std::find_if(changed.targets.begin(), changed.targets.end(),
                             [&](const ActionTarget& t) { return t.questionId == target.questionId; });
    if (same != changed.targets.end()) *same = target;
    else changed.targets.push_back(target);
    return UpdateAction(changed);
}

void Session::RemoveActionTarget(const std::string& id, const std::string& questionId) {
    const PlanAction* stored = assessment_ ? FindAction(*assessment_, id) : nullptr;
    if (!stored) return;
    PlanAction changed = *stored;
    changed.targets.erase(std::remove_if(changed.targets.begin(), changed.targets.end(),
                                         [&](const ActionTarget& t) { return t.questionId == questionId; }),
                          changed.targets.end());
    UpdateAction(changed);
}

void Session::DeleteAction(const std::string& id) {
    if (!assessment_) return;
    PlanAction* stored = FindOpenAction(id);
    if (!stored || stored->removed) return;
    deletedAction_ = *stored;
    PlanAction removed;  // emptied: what the user wrote lives on only in the undo
    removed.id = stored->id;
    removed.areaId = stored->areaId;
    removed.removed = true;
    removed.updatedAt = platform_.NowIso();
    removed.updatedBy = settings_.userName;
    *stored = std::move(removed);
    Touch();
}

void Session::UndoDelete() {
    if (!assessment_ || !deletedAction_) return;
    PlanAction* stored = FindOpenAction(deletedAction_->id);
    PlanAction restored = std::move(*deletedAction_);
    deletedAction_.reset();
    restored.updatedAt = platform_.NowIso();  // newer than the deletion, so merges keep it
    if (stored) *stored = std::move(restored);
    else assessment_->plan.push_back(std::move(restored));
    Touch();
}

void Session::RefreshPlanFigures() {
    targetScores_.reset();
    progress_.reset();
    if (!assessment_) return;
    if (HasTargets(*assessment_)) targetScores_ = ScoreWithTargets(Plan(), *assessment_);
    if (earlier_ && !earlier_->plan.empty()) progress_ = CompareWithPlan(Definition(), *earlier_, *assessment_);
}

}  // namespace icc
