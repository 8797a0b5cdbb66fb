// The few widgets the screens share, built on ImGui: buttons in the app's two weights, headings,
// cards, answer rows with large click targets, and a labelled progress bar.
#pragma once

#include "app/ui.h"

#include <imgui.h>

namespace icc {

// A filled accent-coloured button for the main action of a screen.
bool PrimaryButton(const Ui& ui, const char* label, ImVec2 size = ImVec2(0, 0));
// The ordinary button, for secondary actions, `padding` CSS pixels either side of its label.
bool SecondaryButton(const Ui& ui, const char* label, ImVec2 size = ImVec2(0, 0), float padding = 16);
// Before a secondary button in a row: beside the item before it where it fits the line, else on the
// next line, so that a row of buttons wraps on a narrow screen instead of running off its edge.
void SameLineIfFits(const Ui& ui, const char* nextButton, float padding = 16);
// A screen title, and a section heading.
void Title(const Ui& ui, const char* text);
void Heading(const Ui& ui, const char* text);
// Wrapped text in the muted colour (help, explanations).
void MutedText(const Ui& ui, const char* text);
// What is wrong with the field above, in the error colour (nothing when `problem` is ok).
void FieldProblem(const Ui& ui, const ValueProblem& problem);
// Opens the browser's file picker for a JSON file; what the user picks goes to `purpose`.
void PickFile(Ui& ui, UiState::FilePurpose purpose);
// Wrapped text in the body colour, and in bold (a question put to the user); both in the mirror.
void BodyText(const Ui& ui, const char* text);
void StrongText(const Ui& ui, const char* text);
// A bordered panel whose height follows its content; pair with EndCard.
void BeginCard(const Ui& ui, const char* id);
void EndCard();
// One answer option as a full-width row with a radio circle or a check box. Returns true when
// the user chose it (click, Space or Enter).
bool AnswerRow(const Ui& ui, const char* label, bool selected, bool checkbox);
// Says what the last item is: for the accessible mirror (Semantics) and, in test builds, for
// ImGui's item hooks that the UI tests use to find widgets by label.
// Text fields name their `target` ("city.name", "evidence:<question id>") so the mirror can edit them.
void Describe(const Ui& ui, Role role, const char* label, bool checked = false, const char* description = nullptr,
              const char* target = nullptr);
// The second step of a deletion: `question`, then a button `confirm` and Cancel. Returns Confirmed
// or Cancelled on the frame the user chose, Waiting before.
enum class Confirmation { Waiting, Confirmed, Cancelled };
Confirmation ConfirmDeletion(const Ui& ui, const char* question, const char* confirm);
// A progress bar with its text beside it ("12 of 86").
void Progress(const Ui& ui, float fraction, const char* text, float width);
// A scrolling region whose content is centred at a readable maximum width; pair with EndColumn.
void BeginColumn(const Ui& ui, const char* id, float maxCssWidth, ImVec2 size);
void EndColumn();

}  // namespace icc
