#include "app/fonts.h"

#include "app/embedded.h"
#include "app/font_glyph_ranges.h"
#include "core/interface_languages.h"

#include <imgui.h>

#include <cstddef>
#include <string>
#include <string_view>

namespace icc {

namespace {

// Latin with Latin Extended, Cyrillic and typographic punctuation: what the subset font holds,
// generated from the list the font is cut down to (ICC_FONT_UNICODES in src/app/CMakeLists.txt).
const ImWchar kGlyphRanges[] = {ICC_FONT_GLYPH_RANGES};

constexpr float kBodyPixels = 17.0f;
constexpr float kTitlePixels = 28.0f;
constexpr float kHeadingPixels = 21.0f;

// Adds the characters of the strings of `json` that a screen in `language` can show: every string
// value but the translations keyed by another interface language (and no keys). A quick scan, not
// a parser: a string it misjudges only waits for the complete atlas a frame later.
void AddShownStrings(ImFontGlyphRangesBuilder& builder, std::string_view json, std::string_view language) {
    std::string_view key;
    for (std::size_t i = 0; i < json.size(); ++i) {
        if (json[i] == '}') key = {};
        if (json[i] != '"') continue;
        std::size_t end = i + 1;
        while (end < json.size() && json[end] != '"') end += json[end] == '\\' ? 2 : 1;
        const std::string_view text = json.substr(i + 1, end - i - 1);
        std::size_t next = end + 1;
        while (next < json.size() &&
               (json[next] == ' ' || json[next] == '\n' || json[next] == '\t' || json[next] == '\r'))
            ++next;
        if (next < json.size() && json[next] == ':')
            key = text;
        else if (key == language || !IsInterfaceLanguage(key))
            builder.AddText(text.data(), text.data() + text.size());
        i = end;
    }
}

// The first atlas's ranges for `language`: printable ASCII and the characters of the built-in texts
// in that language (its catalog and index texts, the English ones that fill their gaps, the other
// embedded JSON files' strings); ImGui skips what the font lacks. Built once per language.
const ImWchar* BuiltInTextRanges(std::string_view language) {
    static ImVector<ImWchar> ranges;
    static std::string rangesLanguage;
    if (ranges.empty() || rangesLanguage != language) {
        ImFontGlyphRangesBuilder builder;
        for (ImWchar c = 0x20; c < 0x7F; ++c) builder.AddChar(c);
        for (const embedded::File& file : embedded::AllFiles{}) {
            const std::string_view name(file.name);
            if (name.size() <= 5 || name.substr(name.size() - 5) != ".json") continue;
            // A catalog ("pl.json") or a part of the index ("icc-2019.pl.json") of another language.
            const std::string_view stem = name.substr(0, name.size() - 5);
            const std::size_t dot = stem.rfind('.');
            const std::string_view of = dot == std::string_view::npos ? stem : stem.substr(dot + 1);
            if (IsInterfaceLanguage(of) && of != language && of != "en") continue;
            AddShownStrings(builder, file.Text(), language);
        }
        ranges.clear();
        builder.BuildRanges(&ranges);
        rangesLanguage = std::string(language);
    }
    return ranges.Data;
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
