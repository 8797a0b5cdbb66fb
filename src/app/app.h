// The whole user interface: owns the Session (the model) and the state that is only about the
// screen (which screen, open menus, text being edited), and draws one ImGui frame of it.
#pragma once

#include "app/fonts.h"
#include "app/semantics.h"
#include "app/embedded_files.h"
#include "model/session.h"
#include "app/theme.h"
#include "app/ui_state.h"

#include <optional>
#include <string>

namespace icc {

// The session's notices, oldest first, one a line, in the interface's language.
std::string NoticesText(const Session& session);

class App {
public:
    explicit App(Platform& platform);

    // Loads the data and the saved state; call once ImGui's context exists.
    void Start();
    // The canvas's width in CSS pixels and the device pixel ratio.
    void SetDisplay(float cssWidth, float pixelRatio);
    bool FontsNeedRebuild() const;
    void RebuildFonts();

    // Draws one frame (between ImGui::NewFrame and ImGui::Render).
    void Frame();
    ImVec4 ClearColour() const;
    // True while something on screen still changes without input (a frame asked for another).
    bool WantsAnotherFrame() const { return wantsAnotherFrame_; }
    // Seconds until the app needs a frame without input (autosave, tooltips), or -1.
    double SecondsUntilWake() const;
    // Scrolls what is under (x, y) by a finger's drag of `deltaY` (all in CSS pixels).
    void TouchScroll(float x, float y, float deltaY);
    // Whether the mouse wheel would scroll something under the mouse (direction -1 up, 1 down).
    bool CanScrollUnderMouse(int direction) const;

    void OnPersistenceKnown(int granted) { session_.OnPersistenceKnown(granted); }
    // A file from the app's own picker goes where the picker was opened for (UiState::filePurpose);
    // any other (a drop, iccIndex.openFile) is an import.
    void OnFileOpened(const std::string& name, const std::string& content, const std::string& problem, bool fromPicker);
    // window.iccIndex calls: a JSON request {"call": name, ...}, a JSON answer.
    std::string HandleApiCall(const std::string& request);
    // Whether the last API call may have changed what is on screen (so frames must be drawn).
    bool ApiCallChangedSomething() const { return apiChanged_; }

    // The browser's editing of text fields (src/app/text_field.cpp, shell/icc-text.js).
    enum class EditorExit { Elsewhere, Tab, ShiftTab, Keyboard };
    // The page has an editor to lay over text fields (the web build).
    void EnableBrowserEditing();
    // What the page's editor must show after this frame (JSON: the field, its place and look, and
    // its text when that is new), or an empty string when nothing changed.
    std::string TakeEditorUpdate();
    // The text in the page's editor of `target` changed.
    void OnEditorText(const std::string& target, std::string text);
    // The page's editor of `target` was left: focus went elsewhere, Tab or Shift+Tab (on to the
    // next control), or Escape or Enter (the keyboard back on the field in the canvas).
    void OnEditorLeft(const std::string& target, EditorExit how);
    // A tap or a right press at (x, y), CSS pixels: if a text field is there, its editing starts
    // (the next frame sends it to the page). Returns whether there was one.
    bool EditTextFieldAt(float x, float y);
    // Scrolls so that the field being edited lies between `top` and `bottom` (CSS pixels of the
    // canvas): what the phone's keyboard leaves of the screen.
    void KeepEditedFieldVisible(float top, float bottom);

    Session& GetSession() { return session_; }
    UiState& GetUiState() { return ui_; }
    Semantics& GetSemantics() { return semantics_; }

private:
    void ApplyStyle();
    void AnnounceChanges();
    // A file the page could not hand over: `problem` is the page's code for why (docs/API.md,
    // "Problem codes"), and the notice says it in the user's language.
    void ReportFileProblem(const std::string& name, const std::string& problem);
    // The accessible mirror's actions (src/app/mirror_actions.cpp). A press or a focus of an item
    // in a card out of view first scrolls the card into view, and reaches the item on a later frame.
    bool ActivateItem(unsigned id);
    bool FocusItem(unsigned id);
    void ReachItem(const SemanticItem& item, bool press);
    void ReachPendingItem();
    // The caller checks that an assessment is open and editable.
    ValueProblem SetText(const std::string& target, const std::string& text);
    ThemeId EffectiveTheme() const;
    void EndFrameEditing();

    Platform& platform_;
    EmbeddedFiles files_;
    Session session_;
    UiState ui_;
    Semantics semantics_;
    Fonts fonts_;
    const Palette* palette_ = nullptr;
    float cssWidth_ = 1024;
    float pixelRatio_ = 1;
    float fontScale_ = 0;  // the scale the fonts were built for
    bool fontsComplete_ = false;  // every glyph of the font, not only the built-in texts'
    ThemeId styledTheme_ = ThemeId::Light;
    float styledScale_ = 0;
    bool wantsAnotherFrame_ = false;
    unsigned framesDrawn_ = 0;
    bool apiChanged_ = false;
    struct PendingReach {
        Role role;
        std::string label;
        int ordinal;  // among the items with this role and label
        int framesLeft;
        bool press;  // or only focus
    };
    std::optional<PendingReach> pendingReach_;
    float scrollUpRoom_ = 0, scrollDownRoom_ = 0;
    std::string announcedStorageProblem_;
    unsigned announcedSaves_ = 0;
};

}  // namespace icc
