// The results screen's text and figures, prepared once per change of the scores or the language
// instead of in every frame.
#pragma once

#include "app/block_heights.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace icc {

// A line of the results screen's text, prepared once (screen_lines.h draws it): headings, text,
// the highlights' cards and the published chart's bars.
struct ResultsLine {
    enum class Kind { Heading, CardTitle, Body, Strong, Muted, Bullet, Example, Gap, Bar };
    Kind kind = Kind::Muted;
    std::string text;   // a bar's label
    std::string value;  // a bar's figure
    double min = 0, max = 0;  // a bar's published range, in percent
    bool own = false;         // the city's own bar
    float gap = 0;            // a gap's height, in CSS pixels
};

// Builds lists of lines.
class ResultsLines {
public:
    using Kind = ResultsLine::Kind;
    void Add(Kind kind, std::string text) {
        ResultsLine line;
        line.kind = kind;
        line.text = std::move(text);
        lines_.push_back(std::move(line));
    }
    void Gap(float cssPixels) {
        Add(Kind::Gap, {});
        lines_.back().gap = cssPixels;
    }
    void Bar(std::string label, std::string value, double min, double max, bool own) {
        Add(Kind::Bar, std::move(label));
        ResultsLine& bar = lines_.back();
        bar.value = std::move(value);
        bar.min = min;
        bar.max = max;
        bar.own = own;
    }
    std::vector<ResultsLine> Take() { return std::move(lines_); }

private:
    std::vector<ResultsLine> lines_;
};

struct ChartRow {
    std::string label;
    std::optional<double> score;
    std::optional<double> sample, sizeGroup, diversityGroup;
};

struct ResultsCache {
    unsigned generation = ~0u;  // Session::ScoresGeneration() it was built for
    std::string language;
    std::vector<ChartRow> rows;           // one per area, in index order
    std::vector<std::string> scoreTexts;  // "58%" or "no score"
    std::vector<std::string> explanations;
    std::vector<std::optional<double>> changes;  // since the earlier assessment, in points
    std::vector<std::string> changeTexts;         // "+5 pp", or "—" without a change
    std::string coreExplanation;
    std::string completeness;
    std::string samples;  // which published figures the comparison uses
    // The cards of the strongest areas and of those to develop.
    std::vector<std::vector<ResultsLine>> strongest, development;
};

struct PublishedCache {
    unsigned generation = ~0u;  // Session::ScoresGeneration() it was built for
    std::string language;
    std::string city;  // the own bar's label names it
    std::vector<ResultsLine> lines;
    BlockHeights heights;  // one block per line
};

}  // namespace icc
