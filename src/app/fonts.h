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

// The embedded font files (app/embedded.h), regular and bold.
inline constexpr const char* kRegularFontFile = "NotoSans-Regular-subset.ttf";
inline constexpr const char* kBoldFontFile = "NotoSans-Bold-subset.ttf";

// Rebuilds ImGui's font atlas at `scale` (1 = 17 CSS px body text at devicePixelRatio 1).
// The renderer's font texture must be recreated afterwards.
Fonts LoadFonts(float scale);

}  // namespace icc
