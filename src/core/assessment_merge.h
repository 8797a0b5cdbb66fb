// Two versions of one assessment, edited in two tabs of one browser (or on two devices), brought
// together question by question: the answer changed last wins. An answer that was cleared stays
// in the assessment as an empty answer with the time of the clearing, so that clearing wins over
// an older answer and an older version never brings it back.
#pragma once

#include "core/assessment.h"

namespace icc {

struct MergeResult {
    Assessment merged;
    bool changed = false;        // `merged` differs from `mine`
    bool theirsIsOlder = false;  // `theirs` lacks something of `merged`: the merge must be saved
};

MergeResult MergeNewerAnswers(const Assessment& mine, const Assessment& theirs);

// Whether two answers say the same (choice, number, "don't know", evidence), whatever their times.
bool SameAnswer(const Answer& a, const Answer& b);

}  // namespace icc
