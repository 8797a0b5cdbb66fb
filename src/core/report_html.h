// The standalone HTML report of one assessment: a single HTML5 file with inline CSS and inline SVG
// charts, no scripts and no external resources, printable to A4. Contents and escaping rules:
// docs/REPORTS.md. The action plan (Assessment::plan) gets its section, a table per area. The report's own wording comes from the "report.*" keys of the UI catalogs.
#pragma once

#include "core/assessment.h"
#include "core/benchmarks.h"
#include "core/index_model.h"
#include "core/published_results.h"
#include "core/scoring.h"
#include "core/translations.h"

#include <string>

namespace icc {

struct ReportInput {
    const IndexDefinition& definition;
    const Assessment& assessment;
    const AssessmentScores& scores;          // of `assessment` with `definition`
    const Translations& translations;        // report wording ("report.*" keys)
    std::string language;                    // of the index texts and <html lang>, e.g. "en"
    std::string generatedAt;                 // shown as given, e.g. "2026-11-25 20:30 UTC" (the core has no clock)
    const Comparison* comparison = nullptr;  // optional: the scores beside benchmark averages
    const BenchmarkSet* benchmarks = nullptr;             // optional: where `comparison` came from
    const Assessment* earlierAssessment = nullptr;        // optional: an earlier assessment of the city,
    const AssessmentScores* earlierScores = nullptr;      // and its scores with `definition`, for "change since"
                                                          // and, when it has a plan, the targets met since
    const PublishedResults* published = nullptr;          // optional: published results of single cities,
    const PublishedPlace* publishedPlace = nullptr;       // and the city's place among them
};

// The report as one HTML document (UTF-8).
std::string WriteHtmlReport(const ReportInput& input);

}  // namespace icc
