// What the interface remembers that is not part of the assessment: never saved, never exported.
#pragma once

#include "app/results_model.h"
#include "core/value_rules.h"

#include <imgui.h>

#include <array>
#include <map>
#include <string>
#include <vector>

namespace icc {

enum class Screen { Start, Profile, Questionnaire, Results, Plan, Settings, Merge };

// The text field the browser is editing: while `target` is set, a DOM field laid over it
// (shell/icc-text.js) does the typing and its text arrives here (src/app/text_field.cpp).
struct BrowserEdit {
    bool available = false;   // the page has such an editor (the web build; not the native tests)
    float pixelRatio = 1;
    std::string target;       // the field being edited ("city.name", "evidence:<question id>"), or empty
    unsigned windowId = 0;    // the ImGui window holding it
    ImVec2 min, max;          // the field, in device pixels, as last drawn
    bool seen = false;        // the field was drawn this frame
    bool tapped = false;      // started by a tap: ImGui's focus moves to the field when it is drawn
    bool sendText = false;    // the page's editor needs the field's text (and the selection) anew
    bool focus = false;       // the page's editor must take the keyboard focus
    int selectionStart = 0, selectionEnd = 0;  // UTF-16 offsets, sent with the text
    bool textArrived = false;
    std::string arrived;      // text from the page's editor, for the field's next frame
    std::string pageText;     // what the page's editor holds
    std::string view;         // the editor's place and look (JSON), sent again only when it changes
    bool viewChanged = false;
    bool shown = false;       // the page's editor is showing
};

// Where a text field was drawn in the last frame (visible part, CSS pixels), for a tap to find it.
struct TextFieldPlace {
    std::string target;
    ImVec2 min, max;
};

struct UiState {
    Screen screen = Screen::Start;
    Screen screenBeforeSettings = Screen::Start;
    bool sidebarOpen = false;          // narrow screens: the areas menu is open
    std::string confirmDeleteId;       // the saved assessment awaiting "really delete?"
    bool confirmDeleteAll = false;
    int scrollToQuestion = -1;         // scroll this question of the area into view once
    bool scrollToTop = false;
    bool readOnly = false;             // a published results page (?view=results): nothing can change
    // Text being edited (evidence, numbers), by question id, so that typing never copies the
    // model each frame.
    std::map<std::string, std::string> evidenceDrafts;
    std::map<std::string, std::string> numberDrafts;
    // What is wrong with a draft the Session did not take (shown beside its field, which keeps
    // the typed text), by question id.
    std::map<std::string, ValueProblem> numberProblems;
    std::map<std::string, ValueProblem> evidenceProblems;
    std::string draftsFor;             // the assessment the drafts belong to
    // City profile fields while they are edited, by CityField, and what is wrong with each.
    std::array<std::string, 4> cityDrafts;
    std::array<ValueProblem, 4> cityProblems;
    std::string profileFor;
    std::string confirmDeleteBackup;   // the backup awaiting a second press of Delete
    // Who uses this browser (Settings), and a contributor being added (the profile), as typed.
    std::string userNameDraft;
    bool userNameLoaded = false;
    ValueProblem userNameProblem;
    std::string newContributor;
    std::vector<std::string> shareAreas;  // the areas chosen for "Share a part", by id
    ResultsCache results;
    PublishedCache published;
    // The plan screen: the area shown, the texts of actions as typed (by "plan.<field>:<action id>",
    // with the action's updatedAt they were taken from, so a change elsewhere replaces them),
    // and the action whose "add a target" picker is open, with the question chosen in it.
    std::string planArea;
    struct PlanDraft {
        std::string text;
        std::string stamp;
    };
    std::map<std::string, PlanDraft> planDrafts;
    std::string planTargetAction;
    std::string planTargetQuestion;
    std::string planTargetNumber;
    // The session's notice in the interface's language, made once per notice and language.
    std::string noticeText;
    unsigned noticeGeneration = 0;
    std::string noticeLanguage;
    BrowserEdit edit;
    std::vector<TextFieldPlace> textFields;  // slots reused frame after frame (their strings keep their capacity)
    size_t textFieldsUsed = 0;
    // What a file the user picks is for.
    enum class FilePurpose { Import, Earlier, Benchmarks } filePurpose = FilePurpose::Import;
};

}  // namespace icc
