#include "core/score_explanation.h"

#include <cmath>
#include <cstdio>

namespace icc {
namespace {

// A number as FormatNumber writes it, with the catalog's decimal separator.
std::string LocalNumber(double value, int decimals, const ExplanationTemplates& templates) {
    std::string text = FormatNumber(value, decimals);
    if (const std::size_t point = text.find('.'); point != std::string::npos)
        text.replace(point, 1, templates.decimalSeparator);
    return text;
}

// Explains a weighted mean over the areas `include` selects, as Score computed it.
template <typename Include>
std::string ExplainWeightedMean(const IndexDefinition& definition, const AssessmentScores& scores,
                                const std::string& name, const std::optional<double>& result,
                                Include include, const std::string& language,
                                const ExplanationTemplates& templates) {
    std::string terms, leftOut;
    double weightSum = 0;
    int count = 0;
    for (std::size_t a = 0; a < definition.areas.size() && a < scores.areas.size(); ++a) {
        const Area& area = definition.areas[a];
        if (!include(area) || !(area.weight > 0)) continue;
        const std::optional<double>& percent = scores.areas[a].percent;
        if (!percent) {
            leftOut += (leftOut.empty() ? "" : ", ") + area.title.Get(language);
            continue;
        }
        if (count > 0) terms += templates.termSeparator;
        terms += FillTemplate(templates.term, {{"percent", LocalNumber(*percent, 1, templates)},
                                               {"weight", LocalNumber(area.weight, 3, templates)}});
        weightSum += area.weight;
        ++count;
    }
    std::string text = result ? FillTemplate(templates.weightedMean,
                                             {{"name", name},
                                              {"count", std::to_string(count)},
                                              {"terms", terms},
                                              {"weights", LocalNumber(weightSum, 3, templates)},
                                              {"percent", FormatPercent(*result)}})
                              : FillTemplate(templates.meanWithoutScore, {{"name", name}});
    if (!leftOut.empty()) text += FillTemplate(templates.leftOut, {{"areas", leftOut}});
    return text;
}

}  // namespace

ExplanationTemplates::ExplanationTemplates(const Translations& catalog)
    : area(catalog.Get("explain.area")),
      areaWithoutScore(catalog.Get("explain.area_without_score")),
      weightedMean(catalog.Get("explain.weighted_mean")),
      term(catalog.Get("explain.term")),
      termSeparator(catalog.Get("explain.term_separator")),
      meanWithoutScore(catalog.Get("explain.mean_without_score")),
      leftOut(catalog.Get("explain.left_out")),
      coreIndexName(catalog.Get("explain.core_index")),
      extendedIndexName(catalog.Get("explain.extended_index")),
      completeness(catalog.Get("explain.completeness")),
      decimalSeparator(catalog.Get("report.number.decimal_separator")) {}

std::string FormatPercent(double percent) {
    return std::to_string(static_cast<long long>(std::llround(percent))) + "%";
}

std::optional<long long> ChangeSince(const std::optional<double>& then, const std::optional<double>& now) {
    if (!then || !now) return std::nullopt;
    return std::llround(*now) - std::llround(*then);
}

std::string FormatNumber(double value, int decimals) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    std::string text = buffer;
    if (text.find('.') != std::string::npos) {
        while (text.back() == '0') text.pop_back();
        if (text.back() == '.') text.pop_back();
    }
    if (text == "-0") text = "0";
    return text;
}

std::string FillTemplate(const std::string& text,
                         std::initializer_list<std::pair<const char*, std::string>> values) {
    std::string result;
    result.reserve(text.size() + 32);
    for (std::size_t i = 0; i < text.size();) {
        bool replaced = false;
        if (text[i] == '{') {
            const std::size_t close = text.find('}', i);
            if (close != std::string::npos) {
                const std::string_view key(text.data() + i + 1, close - i - 1);
                for (const auto& [name, value] : values) {
                    if (key != name) continue;
                    result += value;
                    i = close + 1;
                    replaced = true;
                    break;
                }
            }
        }
        if (!replaced) result += text[i++];
    }
    return result;
}

std::string ExplainArea(const IndexDefinition& definition, const AssessmentScores& scores,
                        std::size_t areaIndex, const std::string& language,
                        const ExplanationTemplates& templates) {
    if (areaIndex >= definition.areas.size() || areaIndex >= scores.areas.size()) return {};
    const std::string& title = definition.areas[areaIndex].title.Get(language);
    const AreaScore& area = scores.areas[areaIndex];
    if (!area.percent) return FillTemplate(templates.areaWithoutScore, {{"area", title}});
    return FillTemplate(templates.area, {{"area", title},
                                         {"points", LocalNumber(area.points, 2, templates)},
                                         {"max", LocalNumber(area.maxPoints, 2, templates)},
                                         {"percent", FormatPercent(*area.percent)}});
}

std::string ExplainGroup(const IndexDefinition& definition, const AssessmentScores& scores,
                         std::size_t groupIndex, const std::string& language,
                         const ExplanationTemplates& templates) {
    if (groupIndex >= definition.groups.size() || groupIndex >= scores.groups.size()) return {};
    const AreaGroup& group = definition.groups[groupIndex];
    return ExplainWeightedMean(
        definition, scores, group.title.Get(language), scores.groups[groupIndex].percent,
        [&group](const Area& area) { return area.group == group.id; }, language, templates);
}

std::string ExplainIndex(const IndexDefinition& definition, const AssessmentScores& scores,
                         bool extended, const std::string& language,
                         const ExplanationTemplates& templates) {
    return ExplainWeightedMean(
        definition, scores, extended ? templates.extendedIndexName : templates.coreIndexName,
        extended ? scores.extendedIndex : scores.coreIndex,
        [extended](const Area& area) { return extended || !area.optional; }, language, templates);
}

std::string ExplainCompleteness(const AssessmentScores& scores, const ExplanationTemplates& templates) {
    return FillTemplate(templates.completeness, {{"answered", std::to_string(scores.answered)},
                                                 {"total", std::to_string(scores.total)},
                                                 {"percent", FormatPercent(scores.completenessPercent)}});
}

}  // namespace icc
