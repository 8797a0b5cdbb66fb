#include "app/fonts.h"

#include "app/embedded.h"
#include "app/font_glyph_ranges.h"
#include "app/font_text_ranges.h"

#include <imgui.h>

#include <string_view>

namespace icc {

namespace {

// Latin with Latin Extended, Cyrillic and typographic punctuation: what the subset font holds,
// generated from the list the font is cut down to (ICC_FONT_UNICODES in src/app/CMakeLists.txt).
const ImWchar kGlyphRanges[] = {ICC_FONT_GLYPH_RANGES};

constexpr float kBodyPixels = 17.0f;
constexpr float kTitlePixels = 28.0f;
constexpr float kHeadingPixels = 21.0f;

// The first atlas's ranges for `language`: printable ASCII and the characters of the built-in texts
// in that language, found at build time (scripts/font_text_ranges.py); ImGui skips what the font
// lacks. English's for a language without its own.
const ImWchar* BuiltInTextRanges(std::string_view language) {
    const ImWchar* english = kGlyphRanges;
    for (const text_ranges::LanguageRanges& entry : text_ranges::kByLanguage) {
        if (language == entry.language) return entry.ranges;
        if (std::string_view(entry.language) == "en") english = entry.ranges;
    }
    return english;
}

ImFont* AddFont(const char* file, float pixels, const ImWchar* ranges) {
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
    return ImGui::GetIO().Fonts->AddFontFromMemoryTTF(data, static_cast<int>(font->size), pixels, &config, ranges);
}

}  // namespace

Fonts LoadFonts(float scale, Glyphs glyphs, std::string_view language) {
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    atlas->Clear();
    // The texture as tall as the glyphs need (WebGL 2 takes any size): less to clear and upload.
    atlas->Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight;
    const ImWchar* ranges = glyphs == Glyphs::All ? kGlyphRanges : BuiltInTextRanges(language);
    Fonts fonts;
    fonts.body = AddFont(kRegularFontFile, kBodyPixels * scale, ranges);
    fonts.bold = AddFont(kBoldFontFile, kBodyPixels * scale, ranges);
    fonts.title = AddFont(kBoldFontFile, kTitlePixels * scale, ranges);
    fonts.heading = AddFont(kBoldFontFile, kHeadingPixels * scale, ranges);
    atlas->Build();
    return fonts;
}

}  // namespace icc
