// CSV exports of scores (RFC 4180: comma separated, CRLF line ends, fields with a comma, quote or
// line break quoted, quotes doubled). Text cells that a spreadsheet would run as a formula (starting
// with = + - @, a tab or a carriage return) get a leading apostrophe; numbers are written by this
// code and never need it. Columns: docs/REPORTS.md, "CSV".
#pragma once

#include "core/benchmarks.h"
#include "core/index_model.h"
#include "core/scoring.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace icc {

// One text cell: protected against formula injection, then quoted when RFC 4180 needs it.
std::string CsvTextField(std::string_view text);

// A number cell: up to 2 decimals, no trailing zeros; empty when absent.
std::string CsvNumberField(const std::optional<double>& value);

// The scores of one assessment: a row for the core and the extended index, then one row per area
// with its English title, points, answered questions and, with `comparison`, the averages.
std::string WriteScoresCsv(const IndexDefinition& definition, const AssessmentScores& scores,
                           const Comparison* comparison);

// One assessment in a batch: the file it came from, its city, and its scores with the definition.
struct BatchCsvEntry {
    std::string file;
    std::string city;
    int year = 0;  // 0: not given
    const AssessmentScores* scores = nullptr;
};

// Many assessments: one row per entry (file, city, year, core and extended index, completeness,
// then one column per area, headed by the area id).
std::string WriteBatchCsv(const IndexDefinition& definition, const std::vector<BatchCsvEntry>& entries);

}  // namespace icc
