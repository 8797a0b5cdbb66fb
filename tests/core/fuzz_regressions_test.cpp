// Inputs that once broke a reader (tests/data/fuzz-regressions/<fuzz target>/): every file goes
// through the checks of its fuzz target (fuzz/*_fuzzer.cpp), and each fix is checked by name.
#include "core/assessment_io.h"
#include "core/index_loader.h"
#include "core/scoring.h"
#include "core/translations.h"
#include "fuzz_support.h"  // the fuzz targets' own helpers (fuzz/)
#include "support/repository_file.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace icc {
namespace {

const std::string kRegressions = std::string(ICC_SOURCE_DIR) + "/tests/data/fuzz-regressions/";

std::string ReadWhole(const std::string& path) {
    const std::optional<std::string> text = ReadWholeFile(path);
    EXPECT_TRUE(text.has_value()) << path;
    return text.value_or("");
}

// The files of one target's folder, sorted by name.
std::vector<std::string> RegressionFiles(const std::string& target) {
    std::vector<std::string> files;
    for (const auto& entry : std::filesystem::directory_iterator(kRegressions + target))
        if (entry.is_regular_file()) files.push_back(entry.path().string());
    std::sort(files.begin(), files.end());
    return files;
}

TEST(FuzzRegressions, AnswersFilesReadAlikeAndWriteBackUnchanged) {
    const std::vector<std::string> files = RegressionFiles("assessment_reader");
    EXPECT_FALSE(files.empty());
    for (const std::string& file : files) {
        SCOPED_TRACE(file);
        const std::string text = ReadWhole(file);
        const AssessmentLoadResult read = ReadAssessment(text);
        const AssessmentLoadResult thorough = ReadAssessmentThoroughly(text);
        ASSERT_EQ(read.assessment.has_value(), thorough.assessment.has_value());
        if (!read.assessment) continue;
        const std::string written = WriteAssessment(*read.assessment);
        EXPECT_EQ(WriteAssessment(*thorough.assessment), written);
        const AssessmentLoadResult reread = ReadAssessment(written);
        ASSERT_TRUE(reread.assessment.has_value()) << reread.problems.front().path << ": " << reread.problems.front().message;
        EXPECT_EQ(WriteAssessment(*reread.assessment), written);
    }
}

// Format 0 evidence for the question id "" gave an assessment whose saved file could not be read.
TEST(FuzzRegressions, Format0EvidenceForAnEmptyQuestionIdIsRefused) {
    const AssessmentLoadResult read = ReadAssessment(ReadWhole(kRegressions + "assessment_reader/format0-empty-evidence-key.json"));
    EXPECT_FALSE(read.assessment.has_value());
    ASSERT_EQ(read.problems.size(), 1u);
    EXPECT_EQ(read.problems[0].path, "/evidence/");
    EXPECT_EQ(read.problems[0].message, "a question id must not be empty");
}

// A format 0 evidence key holding "\u0000" was looked up cut at that character, so the evidence of
// question "a" went to question "a\u0000b".
TEST(FuzzRegressions, Format0EvidenceKeyWithANulCharacterIsKeptWhole) {
    const AssessmentLoadResult read = ReadAssessment(ReadWhole(kRegressions + "assessment_reader/format0-nul-in-evidence-key.json"));
    ASSERT_TRUE(read.assessment.has_value());
    EXPECT_EQ(read.assessment->answers.at(std::string("a\0b", 3)).evidence, "first");
    EXPECT_EQ(read.assessment->answers.at("a").evidence, "second");
}

// A format 0 answer of 2e79 was read, but its saved file (format 2) was refused: the number is
// outside the answers' range, which format 0 now applies too.
TEST(FuzzRegressions, Format0NumberOutOfTheAnswersRangeIsRefused) {
    const AssessmentLoadResult read = ReadAssessment(ReadWhole(kRegressions + "assessment_reader/format0-number-out-of-range.json"));
    EXPECT_FALSE(read.assessment.has_value());
    ASSERT_EQ(read.problems.size(), 1u);
    EXPECT_EQ(read.problems[0].path, "/answers/year");
    EXPECT_NE(read.problems[0].message.find("must be between"), std::string::npos) << read.problems[0].message;
}

bool WithinPercent(const std::optional<double>& percent) { return !percent || (*percent >= 0 && *percent <= 100); }

TEST(FuzzRegressions, IndexFilesSaveStablyAndScoreWithinRange) {
    const std::vector<std::string> files = RegressionFiles("index_loader");
    EXPECT_FALSE(files.empty());
    for (const std::string& file : files) {
        SCOPED_TRACE(file);
        const IndexLoadResult loaded = LoadIndexDefinition(ReadWhole(file));
        if (!loaded.definition) continue;
        const std::string saved = SaveIndexDefinition(*loaded.definition);
        const IndexLoadResult reloaded = LoadIndexDefinition(saved);
        ASSERT_TRUE(reloaded.definition.has_value());
        EXPECT_EQ(SaveIndexDefinition(*reloaded.definition), saved);
        const AssessmentScores scores = Score(*loaded.definition, fuzz::AnswerEverything(*loaded.definition));
        for (const AreaScore& area : scores.areas) EXPECT_TRUE(WithinPercent(area.percent)) << area.areaId;
        EXPECT_TRUE(WithinPercent(scores.coreIndex));
        EXPECT_TRUE(WithinPercent(scores.extendedIndex));
    }
}

bool HasProblem(const Problems& problems, const std::string& path, const std::string& message) {
    for (const Problem& problem : problems)
        if (problem.path == path && problem.message == message) return true;
    return false;
}

// Area weights of 1e308 made the weighted sums infinite and the core index NaN.
TEST(FuzzRegressions, AreaWeightsAboveAMillionAreRefused) {
    const IndexLoadResult loaded = LoadIndexDefinition(ReadWhole(kRegressions + "index_loader/huge-weights.json"));
    EXPECT_FALSE(loaded.definition.has_value());
    EXPECT_TRUE(HasProblem(loaded.problems, "/areas/0/weight", "weight must be at most 1000000"));
}

// Option points of 1e308 added up to an infinite maximum, and the area's percent became NaN.
TEST(FuzzRegressions, PointsAboveAMillionAreRefused) {
    const IndexLoadResult loaded = LoadIndexDefinition(ReadWhole(kRegressions + "index_loader/huge-points.json"));
    EXPECT_FALSE(loaded.definition.has_value());
    EXPECT_TRUE(HasProblem(loaded.problems, "/areas/1/questions/0/options/0/points", "points must be at most 1000000"));
}

// A catalog key holding "/" or "~" was put into the problem's JSON pointer unescaped.
TEST(FuzzRegressions, TranslationProblemPathsEscapeTheKey) {
    std::unordered_map<std::string, std::string> catalog;
    const Problems problems = Translations::Parse(R"({"a/b~c": 1})", catalog);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].path, "/a~1b~0c");
}

}  // namespace
}  // namespace icc
