#include "core/report_csv.h"

#include "core/score_explanation.h"

namespace icc {
namespace {

const char kLineEnd[] = "\r\n";

void AppendRow(std::string& csv, const std::vector<std::string>& fields) {
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0) csv += ',';
        csv += fields[i];
    }
    csv += kLineEnd;
}

std::string IntegerField(int value) { return std::to_string(value); }

// Answered and total questions of the core areas (the non-optional ones).
void CoreProgress(const IndexDefinition& definition, const AssessmentScores& scores, int& answered, int& total) {
    answered = total = 0;
    for (std::size_t a = 0; a < definition.areas.size() && a < scores.areas.size(); ++a) {
        if (definition.areas[a].optional) continue;
        answered += scores.areas[a].answered;
        total += scores.areas[a].total;
    }
}

}  // namespace

std::string CsvTextField(std::string_view text) {
    std::string field;
    // A spreadsheet would evaluate these as a formula (or as the start of one): make them text.
    if (!text.empty() && (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@' ||
                          text[0] == '\t' || text[0] == '\r'))
        field += '\'';
    field += text;
    if (field.find_first_of(",\"\r\n") == std::string::npos) return field;
    std::string quoted = "\"";
    for (const char c : field) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + "\"";
}

std::string CsvNumberField(const std::optional<double>& value) { return value ? FormatNumber(*value, 2) : std::string(); }

std::string WriteScoresCsv(const IndexDefinition& definition, const AssessmentScores& scores,
                           const Comparison* comparison) {
    std::string csv;
    AppendRow(csv, {"id", "title", "score", "points", "max_points", "answered", "total", "sample_average",
                    "size_group_average", "diversity_group_average"});
    int coreAnswered = 0, coreTotal = 0;
    CoreProgress(definition, scores, coreAnswered, coreTotal);
    const ComparedScore* core = comparison ? &comparison->coreIndex : nullptr;
    AppendRow(csv, {"core-index", "Core index", CsvNumberField(scores.coreIndex), "", "", IntegerField(coreAnswered),
                    IntegerField(coreTotal), core ? CsvNumberField(core->sample) : "",
                    core ? CsvNumberField(core->sizeGroup) : "", core ? CsvNumberField(core->diversityGroup) : ""});
    AppendRow(csv, {"extended-index", "Extended index", CsvNumberField(scores.extendedIndex), "", "",
                    IntegerField(scores.answered), IntegerField(scores.total), "", "", ""});
    for (std::size_t a = 0; a < definition.areas.size() && a < scores.areas.size(); ++a) {
        const AreaScore& area = scores.areas[a];
        const ComparedScore* compared =
            comparison && a < comparison->areas.size() ? &comparison->areas[a].score : nullptr;
        AppendRow(csv, {CsvTextField(definition.areas[a].id), CsvTextField(definition.areas[a].title.Get("en")),
                        CsvNumberField(area.percent), CsvNumberField(area.points), CsvNumberField(area.maxPoints),
                        IntegerField(area.answered), IntegerField(area.total),
                        compared ? CsvNumberField(compared->sample) : "",
                        compared ? CsvNumberField(compared->sizeGroup) : "",
                        compared ? CsvNumberField(compared->diversityGroup) : ""});
    }
    return csv;
}

std::string WriteBatchCsv(const IndexDefinition& definition, const std::vector<BatchCsvEntry>& entries) {
    std::string csv;
    std::vector<std::string> header = {"file", "city", "year", "core_index", "extended_index", "completeness"};
    for (const Area& area : definition.areas) header.push_back(CsvTextField(area.id));
    AppendRow(csv, header);
    for (const BatchCsvEntry& entry : entries) {
        if (!entry.scores) continue;
        const AssessmentScores& scores = *entry.scores;
        std::vector<std::string> row = {CsvTextField(entry.file), CsvTextField(entry.city),
                                        entry.year ? IntegerField(entry.year) : "", CsvNumberField(scores.coreIndex),
                                        CsvNumberField(scores.extendedIndex),
                                        CsvNumberField(scores.completenessPercent)};
        for (std::size_t a = 0; a < definition.areas.size(); ++a)
            row.push_back(a < scores.areas.size() ? CsvNumberField(scores.areas[a].percent) : "");
        AppendRow(csv, row);
    }
    return csv;
}

}  // namespace icc
