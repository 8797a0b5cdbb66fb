// The results screen's section on the published results of other cities (published_view.cpp).
#pragma once

#include "app/ui.h"

namespace icc {

// Draws the section, nothing when the index has no published results.
void DrawPublishedResults(const Ui& ui);

}  // namespace icc
