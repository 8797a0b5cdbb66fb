// The sentences and labels that set a city among the published results, for the results screen,
// its mirror and the report alike: one wording, from the catalogs' "published.*" keys.
#pragma once

#include "core/published_results.h"
#include "core/translations.h"

#include <string>

namespace icc {

// "Oslo · 2017 · classic index" (the year "about 2010" or "year not published"; the version
// "version not stated" where the source does not say).
std::string PublishedResultLabel(const PublishedResult& result, const Translations& text, const std::string& language);

// "85%", or "50–59%" for a range.
std::string PublishedFigureText(double min, double max);

// "35% (average 69%)", "100%", "above the average", "lowest area".
std::string PublishedAreaFigureText(const PublishedArea& figure, const Translations& text);

// Where the city's estimate stands: "The city's estimate, 57%, is above 1 of the 16 published
// overall results, within the range of 1 and below 14." Empty without an estimate or figures.
std::string PublishedPlaceSentence(const PublishedPlace& place, const Translations& text);

// "Council of Europe publication" or "reported by the city or the press".
std::string CertaintyText(Certainty certainty, const Translations& text);

// "2011-01-10", "2013" or "about 2010".
std::string SampleSizeDate(const PublishedSampleSize& size, const Translations& text);

}  // namespace icc
