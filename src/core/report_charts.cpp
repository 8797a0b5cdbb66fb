#include "core/report_charts.h"

#include "core/chart_geometry.h"
#include "core/html_escape.h"
#include "core/score_explanation.h"

#include <algorithm>
#include <cmath>

namespace icc {
namespace {

constexpr double kChartWidth = 780;
constexpr double kLegendLineHeight = 22;
const char kScoreFill[] = "#1f5aa6";

// How each kind of marker is drawn: colour, and dash pattern of its radar outline.
struct MarkerStyle {
    ChartMarker shape;
    const char* fill;
    const char* dash;
};
const MarkerStyle kMarkerStyles[] = {
    {ChartMarker::Diamond, "#1b1b1b", "6 4"},
    {ChartMarker::Triangle, "#b5462b", "2 3"},
    {ChartMarker::Circle, "#2f7d4f", "9 3 2 3"},
};
constexpr std::size_t kMaxSeries = sizeof kMarkerStyles / sizeof kMarkerStyles[0];

const MarkerStyle& StyleOf(const ChartSeries& series) { return kMarkerStyles[static_cast<std::size_t>(series.marker) % kMaxSeries]; }

std::string N(double value) { return FormatNumber(value, 1); }

std::string Text(const std::string& text) { return EscapeHtmlContained(text); }

std::size_t CodePoints(const std::string& text) {
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

// A marker of `style`'s shape centred on (x, y).
std::string Marker(const MarkerStyle& style, double x, double y, double size) {
    const std::string paint = "\" fill=\"" + std::string(style.fill) + "\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>";
    if (style.shape == ChartMarker::Circle)
        return "<circle cx=\"" + N(x) + "\" cy=\"" + N(y) + "\" r=\"" + N(size * 0.8) + paint;
    if (style.shape == ChartMarker::Triangle)
        return "<path d=\"M" + N(x) + " " + N(y - size) + "L" + N(x + size) + " " + N(y + size * 0.8) + "L" +
               N(x - size) + " " + N(y + size * 0.8) + "Z" + paint;
    return "<path d=\"M" + N(x) + " " + N(y - size) + "L" + N(x + size) + " " + N(y) + "L" + N(x) + " " +
           N(y + size) + "L" + N(x - size) + " " + N(y) + "Z" + paint;
}

std::string OpenSvg(const ScoreChart& chart, double height) {
    const std::string id = EscapeHtml(chart.id);
    return "<svg class=\"chart\" role=\"img\" aria-labelledby=\"" + id + "-title " + id + "-desc\" viewBox=\"0 0 " +
           N(kChartWidth) + " " + N(height) + "\" width=\"" + N(kChartWidth) + "\" height=\"" + N(height) +
           "\" preserveAspectRatio=\"xMidYMin meet\">\n<title id=\"" + id + "-title\">" + Text(chart.title) +
           "</title>\n<desc id=\"" + id + "-desc\">" + Text(chart.description) + "</desc>\n";
}

std::size_t SeriesCount(const ScoreChart& chart) { return std::min(chart.benchmarks.size(), kMaxSeries); }

// Lines needed by the legend (the score swatch, then one entry per series), wrapping at the width.
struct LegendEntry {
    double x = 0;
    std::size_t line = 0;
};
std::vector<LegendEntry> LayOutLegend(const ScoreChart& chart, double left, double right) {
    std::vector<LegendEntry> entries;
    double x = left;
    std::size_t line = 0;
    for (std::size_t i = 0; i <= SeriesCount(chart); ++i) {
        const std::string& text = i == 0 ? chart.scoreLegend : chart.benchmarks[i - 1].legend;
        const double width = 24 + 7.2 * static_cast<double>(CodePoints(text)) + 24;
        if (x > left && x + width > right) x = left, ++line;
        entries.push_back({x, line});
        x += width;
    }
    return entries;
}

std::string Legend(const ScoreChart& chart, const std::vector<LegendEntry>& entries, double top, bool radar) {
    std::string svg = "<g class=\"legend\" font-size=\"12\">\n";
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const double y = top + kLegendLineHeight * static_cast<double>(entries[i].line);
        const double x = entries[i].x;
        if (i == 0) {
            svg += radar ? "<rect x=\"" + N(x) + "\" y=\"" + N(y - 6) + "\" width=\"16\" height=\"12\" fill=\"" +
                               std::string(kScoreFill) + "\" fill-opacity=\"0.25\" stroke=\"" + kScoreFill +
                               "\" stroke-width=\"2\"/>"
                         : "<rect x=\"" + N(x) + "\" y=\"" + N(y - 6) + "\" width=\"16\" height=\"12\" fill=\"" +
                               std::string(kScoreFill) + "\"/>";
            svg += "<text x=\"" + N(x + 22) + "\" y=\"" + N(y + 4) + "\">" + Text(chart.scoreLegend) + "</text>\n";
            continue;
        }
        const MarkerStyle& style = StyleOf(chart.benchmarks[i - 1]);
        if (radar)
            svg += "<line x1=\"" + N(x - 4) + "\" y1=\"" + N(y) + "\" x2=\"" + N(x + 20) + "\" y2=\"" + N(y) +
                   "\" stroke=\"" + style.fill + "\" stroke-width=\"1.5\" stroke-dasharray=\"" + style.dash + "\"/>";
        svg += Marker(style, x + 8, y, 6);
        svg += "<text x=\"" + N(x + 22) + "\" y=\"" + N(y + 4) + "\">" + Text(chart.benchmarks[i - 1].legend) +
               "</text>\n";
    }
    return svg + "</g>\n";
}

// Splits `text` at spaces into lines of about `width` characters (a long word stays whole).
std::vector<std::string> WrapLabel(const std::string& text, std::size_t width) {
    std::vector<std::string> lines;
    std::string line;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find(' ', start);
        if (end == std::string::npos) end = text.size();
        const std::string word = text.substr(start, end - start);
        if (!line.empty() && CodePoints(line) + 1 + CodePoints(word) > width) {
            lines.push_back(line);
            line.clear();
        }
        line += (line.empty() ? "" : " ") + word;
        start = end + 1;
    }
    if (!line.empty() || lines.empty()) lines.push_back(line);
    return lines;
}

// The score of area `area`, or nullptr when it has none.
const double* ScoreOf(const ScoreChart& chart, std::size_t area) {
    return area < chart.scores.size() && chart.scores[area] ? &*chart.scores[area] : nullptr;
}

// The attributes and text of the value written beside area `area`: its percent, or "no score".
std::string ValueLabel(const ScoreChart& chart, std::size_t area) {
    const double* score = ScoreOf(chart, area);
    return score ? " font-weight=\"700\">" + FormatPercent(*score) : " font-style=\"italic\">" + Text(chart.noScoreLabel);
}

// Where a radar label goes: anchor point, alignment, lines, and the box it covers (estimated from
// the number of characters, 12-unit font).
struct RadarLabel {
    ChartPoint at;
    double firstBaseline = 0;
    const char* anchor = "middle";
    std::vector<std::string> lines;  // the title's lines; the value follows on a line of its own
    double left = 0, right = 0, top = 0, bottom = 0;

