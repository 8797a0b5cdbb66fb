// The UI fonts (Noto Sans, embedded), rasterised for the current scale: CSS pixels times the
// device pixel ratio times the user's text size.
#pragma once

struct ImFont;

namespace icc {

struct Fonts {
    ImFont* body = nullptr;
    ImFont* bold = nullptr;
    ImFont* title = nullptr;    // screen titles
    ImFont* heading = nullptr;  // section headings and big numbers
};

// Rebuilds ImGui's font atlas at `scale` (1 = 17 CSS px body text at devicePixelRatio 1).
// The renderer's font texture must be recreated afterwards.
Fonts LoadFonts(float scale);

}  // namespace icc
