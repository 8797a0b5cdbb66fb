// Fuzzes the report writers with a fuzzed answers file: whatever ReadAssessment accepts is scored
// with the shipped ICC 2019 index, compared with the shipped benchmarks and written as the HTML
// report and both CSV exports. The HTML must stay UTF-8 and script-free; the CSV must parse back
// (RFC 4180) into rows of equal width that give the city name back.
#include "fuzz_support.h"

#include "core/assessment_io.h"
#include "core/benchmarks.h"
#include "core/index_loader.h"
#include "core/interface_languages.h"
#include "core/json_guard.h"
#include "core/report_csv.h"
#include "core/report_html.h"
#include "core/scoring.h"
#include "core/translations.h"

#include <iterator>
#include <vector>

namespace {

using namespace icc;

struct Fixtures {
    IndexDefinition definition;
    BenchmarkSet benchmarks;
    Translations translations;
};

const Fixtures& Shared() {
    static const Fixtures fixtures = [] {
        Fixtures loaded;
        loaded.definition = *LoadIndexDefinition(ReadRepositoryFile("assets/index/icc-2019.json")).definition;
        loaded.benchmarks = *LoadBenchmarks(ReadRepositoryFile("assets/benchmarks/icc-benchmarks.json")).benchmarks;
        std::unordered_map<std::string, std::string> english;
        Translations::Parse(ReadRepositoryFile("assets/i18n/en.json"), english);
        loaded.translations.Set("en", english, english);
        return loaded;
    }();
    return fixtures;
}

using CsvRecord = std::vector<std::string>;

// RFC 4180 records; aborts on a quote inside an unquoted field or an unterminated quoted field.
std::vector<CsvRecord> ParseCsv(std::string_view text) {
    std::vector<CsvRecord> records;
    CsvRecord record;
    std::string field;
    std::size_t i = 0;
    while (i < text.size()) {
        if (text[i] == '"' && field.empty()) {
            for (++i;; ++i) {
                fuzz::Check(i < text.size(), "a quoted CSV field is closed");
                if (text[i] == '"' && i + 1 < text.size() && text[i + 1] == '"') field += text[i++];
                else if (text[i] == '"') break;
                else field += text[i];
            }
            ++i;
            fuzz::Check(i == text.size() || text[i] == ',' || text[i] == '\r', "a quoted CSV field ends at a separator");
            continue;
        }
        if (text[i] == ',') {
            record.push_back(std::move(field));
            field.clear();
            ++i;
        } else if (text[i] == '\r') {
            fuzz::Check(i + 1 < text.size() && text[i + 1] == '\n', "CSV lines end in CRLF");
            record.push_back(std::move(field));
            field.clear();
            records.push_back(std::move(record));
            record.clear();
            i += 2;
        } else {
            fuzz::Check(text[i] != '"' && text[i] != '\n', "quotes and line breaks only inside quoted CSV fields");
            field += text[i++];
        }
    }
    fuzz::Check(field.empty() && record.empty(), "the CSV ends with a line end");
    return records;
}

void CheckRectangular(const std::vector<CsvRecord>& records) {
    fuzz::Check(!records.empty(), "a CSV header");
    for (const CsvRecord& record : records) fuzz::Check(record.size() == records.front().size(), "CSV rows of equal width");
}

// The cell a text should become: itself, after an apostrophe when a spreadsheet would run it.
std::string ExpectedCell(const std::string& text) {
    static const std::string_view risky = "=+-@\t\r";
    return !text.empty() && risky.find(text[0]) != std::string_view::npos ? "'" + text : text;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const AssessmentLoadResult read = ReadAssessment(fuzz::AsText(data, size));
    if (!read.assessment) return 0;
    const Fixtures& fixtures = Shared();
    const Assessment& assessment = *read.assessment;
    const AssessmentScores scores = Score(fixtures.definition, assessment);
    const Comparison comparison = Compare(fixtures.definition, fixtures.benchmarks, assessment.city, scores);

    ReportInput input{fixtures.definition, assessment, scores, fixtures.translations,
                      kInterfaceLanguages[size % std::size(kInterfaceLanguages)],
                      assessment.updatedAt};
    if (size % 2 == 0) {
        input.comparison = &comparison;
        input.benchmarks = &fixtures.benchmarks;
        input.earlierAssessment = &assessment;
        input.earlierScores = &scores;
    }
    const std::string html = WriteHtmlReport(input);
    fuzz::Check(IsValidUtf8(html), "the HTML report is UTF-8");
    fuzz::Check(html.find("<script") == std::string::npos && html.find("<SCRIPT") == std::string::npos,
                "the HTML report has no script");

    CheckRectangular(ParseCsv(WriteScoresCsv(fixtures.definition, scores, size % 2 == 0 ? &comparison : nullptr)));
    const std::vector<BatchCsvEntry> entries = {{"answers,\"1\".json", assessment.city.name, assessment.city.year, &scores},
                                                {"=2.json", assessment.city.name, 0, &scores}};
    const std::vector<CsvRecord> batch = ParseCsv(WriteBatchCsv(fixtures.definition, entries));
    CheckRectangular(batch);
    fuzz::Check(batch.size() == entries.size() + 1, "one CSV row per batch entry");
    fuzz::Check(batch[1][1] == ExpectedCell(assessment.city.name), "the CSV gives the city name back");
    return 0;
}
