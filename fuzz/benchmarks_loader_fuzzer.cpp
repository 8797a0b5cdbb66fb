// Fuzzes LoadBenchmarks. Benchmarks that load must place cities in groups and compare a scored
// assessment with them (the comparison's lists stay within their documented sizes).
#include "fuzz_support.h"

#include "core/benchmarks.h"
#include "core/index_loader.h"
#include "core/scoring.h"

using namespace icc;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const BenchmarkLoadResult loaded = LoadBenchmarks(fuzz::AsText(data, size));
    fuzz::Check(loaded.benchmarks.has_value() == loaded.problems.empty(), "benchmarks exactly when no problem");
    if (!loaded.benchmarks) return 0;
    const BenchmarkSet& benchmarks = *loaded.benchmarks;
    for (const double population : {0.0, 99999.0, 100000.0, 1e9}) SizeGroupFor(benchmarks, population);
    for (const double share : {0.0, 10.0, 100.0}) DiversityGroupFor(benchmarks, share);

    const AssessmentScores scores = Score(fuzz::ScoringIndex(), Assessment{});
    for (const CityProfile& city : {CityProfile{}, CityProfile{"City", 2024, 150000.0, 12.5}}) {
        const Comparison comparison = Compare(fuzz::ScoringIndex(), benchmarks, city, scores);
        fuzz::Check(comparison.areas.size() == fuzz::ScoringIndex().areas.size(), "one comparison per area");
        fuzz::Check(comparison.strongest.size() <= 3 && comparison.development.size() <= 3, "at most 3 highlights");
    }
    return 0;
}
