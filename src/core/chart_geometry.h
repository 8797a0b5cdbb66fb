// Geometry of the score charts, shared by the HTML report (SVG) and the results screen: bar
// rectangles and radar vertices from percents. Pure arithmetic in chart units (SVG user units or
// pixels): no drawing, no text.
#pragma once

#include <cstddef>
#include <vector>

namespace icc {

// The shape of a benchmark's mark, the same on screen and in the report: diamond for the whole
// sample, triangle for the size group, circle for the diversity group.
enum class ChartMarker { Diamond, Triangle, Circle };

struct ChartPoint {
    double x = 0;
    double y = 0;
};

struct ChartRect {
    double x = 0;
    double y = 0;
    double width = 0;
    double height = 0;
};

// A percent made safe to draw: 0..100, and 0 for NaN.
double ClampPercent(double percent);

// Horizontal bars, one row per area, growing to the right from `plotLeft`; 100% is `plotWidth` long.
struct BarChartGeometry {
    double plotLeft = 0;
    double plotWidth = 100;
    double top = 0;         // top of the first row
    double rowHeight = 24;  // distance between rows
    double barHeight = 16;  // bar thickness, centred in its row

    // The x coordinate of `percent` on the scale.
    double XFor(double percent) const;
    // The y coordinate of the middle of row `row`.
    double RowCenter(std::size_t row) const;
    // The bar of row `row` for `percent`.
    ChartRect Bar(std::size_t row, double percent) const;
};

// A radar (spider) chart: `axisCount` axes from `center`, the first pointing up, then clockwise;
// 0% at the centre, 100% at `radius`.
struct RadarGeometry {
    ChartPoint center;
    double radius = 100;
    std::size_t axisCount = 0;

    // The angle of axis `axis` in radians, measured clockwise from straight up.
    double AngleOf(std::size_t axis) const;
    // The point `percent` along axis `axis`.
    ChartPoint PointAt(std::size_t axis, double percent) const;
    // The polygon through `percents` (one per axis, in axis order).
    std::vector<ChartPoint> Polygon(const std::vector<double>& percents) const;
};

}  // namespace icc
