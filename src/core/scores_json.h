// The scores as JSON, in the one shape every output uses: the export's "scores", `icc-index
// score`'s per-file results and the JavaScript API's scores() (documented in docs/SCORING.md §6).
// Percents are unrounded; a missing score is null.
#pragma once

#include "core/scoring.h"

#include <nlohmann/json.hpp>

namespace icc {

// {coreIndex, extendedIndex, answered, total, completeness, partial,
//  areas: [{id, percent, points, maxPoints, answered, dontKnow, total}], groups: [{id, percent, answered, total}]}
nlohmann::ordered_json ScoresJson(const AssessmentScores& scores);

}  // namespace icc