    bool Overlaps(const RadarLabel& other) const {
        const double gap = 8;  // between the words of neighbouring labels
        return left < other.right + gap && other.left < right + gap && top < other.bottom && other.top < bottom;
    }
};

constexpr double kRadarLineHeight = 14;

// The label of axis `axis` placed `distance` from the centre: above the axis end at the top, below it
// at the bottom, centred on it at the sides; only labels straight above or below the centre are
// centred, their neighbours grow away from them.
RadarLabel PlaceRadarLabel(const RadarGeometry& geometry, std::size_t axis, double distance,
                           std::vector<std::string> lines) {
    RadarGeometry ring = geometry;
    ring.radius = distance;
    const double angle = geometry.AngleOf(axis);
    const double across = std::sin(angle), up = std::cos(angle);
    RadarLabel label;
    label.at = ring.PointAt(axis, 100);
    label.anchor = across > 0.05 ? "start" : across < -0.05 ? "end" : "middle";
    label.lines = std::move(lines);
    std::size_t widest = 5;  // the value line, "100%"
    for (const std::string& line : label.lines) widest = std::max(widest, CodePoints(line));
    const double width = 7 * static_cast<double>(widest);
    const double spread = kRadarLineHeight * static_cast<double>(label.lines.size());  // first to last baseline
    label.firstBaseline = label.at.y + 4 - spread / 2 - up * (spread / 2 + 8);
    label.left = across > 0.05 ? label.at.x : across < -0.05 ? label.at.x - width : label.at.x - width / 2;
    label.right = label.left + width;
    label.top = label.firstBaseline - 11;
    label.bottom = label.firstBaseline + spread + 3;
    return label;
}

// Every axis's label, each moved outwards along its axis until it clears the labels placed before it.
std::vector<RadarLabel> LayOutRadarLabels(const ScoreChart& chart, const RadarGeometry& geometry) {
    std::vector<RadarLabel> labels;
    for (std::size_t axis = 0; axis < geometry.axisCount; ++axis) {
        const std::vector<std::string> lines = WrapLabel(chart.labels[axis], 20);
        RadarLabel label = PlaceRadarLabel(geometry, axis, geometry.radius + 14, lines);
        for (int step = 1; step <= 12; ++step) {
            const bool clear = std::none_of(labels.begin(), labels.end(),
                                            [&label](const RadarLabel& placed) { return placed.Overlaps(label); });
            if (clear) break;
            label = PlaceRadarLabel(geometry, axis, geometry.radius + 14 + 6 * step, lines);
        }
        labels.push_back(std::move(label));
    }
    return labels;
}

}  // namespace

