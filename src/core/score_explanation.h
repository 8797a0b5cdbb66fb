// How each number of AssessmentScores was derived, as sentences the UI and the report show
// ("Education: 7 of 12 points = 58%"). Computed on demand from the scores; the sentence templates
// come from the interface catalog (ExplanationTemplates). Rounding happens here,
// for display only: the scores themselves are never rounded.
#pragma once

#include "core/index_model.h"
#include "core/scoring.h"
#include "core/translations.h"

#include <initializer_list>
#include <optional>
#include <string>
#include <utility>

namespace icc {

// Sentence templates with {placeholders}, from the interface catalog ("explain.*" and the decimal
// separator "report.number.decimal_separator"): the screen, its mirror and the report word every
// explanation alike, in the user's language. There are no built-in defaults, so no screen can fall
// back to English by leaving the catalog out.
struct ExplanationTemplates {
    explicit ExplanationTemplates(const Translations& catalog);

    std::string area;              // {area} title, {points}, {max}, {percent}
    std::string areaWithoutScore;  // {area} title
    // {name}, {count} areas with a score, {terms} joined terms, {weights} sum of weights, {percent}
    std::string weightedMean;
    std::string term;              // one term of a weighted mean: {percent} to one decimal, {weight}
    std::string termSeparator;
    std::string meanWithoutScore;  // {name}
    std::string leftOut;           // appended when some areas have no score: {areas} titles
    std::string coreIndexName;
    std::string extendedIndexName;
    std::string completeness;      // {answered}, {total}, {percent}
    std::string decimalSeparator;  // in the points and terms: "7.5" in English, "7,5" in Polish
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
                        const ExplanationTemplates& templates);

// How the group's percent was computed from its areas.
std::string ExplainGroup(const IndexDefinition& definition, const AssessmentScores& scores,
                         std::size_t groupIndex, const std::string& language,
                         const ExplanationTemplates& templates);

// How the core index (`extended` false) or the extended index (`extended` true) was computed.
std::string ExplainIndex(const IndexDefinition& definition, const AssessmentScores& scores,
                         bool extended, const std::string& language,
                         const ExplanationTemplates& templates);

// "40 of 86 questions answered (47%)".
std::string ExplainCompleteness(const AssessmentScores& scores, const ExplanationTemplates& templates);

}  // namespace icc
