// How each number of AssessmentScores was derived, as sentences the UI and the report show
// ("Education: 7 of 12 points = 58%"). Computed on demand from the scores; the sentence templates
// are data (ExplanationTemplates) so that translations can replace them. Rounding happens here,
// for display only: the scores themselves are never rounded.
#pragma once

#include "core/index_model.h"
#include "core/scoring.h"

#include <initializer_list>
#include <optional>
#include <string>
#include <utility>

namespace icc {

// Sentence templates with {placeholders}. The defaults are English.
struct ExplanationTemplates {
    // {area} title, {points}, {max}, {percent}
    std::string area = "{area}: {points} of {max} points = {percent}";
    // {area} title
    std::string areaWithoutScore = "{area}: no score (no question counts towards the maximum)";
    // {name}, {count} areas with a score, {terms} joined terms, {weights} sum of weights, {percent}
    std::string weightedMean = "{name} = weighted mean of {count} areas: ({terms})/{weights} = {percent}";
    // one term of a weighted mean: {percent} unrounded to one decimal, {weight}
    std::string term = "{percent}\u00d7{weight}";
    std::string termSeparator = " + ";
    // {name}
    std::string meanWithoutScore = "{name}: no score (no area has a score yet)";
    // appended when some areas have no score: {areas} titles
    std::string leftOut = " (left out, no score: {areas})";
    std::string coreIndexName = "Core index";
    std::string extendedIndexName = "Extended index";
    // {answered}, {total}, {percent}
    std::string completeness = "{answered} of {total} questions answered ({percent})";
};

// "58%": the percent rounded half away from zero to a whole number, as published ICC results are.
std::string FormatPercent(double percent);

// The change between two percents as the figures beside it show them: the difference of the
// rounded percents, so "58% then, 61% now" always reads +3. Nothing when either is absent.
std::optional<long long> ChangeSince(const std::optional<double>& then, const std::optional<double>& now);

// A number with at most `decimals` decimals and no trailing zeros: 7, 7.5, 58.3.
std::string FormatNumber(double value, int decimals);

// Replaces each {key} in `text` by its value; unknown keys stay as they are.
std::string FillTemplate(const std::string& text,
                         std::initializer_list<std::pair<const char*, std::string>> values);

// How the area's percent was computed ("Education: 7 of 12 points = 58%").
std::string ExplainArea(const IndexDefinition& definition, const AssessmentScores& scores,
                        std::size_t areaIndex, const std::string& language,
                        const ExplanationTemplates& templates = {});

// How the group's percent was computed from its areas.
std::string ExplainGroup(const IndexDefinition& definition, const AssessmentScores& scores,
                         std::size_t groupIndex, const std::string& language,
                         const ExplanationTemplates& templates = {});

// How the core index (`extended` false) or the extended index (`extended` true) was computed.
std::string ExplainIndex(const IndexDefinition& definition, const AssessmentScores& scores,
                         bool extended, const std::string& language,
                         const ExplanationTemplates& templates = {});

// "40 of 86 questions answered (47%)".
std::string ExplainCompleteness(const AssessmentScores& scores,
                                const ExplanationTemplates& templates = {});

}  // namespace icc
