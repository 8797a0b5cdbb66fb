#include "core/chart_geometry.h"

#include <cmath>

namespace icc {

double ClampPercent(double percent) {
    if (!(percent > 0)) return 0;  // also NaN
    return percent > 100 ? 100 : percent;
}

double BarChartGeometry::XFor(double percent) const { return plotLeft + plotWidth * ClampPercent(percent) / 100; }

double BarChartGeometry::RowCenter(std::size_t row) const {
    return top + rowHeight * (static_cast<double>(row) + 0.5);
}

ChartRect BarChartGeometry::Bar(std::size_t row, double percent) const {
    return {plotLeft, RowCenter(row) - barHeight / 2, plotWidth * ClampPercent(percent) / 100, barHeight};
}

double RadarGeometry::AngleOf(std::size_t axis) const {
    if (axisCount == 0) return 0;
    const double pi = std::acos(-1.0);
    return 2 * pi * static_cast<double>(axis) / static_cast<double>(axisCount);
}

ChartPoint RadarGeometry::PointAt(std::size_t axis, double percent) const {
    const double angle = AngleOf(axis);
    const double distance = radius * ClampPercent(percent) / 100;
    // SVG's y grows downwards: up is -y, clockwise is +x first.
    return {center.x + distance * std::sin(angle), center.y - distance * std::cos(angle)};
}

std::vector<ChartPoint> RadarGeometry::Polygon(const std::vector<double>& percents) const {
    std::vector<ChartPoint> points;
    points.reserve(percents.size());
    for (std::size_t axis = 0; axis < percents.size(); ++axis) points.push_back(PointAt(axis, percents[axis]));
    return points;
}

}  // namespace icc
