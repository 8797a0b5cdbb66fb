#include "app/theme.h"

namespace icc {

namespace {

constexpr ImU32 Rgb(unsigned rgb, unsigned alpha = 255) {
    return IM_COL32((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF, alpha);
}

ImVec4 Vec(ImU32 colour) { return ImGui::ColorConvertU32ToFloat4(colour); }

// Text colours meet 4.5:1 against their backgrounds; borders, focus and controls 3:1.
const Palette kLight = {
    Rgb(0xEEF1F5), Rgb(0xF7F8FA), Rgb(0xFFFFFF), Rgb(0xD5DAE3),
    Rgb(0x1F5FBF), Rgb(0x174C9A), Rgb(0x123D7C), Rgb(0xFFFFFF),
    Rgb(0x4F5869), Rgb(0x1E7B45), Rgb(0xFDECC8), Rgb(0x5C3A00),
    Rgb(0x5F6B7D), Rgb(0xB0570B), Rgb(0xC2410C), Rgb(0xB3261E),
};
const Palette kDark = {
    Rgb(0x12151B), Rgb(0x1A1E26), Rgb(0x222733), Rgb(0x3A4252),
    Rgb(0x5B9BFF), Rgb(0x7FB0FF), Rgb(0x9CC2FF), Rgb(0x0B1220),
    Rgb(0xAEB6C4), Rgb(0x4ADE80), Rgb(0x4A3A12), Rgb(0xFFE6A8),
    Rgb(0xAEB6C4), Rgb(0xF59E0B), Rgb(0xFBBF24), Rgb(0xFF8A80),
};
const Palette kHighContrast = {
    Rgb(0x000000), Rgb(0x000000), Rgb(0x000000), Rgb(0xFFFFFF),
    Rgb(0xFFD400), Rgb(0xFFE45C), Rgb(0xFFFFFF), Rgb(0x000000),
    Rgb(0xFFFFFF), Rgb(0x7CFF7C), Rgb(0xFFD400), Rgb(0x000000),
    Rgb(0xFFFFFF), Rgb(0x00E5FF), Rgb(0x00E5FF), Rgb(0xFF8080),
};

struct Colours {
    ImU32 text, textDisabled, window, frame, frameHovered, frameActive, border, button,
        buttonHovered, buttonActive, header, headerHovered, headerActive, scrollbar, separator;
};

const Colours kLightColours = {
    Rgb(0x1D2433), Rgb(0x5B6473), Rgb(0xFFFFFF), Rgb(0xFFFFFF), Rgb(0xF2F6FC), Rgb(0xE6EEFA),
    Rgb(0x767F8F), Rgb(0xE6ECF5), Rgb(0xD6E0EF), Rgb(0xC3D1E8), Rgb(0xE3ECFA), Rgb(0xD6E4F8),
    Rgb(0xC6D9F5), Rgb(0xB8C0CC), Rgb(0xD5DAE3),
};
const Colours kDarkColours = {
    Rgb(0xE8EAF0), Rgb(0xA3ABBA), Rgb(0x1A1E26), Rgb(0x12151B), Rgb(0x1E2430), Rgb(0x263045),
    Rgb(0x8791A3), Rgb(0x2C3342), Rgb(0x374055), Rgb(0x424D66), Rgb(0x263A5C), Rgb(0x2E4670),
    Rgb(0x375384), Rgb(0x4A5466), Rgb(0x3A4252),
};
const Colours kHighContrastColours = {
    Rgb(0xFFFFFF), Rgb(0xE0E0E0), Rgb(0x000000), Rgb(0x000000), Rgb(0x1A1A1A), Rgb(0x333333),
    Rgb(0xFFFFFF), Rgb(0x000000), Rgb(0x333333), Rgb(0x555555), Rgb(0x333300), Rgb(0x4D4D00),
    Rgb(0x666600), Rgb(0xFFFFFF), Rgb(0xFFFFFF),
};

void SetMetrics(ImGuiStyle& style, bool thickBorders) {
    style.WindowPadding = ImVec2(28, 22);
    style.FramePadding = ImVec2(12, 8);
    style.CellPadding = ImVec2(10, 7);
    style.ItemSpacing = ImVec2(12, 10);
    style.ItemInnerSpacing = ImVec2(10, 6);
    style.IndentSpacing = 24;
    style.ScrollbarSize = 16;
    style.GrabMinSize = 14;
    style.WindowBorderSize = 0;
    style.ChildBorderSize = thickBorders ? 2 : 1;
    style.PopupBorderSize = 1;
    style.FrameBorderSize = thickBorders ? 2 : 1;
    style.WindowRounding = 0;
    style.ChildRounding = 10;
    style.FrameRounding = 7;
    style.PopupRounding = 8;
    style.ScrollbarRounding = 8;
    style.GrabRounding = 7;
    style.TabRounding = 7;
    style.SeparatorTextBorderSize = 2;
    style.SeparatorTextPadding = ImVec2(0, 6);
    style.ButtonTextAlign = ImVec2(0.5f, 0.5f);
    style.SelectableTextAlign = ImVec2(0, 0.5f);
    style.AntiAliasedLines = true;
    style.AntiAliasedFill = true;
}

void SetColours(ImGuiStyle& style, const Colours& c, const Palette& p) {
    ImVec4* colours = style.Colors;
    colours[ImGuiCol_Text] = Vec(c.text);
    colours[ImGuiCol_TextDisabled] = Vec(c.textDisabled);
    colours[ImGuiCol_WindowBg] = Vec(c.window);
    colours[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
    colours[ImGuiCol_PopupBg] = Vec(c.window);
    colours[ImGuiCol_Border] = Vec(c.border);
    colours[ImGuiCol_BorderShadow] = ImVec4(0, 0, 0, 0);
    colours[ImGuiCol_FrameBg] = Vec(c.frame);
    colours[ImGuiCol_FrameBgHovered] = Vec(c.frameHovered);
    colours[ImGuiCol_FrameBgActive] = Vec(c.frameActive);
    colours[ImGuiCol_TitleBg] = Vec(c.window);
    colours[ImGuiCol_TitleBgActive] = Vec(c.window);
    colours[ImGuiCol_TitleBgCollapsed] = Vec(c.window);
    colours[ImGuiCol_MenuBarBg] = Vec(c.window);
    colours[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
    colours[ImGuiCol_ScrollbarGrab] = Vec(c.scrollbar);
    colours[ImGuiCol_ScrollbarGrabHovered] = Vec(c.border);
    colours[ImGuiCol_ScrollbarGrabActive] = Vec(p.accent);
    colours[ImGuiCol_CheckMark] = Vec(p.accent);
    colours[ImGuiCol_SliderGrab] = Vec(p.accent);
    colours[ImGuiCol_SliderGrabActive] = Vec(p.accentActive);
    colours[ImGuiCol_Button] = Vec(c.button);
    colours[ImGuiCol_ButtonHovered] = Vec(c.buttonHovered);
    colours[ImGuiCol_ButtonActive] = Vec(c.buttonActive);
    colours[ImGuiCol_Header] = Vec(c.header);
    colours[ImGuiCol_HeaderHovered] = Vec(c.headerHovered);
    colours[ImGuiCol_HeaderActive] = Vec(c.headerActive);
    colours[ImGuiCol_Separator] = Vec(c.separator);
    colours[ImGuiCol_SeparatorHovered] = Vec(c.border);
    colours[ImGuiCol_SeparatorActive] = Vec(p.accent);
    colours[ImGuiCol_ResizeGrip] = ImVec4(0, 0, 0, 0);
    colours[ImGuiCol_ResizeGripHovered] = ImVec4(0, 0, 0, 0);
    colours[ImGuiCol_ResizeGripActive] = ImVec4(0, 0, 0, 0);
    colours[ImGuiCol_Tab] = Vec(c.button);
    colours[ImGuiCol_TabHovered] = Vec(c.buttonHovered);
    colours[ImGuiCol_TabActive] = Vec(c.header);
    colours[ImGuiCol_TabUnfocused] = Vec(c.button);
    colours[ImGuiCol_TabUnfocusedActive] = Vec(c.header);
    colours[ImGuiCol_PlotLines] = Vec(p.accent);
    colours[ImGuiCol_PlotLinesHovered] = Vec(p.accentHovered);
    colours[ImGuiCol_PlotHistogram] = Vec(p.accent);
    colours[ImGuiCol_PlotHistogramHovered] = Vec(p.accentHovered);
    colours[ImGuiCol_TableHeaderBg] = Vec(c.header);
    colours[ImGuiCol_TableBorderStrong] = Vec(c.border);
    colours[ImGuiCol_TableBorderLight] = Vec(c.separator);
    colours[ImGuiCol_TableRowBg] = ImVec4(0, 0, 0, 0);
    colours[ImGuiCol_TableRowBgAlt] = Vec(c.frameHovered);
    colours[ImGuiCol_TextSelectedBg] = Vec(c.headerActive);
    colours[ImGuiCol_DragDropTarget] = Vec(p.focus);
    colours[ImGuiCol_NavHighlight] = Vec(p.focus);
    colours[ImGuiCol_NavWindowingHighlight] = Vec(p.focus);
    colours[ImGuiCol_NavWindowingDimBg] = ImVec4(0, 0, 0, 0.3f);
    colours[ImGuiCol_ModalWindowDimBg] = ImVec4(0.05f, 0.07f, 0.1f, 0.55f);
}

}  // namespace

const Palette& ApplyTheme(ThemeId theme, float scale) {
    ImGuiStyle style;
    const Palette* palette = &kLight;
    const Colours* colours = &kLightColours;
    if (theme == ThemeId::Dark) {
        palette = &kDark;
        colours = &kDarkColours;
    } else if (theme == ThemeId::HighContrast) {
        palette = &kHighContrast;
        colours = &kHighContrastColours;
    }
    SetMetrics(style, theme == ThemeId::HighContrast);
    SetColours(style, *colours, *palette);
    style.ScaleAllSizes(scale);
    ImGui::GetStyle() = style;
    return *palette;
}

}  // namespace icc
