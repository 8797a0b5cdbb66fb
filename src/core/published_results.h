// Published ICC Index results of single cities (assets/published/*.json, format in
// assets/published/FORMAT.md): each figure with its source and how sure it is, and where a city's
// own estimate stands among them. Loading checks the whole file and reports every problem with its
// JSON pointer path; it never throws.
#pragma once

#include "core/index_model.h"
#include "core/problems.h"
#include "core/scoring.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace icc {

constexpr const char* kPublishedResultsKind = "icc-published-results";
constexpr int kPublishedResultsFormatVersion = 1;  // the newest format version this code reads

// Which questionnaire a result was scored with.
enum class IndexEdition { NotStated, Classic, Revised2019 };

// How sure a figure is: read in a Council of Europe publication, or reported second-hand by the
// city or the press.
enum class Certainty { CouncilOfEurope, Reported };

struct PublishedSource {
    std::string id;
    LocalizedText title;
    std::string url;  // http or https
};

// Where a figure comes from: a source id of the file and its certainty.
struct Provenance {
    std::string source;
    Certainty certainty = Certainty::Reported;
};

// An overall index figure: a value (min == max) or a published range such as "the 50s" (50..59).
struct PublishedOverall {
    double min = 0;
    double max = 0;
    Provenance provenance;
    bool IsRange() const { return max > min; }
};

// "17th of 93", or "12th among cities of more than 200,000 inhabitants" (of: absent when not published).
struct PublishedRank {
    int position = 0;
    std::optional<int> of;
    LocalizedText group;  // empty: the whole sample
    Provenance provenance;
};

// Where an area stood when no figure was published.
enum class AreaStanding { NotStated, AboveAverage, BelowAverage, Lowest };

struct PublishedArea {
    std::string areaId;                   // an area id of the index the file names
    std::optional<double> percent;        // the city's figure
    std::optional<double> sampleAverage;  // the average it was set against
    AreaStanding standing = AreaStanding::NotStated;
    Provenance provenance;
};

struct PublishedResult {
    std::string id;
    LocalizedText city;
    std::string country;      // ISO 3166-1 alpha-2
    std::optional<int> year;  // absent when the source does not date the result
    bool yearApproximate = false;
    std::string date;  // "2017-08" where the source gives the month, else empty
    IndexEdition edition = IndexEdition::NotStated;
    std::optional<PublishedOverall> overall;
    std::vector<PublishedRank> ranks;
    std::vector<PublishedArea> areas;
    LocalizedText note;  // what a reader should know about the figures, or empty
};

// "A comparison between N cities" at a date.
struct PublishedSampleSize {
    int year = 0;
    std::string date;  // "2011-01" or "2011-01-10" where known
    bool approximate = false;
    int cities = 0;
    LocalizedText report;  // whose report gives it, e.g. the city
    Provenance provenance;
};

struct PublishedResults {
    int formatVersion = 0;
    std::string id;
    std::string indexId;  // the index whose area ids the per-area figures use
    LocalizedText title;
    std::vector<PublishedSource> sources;
    std::vector<PublishedResult> results;
    std::vector<PublishedSampleSize> sampleSizes;  // in date order

    const PublishedSource* FindSource(std::string_view id) const;
};

struct PublishedResultsLoadResult {
    std::optional<PublishedResults> published;  // set only when `problems` is empty
    Problems problems;
};

// Parses and validates a published-results file given as JSON text.
PublishedResultsLoadResult LoadPublishedResults(std::string_view json);

// What keeps `published` from being shown beside `index`: another index, or unknown area ids.
Problems CheckPublishedResultsFor(const IndexDefinition& index, const PublishedResults& published);

// A published figure beside the city's estimate, for the overall chart and the area lists.
struct PublishedMark {
    std::size_t result = 0;  // into PublishedResults::results
    double min = 0, max = 0;
};

struct PublishedAreaMark {
    std::size_t result = 0;
    std::size_t figure = 0;  // into that result's areas
};

// The city among the published results (docs/SCORING.md, "Published results").
struct PublishedPlace {
    std::vector<PublishedMark> overall;  // every published overall figure, highest first (ties: file order)
    std::optional<double> cityEstimate;  // the city's core index as shown (whole percent)
    int below = 0;                       // published figures under the estimate
    int above = 0;                       // published figures over it
    int level = 0;                       // figures (or ranges) the estimate equals or falls in
    std::vector<std::vector<PublishedAreaMark>> areas;  // per area of the index, in file order
};

PublishedPlace PlaceAmongPublished(const IndexDefinition& index, const PublishedResults& published,
                                   const AssessmentScores& scores);

// The ids the file uses for editions, certainties and standings ("classic", "reported", ...).
const char* EditionId(IndexEdition edition);
const char* CertaintyId(Certainty certainty);
const char* StandingId(AreaStanding standing);

}  // namespace icc
