// Speed of the scoring engine and of importing answers files. Targets (docs/BENCHMARKS-CORE.md):
// under 5 us to score a complete assessment; at least 10,000 answers files parsed and scored per second.
#include "core/assessment_io.h"
#include "core/index_loader.h"
#include "core/scoring.h"
#include "scoring_fixtures.h"

#include <benchmark/benchmark.h>

#include <random>

namespace {

using namespace icc;

// The shipped questionnaire when it loads, else a random index of the same shape (17 areas x 5).
const IndexDefinition& BenchmarkIndex() {
    static const IndexDefinition index = [] {
        IndexLoadResult loaded = LoadIndexDefinition(ReadRepositoryFile("assets/index/icc-2019.json"));
        if (loaded.definition) return std::move(*loaded.definition);
        std::mt19937 random(1);
        return testing::MakeRandomIndex(random, 17, 5);
    }();
    return index;
}

// Complete assessments (every question answered, about 10% "don't know") with evidence texts.
std::vector<Assessment> CompleteAssessments(std::size_t count) {
    std::mt19937 random(2);
    std::vector<Assessment> assessments;
    for (std::size_t i = 0; i < count; ++i)
        assessments.push_back(testing::MakeRandomAssessment(BenchmarkIndex(), random, 0, 0.1));
    return assessments;
}

// Cycles over `state.range(0)` assessments: 64 stay in the caches (the app rescoring the
// assessment being edited), 1024 do not (scoring many stored assessments one after another).
void BM_ScoreWithPlan(benchmark::State& state) {
    const ScoringPlan plan = BuildScoringPlan(BenchmarkIndex());
    const std::vector<Assessment> assessments = CompleteAssessments(static_cast<std::size_t>(state.range(0)));
    std::size_t next = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(Score(plan, assessments[next]));
        next = (next + 1) % assessments.size();
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}
BENCHMARK(BM_ScoreWithPlan)->Arg(64)->Arg(1024);

void BM_ScoreBuildingThePlan(benchmark::State& state) {
    const std::vector<Assessment> assessments = CompleteAssessments(64);
    std::size_t next = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(Score(BenchmarkIndex(), assessments[next]));
        next = (next + 1) % assessments.size();
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}
BENCHMARK(BM_ScoreBuildingThePlan);

// Batch import: each iteration reads one answers file (JSON text) with `Read` and scores it.
template <AssessmentLoadResult (*Read)(std::string_view)>
void ReadAndScore(benchmark::State& state) {
    const ScoringPlan plan = BuildScoringPlan(BenchmarkIndex());
    std::vector<std::string> files;
    for (const Assessment& assessment : CompleteAssessments(256)) files.push_back(WriteAssessment(assessment));
    std::size_t next = 0, bytes = 0;
    for (auto _ : state) {
        const AssessmentLoadResult loaded = Read(files[next]);
        benchmark::DoNotOptimize(Score(plan, *loaded.assessment));
        bytes += files[next].size();
        next = (next + 1) % files.size();
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
    state.SetBytesProcessed(static_cast<std::int64_t>(bytes));
}
void BM_ParseAndScore(benchmark::State& state) { ReadAndScore<ReadAssessment>(state); }
BENCHMARK(BM_ParseAndScore);
// The same without the streaming fast path: what each import would cost if the thorough reader
// (which alone words problems) read every file.
void BM_ReadThoroughlyAndScore(benchmark::State& state) { ReadAndScore<ReadAssessmentThoroughly>(state); }
BENCHMARK(BM_ReadThoroughlyAndScore);

// What `icc-index score` does per file besides printing: read, check against the index, score.
void BM_ParseCheckAndScore(benchmark::State& state) {
    const ScoringPlan plan = BuildScoringPlan(BenchmarkIndex());
    std::vector<std::string> files;
    for (const Assessment& assessment : CompleteAssessments(256)) files.push_back(WriteAssessment(assessment));
    std::size_t next = 0;
    for (auto _ : state) {
        const AssessmentLoadResult loaded = ReadAssessment(files[next]);
        benchmark::DoNotOptimize(CheckAgainstDefinition(*loaded.assessment, BenchmarkIndex()));
        benchmark::DoNotOptimize(Score(plan, *loaded.assessment));
        next = (next + 1) % files.size();
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}
BENCHMARK(BM_ParseCheckAndScore);

void BM_WriteAssessmentWithScores(benchmark::State& state) {
    const ScoringPlan plan = BuildScoringPlan(BenchmarkIndex());
    const std::vector<Assessment> assessments = CompleteAssessments(64);
    std::size_t next = 0;
    for (auto _ : state) {
        const AssessmentScores scores = Score(plan, assessments[next]);
        benchmark::DoNotOptimize(WriteAssessment(assessments[next], &scores));
        next = (next + 1) % assessments.size();
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}
BENCHMARK(BM_WriteAssessmentWithScores);

}  // namespace

BENCHMARK_MAIN();
