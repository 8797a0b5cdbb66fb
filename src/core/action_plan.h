// The city's action plan (Assessment::plan): the rules its values follow, the index it would
// reach if every target were met, and, a year later, which targets the city met. The target
// index is the ordinary scoring (core/scoring.h) of the answers with the targets applied: there
// is no second formula.
#pragma once

#include "core/assessment.h"
#include "core/index_model.h"
#include "core/problems.h"
#include "core/scoring.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace icc {

constexpr std::size_t kMostActions = 1000;
constexpr std::size_t kMostTargets = 100;               // per action
constexpr std::size_t kLongestActionText = 4000;        // title and indicator, bytes
constexpr std::size_t kLongestActionId = 100;           // the assessment id's characters

// "planned", "inProgress", "done", "dropped" (the file's words); false for anything else.
const char* ActionStatusName(ActionStatus status);
bool ParseActionStatus(std::string_view name, ActionStatus& status);

// What is wrong with an action, in plain English for files and the command line, or "".
// The screens keep to these rules by construction (lengths, the deadline picked as a date).
std::string ActionProblem(const PlanAction& action);
// YYYY-MM-DD with a real month and day.
bool IsDeadline(std::string_view text);

// The action by id, or nullptr (removed ones included).
const PlanAction* FindAction(const Assessment& assessment, std::string_view id);
// The actions that count: not removed, not dropped.
bool Counts(const PlanAction& action);

// The assessment with every counting action's targets as its answers (later actions win on a
// question several target).
Assessment WithTargetsMet(const Assessment& assessment);
// Score(plan, WithTargetsMet(assessment)).
AssessmentScores ScoreWithTargets(const ScoringPlan& plan, const Assessment& assessment);
// Whether any counting action has a target.
bool HasTargets(const Assessment& assessment);

// Progress of an earlier plan, seen from a later assessment.
enum class ActionProgress { Met, Partly, NotYet, NoTarget };
struct ActionCheck {
    std::string actionId;
    ActionProgress progress = ActionProgress::NoTarget;
    int targetsMet = 0;
    int targets = 0;
};
struct PlanProgress {
    std::vector<ActionCheck> actions;  // the earlier plan's counting actions, in its order
    int targetsMet = 0;
    int targets = 0;
};
// A target is met when today's answer gives at least the points its target answer gives
// (scored by ScoreQuestion, so "Yes, in place" meets "Yes, planned" too). An action is met when
// all its targets are; partly when some are, or when a target question gained points since the
// earlier assessment; not yet otherwise. Targets on questions the index no longer has are not met.
PlanProgress CompareWithPlan(const IndexDefinition& definition, const Assessment& earlier, const Assessment& now);
const char* ActionProgressName(ActionProgress progress);  // "met", "partly", "notYet", "noTarget"

// Warnings for the plan against the definition (unknown areas, questions, options), as
// CheckAgainstDefinition gives them for answers: paths under /plan.
void CheckPlanAgainstDefinition(const Assessment& assessment, const IndexDefinition& definition,
                                Problems& problems);

}  // namespace icc
