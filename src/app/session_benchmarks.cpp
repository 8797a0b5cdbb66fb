// The Session's comparison figures: the built-in benchmark file, or one the user imported in
// Settings (kept in this browser, one per index), or one the embedding page names (?benchmarks=,
// this visit only).
// ICC member cities receive the network's averages in their Index analysis; the built-in file can
// only hold the few figures that were ever published.
#include "app/session.h"

#include "app/embedded.h"
#include "core/score_explanation.h"

namespace icc {

namespace {

const char kBuiltInBenchmarksFile[] = "icc-benchmarks.json";

// The file's figures, if it is valid and fits `index`; else its problems.
BenchmarkLoadResult LoadFitting(const IndexDefinition& index, std::string_view text) {
    BenchmarkLoadResult loaded = LoadBenchmarks(text);
    if (loaded.benchmarks) {
        loaded.problems = CheckBenchmarksFor(index, *loaded.benchmarks);
        if (!loaded.problems.empty()) loaded.benchmarks.reset();
    }
    return loaded;
}

}  // namespace

void Session::LoadBuiltInBenchmarks() {
    benchmarks_.reset();
    ownBenchmarks_ = false;
    // The embedded file is checked by the tests; it is left out only for another index.
    if (const embedded::File* file = embedded::Find(kBuiltInBenchmarksFile))
        benchmarks_ = LoadFitting(definition_, file->Text()).benchmarks;
}

void Session::LoadKeptBenchmarks() {
    std::optional<std::string> text = ReadStored(BenchmarksKey(definition_.id));
    if (!text) return;
    BenchmarkLoadResult loaded = LoadFitting(definition_, *text);
    if (!loaded.benchmarks) {
        // Kept as it is (the user may still want it); the built-in figures are used meanwhile.
        const std::string problem = loaded.problems.empty() ? "" : loaded.problems.front().message;
        SetNotice(FillTemplate(translations_.Get("notice.kept_benchmarks_unusable"), {{"problem", problem}}));
        return;
    }
    benchmarks_ = std::move(loaded.benchmarks);
    ownBenchmarks_ = true;
}

bool Session::UseBenchmarks(const std::string& source, const std::string& text, bool keep) {
    BenchmarkLoadResult loaded = LoadFitting(definition_, text);
    if (!loaded.benchmarks) {
        ReportImportFailure(source, loaded.problems);
        return false;
    }
    const bool kept = keep && storageState_ != StorageState::Unavailable && Write(BenchmarksKey(definition_.id), text);
    benchmarks_ = std::move(loaded.benchmarks);
    ownBenchmarks_ = true;
    if (assessment_) Rescore();
    SetNotice(FillTemplate(translations_.Get(keep && !kept ? "notice.benchmarks_not_kept" : "notice.benchmarks_used"),
                           {{"file", source}, {"title", benchmarks_->title.Get(Language())}}));
    return true;
}

void Session::UseBuiltInBenchmarks() {
    RemoveStored(BenchmarksKey(definition_.id));
    LoadBuiltInBenchmarks();
    if (assessment_) Rescore();
}

}  // namespace icc
