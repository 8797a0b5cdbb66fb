// The Session's comparison figures: the built-in published results of single cities; the built-in benchmark file, or one the user imported in
// Settings (kept in this browser, one per index), or one the embedding page names (?benchmarks=,
// this visit only).
// ICC member cities receive the network's averages in their Index analysis; the built-in file can
// only hold the few figures that were ever published.
#include "model/session.h"

namespace icc {

namespace {

const char kBuiltInBenchmarksFile[] = "icc-benchmarks.json";
const char kBuiltInPublishedFile[] = "icc-published-results.json";

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
    figuresRead_ = true;
    benchmarks_.reset();
    ownBenchmarks_ = false;
    // The built-in file is checked by the tests; it is left out only for another index.
    if (std::optional<std::string_view> text = files_.Find(kBuiltInBenchmarksFile))
        benchmarks_ = LoadFitting(Definition(), *text).benchmarks;
    // The published results of single cities come with the program only (checked by the tests).
    published_.reset();
    if (std::optional<std::string_view> text = files_.Find(kBuiltInPublishedFile)) {
        PublishedResultsLoadResult loaded = LoadPublishedResults(*text);
        if (loaded.published && CheckPublishedResultsFor(Definition(), *loaded.published).empty())
            published_ = std::move(loaded.published);
    }
}

void Session::LoadKeptBenchmarks() {
    std::optional<std::string> text = store_.Read(AssessmentStore::BenchmarksKey(Definition().id));
    if (!text) return;
    BenchmarkLoadResult loaded = LoadFitting(Definition(), *text);
    if (!loaded.benchmarks) {
        // Kept as it is (the user may still want it); the built-in figures are used meanwhile.
        const std::string problem = loaded.problems.empty() ? "" : loaded.problems.front().message;
        SetNotice({"notice.kept_benchmarks_unusable", {{"problem", problem}}});
        return;
    }
    benchmarks_ = std::move(loaded.benchmarks);
    ownBenchmarks_ = true;
}

bool Session::UseBenchmarks(const std::string& source, const std::string& text, bool keep) {
    EnsureFiguresRead();  // the built-in ones first, or reading them later would replace these
    BenchmarkLoadResult loaded = LoadFitting(Definition(), text);
    if (!loaded.benchmarks) {
        ReportImportFailure(source, loaded.problems);
        return false;
    }
    const bool kept = keep && store_.Write(AssessmentStore::BenchmarksKey(Definition().id), text);
    benchmarks_ = std::move(loaded.benchmarks);
    ownBenchmarks_ = true;
    if (assessment_) Rescore();
    SetNotice({keep && !kept ? "notice.benchmarks_not_kept" : "notice.benchmarks_used",
               {{"file", source}, {"title", benchmarks_->title.Get(Language())}}});
    return true;
}

void Session::UseBuiltInBenchmarks() {
    store_.Remove(AssessmentStore::BenchmarksKey(Definition().id));
    LoadBuiltInBenchmarks();
    if (assessment_) Rescore();
}

}  // namespace icc
