#include "core/published_text.h"

#include "core/score_explanation.h"

#include <cmath>

namespace icc {

namespace {

std::string Whole(double value) { return FormatNumber(value, 0); }

}  // namespace

std::string PublishedResultLabel(const PublishedResult& result, const Translations& text, const std::string& language) {
    std::string year = !result.year ? text.Get("published.no_year")
                       : result.yearApproximate
                           ? FillTemplate(text.Get("published.about_year"), {{"year", std::to_string(*result.year)}})
                           : std::to_string(*result.year);
    const char* edition = result.edition == IndexEdition::Classic       ? "published.edition_classic"
                          : result.edition == IndexEdition::Revised2019 ? "published.edition_2019"
                                                                        : "published.edition_not_stated";
    return result.city.Get(language) + " \u00b7 " + year + " \u00b7 " + text.Get(edition);
}

std::string PublishedFigureText(double min, double max) {
    return max > min ? Whole(min) + "\u2013" + Whole(max) + "%" : Whole(min) + "%";
}

std::string PublishedAreaFigureText(const PublishedArea& figure, const Translations& text) {
    std::string value;
    if (figure.percent) value = Whole(*figure.percent) + "%";
    if (figure.sampleAverage)
        value += (value.empty() ? "" : " ") +
                 FillTemplate(text.Get("published.area_average"), {{"average", Whole(*figure.sampleAverage) + "%"}});
    if (figure.standing != AreaStanding::NotStated) {
        const char* key = figure.standing == AreaStanding::AboveAverage   ? "published.standing_above"
                          : figure.standing == AreaStanding::BelowAverage ? "published.standing_below"
                                                                          : "published.standing_lowest";
        value += (value.empty() ? "" : ", ") + std::string(text.Get(key));
    }
    return value;
}

std::string PublishedPlaceSentence(const PublishedPlace& place, const Translations& text) {
    if (!place.cityEstimate || place.overall.empty()) return {};
    return FillTemplate(text.Get("published.place"), {{"percent", Whole(*place.cityEstimate) + "%"},
                                                      {"count", std::to_string(place.overall.size())},
                                                      {"below", std::to_string(place.below)},
                                                      {"level", std::to_string(place.level)},
                                                      {"above", std::to_string(place.above)}});
}

std::string CertaintyText(Certainty certainty, const Translations& text) {
    return text.Get(certainty == Certainty::CouncilOfEurope ? "published.certainty_coe" : "published.certainty_reported");
}

std::string SampleSizeDate(const PublishedSampleSize& size, const Translations& text) {
    if (!size.date.empty()) return size.date;
    if (size.approximate) return FillTemplate(text.Get("published.about_year"), {{"year", std::to_string(size.year)}});
    return std::to_string(size.year);
}

}  // namespace icc
