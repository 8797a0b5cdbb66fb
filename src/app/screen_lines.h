// Draws the results screen's prepared lines (results_model.h), and tells the accessible mirror
// what a line holds when it is not drawn.
#pragma once

#include "app/results_model.h"
#include "app/ui.h"

namespace icc {

// Draws `line`, telling the mirror what it holds as it goes.
void DrawLine(const Ui& ui, const ResultsLine& line);
// What DrawLine tells the mirror, without drawing.
void DescribeLine(Semantics& mirror, const ResultsLine& line);

}  // namespace icc
