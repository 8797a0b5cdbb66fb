// Results: the index, each area's score with how it was computed, and the completeness.
#include "app/ui.h"
#include "app/ui_kit.h"

#include "core/score_explanation.h"

#include <imgui.h>

namespace icc {

void DrawResultsScreen(Ui& ui) {
    Session& session = ui.session;
    const IndexDefinition& definition = session.Definition();
    const AssessmentScores& scores = session.Scores();
    const std::string& language = session.Language();
    Title(ui, ui.T("results.title"));
    if (scores.partial) {
        std::string partial = FillTemplate(ui.T("results.partial"),
                                           {{"percent", FormatPercent(scores.completenessPercent)}});
        MutedText(ui, partial.c_str());
    }

    BeginCard(ui, "##index");
    ImGui::TextUnformatted(ui.T("results.core_index"));
    ImGui::PushFont(ui.fonts.title);
    ImGui::TextUnformatted(scores.coreIndex ? FormatPercent(*scores.coreIndex).c_str() : "—");
    ImGui::PopFont();
    MutedText(ui, ExplainIndex(definition, scores, false, language).c_str());
    if (scores.extendedIndex) {
        std::string extended = FillTemplate(ui.T("results.extended_index"), {{"percent", FormatPercent(*scores.extendedIndex)}});
        ImGui::TextUnformatted(extended.c_str());
    }
    EndCard();

    Heading(ui, ui.T("results.areas"));
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    if (ImGui::BeginTable("##areas", 3, flags)) {
        ImGui::TableSetupColumn(ui.T("results.area"), ImGuiTableColumnFlags_WidthStretch, 3);
        ImGui::TableSetupColumn(ui.T("results.score"), ImGuiTableColumnFlags_WidthStretch, 1);
        ImGui::TableSetupColumn(ui.T("results.answered"), ImGuiTableColumnFlags_WidthStretch, 1);
        ImGui::TableHeadersRow();
        for (size_t i = 0; i < definition.areas.size(); ++i) {
            const AreaScore& area = scores.areas[i];
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextWrapped("%s", ui.L(definition.areas[i].title).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(area.percent ? FormatPercent(*area.percent).c_str() : "—");
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", ExplainArea(definition, scores, i, language).c_str());
            ImGui::TableNextColumn();
            ImGui::Text("%d/%d", area.answered, area.total);
        }
        ImGui::EndTable();
    }
    ImGui::Dummy(ImVec2(0, ui.Px(8)));
    if (PrimaryButton(ui, ui.T("results.export_json"))) session.ExportJson();
    const std::string& disclaimer = ui.L(definition.disclaimer);
    if (!disclaimer.empty()) MutedText(ui, disclaimer.c_str());
}

}  // namespace icc
