// What the interface remembers that is not part of the assessment: never saved, never exported.
#pragma once

#include "app/results_model.h"

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
    std::string draftsFor;             // the assessment the drafts belong to
    // City profile fields while they are edited.
    std::string cityName;
    std::string cityPopulation;
    std::string cityForeignBorn;
    std::string profileFor;
    ResultsCache results;
    // What a file the user picks is for.
    enum class FilePurpose { Import, Earlier, Benchmarks } filePurpose = FilePurpose::Import;
};

}  // namespace icc
