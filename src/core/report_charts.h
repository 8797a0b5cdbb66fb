// The report's score charts as inline SVG: a horizontal bar chart and a radar chart of the area
// scores, with benchmark averages as markers of distinct shapes. Each chart is an accessible image
// (role="img", <title> and <desc> as its text alternative) whose values are also written as text.
// Geometry: core/chart_geometry.h. All texts are plain text: they are escaped here.
#pragma once

#include "core/chart_geometry.h"

#include <optional>
#include <string>
#include <vector>

namespace icc {


// Averages drawn beside the scores, e.g. the whole sample's; absent figures are not drawn.
struct ChartSeries {
    std::string legend;
    ChartMarker marker = ChartMarker::Diamond;
    std::vector<std::optional<double>> values;  // one per area
};

struct ScoreChart {
    std::string id;           // unique in the document; prefixes the ids of <title> and <desc>
    std::string title;        // short name of the chart
    std::string description;  // the text alternative: every value the chart shows
    std::vector<std::string> labels;              // area titles
    std::vector<std::optional<double>> scores;    // percent per area; none: "no score"
    std::string scoreLegend;                      // what the bars/polygon show
    std::string noScoreLabel;                     // written where an area has no score
    std::vector<ChartSeries> benchmarks;          // up to 3, one per marker
};

// Bars from 0 to 100%, one row per area, the percent written after each bar.
std::string BarChartSvg(const ScoreChart& chart);

// One axis per area (at least 3), the city's scores as a polygon, the percent beside each label.
std::string RadarChartSvg(const ScoreChart& chart);

// One row of the published-results chart: a city's overall figure (or range), or the city's own
// estimate (`own`, drawn in the score colour with a heavier label).
struct PublishedBar {
    std::string label;  // "Oslo · 2017 · classic index"
    double min = 0, max = 0;
    std::string value;  // "85%" or "50–59%"
    bool own = false;
};

// Bars from 0 to 100%, highest first as given, a range as a bar with a lighter end.
std::string PublishedChartSvg(const std::string& id, const std::string& title, const std::string& description,
                              const std::vector<PublishedBar>& bars);

}  // namespace icc
