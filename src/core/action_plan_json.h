// The action plan in an answers file ("plan", docs/ANSWERS-FORMAT.md): read with every problem
// reported by path, and written in the plan's order. Used by core/assessment_io.cpp only.
#pragma once

#include "core/assessment.h"
#include "core/problems.h"

#include <nlohmann/json.hpp>

namespace icc {

// Reads root["plan"] (optional) into assessment.plan.
void ReadPlan(const nlohmann::json& root, Assessment& assessment, Problems& problems);
nlohmann::ordered_json PlanJson(const std::vector<PlanAction>& plan);

}  // namespace icc
