// Text fields, and the hand-over of their editing to the browser (see text_field.h). The page's side
// is shell/icc-text.js; src/app/main_web.cpp carries the calls between the two.
#include "app/text_field.h"

#include "app/app.h"
#include "app/ui_kit.h"
#include "core/json_guard.h"

#include <imgui_internal.h>
#include <imgui_stdlib.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>

namespace icc {

namespace {

using Json = nlohmann::json;

const char* KindName(TextKind kind) {
    switch (kind) {
    case TextKind::Line: return "line";
    case TextKind::Lines: return "lines";
    case TextKind::Integer: return "integer";
    case TextKind::Decimal: return "decimal";
    }
    return "line";
}

std::string Css(ImU32 colour) {
    ImVec4 c = ImGui::ColorConvertU32ToFloat4(colour);
    char text[48];
    std::snprintf(text, sizeof text, "rgba(%d,%d,%d,%.3f)", static_cast<int>(c.x * 255 + 0.5f),
                  static_cast<int>(c.y * 255 + 0.5f), static_cast<int>(c.z * 255 + 0.5f), c.w);
    return text;
}

// A rectangle in device pixels as [x, y, width, height] in CSS pixels.
Json CssRect(const ImRect& rect, float pixelRatio) {
    return {rect.Min.x / pixelRatio, rect.Min.y / pixelRatio, rect.GetWidth() / pixelRatio,
            rect.GetHeight() / pixelRatio};
}

// The part of `rect` that the current window and the windows around it leave visible.
ImRect VisibleRect(ImRect rect) {
    for (ImGuiWindow* window = GImGui->CurrentWindow; window; window = window->ParentWindow)
        rect.ClipWithFull(window->ClipRect);
    return rect;
}

// The place and look of the field for the page's editor: the field's rectangle, the visible part
// of it, and ImGui's font, padding, border width and colours for it, all in CSS pixels. (The
// editor lies inside the border, which the canvas keeps drawing.)
std::string EditorView(const Ui& ui, const char* label, TextKind kind, const ImRect& field, const ImRect& visible) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float ratio = ui.state.edit.pixelRatio;
    Json view = {
        {"target", ui.state.edit.target},
        {"kind", KindName(kind)},
        {"label", label},
        {"lang", ui.session.Language()},
        {"rect", CssRect(field, ratio)},
        {"clip", CssRect(visible, ratio)},
        // ImGui's font size is the font's ascent minus its descent; the page converts it to CSS's em.
        {"font", {{"size", ImGui::GetFontSize() / ratio}, {"ascent", ImGui::GetFont()->Ascent / ratio},
                  {"bold", ImGui::GetFont() == ui.fonts.bold}}},
        {"padding", {style.FramePadding.x / ratio, style.FramePadding.y / ratio}},
        {"border", style.FrameBorderSize / ratio},
        {"radius", style.FrameRounding / ratio},
        {"colours",
         {{"text", Css(ImGui::GetColorU32(ImGuiCol_Text))},
          {"background", Css(ImGui::GetColorU32(ImGuiCol_FrameBg))},
          {"selection", Css(ImGui::GetColorU32(ImGuiCol_TextSelectedBg))}}},
    };
    return view.dump();
}

}  // namespace

bool TextField(Ui& ui, const char* id, const char* label, const char* target, TextKind kind, std::string& text,
               float width, float height) {
    ImGuiContext& g = *GImGui;
    const ImGuiID fieldId = ImGui::GetID(id);
    bool edited = false;
    ImRect field;
    if (kind == TextKind::Lines) {
        edited = ImGui::InputTextMultiline(id, &text, ImVec2(width > 0 ? width : -1, height));
        field = g.LastItemData.Rect;
    } else {
        if (width > 0) ImGui::SetNextItemWidth(width);
        edited = ImGui::InputText(id, &text, kind == TextKind::Line ? 0 : ImGuiInputTextFlags_CharsDecimal);
        field = g.LastItemData.Rect;
    }
    Describe(ui, kind == TextKind::Lines ? Role::TextArea : Role::TextField, label, false, text.c_str(), target);

    BrowserEdit& edit = ui.state.edit;
    if (!edit.available || ui.state.readOnly) return edited;
    const ImRect visible = VisibleRect(field);
    if (ui.state.textFieldsUsed == ui.state.textFields.size()) ui.state.textFields.emplace_back();
    TextFieldPlace& place = ui.state.textFields[ui.state.textFieldsUsed++];
    place.target = target;
    place.min = ImVec2(visible.Min.x / edit.pixelRatio, visible.Min.y / edit.pixelRatio);
    place.max = ImVec2(visible.Max.x / edit.pixelRatio, visible.Max.y / edit.pixelRatio);

    // ImGui has just started editing the field (a click, Tab, Enter): the browser takes over, with
    // the caret and selection ImGui chose (its offsets count UTF-16 units, as the DOM's do).
    const bool imguiEditing = g.ActiveId == fieldId && g.InputTextState.ID == fieldId;
    if (imguiEditing && edit.target != target) {
        edit.target = target;
        const ImGuiInputTextState& state = g.InputTextState;
        edit.selectionStart = std::min(state.GetSelectionStart(), state.GetSelectionEnd());
        edit.selectionEnd = std::max(state.GetSelectionStart(), state.GetSelectionEnd());
        if (!state.HasSelection()) edit.selectionStart = edit.selectionEnd = state.GetCursorPos();
        edit.sendText = edit.focus = true;
        edit.view.clear();
    }
    if (edit.target != target) return edited;
    if (imguiEditing) ImGui::ClearActiveID();  // never two editors of one field
    if (edit.tapped) {  // the keyboard focus follows, as after a click
        ImGui::SetFocusID(fieldId, g.CurrentWindow);
        edit.tapped = false;
    }
    edit.seen = true;
    edit.windowId = g.CurrentWindow->ID;
    edit.min = field.Min;
    edit.max = field.Max;
    if (edit.textArrived) {
        text.swap(edit.arrived);
        edit.textArrived = false;
        edited = true;
    } else if (text != edit.pageText) {
        edit.sendText = true;  // changed elsewhere: another tab's merge, the API, the mirror
    }
    if (edit.sendText) edit.pageText = text;
    std::string view = EditorView(ui, label, kind, field, visible);
    if (view != edit.view) {
        edit.view.swap(view);
        edit.viewChanged = true;
    }
    return edited;
}

