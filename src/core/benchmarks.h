// Benchmark data (assets/benchmarks/*.json): the network's average scores per area, for the whole
// sample and for comparison groups by city size and by share of foreign-born residents; and the
// comparison of one city's scores with them. Loading checks the whole file and reports every
// problem with its JSON pointer path; it never throws.
#pragma once

#include "core/assessment.h"
#include "core/index_model.h"
#include "core/problems.h"
#include "core/scoring.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace icc {

constexpr const char* kBenchmarksKind = "icc-benchmarks";
constexpr int kBenchmarksFormatVersion = 1;  // the newest format version this code reads

// Cities with minPopulation <= population < maxPopulation (no max: no upper bound).
struct SizeGroup {
    std::string id;
    LocalizedText label;
    double minPopulation = 0;
    std::optional<double> maxPopulation;
};

// Cities with minForeignBornPercent <= share < maxForeignBornPercent (no max: up to 100 included).
struct DiversityGroup {
    std::string id;
    LocalizedText label;
    double minForeignBornPercent = 0;
    std::optional<double> maxForeignBornPercent;
};

// Average scores of a set of cities: the whole sample (group "") or one comparison group.
struct BenchmarkSample {
    std::string id;
    std::string group;  // "" for the whole sample, else a SizeGroup or DiversityGroup id
    int cities = 0;
    std::string date;
    std::string source;
    std::optional<double> overall;        // average index, 0..100
    std::map<std::string, double> areas;  // average percent by area id; absent figures are absent
};

struct BenchmarkSet {
    int formatVersion = 0;
    std::string id;
    std::string indexId;  // the index definition the figures belong to
    LocalizedText title;
    std::string source;
    std::vector<SizeGroup> sizeGroups;            // ordered by population
    std::vector<DiversityGroup> diversityGroups;  // ordered by share
    std::vector<BenchmarkSample> samples;

    // The sample for a group id ("" = whole sample), or nullptr.
    const BenchmarkSample* FindSample(std::string_view group) const;
};

struct BenchmarkLoadResult {
    std::optional<BenchmarkSet> benchmarks;  // set only when `problems` is empty
    Problems problems;
};

// Parses and validates a benchmark file given as JSON text.
BenchmarkLoadResult LoadBenchmarks(std::string_view json);

// What keeps `benchmarks` from being used with `index`: figures for another index, or for areas the
// index does not have. Empty when they fit.
Problems CheckBenchmarksFor(const IndexDefinition& index, const BenchmarkSet& benchmarks);

// The size group that holds `population`, or nullptr.
const SizeGroup* SizeGroupFor(const BenchmarkSet& benchmarks, double population);

// The diversity group that holds `foreignBornPercent`, or nullptr.
const DiversityGroup* DiversityGroupFor(const BenchmarkSet& benchmarks, double foreignBornPercent);

// Which sample a comparison figure comes from, for labels and footnotes.
struct SampleReference {
    std::string sampleId;
    std::string group;  // "" whole sample
    LocalizedText groupLabel;
    int cities = 0;
    std::string date;
};

// One figure beside the city's: each absent when the city or the sample has no figure.
struct ComparedScore {
    std::optional<double> city;
    std::optional<double> sample;          // whole-sample average
    std::optional<double> sizeGroup;       // average of the city's size group
    std::optional<double> diversityGroup;  // average of the city's diversity group
};

struct AreaComparison {
    std::size_t areaIndex = 0;  // into IndexDefinition::areas
    std::string areaId;
    ComparedScore score;
};

// An area singled out as a strength or for development, with what the index recommends for it.
struct AreaHighlight {
    std::size_t areaIndex = 0;
    std::string areaId;
    double cityPercent = 0;
    std::optional<double> sampleAverage;
    std::optional<double> difference;  // cityPercent - sampleAverage
    std::vector<Recommendation> recommendations;
};

struct Comparison {
    std::optional<SampleReference> wholeSample;
    std::optional<SampleReference> sizeSample;       // none when the city has no population, or
    std::optional<SampleReference> diversitySample;  // no group/sample covers it
    ComparedScore coreIndex;                         // city core index vs the samples' overall
    std::vector<AreaComparison> areas;               // same order as IndexDefinition::areas
    bool rankedAgainstSample = false;  // highlights ranked by difference to the sample (else by score)
    std::vector<AreaHighlight> strongest;    // up to 3, best first
    std::vector<AreaHighlight> development;  // up to 3, weakest first, none also in `strongest`
};

// Sets the city's scores beside the benchmark averages, and picks the strongest areas and the
// areas for development (rules in docs/SCORING.md, "Comparison").
Comparison Compare(const IndexDefinition& definition, const BenchmarkSet& benchmarks,
                   const CityProfile& city, const AssessmentScores& scores);

}  // namespace icc
