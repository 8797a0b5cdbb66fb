// The command-line tool run as a user runs it: the built icc-index binary (ICC_CLI_PATH), in a
// fresh folder holding the test's files, its stdout and stderr read back. Native only (it starts
// processes and makes a FIFO).
#include <gtest/gtest.h>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

const std::string kSource = ICC_SOURCE_DIR;
const std::string kIndex = kSource + "/tests/data/scoring/index-zero.json";
const std::string kAnswers = kSource + "/tests/data/scoring/example-1-answers.json";

struct CliRun {
    int exitCode = -1;
    std::string out, err;
};

std::string ReadWhole(const fs::path& path) {
    std::ifstream stream(path, std::ios::binary);
    std::ostringstream text;
    text << stream.rdbuf();
    return text.str();
}

void WriteWhole(const fs::path& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }

class Cli : public ::testing::Test {
protected:
    void SetUp() override {
        folder_ = fs::temp_directory_path() / ("icc-cli-test-" + std::to_string(::getpid()) + "-" +
                                               ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(folder_);
        fs::create_directories(folder_);
    }
    void TearDown() override { fs::remove_all(folder_); }

    // Runs `icc-index ARGUMENTS` (shell words) in the test's folder, stopped after 20 s so that a
    // command that blocks (on a FIFO, say) fails the test instead of hanging it.
    CliRun Icc(const std::string& arguments) {
        const fs::path out = folder_ / ".stdout", err = folder_ / ".stderr";
        const std::string command = "cd '" + folder_.string() + "' && timeout 20 '" ICC_CLI_PATH "' " + arguments +
                                    " >'" + out.string() + "' 2>'" + err.string() + "' </dev/null";
        const int status = std::system(command.c_str());
        return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, ReadWhole(out), ReadWhole(err)};
    }

    // Example 1's answers with the city named `city`, as `fileName` in the test's folder.
    void WriteAnswers(const std::string& fileName, const std::string& city) {
        std::string text = ReadWhole(kAnswers);
        const std::string from = "\"name\": \"Example One\"";
        text.replace(text.find(from), from.size(), "\"name\": \"" + city + "\"");
        WriteWhole(folder_ / fileName, text);
    }

    fs::path folder_;
};

