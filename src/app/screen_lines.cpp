#include "app/screen_lines.h"

#include "app/ui_kit.h"

#include <imgui.h>

#include <algorithm>

namespace icc {

namespace {

using Kind = ResultsLine::Kind;

// One row of the chart: its label on a line of its own (it fits 360 px), then the bar and value.
void DrawBarRow(const Ui& ui, const ResultsLine& bar) {
    ImGui::PushStyleColor(ImGuiCol_Text, bar.own ? ui.palette.accent : ImGui::GetColorU32(ImGuiCol_Text));
    if (bar.own) ImGui::PushFont(ui.fonts.bold);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(bar.text.c_str());
    ImGui::PopTextWrapPos();
    if (bar.own) ImGui::PopFont();
    ImGui::PopStyleColor();
    const float width = ImGui::GetContentRegionAvail().x;
    const float valueWidth = ImGui::CalcTextSize("100–100%").x + ui.Pixels(8);
    const float plot = std::max(ui.Pixels(60), width - valueWidth);
    const float height = ImGui::GetTextLineHeight() * 0.7f;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImU32 fill = bar.own ? ui.palette.accent : ui.palette.benchmark;
    draw->AddRectFilled(origin, ImVec2(origin.x + plot, origin.y + height), ImGui::GetColorU32(ImGuiCol_FrameBg), ui.Pixels(2));
    draw->AddRectFilled(origin, ImVec2(origin.x + plot * static_cast<float>(bar.min / 100), origin.y + height), fill, ui.Pixels(2));
    if (bar.max > bar.min)  // a published range: its upper part lighter
        draw->AddRectFilled(ImVec2(origin.x + plot * static_cast<float>(bar.min / 100), origin.y),
                            ImVec2(origin.x + plot * static_cast<float>(bar.max / 100), origin.y + height),
                            (fill & 0x00FFFFFF) | (0x60u << 24));
    draw->AddText(ImVec2(origin.x + plot + ui.Pixels(8), origin.y + height * 0.5f - ImGui::GetTextLineHeight() * 0.5f),
                  ImGui::GetColorU32(ImGuiCol_Text), bar.value.c_str());
    ImGui::Dummy(ImVec2(width, height + ui.Pixels(8)));
}

}  // namespace

void DescribeLine(Semantics& mirror, const ResultsLine& line) {
    if (!mirror.Enabled()) return;
    switch (line.kind) {
    case Kind::Heading: mirror.AddText(Role::Heading, line.text.c_str(), 2); break;
    case Kind::CardTitle: mirror.AddText(Role::Heading, line.text.c_str(), 3); break;
    case Kind::Gap: break;
    case Kind::Bar: mirror.AddText(Role::Text, (line.text + ": " + line.value).c_str()); break;
    default: mirror.AddText(Role::Text, line.text.c_str()); break;
    }
}

void DrawLine(const Ui& ui, const ResultsLine& line) {
    switch (line.kind) {
    case Kind::Heading: Heading(ui, line.text.c_str()); return;
    case Kind::Body: BodyText(ui, line.text.c_str()); return;
    case Kind::Strong: StrongText(ui, line.text.c_str()); return;
    case Kind::Muted: MutedText(ui, line.text.c_str()); return;
    case Kind::Gap: ImGui::Dummy(ImVec2(0, ui.Pixels(line.gap))); return;
    case Kind::CardTitle:
        ImGui::PushFont(ui.fonts.bold);
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(line.text.c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopFont();
        break;
    case Kind::Bullet:
        ImGui::Bullet();
        ImGui::SameLine();
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(line.text.c_str());
        ImGui::PopTextWrapPos();
        break;
    case Kind::Example:
        ImGui::Indent(ui.Pixels(24));
        MutedText(ui, line.text.c_str());
        ImGui::Unindent(ui.Pixels(24));
        return;
    case Kind::Bar: DrawBarRow(ui, line); break;
    }
    DescribeLine(ui.semantics, line);
}

}  // namespace icc
