// The Session's side of the embedding options: the page (shell/icc-embed.js) fetches a file named
// in its URL from its own site and hands the text over through window.iccIndex. Nothing here is
// trusted: the core loaders validate each file completely before anything changes.
#include "model/session.h"

#include "core/assessment_io.h"
#include "core/index_loader.h"

#include <algorithm>

namespace icc {

bool Session::UseDefinition(const std::string& source, const std::string& text) {
    IndexLoadResult loaded = LoadIndexDefinition(text);
    if (!loaded.definition) {
        ReportImportFailure(source, loaded.problems);
        return false;
    }
    SaveNow();
    index_ = std::move(*loaded.definition);
    builtInIndex_ = false;
    plan_ = BuildScoringPlan(*index_);
    // Answers only make sense against their own index: close, but keep the settings pointing at it.
    if (assessment_ && assessment_->indexId != Definition().id) {
        assessment_.reset();
        position_ = {};
    }
    ClearEarlier();  // its scores were computed with the definition that was replaced
    // The figures for this index: the built-in ones if they fit it, the user's kept ones over them.
    LoadBuiltInBenchmarks();
    LoadKeptBenchmarks();
    if (assessment_) {
        // The same index again (?index= naming the built-in one): keep the place, within the areas.
        position_.area = std::min(position_.area, static_cast<int>(Definition().areas.size()) - 1);
        position_.question =
            std::min(position_.question, static_cast<int>(Definition().areas[position_.area].questions.size()) - 1);
        Rescore();
    }
    RefreshSavedList();
    ReopenLast();
    return true;
}

bool Session::ShowInMemory(const std::string& source, const std::string& text) {
    AssessmentLoadResult loaded = ReadForThisIndex(text);
    if (!loaded.assessment) {
        ReportImportFailure(source, loaded.problems);
        return false;
    }
    SaveNow();
    assessment_ = std::move(loaded.assessment);
    position_ = {};
    Rescore();
    return true;
}

}  // namespace icc
