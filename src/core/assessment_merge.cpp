#include "core/assessment_merge.h"

#include <algorithm>

namespace icc {

bool SameAnswer(const Answer& a, const Answer& b) {
    return a.selected == b.selected && a.number == b.number && a.dontKnow == b.dontKnow && a.evidence == b.evidence &&
           a.toReview == b.toReview;
}

namespace {

bool SameCity(const CityProfile& a, const CityProfile& b) {
    return a.name == b.name && a.year == b.year && a.population == b.population &&
           a.foreignBornPercent == b.foreignBornPercent;
}

}  // namespace

MergeResult MergeNewerAnswers(const Assessment& mine, const Assessment& theirs) {
    MergeResult result{mine, false, false};
    Assessment& merged = result.merged;
    for (const auto& [questionId, answer] : theirs.answers) {
        auto kept = merged.answers.find(questionId);
        if (kept == merged.answers.end()) {
            merged.answers.emplace(questionId, answer);
            result.changed = true;
        } else if (answer.updatedAt > kept->second.updatedAt && !SameAnswer(answer, kept->second)) {
            kept->second = answer;
            result.changed = true;
        }
    }
    if (theirs.updatedAt > mine.updatedAt && !SameCity(theirs.city, mine.city)) {
        merged.city = theirs.city;
        result.changed = true;
    }
    merged.updatedAt = std::max(mine.updatedAt, theirs.updatedAt);
    for (const auto& [questionId, answer] : merged.answers) {
        auto other = theirs.answers.find(questionId);
        if (other == theirs.answers.end() || !SameAnswer(other->second, answer)) result.theirsIsOlder = true;
    }
    if (!SameCity(theirs.city, merged.city)) result.theirsIsOlder = true;
    return result;
}

}  // namespace icc
