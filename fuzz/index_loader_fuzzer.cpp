// Fuzzes LoadIndexDefinition. A definition that loads must save, load again to the same saved
// text, and score an empty and a fully answered assessment without breaking the score's ranges.
#include "fuzz_support.h"

#include "core/index_loader.h"
#include "core/scoring.h"

namespace {

using namespace icc;

void CheckScores(const IndexDefinition& definition, const AssessmentScores& scores) {
    fuzz::Check(scores.areas.size() == definition.areas.size(), "one score per area");
    for (const AreaScore& area : scores.areas)
        fuzz::Check(!area.percent || (*area.percent >= 0 && *area.percent <= 100), "area percent within 0..100");
    fuzz::Check(!scores.coreIndex || (*scores.coreIndex >= 0 && *scores.coreIndex <= 100), "core index within 0..100");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const IndexLoadResult loaded = LoadIndexDefinition(fuzz::AsText(data, size));
    fuzz::Check(loaded.definition.has_value() == loaded.problems.empty(), "a definition exactly when no problem");
    if (!loaded.definition) return 0;
    const std::string saved = SaveIndexDefinition(*loaded.definition);
    const IndexLoadResult reloaded = LoadIndexDefinition(saved);
    fuzz::Check(reloaded.definition.has_value(), "a saved definition loads again");
    fuzz::Check(SaveIndexDefinition(*reloaded.definition) == saved, "save, load, save gives the same text");

    const ScoringPlan plan = BuildScoringPlan(*loaded.definition);
    CheckScores(*loaded.definition, Score(plan, Assessment{}));
    CheckScores(*loaded.definition, Score(plan, fuzz::AnswerEverything(*loaded.definition)));
    return 0;
}
