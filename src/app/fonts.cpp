#include "app/fonts.h"

#include "core/embedded.h"

#include <imgui.h>

namespace icc {

namespace {

// Latin with Latin Extended, Cyrillic and typographic punctuation: what the subset font holds
// (ICC_FONT_UNICODES in src/app/CMakeLists.txt).
const ImWchar kGlyphRanges[] = {
    0x0020, 0x007E, 0x00A0, 0x024F, 0x0400, 0x04FF, 0x2010, 0x2027,
    0x2030, 0x203A, 0x20AC, 0x20AC, 0x2116, 0x2116, 0x2122, 0x2122, 0,
};

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
