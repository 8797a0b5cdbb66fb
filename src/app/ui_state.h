// What the interface remembers that is not part of the assessment: never saved, never exported.
#pragma once

#include "app/results_model.h"
#include "core/value_rules.h"

#include <array>

#include <map>
#include <string>

namespace icc {

enum class Screen { Start, Profile, Questionnaire, Results, Settings };

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
    ResultsCache results;
    // The session's notice in the interface's language, made once per notice and language.
    std::string noticeText;
    unsigned noticeGeneration = 0;
    std::string noticeLanguage;
    // What a file the user picks is for.
    enum class FilePurpose { Import, Earlier, Benchmarks } filePurpose = FilePurpose::Import;
};

}  // namespace icc
