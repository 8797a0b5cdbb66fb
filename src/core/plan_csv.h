// The action plan as CSV for the city's own planning tools (the rules of core/report_csv.h:
// RFC 4180, formula-guarded text cells). Columns: docs/REPORTS.md, "Plan CSV".
#pragma once

#include "core/assessment.h"
#include "core/index_model.h"

#include <string>

namespace icc {

// "commitment.budget: Yes, in place": the question and the answer a target aims for, with the
// option labels (or the number and unit) in `language`.
std::string TargetText(const IndexDefinition& definition, const ActionTarget& target, const std::string& language);

// One row per action that is not removed, in the areas' order, then the plan's order: area id,
// area title, action, department, deadline, targets (one per line), indicator, status.
std::string WritePlanCsv(const IndexDefinition& definition, const Assessment& assessment, const std::string& language);

}  // namespace icc
