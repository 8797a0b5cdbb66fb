// The results screen's charts, drawn with ImDrawList from the same geometry as the report's SVG.
// Colour is never the only cue: every value is written as text, and each kind of average has its
// own marker shape (diamond: whole sample, triangle: size group, circle: diversity group).
#pragma once

#include "app/results_model.h"
#include "app/ui.h"

#include <optional>
#include <string>
#include <vector>

namespace icc {

struct ChartLegend {
    const char* score;
    const char* sample;
    const char* sizeGroup;
    const char* diversityGroup;
    const char* noScore;
};

// Horizontal bars, one row per area, with benchmark markers and the values as text.
void DrawBarChart(const Ui& ui, const std::vector<ChartRow>& rows, const ChartLegend& legend);
// A radar of the scores: axis n is row n (numbered as in the bar chart).
void DrawRadarChart(const Ui& ui, const std::vector<ChartRow>& rows, const ChartLegend& legend);
// Bars of the change since an earlier assessment, growing left (worse) or right (better) of zero.
void DrawChangeChart(const Ui& ui, const std::vector<std::string>& labels,
                     const std::vector<std::optional<double>>& changes, const std::vector<std::string>& texts);

}  // namespace icc
