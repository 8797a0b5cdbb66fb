#include "core/scores_json.h"

namespace icc {

namespace {

using Json = nlohmann::ordered_json;

Json OrNull(const std::optional<double>& value) { return value ? Json(*value) : Json(nullptr); }

}  // namespace

Json ScoresJson(const AssessmentScores& scores) {
    Json json;
    json["coreIndex"] = OrNull(scores.coreIndex);
    json["extendedIndex"] = OrNull(scores.extendedIndex);
    json["answered"] = scores.answered;
    json["total"] = scores.total;
    json["completeness"] = scores.completenessPercent;
    json["partial"] = scores.partial;
    Json areas = Json::array();
    for (const AreaScore& area : scores.areas)
        areas.push_back({{"id", area.areaId}, {"percent", OrNull(area.percent)}, {"points", area.points},
                         {"maxPoints", area.maxPoints}, {"answered", area.answered}, {"dontKnow", area.dontKnow},
                         {"total", area.total}});
    json["areas"] = std::move(areas);
    Json groups = Json::array();
    for (const GroupScore& group : scores.groups)
        groups.push_back({{"id", group.groupId}, {"percent", OrNull(group.percent)}, {"answered", group.answered},
                          {"total", group.total}});
    json["groups"] = std::move(groups);
    return json;
}

}  // namespace icc
