#include "app/ui_kit.h"

#include <imgui_internal.h>

#include <algorithm>

namespace icc {

bool PrimaryButton(const Ui& ui, const char* label, ImVec2 size) {
    const Palette& p = ui.palette;
    ImGui::PushStyleColor(ImGuiCol_Button, p.accent);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, p.accentHovered);
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, p.accentActive);
    ImGui::PushStyleColor(ImGuiCol_Text, p.onAccent);
    ImGui::PushStyleColor(ImGuiCol_Border, p.accentActive);
    ImGui::PushFont(ui.fonts.bold);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(ui.Pixels(20), ui.Pixels(10)));
    bool pressed = ImGui::Button(label, size);
    ImGui::PopStyleVar();
    ImGui::PopFont();
    ImGui::PopStyleColor(5);
    Describe(ui, Role::Button, label);
    return pressed;
}

bool SecondaryButton(const Ui& ui, const char* label, ImVec2 size, float padding) {
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(ui.Pixels(padding), ui.Pixels(10)));
    bool pressed = ImGui::Button(label, size);
    ImGui::PopStyleVar();
    Describe(ui, Role::Button, label);
    return pressed;
}

void SameLineIfFits(const Ui& ui, const char* nextButton, float padding) {
    const float width = ImGui::CalcTextSize(nextButton, nullptr, true).x + 2 * ui.Pixels(padding);
    const float right = ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x + width;
    if (right <= ImGui::GetContentRegionMaxAbs().x) ImGui::SameLine();
}

void Title(const Ui& ui, const char* text) {
    ui.semantics.AddText(Role::Heading, text, 1);
    ImGui::PushFont(ui.fonts.title);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text);
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(0, ui.Pixels(4)));
}

void Heading(const Ui& ui, const char* text) {
    ui.semantics.AddText(Role::Heading, text, 2);
    ImGui::PushFont(ui.fonts.heading);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text);
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
}

void PickFile(Ui& ui, UiState::FilePurpose purpose) {
    ui.state.filePurpose = purpose;
    ui.platform.OpenFilePicker(".json,application/json");
}

void BodyText(const Ui& ui, const char* text) {
    ui.semantics.AddText(Role::Text, text);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text);
    ImGui::PopTextWrapPos();
}

void StrongText(const Ui& ui, const char* text) {
    ImGui::PushFont(ui.fonts.bold);
    BodyText(ui, text);
    ImGui::PopFont();
}

void MutedText(const Ui& ui, const char* text) {
    ui.semantics.AddText(Role::Text, text);
    ImGui::PushStyleColor(ImGuiCol_Text, ui.palette.mutedText);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text);
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
}

void FieldProblem(const Ui& ui, const ValueProblem& problem) {
    if (problem.ok()) return;
    const std::string text = ProblemText(problem, ui.session.Text());  // only while a field is wrong
    ui.semantics.AddText(Role::Text, text.c_str());
    ImGui::PushStyleColor(ImGuiCol_Text, ui.palette.error);
    ImGui::PushFont(ui.fonts.bold);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    ImGui::PopStyleColor();
}

Confirmation ConfirmDeletion(const Ui& ui, const char* question, const char* confirm) {
    StrongText(ui, question);
    if (PrimaryButton(ui, confirm)) return Confirmation::Confirmed;
    SameLineIfFits(ui, ui.Wording("common.cancel"));
    return SecondaryButton(ui, ui.Wording("common.cancel")) ? Confirmation::Cancelled : Confirmation::Waiting;
}

void BeginCard(const Ui& ui, const char* id) {
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ui.palette.card);
    ImGui::PushStyleColor(ImGuiCol_Border, ui.palette.cardBorder);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(ui.Pixels(24), ui.Pixels(20)));
    ImGui::BeginChild(id, ImVec2(0, 0),
                      ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding,
                      ImGuiWindowFlags_NavFlattened);
}

void EndCard() {
    ImGui::EndChild();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(2);
}