void App::EnableBrowserEditing() { ui_.edit.available = true; }

std::string App::TakeEditorUpdate() {
    BrowserEdit& edit = ui_.edit;
    if (edit.target.empty()) {
        if (!edit.shown) return std::string();
        edit.view.clear();
        edit.shown = false;
        return "{\"target\":\"\"}";
    }
    if (!edit.viewChanged && !edit.sendText && !edit.focus) return std::string();
    Json update = ParseJson(edit.view);
    if (!update.is_object()) return std::string();
    if (edit.sendText) {
        update["value"] = edit.pageText;
        update["selection"] = {edit.selectionStart, edit.selectionEnd};
        // A later push of the text (another tab's merge) keeps the caret where the page has it.
        edit.selectionStart = edit.selectionEnd = -1;
    }
    if (edit.focus) update["focus"] = true;
    edit.sendText = edit.focus = edit.viewChanged = false;
    edit.shown = true;
    return update.dump();
}

void App::EndFrameEditing() {
    BrowserEdit& edit = ui_.edit;
    // The field is gone (another screen, another area) or a dialog covers it: the edit ends.
    if (!edit.target.empty() && (!edit.seen || ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId))) {
        edit.target.clear();
        edit.textArrived = false;
    }
    edit.seen = false;
}

void App::OnEditorText(const std::string& target, std::string text) {
    BrowserEdit& edit = ui_.edit;
    if (target.empty() || target != edit.target) return;
    edit.pageText = text;
    edit.arrived = std::move(text);
    edit.textArrived = true;
}

void App::OnEditorLeft(const std::string& target, EditorExit how) {
    BrowserEdit& edit = ui_.edit;
    if (target.empty() || target != edit.target) return;
    edit.target.clear();
    edit.view.clear();
    edit.shown = false;  // the page hid its editor itself
    ImGuiIO& io = ImGui::GetIO();
    // The keyboard is on the field: show where (and, for Tab, move on from it: after a mouse
    // click ImGui's first Tab would only come back to the field).
    if (how != EditorExit::Elsewhere) GImGui->NavDisableHighlight = false;
    if (how == EditorExit::Tab || how == EditorExit::ShiftTab) {
        // On to the next control, as Tab in ImGui's own field does.
        const bool shift = how == EditorExit::ShiftTab;
        if (shift) io.AddKeyEvent(ImGuiMod_Shift, true);
        io.AddKeyEvent(ImGuiKey_Tab, true);
        io.AddKeyEvent(ImGuiKey_Tab, false);
        if (shift) io.AddKeyEvent(ImGuiMod_Shift, false);
    }
}

bool App::EditTextFieldAt(float x, float y) {
    if (!ui_.edit.available || ui_.readOnly) return false;
    for (size_t i = 0; i < ui_.textFieldsUsed; ++i) {
        const TextFieldPlace& place = ui_.textFields[i];
        if (x < place.min.x || x >= place.max.x || y < place.min.y || y >= place.max.y) continue;
        BrowserEdit& edit = ui_.edit;
        if (edit.target == place.target) return true;
        edit.target = place.target;
        edit.selectionStart = edit.selectionEnd = -1;  // the tap itself places the caret in the page's field
        edit.sendText = edit.focus = edit.tapped = true;
        edit.view.clear();
        edit.pageText.clear();
        return true;
    }
    return false;
}

void App::KeepEditedFieldVisible(float top, float bottom) {
    const BrowserEdit& edit = ui_.edit;
    if (edit.target.empty()) return;
    ImGuiWindow* window = ImGui::FindWindowByID(edit.windowId);
    while (window && window->ScrollMax.y <= 0) window = window->ParentWindow;
    if (!window) return;
    // The band, within what the scrolling region itself shows (below the top bar, above the status line).
    const float margin = 8 * pixelRatio_;
    top = std::max(top * pixelRatio_, window->InnerRect.Min.y);
    bottom = std::min(bottom * pixelRatio_, window->InnerRect.Max.y);
    float shift = 0;
    if (edit.max.y + margin > bottom) shift = edit.max.y + margin - bottom;
    if (edit.min.y - margin - shift < top) shift = edit.min.y - margin - top;  // a field taller than the room shows its top
    if (shift != 0) ImGui::SetScrollY(window, std::clamp(window->Scroll.y + shift, 0.0f, window->ScrollMax.y));
}

}  // namespace icc
