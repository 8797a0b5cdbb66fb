#include "core/assessment_merge.h"

#include "core/contributors.h"

#include <algorithm>

namespace icc {

bool SameChoice(const Answer& a, const Answer& b) {
    return a.selected == b.selected && a.number == b.number && a.dontKnow == b.dontKnow;
}

bool SameAnswer(const Answer& a, const Answer& b) {
    return SameChoice(a, b) && a.evidence == b.evidence && a.toReview == b.toReview;
}

bool SameAction(const PlanAction& a, const PlanAction& b) {
    const auto sameTargets = [](const std::vector<ActionTarget>& x, const std::vector<ActionTarget>& y) {
        return std::equal(x.begin(), x.end(), y.begin(), y.end(), [](const ActionTarget& s, const ActionTarget& t) {
            return s.questionId == t.questionId && s.selected == t.selected && s.number == t.number;
        });
    };
    return a.areaId == b.areaId && a.title == b.title && a.department == b.department && a.deadline == b.deadline &&
           a.indicator == b.indicator && a.status == b.status && a.removed == b.removed && sameTargets(a.targets, b.targets);
}

namespace {

MergeSide NewerAction(const PlanAction& base, const PlanAction& other) {
    return other.updatedAt > base.updatedAt ? MergeSide::Other : MergeSide::Base;
}

// Plan actions: by id; one side's only is taken, differing versions wait for a rule or a person.
void PlanActions(MergePlan& plan) {
    for (const PlanAction& theirs : plan.other.plan) {
        const PlanAction* mine = nullptr;
        for (const PlanAction& action : plan.base.plan)
            if (action.id == theirs.id) mine = &action;
        if (!mine) plan.takenActions.push_back(theirs.id);
        else if (!SameAction(*mine, theirs)) plan.actions.push_back({*mine, theirs, MergeSide::Unsettled, false});
    }
}

bool SameCity(const CityProfile& a, const CityProfile& b) {
    return a.name == b.name && a.year == b.year && a.population == b.population &&
           a.foreignBornPercent == b.foreignBornPercent;
}

// "[Education department · 2026-12-01]": who wrote a part of combined evidence, and when.
std::string EvidenceMark(const Answer& answer) {
    std::string mark = "[" + (answer.updatedBy.empty() ? std::string("?") : answer.updatedBy);
    if (!answer.updatedAt.empty()) mark += " · " + answer.updatedAt.substr(0, 10);
    return mark + "]\n";
}

const Answer& SideOf(const MergeItem& item, MergeSide side) { return side == MergeSide::Other ? item.other : item.base; }

MergeSide RuleSide(MergeRule rule, const Answer& base, const Answer& other) {
    switch (rule) {
    case MergeRule::Newer: return NewerSide(base, other);
    case MergeRule::Base: return MergeSide::Base;
    case MergeRule::Other: return MergeSide::Other;
    }
    return MergeSide::Base;
}

}  // namespace

MergeSide NewerSide(const Answer& base, const Answer& other) {
    return other.updatedAt > base.updatedAt ? MergeSide::Other : MergeSide::Base;
}

std::string CombinedEvidence(const Answer& base, const Answer& other) {
    if (base.evidence.find(other.evidence) != std::string::npos) return base.evidence;
    if (other.evidence.find(base.evidence) != std::string::npos) return other.evidence;
    return EvidenceMark(base) + base.evidence + "\n\n" + EvidenceMark(other) + other.evidence;
}

MergePlan PlanMerge(const Assessment& base, const Assessment& other) {
    MergePlan plan;
    plan.base = base;
    plan.other = other;
    std::vector<MergeItem> evidenceOnly;
    for (const auto& [questionId, theirs] : other.answers) {
        auto mine = base.answers.find(questionId);
        if (mine == base.answers.end()) {
            plan.taken.push_back(questionId);
            continue;
        }
        if (SameAnswer(mine->second, theirs)) {
            ++plan.identical;
            continue;
        }
        MergeItem item;
        item.questionId = questionId;
        item.base = mine->second;
        item.other = theirs;
        item.answerConflict = !SameChoice(item.base, item.other);
        item.evidenceDiffers = !item.base.evidence.empty() && !item.other.evidence.empty() &&
                               item.base.evidence != item.other.evidence;
        // Evidence on one side only is kept; differing texts are both kept (the default).
        if (!item.evidenceDiffers)
            item.evidence = item.base.evidence.empty() && !item.other.evidence.empty() ? EvidenceKeep::Other : EvidenceKeep::Base;
        if (!item.answerConflict) item.answer = NewerSide(item.base, item.other);  // the same choice: its newer record
        (item.answerConflict ? plan.items : evidenceOnly).push_back(std::move(item));
    }
    plan.items.insert(plan.items.end(), std::make_move_iterator(evidenceOnly.begin()),
                      std::make_move_iterator(evidenceOnly.end()));
    plan.cityConflict = !SameCity(base.city, other.city);
    if (plan.cityConflict) plan.city = MergeSide::Unsettled;
    PlanActions(plan);
    return plan;
}

void SettleBy(MergePlan& plan, MergeRule rule) {
    for (MergeItem& item : plan.items)
        if (item.answer == MergeSide::Unsettled) item.answer = RuleSide(rule, item.base, item.other);
    for (ActionMergeItem& item : plan.actions)
        if (item.side == MergeSide::Unsettled)
            item.side = rule == MergeRule::Newer ? NewerAction(item.base, item.other)
                        : rule == MergeRule::Other ? MergeSide::Other : MergeSide::Base;
    if (plan.city == MergeSide::Unsettled) {
        Answer base, other;  // the profile changes with the assessment: its time is the assessment's
        base.updatedAt = plan.base.updatedAt;
        other.updatedAt = plan.other.updatedAt;
        plan.city = RuleSide(rule, base, other);
    }
}

int Unsettled(const MergePlan& plan) {
    int count = plan.city == MergeSide::Unsettled ? 1 : 0;
    for (const MergeItem& item : plan.items) count += item.answer == MergeSide::Unsettled ? 1 : 0;
    for (const ActionMergeItem& item : plan.actions) count += item.side == MergeSide::Unsettled ? 1 : 0;
    return count;
}

std::optional<Assessment> ApplyMerge(const MergePlan& plan) {
    if (Unsettled(plan) > 0) return std::nullopt;
    Assessment merged = plan.base;
    for (const std::string& questionId : plan.taken) merged.answers[questionId] = plan.other.answers.at(questionId);
    for (const MergeItem& item : plan.items) {
        Answer answer = SideOf(item, item.answer);
        if (item.wholeAnswer) {
            merged.answers[item.questionId] = std::move(answer);
            continue;
        }
        // An answer marked to review on either side stays marked, unless the person chose this one.
        if (!item.byPerson) answer.toReview = item.base.toReview || item.other.toReview;
        switch (item.evidence) {
        case EvidenceKeep::Both:
            answer.evidence = CombinedEvidence(item.base, item.other);
            answer.updatedAt = std::max(item.base.updatedAt, item.other.updatedAt);
            break;
        case EvidenceKeep::Base: answer.evidence = item.base.evidence; break;
        case EvidenceKeep::Other: answer.evidence = item.other.evidence; break;
        }
        merged.answers[item.questionId] = std::move(answer);
    }
    if (plan.city == MergeSide::Other) merged.city = plan.other.city;
    for (const ActionMergeItem& item : plan.actions)
        if (item.side == MergeSide::Other)
            for (PlanAction& action : merged.plan)
                if (action.id == item.other.id) action = item.other;
    for (const std::string& id : plan.takenActions)
        for (const PlanAction& action : plan.other.plan)
            if (action.id == id) merged.plan.push_back(action);
    for (const std::string& name : plan.other.contributors) AddContributor(merged, name);
    for (const auto& [areaId, name] : plan.other.responsible) merged.responsible.emplace(areaId, name);
    merged.updatedAt = std::max(plan.base.updatedAt, plan.other.updatedAt);
    return merged;
}

MergeResult MergeNewerAnswers(const Assessment& mine, const Assessment& theirs) {
    MergePlan plan = PlanMerge(mine, theirs);
    SettleBy(plan, MergeRule::Newer);
    for (MergeItem& item : plan.items) item.wholeAnswer = true;
    MergeResult result{*ApplyMerge(plan), false, false};
    const Assessment& merged = result.merged;
    result.changed = !plan.taken.empty() || !plan.takenActions.empty() ||
                     std::any_of(plan.actions.begin(), plan.actions.end(),
                                 [](const ActionMergeItem& item) { return item.side == MergeSide::Other; }) || merged.contributors != mine.contributors ||
                     merged.responsible != mine.responsible || !SameCity(merged.city, mine.city) ||
                     std::any_of(plan.items.begin(), plan.items.end(),
                                 [](const MergeItem& item) { return item.answer == MergeSide::Other; });
    for (const auto& [questionId, answer] : merged.answers) {
        auto other = theirs.answers.find(questionId);
        if (other == theirs.answers.end() || !SameAnswer(other->second, answer)) result.theirsIsOlder = true;
    }
    // Actions by id, whatever their order (each side appends what it adds: orders may differ for good).
    for (const PlanAction& action : merged.plan) {
        const auto same = std::find_if(theirs.plan.begin(), theirs.plan.end(), [&](const PlanAction& other) {
            return other.id == action.id && SameAction(other, action);
        });
        if (same == theirs.plan.end()) result.theirsIsOlder = true;
    }
    if (!SameCity(theirs.city, merged.city) || merged.contributors != theirs.contributors ||
        merged.responsible != theirs.responsible)
        result.theirsIsOlder = true;
    return result;
}

}  // namespace icc
