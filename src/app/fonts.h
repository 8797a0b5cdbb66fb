// The UI fonts (Noto Sans, embedded), rasterised for the current scale: CSS pixels times the
// device pixel ratio times the user's text size.
#pragma once

#include <string_view>

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

// Which glyphs an atlas holds: every glyph of the subset font, or only the characters of the
// built-in texts in the interface's language (its catalog, the index's and the figures' texts in
// it): a fraction of the font, quicker to rasterise, and what the first frame draws.
enum class Glyphs { All, BuiltInTexts };

// Rebuilds ImGui's font atlas at `scale` (1 = 17 CSS px body text at devicePixelRatio 1), for the
// interface `language` (used by Glyphs::BuiltInTexts).
// The renderer's font texture must be recreated afterwards.
Fonts LoadFonts(float scale, Glyphs glyphs, std::string_view language = {});

}  // namespace icc
