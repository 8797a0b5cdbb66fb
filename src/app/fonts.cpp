#include "app/fonts.h"

#include "app/embedded.h"
#include "app/font_glyph_ranges.h"

#include <imgui.h>

namespace icc {

namespace {

// Latin with Latin Extended, Cyrillic and typographic punctuation: what the subset font holds,
// generated from the list the font is cut down to (ICC_FONT_UNICODES in src/app/CMakeLists.txt).
const ImWchar kGlyphRanges[] = {ICC_FONT_GLYPH_RANGES};

constexpr float kBodyPixels = 17.0f;
constexpr float kTitlePixels = 28.0f;
constexpr float kHeadingPixels = 21.0f;

ImFont* AddFont(const char* file, float pixels) {
    const embedded::File* font = embedded::Find(file);
    IM_ASSERT(font && "font missing from the embedded files");
    ImFontConfig config;
    config.FontDataOwnedByAtlas = false;  // the bytes are static data, not heap memory
    // Glyphs are snapped to whole pixels and drawn at their final size (the atlas is rebuilt for
    // each scale), so horizontal oversampling buys nothing but rasterising time at start-up.
    config.OversampleH = 1;
    config.OversampleV = 1;
    config.PixelSnapH = true;
    void* data = const_cast<unsigned char*>(font->data);
    return ImGui::GetIO().Fonts->AddFontFromMemoryTTF(data, static_cast<int>(font->size), pixels,
                                                      &config, kGlyphRanges);
}

}  // namespace

Fonts LoadFonts(float scale) {
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    atlas->Clear();
    Fonts fonts;
    fonts.body = AddFont(kRegularFontFile, kBodyPixels * scale);
    fonts.bold = AddFont(kBoldFontFile, kBodyPixels * scale);
    fonts.title = AddFont(kBoldFontFile, kTitlePixels * scale);
    fonts.heading = AddFont(kBoldFontFile, kHeadingPixels * scale);
    atlas->Build();
    return fonts;
}

}  // namespace icc