bool AnswerRow(const Ui& ui, const char* label, bool selected, bool checkbox) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float markSize = ImGui::GetFontSize() * 1.1f;
    const float padX = ui.Pixels(14), padY = ui.Pixels(10);
    const float width = ImGui::GetContentRegionAvail().x;
    const float textWidth = width - markSize - padX * 3;
    const ImVec2 textSize = ImGui::CalcTextSize(label, nullptr, false, textWidth);
    const float height = std::max(textSize.y, markSize) + padY * 2;

    ImVec2 start = ImGui::GetCursorScreenPos();
    ImGui::PushID(label);
    ImGui::PushStyleColor(ImGuiCol_Header, ui.palette.card);
    bool pressed = ImGui::Selectable("##row", selected, ImGuiSelectableFlags_None, ImVec2(width, height));
    ImGui::PopStyleColor();
    bool hovered = ImGui::IsItemHovered();
    Describe(ui, checkbox ? Role::Checkbox : Role::Radio, label, selected);
    ImGui::PopID();

    ImDrawList* draw = ImGui::GetWindowDrawList();
    ImU32 border = selected ? ui.palette.accent : ImGui::GetColorU32(ImGuiCol_Border);
    if (hovered && !selected) border = ui.palette.accentHovered;
    float thickness = selected ? ui.Pixels(2) : ui.Pixels(1);
    draw->AddRect(start, ImVec2(start.x + width, start.y + height), border, style.FrameRounding, 0, thickness);

    ImVec2 mark(start.x + padX, start.y + (height - markSize) * 0.5f);
    ImVec2 centre(mark.x + markSize * 0.5f, mark.y + markSize * 0.5f);
    ImU32 markBorder = selected ? ui.palette.accent : ImGui::GetColorU32(ImGuiCol_Border);
    if (checkbox) {
        draw->AddRect(mark, ImVec2(mark.x + markSize, mark.y + markSize), markBorder, ui.Pixels(3), 0, ui.Pixels(2));
        if (selected) {
            draw->AddRectFilled(mark, ImVec2(mark.x + markSize, mark.y + markSize), ui.palette.accent, ui.Pixels(3));
            // A tick drawn as two strokes, so it needs no glyph from the font.
            float s = markSize;
            ImVec2 a(mark.x + s * 0.22f, mark.y + s * 0.52f), b(mark.x + s * 0.42f, mark.y + s * 0.72f),
                c(mark.x + s * 0.78f, mark.y + s * 0.3f);
            draw->AddLine(a, b, ui.palette.onAccent, ui.Pixels(2.5f));
            draw->AddLine(b, c, ui.palette.onAccent, ui.Pixels(2.5f));
        }
    } else {
        draw->AddCircle(centre, markSize * 0.5f, markBorder, 0, ui.Pixels(2));
        if (selected) draw->AddCircleFilled(centre, markSize * 0.28f, ui.palette.accent);
    }
    ImVec2 textPos(mark.x + markSize + padX, start.y + (height - textSize.y) * 0.5f);
    draw->AddText(nullptr, 0, textPos, ImGui::GetColorU32(ImGuiCol_Text), label, nullptr, textWidth);
    return pressed;
}

// ImGui's own focus outline is a fixed 2 device pixels: too faint at high pixel ratios, so every
// described item with keyboard focus also gets a 3 CSS-pixel ring in the focus colour.
void DrawFocusRing(const Ui& ui) {
    ImGuiContext& g = *GImGui;
    if (g.NavId == 0 || g.NavId != g.LastItemData.ID || g.NavDisableHighlight) return;
    const float gap = ui.Pixels(3);
    ImRect rect = g.LastItemData.NavRect;
    ImGui::GetWindowDrawList()->AddRect(ImVec2(rect.Min.x - gap, rect.Min.y - gap),
                                        ImVec2(rect.Max.x + gap, rect.Max.y + gap), ui.palette.focus,
                                        ImGui::GetStyle().FrameRounding + gap, 0, ui.Pixels(3));
}

void Describe(const Ui& ui, Role role, const char* label, bool checked, const char* description, const char* target) {
    ui.semantics.AddLastItem(role, label, checked, description, target);
    DrawFocusRing(ui);
#ifdef IMGUI_ENABLE_TEST_ENGINE
    ImGuiContext& g = *GImGui;
    ImGuiItemStatusFlags flags = g.LastItemData.StatusFlags;
    if (role == Role::Radio || role == Role::Checkbox || role == Role::Link)
        flags |= ImGuiItemStatusFlags_Checkable | (checked ? ImGuiItemStatusFlags_Checked : 0);
    IMGUI_TEST_ENGINE_ITEM_INFO(g.LastItemData.ID, label, flags);
#endif
}

void Progress(const Ui& ui, float fraction, const char* text, float width) {
    ImVec2 start = ImGui::GetCursorScreenPos();
    float height = ui.Pixels(8);
    float textHeight = ImGui::GetTextLineHeight();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    ImVec2 barStart(start.x, start.y + (textHeight - height) * 0.5f);
    draw->AddRectFilled(barStart, ImVec2(barStart.x + width, barStart.y + height),
                        ImGui::GetColorU32(ImGuiCol_FrameBgActive), height * 0.5f);
    draw->AddRect(barStart, ImVec2(barStart.x + width, barStart.y + height),
                  ImGui::GetColorU32(ImGuiCol_Border), height * 0.5f);
    if (fraction > 0)
        draw->AddRectFilled(barStart, ImVec2(barStart.x + width * std::min(fraction, 1.0f), barStart.y + height),
                            ui.palette.accent, height * 0.5f);
    ImGui::Dummy(ImVec2(width, textHeight));
    ImGui::SameLine();
    ImGui::TextUnformatted(text);
}

void BeginColumn(const Ui& ui, const char* id, float maxCssWidth, ImVec2 size) {
    float available = size.x > 0 ? size.x : ImGui::GetContentRegionAvail().x;
    float padding = std::max(ui.Pixels(ui.narrow ? 16 : 32), (available - ui.Pixels(maxCssWidth)) * 0.5f);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(padding, ui.Pixels(ui.narrow ? 16 : 28)));
    ImGui::BeginChild(id, size, ImGuiChildFlags_AlwaysUseWindowPadding, ImGuiWindowFlags_NavFlattened);
    ImGui::PopStyleVar();
}

void EndColumn() {
    ImGui::Dummy(ImVec2(0, ImGui::GetStyle().WindowPadding.y));
    ImGui::EndChild();
}

}  // namespace icc
