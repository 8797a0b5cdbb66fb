#include "core/plan_csv.h"

#include "core/action_plan.h"
#include "core/report_csv.h"
#include "core/score_explanation.h"
#include "core/scoring.h"

namespace icc {

std::string TargetText(const IndexDefinition& definition, const ActionTarget& target, const std::string& language) {
    std::string text = target.questionId + ": ";
    const Question* question = definition.FindQuestion(target.questionId);
    if (target.number) {
        text += FormatNumber(*target.number, 2);
        if (question && !question->unit.empty()) text += " " + question->unit;
    }
    for (std::size_t i = 0; i < target.selected.size(); ++i) {
        const AnswerOption* option = question ? FindOption(*question, target.selected[i]) : nullptr;
        if (i > 0) text += "; ";
        text += option ? option->label.Get(language) : target.selected[i];
    }
    return text;
}

std::string WritePlanCsv(const IndexDefinition& definition, const Assessment& assessment, const std::string& language) {
    std::string csv = "area,area_title,action,department,deadline,targets,indicator,status\r\n";
    for (const Area& area : definition.areas)
        for (const PlanAction& action : assessment.plan) {
            if (action.removed || action.areaId != area.id) continue;
            std::string targets;
            for (const ActionTarget& target : action.targets)
                targets += (targets.empty() ? "" : "\n") + TargetText(definition, target, language);
            for (const std::string& cell : {CsvTextField(area.id), CsvTextField(area.title.Get(language)),
                                            CsvTextField(action.title), CsvTextField(action.department),
                                            CsvTextField(action.deadline), CsvTextField(targets),
                                            CsvTextField(action.indicator)})
                csv += cell + ",";
            csv += std::string(ActionStatusName(action.status)) + "\r\n";
        }
    return csv;
}

}  // namespace icc
