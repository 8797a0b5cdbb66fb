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

namespace {

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
    return plan;
}

void SettleBy(MergePlan& plan, MergeRule rule) {
    for (MergeItem& item : plan.items)
        if (item.answer == MergeSide::Unsettled) item.answer = RuleSide(rule, item.base, item.other);
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
    result.changed = !plan.taken.empty() || merged.contributors != mine.contributors ||
                     merged.responsible != mine.responsible || !SameCity(merged.city, mine.city) ||
                     std::any_of(plan.items.begin(), plan.items.end(),
                                 [](const MergeItem& item) { return item.answer == MergeSide::Other; });
    for (const auto& [questionId, answer] : merged.answers) {
        auto other = theirs.answers.find(questionId);
        if (other == theirs.answers.end() || !SameAnswer(other->second, answer)) result.theirsIsOlder = true;
    }
    if (!SameCity(theirs.city, merged.city) || merged.contributors != theirs.contributors ||
        merged.responsible != theirs.responsible)
        result.theirsIsOlder = true;
    return result;
}

}  // namespace icc
