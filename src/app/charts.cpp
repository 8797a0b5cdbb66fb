#include "app/charts.h"

#include "core/chart_geometry.h"
#include "core/score_explanation.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace icc {

namespace {

ImVec2 At(ImVec2 origin, double x, double y) {
    return ImVec2(origin.x + static_cast<float>(x), origin.y + static_cast<float>(y));
}

void DrawMarker(ImDrawList* draw, ImVec2 c, float r, ChartMarker marker, ImU32 fill, ImU32 outline, float thickness) {
    switch (marker) {
    case ChartMarker::Diamond: {
        ImVec2 p[4] = {{c.x, c.y - r}, {c.x + r, c.y}, {c.x, c.y + r}, {c.x - r, c.y}};
        draw->AddConvexPolyFilled(p, 4, fill);
        draw->AddPolyline(p, 4, outline, ImDrawFlags_Closed, thickness);
        break;
    }
    case ChartMarker::Triangle:
        draw->AddTriangleFilled({c.x, c.y - r}, {c.x + r, c.y + r * 0.8f}, {c.x - r, c.y + r * 0.8f}, fill);
        draw->AddTriangle({c.x, c.y - r}, {c.x + r, c.y + r * 0.8f}, {c.x - r, c.y + r * 0.8f}, outline, thickness);
        break;
    case ChartMarker::Circle:
        draw->AddCircleFilled(c, r * 0.8f, fill);
        draw->AddCircle(c, r * 0.8f, outline, 0, thickness);
        break;
    }
}

struct Series {
    std::optional<double> ChartRow::*value;
    ChartMarker marker;
    const char* ChartLegend::*label;
};
const Series kSeries[] = {{&ChartRow::sample, ChartMarker::Diamond, &ChartLegend::sample},
                          {&ChartRow::sizeGroup, ChartMarker::Triangle, &ChartLegend::sizeGroup},
                          {&ChartRow::diversityGroup, ChartMarker::Circle, &ChartLegend::diversityGroup}};

ImU32 SeriesColour(const Ui& ui, ChartMarker marker) {
    return marker == ChartMarker::Diamond ? ui.palette.benchmark : ui.palette.benchmarkAlt;
}

bool HasSeries(const std::vector<ChartRow>& rows, std::optional<double> ChartRow::*value) {
    return std::any_of(rows.begin(), rows.end(), [&](const ChartRow& row) { return (row.*value).has_value(); });
}

// The legend: a swatch for the scores, a marker for each average that has a figure.
void DrawLegend(const Ui& ui, const std::vector<ChartRow>& rows, const ChartLegend& legend) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float size = ImGui::GetFontSize() * 0.8f;
    ImVec2 p = ImGui::GetCursorScreenPos();
    draw->AddRectFilled(ImVec2(p.x, p.y + size * 0.3f), ImVec2(p.x + size * 1.6f, p.y + size * 1.1f), ui.palette.accent, 2);
    ImGui::Dummy(ImVec2(size * 1.6f, size));
    ImGui::SameLine();
    ImGui::TextUnformatted(legend.score);
    for (const Series& series : kSeries) {
        if (!HasSeries(rows, series.value)) continue;
        ImGui::SameLine(0, ui.Pixels(20));
        p = ImGui::GetCursorScreenPos();
        DrawMarker(draw, ImVec2(p.x + size * 0.6f, p.y + ImGui::GetTextLineHeight() * 0.5f), size * 0.6f, series.marker,
                   SeriesColour(ui, series.marker), ImGui::GetColorU32(ImGuiCol_Text), 1.0f);
        ImGui::Dummy(ImVec2(size * 1.2f, size));
        ImGui::SameLine();
        ImGui::TextUnformatted(legend.*series.label);
    }
}

}  // namespace

