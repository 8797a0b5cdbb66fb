// What every screen's draw function gets: the model, the screen state, the look, and the text.
// Screens read the Session and call its methods; they keep no state of their own.
#pragma once

#include "app/fonts.h"
#include "app/semantics.h"
#include "model/session.h"
#include "app/theme.h"
#include "app/ui_state.h"

namespace icc {

struct Ui {
    Session& session;
    UiState& state;
    Platform& platform;
    Semantics& semantics;
    const Fonts& fonts;
    const Palette& palette;
    float scale;  // device pixels per CSS pixel, times the text size
    bool narrow;  // below the width where the sidebar fits beside the content

    // The interface text for `key` in the current language.
    const char* Wording(const char* key) const { return session.Text().Get(key); }
    // Index text in the current language (English when untranslated).
    const std::string& IndexText(const LocalizedText& text) const { return text.Get(session.Language()); }
    // Device pixels for a length in CSS pixels, at the text size.
    float Pixels(float cssPixels) const { return cssPixels * scale; }
};

// The parts of the window, in src/app/*_screen.cpp and friends.
void DrawTopBar(Ui& ui);
void DrawSidebar(Ui& ui);
void DrawStatusBar(Ui& ui);
void DrawStartScreen(Ui& ui);
void DrawProfileScreen(Ui& ui);
void DrawQuestionnaireScreen(Ui& ui);
void DrawResultsScreen(Ui& ui);
void DrawSettingsScreen(Ui& ui);
// The merge review of a colleague's file (Session::Review()).
void DrawMergeScreen(Ui& ui);
// The question asked when an import meets an assessment already saved here, and when the open
// assessment's unsaved changes would be replaced.
void DrawImportDecision(Ui& ui);
void DrawReplacementDecision(Ui& ui);
// The last notice (an import, a URL option, storage), under the top bar on every screen.
void DrawNotice(Ui& ui);

}  // namespace icc
