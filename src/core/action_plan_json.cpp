#include "core/action_plan_json.h"

#include "core/action_plan.h"
#include "core/json_fields.h"

#include <set>

namespace icc {
namespace {

using nlohmann::json;

std::optional<ActionTarget> ReadTarget(const json& value, const std::string& path, Problems& problems) {
    if (!value.is_object()) {
        problems.push_back({path, std::string("must be an object (question, selected or number), not ") + JsonTypeName(value)});
        return std::nullopt;
    }
    const JsonFieldReader reader(value, path, problems);
    ActionTarget target;
    if (auto question = reader.String("question", Presence::Required)) target.questionId = std::move(*question);
    if (const json* selected = reader.Member("selected", Presence::Optional)) {
        if (!selected->is_array()) reader.Report(reader.PathOf("selected"), std::string("must be an array of option ids, not ") + JsonTypeName(*selected));
        else
            for (std::size_t i = 0; i < selected->size(); ++i) {
                if ((*selected)[i].is_string()) target.selected.push_back((*selected)[i].get<std::string>());
                else problems.push_back({JsonPath(reader.PathOf("selected"), i), "must be an option id (a string)"});
            }
    }
    const auto number = value.find("number");
    if (number != value.end() && !number->is_null())
        target.number = reader.NumberWithin("number", Presence::Optional, -1e15, 1e15);
    return target;
}

std::optional<PlanAction> ReadAction(const json& value, const std::string& path, Problems& problems) {
    if (!value.is_object()) {
        problems.push_back({path, std::string("must be an object (an action), not ") + JsonTypeName(value)});
        return std::nullopt;
    }
    const std::size_t before = problems.size();
    const JsonFieldReader reader(value, path, problems);
    PlanAction action;
    if (auto id = reader.String("id", Presence::Required)) action.id = std::move(*id);
    if (auto area = reader.String("area", Presence::Required)) action.areaId = std::move(*area);
    if (auto title = reader.String("title", Presence::Optional)) action.title = std::move(*title);
    if (auto department = reader.String("department", Presence::Optional)) action.department = std::move(*department);
    if (auto deadline = reader.String("deadline", Presence::Optional)) action.deadline = std::move(*deadline);
    if (auto indicator = reader.String("indicator", Presence::Optional)) action.indicator = std::move(*indicator);
    if (auto status = reader.String("status", Presence::Optional))
        if (!ParseActionStatus(*status, action.status))
            reader.Report(reader.PathOf("status"), "must be \"planned\", \"inProgress\", \"done\" or \"dropped\", not \"" + *status + "\"");
    if (auto updatedAt = reader.String("updatedAt", Presence::Optional)) action.updatedAt = std::move(*updatedAt);
    if (auto updatedBy = reader.String("updatedBy", Presence::Optional)) action.updatedBy = std::move(*updatedBy);
    if (auto removed = reader.Bool("removed", Presence::Optional)) action.removed = *removed;
    if (const json* targets = reader.Member("targets", Presence::Optional)) {
        if (!targets->is_array()) reader.Report(reader.PathOf("targets"), std::string("must be an array of targets, not ") + JsonTypeName(*targets));
        else
            for (std::size_t i = 0; i < targets->size(); ++i)
                if (auto target = ReadTarget((*targets)[i], JsonPath(reader.PathOf("targets"), i), problems))
                    action.targets.push_back(std::move(*target));
    }
    if (problems.size() != before) return std::nullopt;
    if (std::string problem = ActionProblem(action); !problem.empty()) {
        problems.push_back({path, problem});
        return std::nullopt;
    }
    return action;
}

}  // namespace

void ReadPlan(const json& root, Assessment& assessment, Problems& problems) {
    const auto plan = root.find("plan");
    if (plan == root.end()) return;
    if (!plan->is_array()) {
        problems.push_back({"/plan", std::string("must be an array of actions, not ") + JsonTypeName(*plan)});
        return;
    }
    if (plan->size() > kMostActions) {
        problems.push_back({"/plan", "must hold at most " + std::to_string(kMostActions) + " actions"});
        return;
    }
    std::set<std::string> ids;
    for (std::size_t i = 0; i < plan->size(); ++i) {
        const std::string path = JsonPath("/plan", i);
        std::optional<PlanAction> action = ReadAction((*plan)[i], path, problems);
        if (!action) continue;
        if (!ids.insert(action->id).second) {
            problems.push_back({path + "/id", "\"" + action->id + "\" is the id of an earlier action; each action has its own"});
            continue;
        }
        assessment.plan.push_back(std::move(*action));
    }
}

nlohmann::ordered_json PlanJson(const std::vector<PlanAction>& plan) {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const PlanAction& action : plan) {
        nlohmann::ordered_json entry;
        entry["id"] = action.id;
        entry["area"] = action.areaId;
        if (action.removed) {
            entry["removed"] = true;
        } else {
            entry["title"] = action.title;
            if (!action.department.empty()) entry["department"] = action.department;
            if (!action.deadline.empty()) entry["deadline"] = action.deadline;
            nlohmann::ordered_json targets = nlohmann::ordered_json::array();
            for (const ActionTarget& target : action.targets) {
                nlohmann::ordered_json t;
                t["question"] = target.questionId;
                if (!target.selected.empty()) t["selected"] = target.selected;
                if (target.number) t["number"] = *target.number;
                targets.push_back(std::move(t));
            }
            if (!targets.empty()) entry["targets"] = std::move(targets);
            if (!action.indicator.empty()) entry["indicator"] = action.indicator;
            entry["status"] = ActionStatusName(action.status);
        }
        if (!action.updatedAt.empty()) entry["updatedAt"] = action.updatedAt;
        if (!action.updatedBy.empty()) entry["updatedBy"] = action.updatedBy;
        list.push_back(std::move(entry));
    }
    return list;
}

}  // namespace icc
