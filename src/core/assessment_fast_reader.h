// The fast path of ReadAssessment: reads a valid current-format answers file in one streaming
// pass, without building a JSON document. It accepts only what the full reader accepts and gives
// up (nullopt) at the first thing it does not expect; ReadAssessment then runs the full reader,
// which produces the problems and messages. Batch scoring of thousands of files relies on it.
#pragma once

#include "core/assessment.h"

#include <optional>
#include <string_view>

namespace icc {

// The assessment, if `json` is a valid format-1 answers file; nullopt to say "use the full reader".
std::optional<Assessment> ReadAssessmentFast(std::string_view json);

}  // namespace icc