std::string BarChartSvg(const ScoreChart& chart) {
    BarChartGeometry geometry;
    geometry.plotLeft = 282;
    geometry.plotWidth = 400;
    geometry.top = 34;
    geometry.rowHeight = 25;
    geometry.barHeight = 16;
    const std::size_t rows = chart.labels.size();
    const double plotBottom = geometry.top + geometry.rowHeight * static_cast<double>(rows);
    const std::vector<LegendEntry> legend = LayOutLegend(chart, geometry.plotLeft - 200, kChartWidth - 10);
    const double legendTop = plotBottom + 30;
    const double height = legendTop + kLegendLineHeight * static_cast<double>(legend.back().line) + 16;

    std::string svg = OpenSvg(chart, height);
    svg += "<g class=\"scale\" font-size=\"11\" fill=\"#5a6472\">\n";
    for (int tick = 0; tick <= 100; tick += 25) {
        const double x = geometry.XFor(tick);
        svg += "<line x1=\"" + N(x) + "\" y1=\"" + N(geometry.top - 6) + "\" x2=\"" + N(x) + "\" y2=\"" +
               N(plotBottom) + "\" stroke=\"#c9d1db\" stroke-width=\"1\"" +
               (tick == 0 ? std::string() : std::string(" stroke-dasharray=\"3 3\"")) + "/>";
        svg += "<text x=\"" + N(x) + "\" y=\"" + N(geometry.top - 12) + "\" text-anchor=\"middle\">" +
               std::to_string(tick) + "%</text>\n";
    }
    svg += "</g>\n";
    for (std::size_t row = 0; row < rows; ++row) {
        const double y = geometry.RowCenter(row);
        svg += "<g class=\"row\">";
        svg += "<text x=\"" + N(geometry.plotLeft - 10) + "\" y=\"" + N(y + 4) +
               "\" text-anchor=\"end\" font-size=\"12.5\" fill=\"#1c2430\">" + Text(chart.labels[row]) + "</text>";
        const double* score = ScoreOf(chart, row);
        double labelX = geometry.plotLeft;
        if (score) {
            const ChartRect bar = geometry.Bar(row, *score);
            svg += "<rect x=\"" + N(bar.x) + "\" y=\"" + N(bar.y) + "\" width=\"" + N(bar.width) + "\" height=\"" +
                   N(bar.height) + "\" fill=\"" + kScoreFill + "\"/>";
            labelX = bar.x + bar.width;
        }
        for (std::size_t s = 0; s < SeriesCount(chart); ++s) {
            const std::vector<std::optional<double>>& values = chart.benchmarks[s].values;
            if (row >= values.size() || !values[row]) continue;
            const double x = geometry.XFor(*values[row]);
            svg += Marker(StyleOf(chart.benchmarks[s]), x, y, 7);
            labelX = std::max(labelX, x + 4);
        }
        svg += "<text x=\"" + N(labelX + 8) + "\" y=\"" + N(y + 4) + "\" font-size=\"12.5\" fill=\"#1c2430\"" +
               ValueLabel(chart, row) + "</text></g>\n";
    }
    svg += Legend(chart, legend, legendTop, false);
    return svg + "</svg>\n";
}