void DrawBarChart(const Ui& ui, const std::vector<ChartRow>& rows, const ChartLegend& legend) {
    DrawLegend(ui, rows, legend);
    const float width = ImGui::GetContentRegionAvail().x;
    const float lineHeight = ImGui::GetTextLineHeight();
    const float labelWidth = std::min(width * 0.42f, ui.Pixels(330));
    const float valueWidth = ImGui::CalcTextSize("100%").x + ui.Pixels(8);
    BarChartGeometry geometry;
    geometry.plotLeft = labelWidth + ui.Pixels(12);
    geometry.plotWidth = std::max(ui.Pixels(60), width - static_cast<float>(geometry.plotLeft) - valueWidth - ui.Pixels(8));
    geometry.top = ui.Pixels(6);
    geometry.rowHeight = lineHeight + ui.Pixels(16);
    geometry.barHeight = lineHeight * 0.8;

    ImVec2 origin = ImGui::GetCursorScreenPos();
    const float height = static_cast<float>(geometry.top + geometry.rowHeight * static_cast<double>(rows.size())) + ui.Pixels(22);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImU32 grid = ImGui::GetColorU32(ImGuiCol_Separator);
    const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
    const float plotBottom = origin.y + height - ui.Pixels(22);
    for (int tick = 0; tick <= 100; tick += 25) {
        float x = origin.x + static_cast<float>(geometry.XFor(tick));
        draw->AddLine(ImVec2(x, origin.y), ImVec2(x, plotBottom), grid, tick == 0 ? ui.Pixels(1.5f) : ui.Pixels(1));
        std::string label = std::to_string(tick) + "%";
        float labelX = x - ImGui::CalcTextSize(label.c_str()).x * 0.5f;
        draw->AddText(ImVec2(labelX, plotBottom + ui.Pixels(3)), ui.palette.mutedText, label.c_str());
    }
    for (size_t i = 0; i < rows.size(); ++i) {
        const ChartRow& row = rows[i];
        const float centre = origin.y + static_cast<float>(geometry.RowCenter(i));
        std::string label = std::to_string(i + 1) + ". " + row.label;
        draw->PushClipRect(ImVec2(origin.x, centre - lineHeight), ImVec2(origin.x + labelWidth, centre + lineHeight), true);
        draw->AddText(ImVec2(origin.x, centre - lineHeight * 0.5f), text, label.c_str());
        draw->PopClipRect();
        if (row.score) {
            ChartRect bar = geometry.Bar(i, *row.score);
            draw->AddRectFilled(At(ImVec2(origin.x, origin.y), bar.x, bar.y),
                                At(ImVec2(origin.x, origin.y), bar.x + bar.width, bar.y + bar.height), ui.palette.accent,
                                ui.Pixels(3));
        }
        for (const Series& series : kSeries) {
            const std::optional<double>& value = row.*series.value;
            if (!value) continue;
            ImVec2 c(origin.x + static_cast<float>(geometry.XFor(*value)), centre);
            DrawMarker(draw, c, lineHeight * 0.42f, series.marker, SeriesColour(ui, series.marker), text, ui.Pixels(1.2f));
        }
        std::string value = row.score ? FormatPercent(*row.score) : legend.noScore;
        draw->AddText(ImVec2(origin.x + static_cast<float>(geometry.plotLeft + geometry.plotWidth) + ui.Pixels(8),
                             centre - lineHeight * 0.5f),
                      text, value.c_str());
    }
    ImGui::Dummy(ImVec2(width, height));
}

