// Two versions of one assessment brought together question by question: the one merge that the
// merge review (an import from a colleague), the two-tab sync and `icc-index merge` all use.
//
// PlanMerge compares the versions and lists what differs. An answer only one side has is taken;
// identical answers pass silently. A question answered differently on the two sides is a
// conflict, and so is a different city profile: each stays unsettled until a rule (SettleBy) or
// the person (MergeItem::answer) settles it, and ApplyMerge refuses a plan with anything
// unsettled. Evidence texts that differ are kept from both sides, each marked with its
// contributor and date, unless the person keeps one (MergeItem::evidence).
//
// An answer that was cleared stays in the assessment as an empty answer with the time of the
// clearing, so that clearing wins over an older answer under the "newer" rule and an older
// version never brings it back.
#pragma once

#include "core/assessment.h"

#include <optional>
#include <string>
#include <vector>

namespace icc {

enum class MergeSide { Unsettled, Base, Other };
enum class EvidenceKeep { Both, Base, Other };
// How a rule settles conflicts: the answer changed last (ties keep the base), or one side's.
enum class MergeRule { Newer, Base, Other };

// A question whose two versions differ.
struct MergeItem {
    std::string questionId;
    Answer base, other;
    bool answerConflict = false;    // the answers themselves differ (choice, number, "don't know", cleared)
    bool evidenceDiffers = false;   // both give evidence, and the texts differ
    MergeSide answer = MergeSide::Unsettled;  // a difference in evidence alone is settled (Newer)
    EvidenceKeep evidence = EvidenceKeep::Both;
    bool byPerson = false;          // settled by the person, not by a rule
    // The settled side's answer is taken whole, its evidence and "to review" mark with it (the
    // two-tab sync). Otherwise the evidence follows `evidence`, and a mark on either side stays
    // unless the person chose the side.
    bool wholeAnswer = false;
};

struct MergePlan {
    Assessment base;                // the version here (the browser's, the first file)
    Assessment other;               // the version that arrives
    std::vector<MergeItem> items;   // answer conflicts first, then differences in evidence, each by question id
    std::vector<std::string> taken; // questions only the other side has: taken as they are
    int identical = 0;              // questions both sides answer alike
    bool cityConflict = false;
    MergeSide city = MergeSide::Base;  // Unsettled while cityConflict and nobody chose
};

MergePlan PlanMerge(const Assessment& base, const Assessment& other);
// Settles every unsettled conflict (answers and the city) by `rule`; what the person chose stays.
void SettleBy(MergePlan& plan, MergeRule rule);
// How many conflicts (answers and the city) are still unsettled.
int Unsettled(const MergePlan& plan);
// The merged assessment, or nullopt while anything is unsettled. Contributors and areas'
// responsible are the union of both sides (the base's assignment wins for an area both assign).
std::optional<Assessment> ApplyMerge(const MergePlan& plan);
// The side a rule picks for two versions of an answer.
MergeSide NewerSide(const Answer& base, const Answer& other);

// The two-tab sync (and two devices): every conflict settled by the newer answer, whole (its
// evidence with it: two tabs hold successive versions of one text, not two people's texts).
struct MergeResult {
    Assessment merged;
    bool changed = false;        // `merged` differs from `mine`
    bool theirsIsOlder = false;  // `theirs` lacks something of `merged`: the merge must be saved
};
MergeResult MergeNewerAnswers(const Assessment& mine, const Assessment& theirs);

// Whether two answers say the same (choice, number, "don't know", evidence, "to review"), whatever their times.
bool SameAnswer(const Answer& a, const Answer& b);
// Whether they say the same apart from the evidence.
bool SameChoice(const Answer& a, const Answer& b);
// Evidence of both sides in one text, each part headed by its contributor and date; a text that
// already holds the other (an earlier merge) is kept alone.
std::string CombinedEvidence(const Answer& base, const Answer& other);

}  // namespace icc
