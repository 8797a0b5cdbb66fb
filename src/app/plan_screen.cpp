// The action plan: after the results, the city turns an area's recommendations (or its own ideas)
// into actions with a department, a deadline, targets on the area's questions, an indicator and
// a status. The areas for development come first. Every change goes through the Session; the
// texts are fields the accessible mirror can set ("plan.title:<action id>", ...).
#include "app/ui.h"
#include "app/ui_kit.h"
#include "app/text_field.h"

#include "core/action_plan.h"
#include "core/plan_csv.h"
#include "core/score_explanation.h"

#include <imgui.h>

#include <algorithm>

namespace icc {

namespace {

const char* const kStatusKeys[] = {"plan.status.planned", "plan.status.inProgress", "plan.status.done", "plan.status.dropped"};
const char* const kProgressKeys[] = {"plan.progress.met", "plan.progress.partly", "plan.progress.notYet", "plan.progress.noTarget"};

std::string Percent(const Ui& ui, const std::optional<double>& percent) {
    return percent ? FormatPercent(*percent) : std::string(ui.Wording("results.no_score"));
}

// The areas in the order the screen offers them: the areas for development, then the others.
std::vector<std::size_t> AreaOrder(const Ui& ui) {
    std::vector<std::size_t> order;
    if (const Comparison* comparison = ui.session.CurrentComparison())
        for (const AreaHighlight& highlight : comparison->development) order.push_back(highlight.areaIndex);
    for (std::size_t a = 0; a < ui.session.Definition().areas.size(); ++a)
        if (std::find(order.begin(), order.end(), a) == order.end()) order.push_back(a);
    return order;
}

// The text of a field as typed, taken anew from the action whenever the action changed elsewhere.
std::string& Draft(Ui& ui, const std::string& key, const PlanAction& action, const std::string& stored) {
    UiState::PlanDraft& draft = ui.state.planDrafts[key];
    if (draft.stamp != action.updatedAt) draft = {stored, action.updatedAt};
    return draft.text;
}

void ActionText(Ui& ui, const PlanAction& action, ActionField field, const char* name, const char* labelKey,
                const std::string& stored, TextKind kind, float height = 0) {
    const std::string key = std::string("plan.") + name + ":" + action.id;
    std::string& text = Draft(ui, key, action, stored);
    ImGui::PushFont(ui.fonts.bold);
    ImGui::TextUnformatted(ui.Wording(labelKey));
    ImGui::PopFont();
    const float width = kind == TextKind::Lines ? 0 : std::min(ImGui::GetContentRegionAvail().x, ui.Pixels(420));
    if (TextField(ui, ("##" + std::string(name)).c_str(), ui.Wording(labelKey), key.c_str(), kind, text, width, height)) {
        if (ui.session.SetActionText(action.id, field, text))
            if (const PlanAction* now = FindAction(ui.session.Current(), action.id)) ui.state.planDrafts[key].stamp = now->updatedAt;
    }
    if (field == ActionField::Deadline && !text.empty() && !IsDeadline(text)) {
        ImGui::PushStyleColor(ImGuiCol_Text, ui.palette.error);
        BodyText(ui, ui.Wording("plan.deadline_problem"));
        ImGui::PopStyleColor();
    } else if (field == ActionField::Deadline) {
        MutedText(ui, ui.Wording("plan.deadline_help"));
    }
}

// The picker that adds a target: a question of the area, then the answer it should reach.
void TargetPicker(Ui& ui, const Area& area, const PlanAction& action) {
    UiState& state = ui.state;
    StrongText(ui, ui.Wording("plan.target_question"));
    for (const Question& question : area.questions) {
        ImGui::PushID(question.id.c_str());
        if (AnswerRow(ui, ui.IndexText(question.text).c_str(), state.planTargetQuestion == question.id, false)) {
            state.planTargetQuestion = question.id;
            state.planTargetNumber.clear();
        }
        ImGui::PopID();
    }
    const Question* question = ui.session.Definition().FindQuestion(state.planTargetQuestion);
    if (question) {
        StrongText(ui, ui.Wording("plan.target_answer"));
        ActionTarget target;
        target.questionId = question->id;
        bool chosen = false;
        if (question->options.empty()) {
            TextField(ui, "##target-number", ui.Wording("plan.target_number"), ("plan.target_number:" + action.id).c_str(),
                      TextKind::Decimal, state.planTargetNumber, ui.Pixels(160));
            const ParsedNumber number = ParseNumberText(state.planTargetNumber, kAnswerNumberRule);
            FieldProblem(ui, number.problem);
            ImGui::BeginDisabled(!number.value);
            if (PrimaryButton(ui, ui.Wording("plan.target_set")) && number.value) {
                target.number = number.value;
                chosen = true;
            }
            ImGui::EndDisabled();
        }
        for (const AnswerOption& option : question->options) {
            ImGui::PushID(option.id.c_str());
            if (AnswerRow(ui, ui.IndexText(option.label).c_str(), false, false)) {
                target.selected = {option.id};
                chosen = true;
            }
            ImGui::PopID();
        }
        if (chosen && ui.session.SetActionTarget(action.id, target)) {
            state.planTargetAction.clear();
            state.planTargetQuestion.clear();
        }
    }
    if (SecondaryButton(ui, ui.Wording("common.cancel"))) {
        state.planTargetAction.clear();
        state.planTargetQuestion.clear();
    }
}

void DrawAction(Ui& ui, const Area& area, const PlanAction& action, int number) {
    Session& session = ui.session;
    const std::string& language = session.Language();
    ImGui::PushID(action.id.c_str());
    BeginCard(ui, "##action");
    Heading(ui, FillTemplate(ui.Wording("plan.action_heading"), {{"number", std::to_string(number)}}).c_str());
    const float lines = ImGui::GetTextLineHeight() * 3.2f + ImGui::GetStyle().FramePadding.y * 2;
    ActionText(ui, action, ActionField::Title, "title", "plan.field.title", action.title, TextKind::Lines, lines);
    ActionText(ui, action, ActionField::Department, "department", "plan.field.department", action.department, TextKind::Line);
    ActionText(ui, action, ActionField::Deadline, "deadline", "plan.field.deadline", action.deadline, TextKind::Line);
    ActionText(ui, action, ActionField::Indicator, "indicator", "plan.field.indicator", action.indicator, TextKind::Lines, lines);

    ImGui::PushFont(ui.fonts.bold);
    ImGui::TextUnformatted(ui.Wording("plan.field.status"));
    ImGui::PopFont();
    for (int s = 0; s < 4; ++s)
        if (AnswerRow(ui, ui.Wording(kStatusKeys[s]), static_cast<int>(action.status) == s, false))
            session.SetActionStatus(action.id, static_cast<ActionStatus>(s));

    ImGui::PushFont(ui.fonts.bold);
    ImGui::TextUnformatted(ui.Wording("plan.field.targets"));
    ImGui::PopFont();
    if (action.targets.empty()) MutedText(ui, ui.Wording("plan.no_targets"));
    for (const ActionTarget& target : action.targets) {
        ImGui::PushID(target.questionId.c_str());
        const Question* question = session.Definition().FindQuestion(target.questionId);
        const std::string text = (question ? ui.IndexText(question->text) + "\n" : std::string()) +
                                 TargetText(session.Definition(), target, language);
        BodyText(ui, text.c_str());
        if (SecondaryButton(ui, ui.Wording("plan.target_remove"))) session.RemoveActionTarget(action.id, target.questionId);
        ImGui::PopID();
    }
    if (ui.state.planTargetAction == action.id) TargetPicker(ui, area, action);
    else if (SecondaryButton(ui, ui.Wording("plan.target_add"))) {
        ui.state.planTargetAction = action.id;
        ui.state.planTargetQuestion.clear();
    }
    ImGui::Dummy(ImVec2(0, ui.Pixels(6)));
    if (SecondaryButton(ui, ui.Wording("plan.delete"))) session.DeleteAction(action.id);
    EndCard();
    ImGui::PopID();
}

void DrawIndexes(const Ui& ui) {
    const AssessmentScores& scores = ui.session.Scores();
    BeginCard(ui, "##target-index");
    StrongText(ui, FillTemplate(ui.Wording("plan.today"), {{"core", Percent(ui, scores.ShownCoreIndex())},
                                                         {"extended", Percent(ui, scores.ShownExtendedIndex())}}).c_str());
    if (const AssessmentScores* target = ui.session.TargetScores())
        StrongText(ui, FillTemplate(ui.Wording("plan.if_met"), {{"core", Percent(ui, target->coreIndex)},
                                                              {"extended", Percent(ui, target->extendedIndex)}}).c_str());
    else
        MutedText(ui, ui.Wording("plan.no_target_index"));
    EndCard();
}

void DrawProgress(const Ui& ui) {
    const PlanProgress* progress = ui.session.Progress();
    const Assessment* earlier = ui.session.Earlier();
    if (!progress || !earlier) return;
    Heading(ui, ui.Wording("plan.progress_heading"));
    BodyText(ui, FillTemplate(ui.Wording("plan.progress_summary"), {{"met", std::to_string(progress->targetsMet)},
                                                                  {"targets", std::to_string(progress->targets)},
                                                                  {"year", std::to_string(earlier->city.year)}}).c_str());
    for (const ActionCheck& check : progress->actions) {
        const PlanAction* action = FindAction(*earlier, check.actionId);
        if (!action) continue;
        const std::string line = (action->title.empty() ? std::string(ui.Wording("plan.untitled")) : action->title) + " — " +
                                 ui.Wording(kProgressKeys[static_cast<int>(check.progress)]);
        ImGui::Bullet();
        ImGui::SameLine();
        ImGui::PushTextWrapPos(0);
        ImGui::TextUnformatted(line.c_str());
        ImGui::PopTextWrapPos();
        ui.semantics.AddText(Role::Text, line.c_str());
    }
}

}  // namespace

void DrawPlanScreen(Ui& ui) {
    Session& session = ui.session;
    const IndexDefinition& definition = session.Definition();
    const Assessment& assessment = session.Current();
    const AssessmentScores& scores = session.Scores();
    const AssessmentScores* target = session.TargetScores();

    if (SecondaryButton(ui, ui.Wording("plan.back"))) ui.state.screen = Screen::Results;
    Title(ui, ui.Wording("plan.title"));
    MutedText(ui, ui.Wording("plan.intro"));
    if (session.CanUndoDelete()) {
        BeginCard(ui, "##undo");
        StrongText(ui, ui.Wording("plan.deleted"));
        if (SecondaryButton(ui, ui.Wording("plan.undo"))) session.UndoDelete();
        EndCard();
    }
    DrawIndexes(ui);
    DrawProgress(ui);

    const std::vector<std::size_t> order = AreaOrder(ui);
    if (ui.state.planArea.empty() && !order.empty()) ui.state.planArea = definition.areas[order.front()].id;
    const Comparison* comparison = session.CurrentComparison();
    Heading(ui, ui.Wording("plan.areas"));
    for (std::size_t a : order) {
        const Area& area = definition.areas[a];
        int actions = 0;
        for (const PlanAction& action : assessment.plan) actions += !action.removed && action.areaId == area.id;
        const bool development = comparison && std::any_of(comparison->development.begin(), comparison->development.end(),
                                                            [&](const AreaHighlight& h) { return h.areaIndex == a; });
        const std::string label = FillTemplate(ui.Wording(development ? "plan.area_row_development" : "plan.area_row"),
                                               {{"area", ui.IndexText(area.title)}, {"score", Percent(ui, scores.areas[a].ShownPercent())},
                                                {"actions", std::to_string(actions)}});
        ImGui::PushID(area.id.c_str());
        if (AnswerRow(ui, label.c_str(), ui.state.planArea == area.id, false)) ui.state.planArea = area.id;
        ImGui::PopID();
    }

    const auto chosen = std::find_if(order.begin(), order.end(), [&](std::size_t a) { return definition.areas[a].id == ui.state.planArea; });
    if (chosen == order.end()) return;
    const std::size_t a = *chosen;
    const Area& area = definition.areas[a];
    ImGui::Dummy(ImVec2(0, ui.Pixels(8)));
    Heading(ui, ui.IndexText(area.title).c_str());
    const std::string areaScore = target ? FillTemplate(ui.Wording("plan.area_target"), {{"score", Percent(ui, scores.areas[a].ShownPercent())},
                                                                                        {"target", Percent(ui, target->areas[a].percent)}})
                                         : FillTemplate(ui.Wording("plan.area_score"), {{"score", Percent(ui, scores.areas[a].ShownPercent())}});
    MutedText(ui, areaScore.c_str());
    if (!area.recommendations.empty()) {
        StrongText(ui, ui.Wording("plan.recommendations"));
        for (std::size_t r = 0; r < area.recommendations.size(); ++r) {
            const std::string& text = ui.IndexText(area.recommendations[r].text);
            ImGui::PushID(static_cast<int>(r));
            BodyText(ui, text.c_str());
            if (SecondaryButton(ui, ui.Wording("plan.add_recommendation"))) session.AddAction(area.id, text);
            ImGui::PopID();
        }
    }
    if (PrimaryButton(ui, ui.Wording("plan.add_own"))) session.AddAction(area.id, "");
    ImGui::Dummy(ImVec2(0, ui.Pixels(8)));
    int number = 0;
    for (const PlanAction& action : assessment.plan)
        if (!action.removed && action.areaId == area.id) DrawAction(ui, area, action, ++number);

    ImGui::Dummy(ImVec2(0, ui.Pixels(12)));
    Heading(ui, ui.Wording("results.export"));
    if (PrimaryButton(ui, ui.Wording("results.export_report"))) session.ExportHtmlReport();
    SameLineIfFits(ui, ui.Wording("plan.export_csv"));
    if (SecondaryButton(ui, ui.Wording("plan.export_csv"))) session.ExportPlanCsv();
}

}  // namespace icc