std::string PublishedChartSvg(const std::string& id, const std::string& title, const std::string& description,
                              const std::vector<PublishedBar>& bars) {
    BarChartGeometry geometry;
    geometry.plotLeft = 330;
    geometry.plotWidth = 360;
    geometry.top = 34;
    geometry.rowHeight = 24;
    geometry.barHeight = 15;
    const double height = geometry.top + geometry.rowHeight * static_cast<double>(bars.size()) + 12;
    ScoreChart frame;
    frame.id = id;
    frame.title = title;
    frame.description = description;
    std::string svg = OpenSvg(frame, height);
    svg += "<g class=\"scale\" font-size=\"11\" fill=\"#5a6472\">\n";
    for (int tick = 0; tick <= 100; tick += 25) {
        const double x = geometry.XFor(tick);
        svg += "<line x1=\"" + N(x) + "\" y1=\"" + N(geometry.top - 6) + "\" x2=\"" + N(x) + "\" y2=\"" +
               N(height - 12) + "\" stroke=\"#c9d1db\" stroke-width=\"1\"" +
               (tick == 0 ? std::string() : std::string(" stroke-dasharray=\"3 3\"")) + "/>";
        svg += "<text x=\"" + N(x) + "\" y=\"" + N(geometry.top - 12) + "\" text-anchor=\"middle\">" +
               std::to_string(tick) + "%</text>\n";
    }
    svg += "</g>\n";
    for (std::size_t row = 0; row < bars.size(); ++row) {
        const PublishedBar& bar = bars[row];
        const double y = geometry.RowCenter(row);
        const char* fill = bar.own ? kScoreFill : "#8a96a8";
        const std::string weight = bar.own ? " font-weight=\"700\"" : "";
        svg += "<g class=\"" + std::string(bar.own ? "row own" : "row") + "\"><text x=\"" + N(geometry.plotLeft - 10) +
               "\" y=\"" + N(y + 4) + "\" text-anchor=\"end\" font-size=\"12.5\" fill=\"#1c2430\"" + weight + ">" +
               Text(bar.label) + "</text>";
        const ChartRect low = geometry.Bar(row, bar.min);
        svg += "<rect x=\"" + N(low.x) + "\" y=\"" + N(low.y) + "\" width=\"" + N(low.width) + "\" height=\"" +
               N(low.height) + "\" fill=\"" + fill + "\"/>";
        const ChartRect high = geometry.Bar(row, bar.max);
        if (high.width > low.width)  // the range: from its lower to its upper end, lighter
            svg += "<rect x=\"" + N(low.x + low.width) + "\" y=\"" + N(low.y) + "\" width=\"" +
                   N(high.width - low.width) + "\" height=\"" + N(low.height) + "\" fill=\"" + fill +
                   "\" fill-opacity=\"0.35\"/>";
        svg += "<text x=\"" + N(high.x + high.width + 8) + "\" y=\"" + N(y + 4) +
               "\" font-size=\"12.5\" fill=\"#1c2430\"" + weight + ">" + Text(bar.value) + "</text></g>\n";
    }
    return svg + "</svg>\n";
}

