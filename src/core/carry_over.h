// Opening an assessment made with an earlier version of the index: its answers move to this
// version by the index's `carryOver` entries (assets/index/FORMAT.md). Answers to unchanged
// questions stay as they are; answers to changed, split or replaced questions move where the index
// says and are marked to review; nothing is dropped (an answer to a question no longer asked stays
// in the assessment under its old id, unscored).
#pragma once

#include "core/assessment.h"
#include "core/index_model.h"
#include "core/problems.h"

#include <string>
#include <vector>

namespace icc {

struct CarryOverReport {
    std::string fromVersion;                 // empty: nothing was carried over
    std::vector<std::string> toReview;       // questions here whose answers were moved or changed
    std::vector<std::string> noLongerAsked;  // earlier questions kept in the file, not scored
    // Earlier answers of which a choice, a number or "don't know" has no counterpart in any of
    // the new questions: left out of the carried answer (which is to review); the answers as given
    // stay in the file the user opened (and, in the app, in a backup).
    struct PartlyCarried {
        std::string from;
        std::vector<std::string> unplaced;  // option ids, numbers, "don't know"
    };
    std::vector<PartlyCarried> partlyCarried;

    bool Carried() const { return !fromVersion.empty(); }
};

// Moves `assessment` to `definition`'s version when it answers an earlier version that the
// definition's carryOver names; otherwise leaves it unchanged and returns an empty report.
CarryOverReport CarryOverAnswers(Assessment& assessment, const IndexDefinition& definition);

// One warning per answer the carry-over moved, changed or kept unscored, in English (for the
// command line): where the answer came from and why it is to review.
Problems DescribeCarryOver(const CarryOverReport& report, const IndexDefinition& definition);

// The carry-over entry that explains why the answer to `questionId` is to review, or nullptr.
const CarriedQuestion* WhyToReview(const IndexDefinition& definition, const std::string& questionId);

}  // namespace icc
