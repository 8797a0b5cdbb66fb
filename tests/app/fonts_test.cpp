// The font atlases: the first frame's (only the characters of the built-in texts, quick to
// rasterise) and the complete one the app builds a frame later, for whatever users type.
#include "app/fonts.h"
#include "ui_harness.h"

#include <gtest/gtest.h>
#include <imgui.h>

namespace icc {
namespace {

// U+0402 CYRILLIC CAPITAL LETTER DJE (Serbian): in the font's Cyrillic range, in no built-in text.
constexpr ImWchar kDje = 0x0402;

TEST(Fonts, TheFirstAtlasHoldsTheCharactersOfTheBuiltInTextsInTheInterfaceLanguage) {
    ImGuiContext* context = ImGui::CreateContext();
    Fonts polish = LoadFonts(1, Glyphs::BuiltInTexts, "pl");
    for (ImFont* font : {polish.body, polish.bold, polish.title, polish.heading}) {
        EXPECT_NE(font->FindGlyphNoFallback('A'), nullptr);
        EXPECT_NE(font->FindGlyphNoFallback(0x0142), nullptr) << "ł, of the Polish catalog";
        EXPECT_NE(font->FindGlyphNoFallback(0x2013), nullptr) << "–, of the index's title";
        EXPECT_EQ(font->FindGlyphNoFallback(0x0454), nullptr) << "є, of the Ukrainian texts only";
        EXPECT_EQ(font->FindGlyphNoFallback(kDje), nullptr);
    }
    Fonts ukrainian = LoadFonts(1, Glyphs::BuiltInTexts, "uk");
    EXPECT_NE(ukrainian.body->FindGlyphNoFallback(0x0454), nullptr) << "є, of the Ukrainian texts";
    Fonts all = LoadFonts(1, Glyphs::All);
    for (ImFont* font : {all.body, all.bold, all.title, all.heading}) {
        EXPECT_NE(font->FindGlyphNoFallback(kDje), nullptr);
        EXPECT_NE(font->FindGlyphNoFallback(0x0454), nullptr);
    }
    ImGui::DestroyContext(context);
}

TEST(Fonts, TheAppHasEveryGlyphFromItsSecondFrame) {
    UiHarness ui;  // draws three frames
    EXPECT_FALSE(ui.app.FontsNeedRebuild());
    EXPECT_NE(ImGui::GetIO().Fonts->Fonts[0]->FindGlyphNoFallback(kDje), nullptr);
}

}  // namespace
}  // namespace icc
