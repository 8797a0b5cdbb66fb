#include "core/report_csv.h"
#include "core/scoring.h"
#include "report_test_support.h"

#include <gtest/gtest.h>

namespace icc {
namespace {

using namespace icc::testing;

// Splits RFC 4180 text into rows of fields (quoted fields may hold commas, quotes, line breaks).
std::vector<std::vector<std::string>> ParseCsv(const std::string& csv) {
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> row;
    std::string field;
    bool quoted = false;
    for (std::size_t i = 0; i < csv.size(); ++i) {
        const char c = csv[i];
        if (quoted) {
            if (c == '"' && i + 1 < csv.size() && csv[i + 1] == '"') field += '"', ++i;
            else if (c == '"') quoted = false;
            else field += c;
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            row.push_back(field), field.clear();
        } else if (c == '\r' && i + 1 < csv.size() && csv[i + 1] == '\n') {
            row.push_back(field), field.clear();
            rows.push_back(row), row.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

TEST(ReportCsv, QuotesFieldsAsRfc4180Says) {
    EXPECT_EQ(CsvTextField("plain text"), "plain text");
    EXPECT_EQ(CsvTextField("a,b"), "\"a,b\"");
    EXPECT_EQ(CsvTextField("say \"hi\""), "\"say \"\"hi\"\"\"");
    EXPECT_EQ(CsvTextField("two\nlines"), "\"two\nlines\"");
    EXPECT_EQ(CsvTextField("cr\rhere"), "\"cr\rhere\"");
    EXPECT_EQ(CsvTextField(""), "");
    EXPECT_EQ(CsvTextField("Krak\u00f3w"), "Krak\u00f3w");
}

TEST(ReportCsv, TextThatASpreadsheetWouldRunGetsAnApostrophe) {
    EXPECT_EQ(CsvTextField("=SUM(A1:A9)"), "'=SUM(A1:A9)");
    EXPECT_EQ(CsvTextField("+1"), "'+1");
    EXPECT_EQ(CsvTextField("-2+3"), "'-2+3");
    EXPECT_EQ(CsvTextField("@cmd"), "'@cmd");
    EXPECT_EQ(CsvTextField("\tindent"), "'\tindent");
    EXPECT_EQ(CsvTextField("=HYPERLINK(\"x\",\"y\")"), "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
    EXPECT_EQ(CsvTextField("a=b"), "a=b");  // only the first character matters
}

TEST(ReportCsv, NumbersHaveAtMostTwoDecimals) {
    EXPECT_EQ(CsvNumberField(71.428571), "71.43");
    EXPECT_EQ(CsvNumberField(40.0), "40");
    EXPECT_EQ(CsvNumberField(2.5), "2.5");
    EXPECT_EQ(CsvNumberField(std::nullopt), "");
}

TEST(ReportCsv, ScoresOfOneAssessment) {
    const IndexDefinition definition = MakeSmallIndex();
    const Assessment assessment = SmallAssessment();
    const AssessmentScores scores = Score(definition, assessment);
    const BenchmarkSet benchmarks = SmallBenchmarks();
    const Comparison comparison = Compare(definition, benchmarks, assessment.city, scores);
    EXPECT_EQ(WriteScoresCsv(definition, scores, &comparison),
              "id,title,score,points,max_points,answered,total,sample_average,size_group_average,diversity_group_average\r\n"
              "core-index,Core index,50.48,,,4,5,63,58,\r\n"
              "extended-index,Extended index,37.86,,,5,6,,,\r\n"
              "commitment,commitment,71.43,5,7,3,3,74,69,\r\n"
              "education,education,40,2,5,1,2,60,,65\r\n"
              "participation,participation,0,0,2,1,1,30,,45\r\n");
    EXPECT_EQ(WriteScoresCsv(definition, scores, nullptr),
              "id,title,score,points,max_points,answered,total,sample_average,size_group_average,diversity_group_average\r\n"
              "core-index,Core index,50.48,,,4,5,,,\r\n"
              "extended-index,Extended index,37.86,,,5,6,,,\r\n"
              "commitment,commitment,71.43,5,7,3,3,,,\r\n"
              "education,education,40,2,5,1,2,,,\r\n"
              "participation,participation,0,0,2,1,1,,,\r\n");
}

TEST(ReportCsv, TitlesAreEnglishAndProtected) {
    IndexDefinition definition = MakeSmallIndex();
    definition.areas[0].title = LocalizedText{{{"en", "=1+1, \"quoted\""}, {"pl", "Zaanga\u017cowanie"}}};
    const AssessmentScores scores = Score(definition, SmallAssessment());
    const std::vector<std::vector<std::string>> rows = ParseCsv(WriteScoresCsv(definition, scores, nullptr));
    ASSERT_EQ(rows.size(), 6u);
    for (const std::vector<std::string>& row : rows) EXPECT_EQ(row.size(), 10u);
    EXPECT_EQ(rows[3][1], "'=1+1, \"quoted\"");
}

TEST(ReportCsv, BatchHasOneRowPerFileAndAColumnPerArea) {
    const IndexDefinition definition = MakeSmallIndex();
    const AssessmentScores first = Score(definition, SmallAssessment());
    const AssessmentScores empty = Score(definition, Assessment{});
    const std::string csv = WriteBatchCsv(definition, {{"answers/testville.json", "Testville", 2026, &first},
                                                       {"=cmd|' /C calc'!A0", "-Evil, \"City\"", 0, &empty},
                                                       {"skipped.json", "No scores", 2025, nullptr}});
    EXPECT_EQ(csv.substr(0, csv.find("\r\n")),
              "file,city,year,core_index,extended_index,completeness,commitment,education,participation");
    const std::vector<std::vector<std::string>> rows = ParseCsv(csv);
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[1], (std::vector<std::string>{"answers/testville.json", "Testville", "2026", "50.48", "37.86",
                                                  "83.33", "71.43", "40", "0"}));
    EXPECT_EQ(rows[2], (std::vector<std::string>{"'=cmd|' /C calc'!A0", "'-Evil, \"City\"", "", "0", "0", "0", "0",
                                                  "0", "0"}));
}

}  // namespace
}  // namespace icc
