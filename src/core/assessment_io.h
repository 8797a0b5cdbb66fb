// Reading and writing answers files (kind "icc-assessment", format: docs/ANSWERS-FORMAT.md), and
// checking an assessment against the index definition it answers. Never throws: every problem is
// reported with its JSON pointer path.
#pragma once

#include "core/assessment.h"
#include "core/index_model.h"
#include "core/problems.h"
#include "core/scoring.h"
#include "core/value_rules.h"

#include <optional>
#include <string>
#include <string_view>

namespace icc {

constexpr const char* kAssessmentKind = "icc-assessment";
constexpr int kAssessmentFormatVersion = 2;  // the newest format version this code reads and writes


struct AssessmentLoadResult {
    std::optional<Assessment> assessment;  // set only when `problems` is empty
    Problems problems;
    int sourceFormatVersion = 0;  // the version the file was written in (0: the draft format)
    bool migrated = false;        // read from an older format; saving writes the current one
};

// Parses and validates an answers file given as JSON text; migrates format 0 (docs/ANSWERS-FORMAT.md).
// Valid current-format files take a streaming fast path (core/assessment_fast_reader.h).
AssessmentLoadResult ReadAssessment(std::string_view json);

// ReadAssessment without the fast path: always builds the JSON document and checks every field.
// Gives the same result; tests compare the two.
AssessmentLoadResult ReadAssessmentThoroughly(std::string_view json);

// The assessment as JSON text (current format, 2-space indent). With `scores`, they are included
// as "scores" for readers of the export; ReadAssessment ignores them.
std::string WriteAssessment(const Assessment& assessment, const AssessmentScores* scores = nullptr);

// Warnings for an assessment read from a file, against the definition it will be scored with:
// another index id or version, unknown question ids, option ids the question does not have,
// answers of the wrong kind for the question, numbers outside the question's bands, "don't know"
// where the question does not allow it. Scoring ignores such answers (docs/SCORING.md).
Problems CheckAgainstDefinition(const Assessment& assessment, const IndexDefinition& definition);

}  // namespace icc