std::string RadarChartSvg(const ScoreChart& chart) {
    const std::size_t axes = chart.labels.size();
    if (axes < 3) return {};
    RadarGeometry geometry;
    geometry.center = {kChartWidth / 2, 270};
    geometry.radius = 195;
    geometry.axisCount = axes;
    const std::vector<RadarLabel> labels = LayOutRadarLabels(chart, geometry);
    double labelsBottom = geometry.center.y + geometry.radius;
    for (const RadarLabel& label : labels) labelsBottom = std::max(labelsBottom, label.bottom);
    const std::vector<LegendEntry> legend = LayOutLegend(chart, 40, kChartWidth - 40);
    const double legendTop = labelsBottom + 30;
    const double height = legendTop + kLegendLineHeight * static_cast<double>(legend.back().line) + 16;
    const auto pointsOf = [](const std::vector<ChartPoint>& polygon) {
        std::string text;
        for (const ChartPoint& point : polygon) text += (text.empty() ? "" : " ") + N(point.x) + "," + N(point.y);
        return text;
    };

    std::string svg = OpenSvg(chart, height);
    svg += "<g class=\"grid\" fill=\"none\" stroke=\"#c9d1db\" stroke-width=\"1\">\n";
    for (int ring = 25; ring <= 100; ring += 25)
        svg += "<polygon points=\"" + pointsOf(geometry.Polygon(std::vector<double>(axes, ring))) + "\"" +
               (ring == 100 ? std::string() : std::string(" stroke-dasharray=\"3 3\"")) + "/>\n";
    for (std::size_t axis = 0; axis < axes; ++axis) {
        const ChartPoint end = geometry.PointAt(axis, 100);
        svg += "<line x1=\"" + N(geometry.center.x) + "\" y1=\"" + N(geometry.center.y) + "\" x2=\"" + N(end.x) +
               "\" y2=\"" + N(end.y) + "\"/>";
    }
    svg += "\n</g>\n<g class=\"scale\" font-size=\"10\" fill=\"#5a6472\">";
    RadarGeometry between = geometry;  // the scale sits halfway between the first two axes
    between.axisCount = 2 * axes;
    for (int ring = 25; ring <= 100; ring += 25) {
        const ChartPoint point = between.PointAt(1, ring);
        svg += "<text x=\"" + N(point.x) + "\" y=\"" + N(point.y + 4) + "\" text-anchor=\"middle\">" +
               std::to_string(ring) + "%</text>";
    }
    svg += "</g>\n";

    std::vector<double> scores(axes, 0);
    for (std::size_t axis = 0; axis < axes; ++axis)
        if (const double* score = ScoreOf(chart, axis)) scores[axis] = *score;
    const std::vector<ChartPoint> polygon = geometry.Polygon(scores);
    svg += "<polygon class=\"score\" points=\"" + pointsOf(polygon) + "\" fill=\"" + kScoreFill +
           "\" fill-opacity=\"0.22\" stroke=\"" + kScoreFill + "\" stroke-width=\"2.5\" stroke-linejoin=\"round\"/>\n";
    for (const ChartPoint& point : polygon)
        svg += "<circle cx=\"" + N(point.x) + "\" cy=\"" + N(point.y) + "\" r=\"3\" fill=\"" + kScoreFill + "\"/>";
    svg += "\n";

    for (std::size_t s = 0; s < SeriesCount(chart); ++s) {
        const std::vector<std::optional<double>>& values = chart.benchmarks[s].values;
        const bool complete = values.size() >= axes &&
                              std::all_of(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(axes),
                                          [](const std::optional<double>& value) { return value.has_value(); });
        if (complete) {
            std::vector<double> percents;
            for (std::size_t axis = 0; axis < axes; ++axis) percents.push_back(*values[axis]);
            svg += "<polygon points=\"" + pointsOf(geometry.Polygon(percents)) + "\" fill=\"none\" stroke=\"" +
                   StyleOf(chart.benchmarks[s]).fill + "\" stroke-width=\"1.5\" stroke-dasharray=\"" + StyleOf(chart.benchmarks[s]).dash +
                   "\"/>\n";
        }
        for (std::size_t axis = 0; axis < axes && axis < values.size(); ++axis) {
            if (!values[axis]) continue;
            const ChartPoint point = geometry.PointAt(axis, *values[axis]);
            svg += Marker(StyleOf(chart.benchmarks[s]), point.x, point.y, 6);
        }
        svg += "\n";
    }

    svg += "<g class=\"labels\" font-size=\"12\" fill=\"#1c2430\">\n";
    for (std::size_t axis = 0; axis < labels.size(); ++axis) {
        const RadarLabel& label = labels[axis];
        svg += "<text x=\"" + N(label.at.x) + "\" y=\"" + N(label.firstBaseline) + "\" text-anchor=\"" + label.anchor + "\">";
        for (std::size_t line = 0; line < label.lines.size(); ++line)
            svg += "<tspan x=\"" + N(label.at.x) + "\" dy=\"" + (line == 0 ? "0" : N(kRadarLineHeight)) + "\">" +
                   Text(label.lines[line]) + "</tspan>";
        svg += "<tspan x=\"" + N(label.at.x) + "\" dy=\"" + N(kRadarLineHeight) + "\"" + ValueLabel(chart, axis) +
               "</tspan></text>\n";
    }
    svg += "</g>\n";
    svg += Legend(chart, legend, legendTop, true);
    return svg + "</svg>\n";
}

}  // namespace icc