void DrawRadarChart(const Ui& ui, const std::vector<ChartRow>& rows, const ChartLegend& legend) {
    if (rows.size() < 3) return;
    DrawLegend(ui, rows, legend);
    const float width = ImGui::GetContentRegionAvail().x;
    const float side = std::min(width, ui.Pixels(560));
    const float labelRoom = ImGui::CalcTextSize("17 · 100%").x + ui.Pixels(10);
    ImVec2 origin = ImGui::GetCursorScreenPos();
    RadarGeometry geometry;
    geometry.center = {origin.x + width * 0.5, origin.y + side * 0.5};
    geometry.radius = std::max(ui.Pixels(40), side * 0.5f - labelRoom);
    geometry.axisCount = rows.size();

    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImU32 grid = ImGui::GetColorU32(ImGuiCol_Separator);
    const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
    std::vector<ImVec2> points(rows.size());
    for (int ring = 25; ring <= 100; ring += 25) {
        for (size_t axis = 0; axis < rows.size(); ++axis) {
            ChartPoint p = geometry.PointAt(axis, ring);
            points[axis] = ImVec2(static_cast<float>(p.x), static_cast<float>(p.y));
        }
        draw->AddPolyline(points.data(), static_cast<int>(points.size()), grid, ImDrawFlags_Closed,
                          ring == 100 ? ui.Pixels(1.5f) : ui.Pixels(1));
    }
    const ImVec2 centre(static_cast<float>(geometry.center.x), static_cast<float>(geometry.center.y));
    for (size_t axis = 0; axis < rows.size(); ++axis) {
        ChartPoint end = geometry.PointAt(axis, 100);
        draw->AddLine(centre, ImVec2(static_cast<float>(end.x), static_cast<float>(end.y)), grid, ui.Pixels(1));
    }
    // The city's polygon: a fan of triangles from the centre (the shape need not be convex).
    for (size_t axis = 0; axis < rows.size(); ++axis) {
        ChartPoint p = geometry.PointAt(axis, rows[axis].score.value_or(0));
        points[axis] = ImVec2(static_cast<float>(p.x), static_cast<float>(p.y));
    }
    const ImU32 fill = (ui.palette.accent & 0x00FFFFFF) | (0x40u << 24);
    for (size_t axis = 0; axis < rows.size(); ++axis)
        draw->AddTriangleFilled(centre, points[axis], points[(axis + 1) % rows.size()], fill);
    draw->AddPolyline(points.data(), static_cast<int>(points.size()), ui.palette.accent, ImDrawFlags_Closed, ui.Pixels(2.5f));
    for (size_t axis = 0; axis < rows.size(); ++axis) {
        draw->AddCircleFilled(points[axis], ui.Pixels(3.5f), ui.palette.accent);
        for (const Series& series : kSeries) {
            const std::optional<double>& value = rows[axis].*series.value;
            if (!value) continue;
            ChartPoint p = geometry.PointAt(axis, *value);
            DrawMarker(draw, ImVec2(static_cast<float>(p.x), static_cast<float>(p.y)), ui.Pixels(6), series.marker,
                       SeriesColour(ui, series.marker), text, ui.Pixels(1.2f));
        }
        // "3 · 58%": the axis number (as in the bar chart) and the value, outside the ring.
        std::string label = std::to_string(axis + 1) + " · " +
                            (rows[axis].score ? FormatPercent(*rows[axis].score) : std::string(legend.noScore));
        ImVec2 size = ImGui::CalcTextSize(label.c_str());
        double angle = geometry.AngleOf(axis);
        ChartPoint anchor = geometry.PointAt(axis, 100);
        float dx = static_cast<float>(std::sin(angle)), dy = static_cast<float>(-std::cos(angle));
        ImVec2 pos(static_cast<float>(anchor.x) + dx * ui.Pixels(8) + (dx - 1) * size.x * 0.5f,
                   static_cast<float>(anchor.y) + dy * ui.Pixels(8) + (dy - 1) * size.y * 0.5f);
        draw->AddText(pos, text, label.c_str());
    }
    ImGui::Dummy(ImVec2(width, side));
}

void DrawChangeChart(const Ui& ui, const std::vector<std::string>& labels, const std::vector<std::optional<double>>& changes,
                     const std::vector<std::string>& texts) {
    const float width = ImGui::GetContentRegionAvail().x;
    const float lineHeight = ImGui::GetTextLineHeight();
    const float labelWidth = std::min(width * 0.42f, ui.Pixels(330));
    const float valueWidth = ImGui::CalcTextSize("+100 pp").x + ui.Pixels(8);
    const float plotLeft = labelWidth + ui.Pixels(12);
    const float plotWidth = std::max(ui.Pixels(60), width - plotLeft - valueWidth);
    const float zero = plotLeft + plotWidth * 0.5f;
    const float rowHeight = lineHeight + ui.Pixels(12);
    ImVec2 origin = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
    const float height = rowHeight * static_cast<float>(labels.size());
    draw->AddLine(ImVec2(origin.x + zero, origin.y), ImVec2(origin.x + zero, origin.y + height),
                  ImGui::GetColorU32(ImGuiCol_Border), ui.Pixels(1.5f));
    for (size_t i = 0; i < labels.size(); ++i) {
        float centre = origin.y + rowHeight * (static_cast<float>(i) + 0.5f);
        std::string label = std::to_string(i + 1) + ". " + labels[i];
        draw->PushClipRect(ImVec2(origin.x, centre - lineHeight), ImVec2(origin.x + labelWidth, centre + lineHeight), true);
        draw->AddText(ImVec2(origin.x, centre - lineHeight * 0.5f), text, label.c_str());
        draw->PopClipRect();
        if (!changes[i]) continue;
        float length = static_cast<float>(std::clamp(*changes[i], -100.0, 100.0) / 100.0) * plotWidth * 0.5f;
        ImVec2 a(origin.x + zero + std::min(0.0f, length), centre - lineHeight * 0.35f);
        ImVec2 b(origin.x + zero + std::max(0.0f, length), centre + lineHeight * 0.35f);
        draw->AddRectFilled(a, b, *changes[i] >= 0 ? ui.palette.success : ui.palette.benchmarkAlt, ui.Pixels(2));
        draw->AddText(ImVec2(origin.x + plotLeft + plotWidth + ui.Pixels(8), centre - lineHeight * 0.5f), text, texts[i].c_str());
    }
    ImGui::Dummy(ImVec2(width, height));
}

}  // namespace icc
