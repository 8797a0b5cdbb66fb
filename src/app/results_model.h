// The results screen's text and figures, prepared once per change of the scores or the language
// instead of in every frame.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace icc {

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
};

}  // namespace icc
