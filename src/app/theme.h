// Colours and metrics of the three themes. Everything ImGui draws takes its look from here.
#pragma once

#include <imgui.h>

namespace icc {

enum class ThemeId { Light, Dark, HighContrast };

// Colours ImGui's style has no slot for.
struct Palette {
    ImU32 pageBackground;   // behind the content column
    ImU32 sidebarBackground;
    ImU32 card;             // question cards, result panels
    ImU32 cardBorder;
    ImU32 accent;           // primary buttons, the city's bars
    ImU32 accentHovered;
    ImU32 accentActive;
    ImU32 onAccent;         // text on accent
    ImU32 mutedText;
    ImU32 success;          // complete areas
    ImU32 warning;          // storage warnings (background)
    ImU32 onWarning;
    ImU32 benchmark;        // sample averages in charts
    ImU32 benchmarkAlt;     // group averages in charts
    ImU32 focus;
    ImU32 error;            // what is wrong with a field's value (text)
};

// Sets ImGui's style for `theme` with every size multiplied by `scale`, and returns the palette.
const Palette& ApplyTheme(ThemeId theme, float scale);

}  // namespace icc
