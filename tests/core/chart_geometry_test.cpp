#include "core/chart_geometry.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace icc {
namespace {

TEST(ChartGeometry, BarsAreProportionalToTheirPercent) {
    BarChartGeometry bars;
    bars.plotLeft = 10;
    bars.plotWidth = 200;
    bars.top = 30;
    bars.rowHeight = 20;
    bars.barHeight = 12;
    const ChartRect half = bars.Bar(0, 50);
    EXPECT_DOUBLE_EQ(half.x, 10);
    EXPECT_DOUBLE_EQ(half.width, 100);
    EXPECT_DOUBLE_EQ(half.y, 30 + 10 - 6);
    EXPECT_DOUBLE_EQ(half.height, 12);
    EXPECT_DOUBLE_EQ(bars.Bar(3, 25).width * 2, bars.Bar(5, 50).width);
    EXPECT_DOUBLE_EQ(bars.Bar(1, 71.4).width, 142.8);
    EXPECT_DOUBLE_EQ(bars.RowCenter(2), 30 + 50);
    EXPECT_DOUBLE_EQ(bars.XFor(100), 210);
    // Out-of-range and NaN percents are drawn within the plot.
    EXPECT_DOUBLE_EQ(bars.Bar(0, 150).width, 200);
    EXPECT_DOUBLE_EQ(bars.Bar(0, -5).width, 0);
    EXPECT_DOUBLE_EQ(bars.Bar(0, std::numeric_limits<double>::quiet_NaN()).width, 0);
}

TEST(ChartGeometry, RadarVerticesLieOnTheirAxisAtTheirPercentOfTheRadius) {
    RadarGeometry radar;
    radar.center = {100, 100};
    radar.radius = 50;
    radar.axisCount = 4;
    const auto near = [](ChartPoint point, double x, double y) {
        EXPECT_NEAR(point.x, x, 1e-9);
        EXPECT_NEAR(point.y, y, 1e-9);
    };
    near(radar.PointAt(0, 100), 100, 50);   // first axis straight up
    near(radar.PointAt(1, 100), 150, 100);  // then clockwise
    near(radar.PointAt(2, 50), 100, 125);
    near(radar.PointAt(3, 20), 90, 100);
    near(radar.PointAt(1, 0), 100, 100);

    radar.axisCount = 17;
    const double pi = std::acos(-1.0);
    const std::vector<double> percents = {10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 0, 5, 15, 25, 35, 45, 55};
    const std::vector<ChartPoint> polygon = radar.Polygon(percents);
    ASSERT_EQ(polygon.size(), 17u);
    for (std::size_t axis = 0; axis < polygon.size(); ++axis) {
        const double dx = polygon[axis].x - 100, dy = polygon[axis].y - 100;
        EXPECT_NEAR(std::hypot(dx, dy), 50 * percents[axis] / 100, 1e-9) << axis;
        EXPECT_NEAR(radar.AngleOf(axis), 2 * pi * static_cast<double>(axis) / 17, 1e-12);
        if (percents[axis] > 0) {
            double angle = std::atan2(dx, -dy);  // clockwise from up
            if (angle < 0) angle += 2 * pi;
            EXPECT_NEAR(angle, radar.AngleOf(axis), 1e-9) << axis;
        }
    }
}

}  // namespace
}  // namespace icc
