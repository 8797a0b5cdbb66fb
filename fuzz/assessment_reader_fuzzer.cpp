// Fuzzes ReadAssessment (its streaming fast path and the full reader, format 0 migration
// included). Both readers must agree; what they read must write back and read again unchanged;
// and it must check and score against a real definition without breaking the score's ranges.
#include "fuzz_support.h"

#include "core/assessment_io.h"
#include "core/index_loader.h"
#include "core/scoring.h"

using namespace icc;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = fuzz::AsText(data, size);
    const AssessmentLoadResult read = ReadAssessment(text);
    const AssessmentLoadResult thorough = ReadAssessmentThoroughly(text);
    fuzz::Check(read.assessment.has_value() == read.problems.empty(), "an assessment exactly when no problem");
    fuzz::Check(read.assessment.has_value() == thorough.assessment.has_value(), "fast and full reader agree");
    if (!read.assessment) return 0;
    fuzz::Check(fuzz::SameAssessment(*read.assessment, *thorough.assessment), "fast and full reader read the same");

    const std::string written = WriteAssessment(*read.assessment);
    const AssessmentLoadResult reread = ReadAssessment(written);
    fuzz::Check(reread.assessment.has_value(), "a written assessment reads again");
    fuzz::Check(!reread.migrated, "a written assessment is in the current format");
    fuzz::Check(fuzz::SameAssessment(*read.assessment, *reread.assessment), "write and read give the same assessment");
    fuzz::Check(WriteAssessment(*reread.assessment) == written, "write, read, write gives the same text");

    CheckAgainstDefinition(*read.assessment, fuzz::ScoringIndex());
    const AssessmentScores scores = Score(fuzz::ScoringIndex(), *read.assessment);
    fuzz::Check(scores.answered <= scores.total, "no more answered than questions");
    fuzz::Check(!scores.coreIndex || (*scores.coreIndex >= 0 && *scores.coreIndex <= 100), "core index within 0..100");
    const AssessmentLoadResult exported = ReadAssessment(WriteAssessment(*read.assessment, &scores));
    fuzz::Check(exported.assessment && fuzz::SameAssessment(*read.assessment, *exported.assessment),
                "an export with scores reads back the same assessment");
    return 0;
}