// A city name or a file name that a spreadsheet would run as a formula is written as text (the
// core's guarded CSV writer), the cells of a plain name as they are.
TEST_F(Cli, ScoreCsvNeutralisesFormulaCellsTheFileColumnToo) {
    WriteAnswers("=1+1.json", "=cmd|' /C calc'!A0");
    WriteAnswers("@sum.json", "+Kraków");
    WriteAnswers("plain.json", "Example One");
    const CliRun run = Icc("score --csv --index '" + kIndex + "' =1+1.json @sum.json plain.json");
    EXPECT_EQ(run.exitCode, 0) << run.err;
    EXPECT_NE(run.out.find("\n'=1+1.json,'=cmd|' /C calc'!A0,2024,"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("\n'@sum.json,'+Kraków,2024,"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("\nplain.json,Example One,2024,"), std::string::npos) << run.out;
    EXPECT_EQ(run.out.rfind("file,city,year,core_index,extended_index,completeness,", 0), 0u) << run.out;
    EXPECT_NE(run.out.find("\nmean,3 files,,"), std::string::npos) << run.out;
}

// An undated sample is null in the comparison (SCORING.md §6), not an empty string.
TEST_F(Cli, ScoreGivesAnUndatedSampleADateOfNull) {
    std::string benchmarks = ReadWhole(kSource + "/tests/data/scoring/benchmarks.json");
    for (std::size_t at = benchmarks.find("\"date\""); at != std::string::npos; at = benchmarks.find("\"date\"")) {
        const std::size_t end = benchmarks.find(',', at);
        benchmarks.erase(at, end + 1 - at);  // every "date": "…", goes
    }
    WriteWhole(folder_ / "undated.json", benchmarks);
    const CliRun run = Icc("score --index '" + kIndex + "' --benchmarks undated.json '" + kAnswers + "'");
    EXPECT_EQ(run.exitCode, 0) << run.err;
    EXPECT_NE(run.out.find("\"date\":null"), std::string::npos) << run.out;
    EXPECT_EQ(run.out.find("\"date\":\"\""), std::string::npos) << run.out;
}

// The published results beside the city: validated on their own, and in score's JSON.
TEST_F(Cli, ScoreSetsTheCityAmongThePublishedResults) {
    const std::string index = kSource + "/assets/index/icc-2019.json";
    const std::string published = kSource + "/assets/published/icc-published-results.json";
    const CliRun valid = Icc("validate '" + published + "'");
    EXPECT_EQ(valid.exitCode, 0) << valid.err;
    EXPECT_NE(valid.out.find(": ok (20 results, 18 sample sizes, 17 sources)"), std::string::npos) << valid.out;
    const CliRun run = Icc("score --index '" + index + "' --published '" + published + "' '" + kSource +
                           "/tests/data/report/sample-assessment.json'");
    EXPECT_EQ(run.exitCode, 0) << run.err;
    for (const char* part : {"\"comparison\":{\"publishedResults\":{", "\"cityEstimate\":", "\"place\":{\"below\":",
                             "{\"id\":\"odesa-2017\",\"city\":\"Odesa\",\"country\":\"UA\",\"year\":2017,\"indexVersion\":\"classic\",\"min\":70",
                             "\"url\":\"https://old.omr.gov.ua/en/essential/103457/?print\",\"certainty\":\"reported\"",
                             "\"sampleSizes\":[{\"year\":2010,\"date\":null,\"cities\":12"})
        EXPECT_NE(run.out.find(part), std::string::npos) << part << "\n" << run.out;
    // Published results for another index are refused with the reason.
    const CliRun other = Icc("score --index '" + kIndex + "' --published '" + published + "' '" + kAnswers + "'");
    EXPECT_EQ(other.exitCode, 1);
    EXPECT_NE(other.err.find("/indexId: the area figures use index \"icc-2019\""), std::string::npos) << other.err;
}

// score and report read their files through validate's checks: no FIFO (which would block), no
// device (which never ends), nothing over 64 MB.
TEST_F(Cli, ScoreAndReportRefuseAFifo) {
    ASSERT_EQ(::mkfifo((folder_ / "pipe.json").c_str(), 0600), 0);
    WriteAnswers("answers.json", "Example One");
    for (const std::string& command : std::vector<std::string>{"score --index pipe.json answers.json",
                                       "score --index '" + kIndex + "' pipe.json",
                                       "report --index pipe.json answers.json -o out.html",
                                       "report --index '" + kIndex + "' pipe.json -o out.html"}) {
        const CliRun run = Icc(command);
        EXPECT_EQ(run.exitCode, 1) << command << "\n" << run.err;
        EXPECT_NE(run.err.find("pipe.json: cannot read the file: it is not a regular file"), std::string::npos)
            << command << "\n" << run.err;
    }
}

TEST_F(Cli, ScoreAndReportRefuseADevice) {
    WriteAnswers("answers.json", "Example One");
    for (const std::string& command : std::vector<std::string>{"score --index /dev/zero answers.json",
                                       "report --index /dev/zero answers.json -o out.html"}) {
        const CliRun run = Icc(command);
        EXPECT_EQ(run.exitCode, 1) << command;
        EXPECT_NE(run.err.find("/dev/zero: cannot read the file: it is not a regular file"), std::string::npos)
            << command << "\n" << run.err;
    }
}

TEST_F(Cli, ScoreAndReportRefuseFilesOverTheSizeLimit) {
    WriteAnswers("answers.json", "Example One");
    fs::resize_file((WriteWhole(folder_ / "huge.json", "{"), folder_ / "huge.json"), 65u * 1024u * 1024u);
    for (const std::string& command : std::vector<std::string>{"score --index huge.json answers.json",
                                       "score --index '" + kIndex + "' huge.json",
                                       "report --index huge.json answers.json -o out.html"}) {
        const CliRun run = Icc(command);
        EXPECT_EQ(run.exitCode, 1) << command;
        EXPECT_NE(run.err.find("huge.json: the file is 65 MB; files over 64 MB are refused"), std::string::npos)
            << command << "\n" << run.err;
    }
}

// nlohmann reports 1e400 as "[json.exception.out_of_range.406] number overflow parsing '1e400'".
TEST_F(Cli, ANumberTooLargeForADoubleIsReportedInPlainWords) {
    std::string text = ReadWhole(kAnswers);
    const std::string from = "\"population\": 150000";
    text.replace(text.find(from), from.size(), "\"population\": 1e400");
    WriteWhole(folder_ / "overflow.json", text);
    const CliRun run = Icc("validate overflow.json");
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_NE(run.out.find("overflow.json: the file is not valid JSON: the number 1e400 is too large to be used"),
              std::string::npos)
        << run.out;
    EXPECT_EQ(run.out.find("json.exception"), std::string::npos) << run.out;
    const CliRun score = Icc("score --index '" + kIndex + "' overflow.json");
    EXPECT_NE(score.err.find("the number 1e400 is too large to be used"), std::string::npos) << score.err;
}

// A NUL byte is refused with its own reason (the browser's import says the same).
TEST_F(Cli, AFileWithANulByteIsRefusedAsNotText) {
    WriteWhole(folder_ / "nul.json", std::string("{\"kind\": \"icc-assessment\"\0}", 27));
    const CliRun run = Icc("validate nul.json");
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_NE(run.out.find("nul.json: the file holds a NUL byte (at offset 25), so it is not a JSON text file"),
              std::string::npos)
        << run.out;
}

// --- icc-index merge (the answers of the sample file, changed as a second department would) ---

const std::string kDraft = kSource + "/tests/data/assessment-valid/small-v2.json";

// The sample draft with `from` replaced by `to` (each must occur once).
std::string Changed(std::string text, const std::vector<std::pair<std::string, std::string>>& edits) {
    for (const auto& [from, to] : edits) {
        const std::size_t at = text.find(from);
        if (at == std::string::npos) ADD_FAILURE() << "not in the sample: " << from;
        else text.replace(at, from.size(), to);
    }
    return text;
}

// The second department answered the first answer of the sample differently, later, with other
// evidence: one conflict.
std::string ConflictingDraft() {
    return Changed(ReadWhole(kDraft), {{"\"partly\"", "\"yes\""},
                                       {"Strategy 2024-2030, council resolution 12/2024", "Integration plan 2025"},
                                       {"2026-11-25T10:40:00Z", "2026-12-01T09:00:00Z"},
                                       {"\"updatedBy\": \"Housing department\"", "\"updatedBy\": \"Culture department\""}});
}

TEST_F(Cli, MergeWithAConflictAndNoPreferWritesNothingAndExits3) {
    WriteWhole(folder_ / "other.json", ConflictingDraft());
    const CliRun run = Icc("merge '" + kDraft + "' other.json -o out.json");
    EXPECT_EQ(run.exitCode, 3) << run.err;
    EXPECT_FALSE(fs::exists(folder_ / "out.json"));
    EXPECT_NE(run.out.find("conflict: commitment.strategy"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("partly — by Housing department, 2026-11-25T10:40:00Z"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("yes — by Culture department, 2026-12-01T09:00:00Z"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("not settled"), std::string::npos) << run.out;
    EXPECT_NE(run.err.find("1 conflict and no --prefer"), std::string::npos) << run.err;
}

TEST_F(Cli, MergeWithPreferSettlesKeepsBothEvidenceAndTheResultValidates) {
    WriteWhole(folder_ / "other.json", ConflictingDraft());
    const CliRun run = Icc("merge '" + kDraft + "' other.json -o out.json --prefer newer");
    EXPECT_EQ(run.exitCode, 0) << run.err;
    EXPECT_NE(run.out.find("settled by --prefer newer: other.json"), std::string::npos) << run.out;
    const std::string merged = ReadWhole(folder_ / "out.json");
    EXPECT_NE(merged.find("Strategy 2024-2030, council resolution 12/2024"), std::string::npos) << merged;
    EXPECT_NE(merged.find("Integration plan 2025"), std::string::npos) << merged;
    EXPECT_NE(merged.find("[Culture department · 2026-12-01]"), std::string::npos) << merged;
    EXPECT_NE(merged.find("\"Culture department\""), std::string::npos);
    const CliRun validate = Icc("validate out.json");
    EXPECT_EQ(validate.exitCode, 0) << validate.out;
    // --prefer base keeps the base's answer.
    EXPECT_EQ(Icc("merge '" + kDraft + "' other.json -o base.json --prefer base").exitCode, 0);
    EXPECT_NE(ReadWhole(folder_ / "base.json").find("\"partly\""), std::string::npos);
}

TEST_F(Cli, MergeOfDraftsWithoutConflictsExits0) {
    WriteWhole(folder_ / "same.json", ReadWhole(kDraft));
    const CliRun run = Icc("merge '" + kDraft + "' same.json same.json -o out.json");
    EXPECT_EQ(run.exitCode, 0) << run.err;
    EXPECT_EQ(run.out.find("conflict:"), std::string::npos) << run.out;
    EXPECT_EQ(ReadWhole(folder_ / "out.json"), ReadWhole(kDraft));
}

TEST_F(Cli, MergeRefusesAnotherAssessmentOrIndexWithExit1) {
    WriteWhole(folder_ / "other-id.json", Changed(ReadWhole(kDraft), {{"\"id\": \"a-1\"", "\"id\": \"b-2\""}}));
    CliRun run = Icc("merge '" + kDraft + "' other-id.json -o out.json --prefer newer");
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_NE(run.err.find("another assessment"), std::string::npos) << run.err;
    WriteWhole(folder_ / "other-index.json", Changed(ReadWhole(kDraft), {{"\"id\": \"small\"", "\"id\": \"big\""}}));
    run = Icc("merge '" + kDraft + "' other-index.json -o out.json --prefer newer");
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_NE(run.err.find("only answers to one index merge"), std::string::npos) << run.err;
    WriteWhole(folder_ / "broken.json", "{");
    EXPECT_EQ(Icc("merge '" + kDraft + "' broken.json -o out.json").exitCode, 1);
    EXPECT_FALSE(fs::exists(folder_ / "out.json"));
}

TEST_F(Cli, MergeUsageErrorsExit2) {
    EXPECT_EQ(Icc("merge '" + kDraft + "' -o out.json").exitCode, 2);
    EXPECT_EQ(Icc("merge '" + kDraft + "' '" + kDraft + "'").exitCode, 2);
    EXPECT_EQ(Icc("merge '" + kDraft + "' '" + kDraft + "' -o out.json --prefer mine").exitCode, 2);
}

}  // namespace

namespace {

// An assessment of the questionnaire's previous version is scored with the current one, by the
// same carry-over the app uses, and each carried answer is named on stderr and in the JSON.
TEST_F(Cli, ScoreCarriesAnEarlierVersionOverAndWarnsPerChangedQuestion) {
    const std::string sample = kSource + "/tests/data/report/sample-assessment.json";
    const CliRun run = Icc("score --index '" + kSource + "/assets/index/icc-2019.json' '" + sample + "'");
    EXPECT_EQ(run.exitCode, 0) << run.err;
    EXPECT_NE(run.err.find("warning: /answers/education.school-concentration: answered with version 2019.1 of the index; "
                           "carried over from \"education.school-mix\" and marked to review"),
              std::string::npos)
        << run.err;
    EXPECT_EQ(run.err.find("the answers were given to version"), std::string::npos) << "carried, so no version mismatch";
    std::size_t carried = 0;
    for (std::size_t at = run.out.find("carried over from"); at != std::string::npos; at = run.out.find("carried over from", at + 1))
        ++carried;
    EXPECT_GT(carried, 10u) << "the JSON's warnings name the carried answers too";
    EXPECT_NE(run.out.find("\"coreIndex\""), std::string::npos) << run.out;
}

// A file with an action plan: score adds the target index (the same scoring with the targets
// applied), report --format plan-csv writes the plan, and the HTML report has its section.
TEST_F(Cli, AFileWithAPlanGetsItsTargetIndexThePlanCsvAndTheReportSection) {
    std::string text = ReadWhole(kAnswers);
    const std::string formatOne = "\"formatVersion\": 1";
    text.replace(text.find(formatOne), formatOne.size(), "\"formatVersion\": 2");
    const std::size_t end = text.rfind('}');
    text.insert(end, ", \"plan\": [{\"id\": \"budget\", \"area\": \"commitment\", \"title\": \"=Set aside a budget\", "
                     "\"deadline\": \"2027-06-30\", \"status\": \"inProgress\", "
                     "\"targets\": [{\"question\": \"commitment.budget\", \"selected\": [\"yes\"]}]}]");
    WriteWhole(folder_ / "plan.json", text);
    const CliRun score = Icc("score --index '" + kIndex + "' plan.json");
    EXPECT_EQ(score.exitCode, 0) << score.err;
    EXPECT_NE(score.out.find("\"target\":{\"coreIndex\":"), std::string::npos) << score.out;
    const CliRun without = Icc("score --index '" + kIndex + "' '" + kAnswers + "'");
    EXPECT_EQ(without.out.find("\"target\""), std::string::npos) << "no plan, no target";
    const CliRun csv = Icc("report --index '" + kIndex + "' --format plan-csv plan.json");
    EXPECT_EQ(csv.exitCode, 0) << csv.err;
    EXPECT_NE(csv.out.find("\r\ncommitment,"), std::string::npos) << csv.out;
    EXPECT_NE(csv.out.find(",'=Set aside a budget,,2027-06-30,commitment.budget: "), std::string::npos) << csv.out;
    const CliRun html = Icc("report --index '" + kIndex + "' --i18n '" + kSource + "/assets/i18n' --generated-at now plan.json");
    EXPECT_EQ(html.exitCode, 0) << html.err;
    EXPECT_NE(html.out.find("<section id=\"plan\""), std::string::npos);
}

}  // namespace
