// Text fields, edited by ImGui or by the browser. In the web build, while the user edits a text
// field of the app, a DOM <input> or <textarea> laid exactly over it (shell/icc-text.js) does the
// editing, so the system clipboard, IME composition, on-screen keyboards, dictation, spell check and
// undo work as in any web form. The ImGui widget stays underneath, inactive, and takes the
// browser's text as if it had been typed into it: the screens' code after the field is the same
// for both (validation, Session, autosave).
#pragma once

#include "app/ui.h"

#include <string>

namespace icc {

enum class TextKind {
    Line,     // one line of text
    Lines,    // several lines (evidence)
    Integer,  // a whole number (the year): the phone offers digits only
    Decimal,  // a number (population, percentages, number answers)
};

// A text field bound to `text`: `id` is its ImGui label ("##name"), `label` what it is called (for
// the accessible mirror and the browser's editor), `target` what it edits (as the mirror's setText
// names it). `width` in device pixels (0: ImGui's default), `height` for Lines (the width is then
// the whole row). Returns true when `text` changed this frame, typed in ImGui or in the browser.
bool TextField(Ui& ui, const char* id, const char* label, const char* target, TextKind kind, std::string& text,
               float width, float height = 0);

}  // namespace icc
