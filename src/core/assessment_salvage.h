// Getting back what can be read of an answers text that ReadAssessment refuses (a saved entry
// that was damaged, or written by a version with other rules): every part with a problem is left
// out, the rest is kept.
#pragma once

#include "core/assessment_io.h"

#include <string_view>

namespace icc {

struct SalvageResult {
    std::optional<Assessment> assessment;  // none when the text is no answers file at all
    Problems dropped;                      // what was left out, with the reader's problem for each
};

// The text must still be JSON of an answers file (kind, format version and index readable); then
// answers, evidence, city fields and the id that break the format's rules are dropped one by one
// until the rest reads. An id that was dropped is left empty.
SalvageResult SalvageAssessment(std::string_view text);

}  // namespace icc
