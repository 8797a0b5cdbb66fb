// Inputs that once broke a reader (tests/data/fuzz-regressions/<fuzz target>/): every file goes
// through the checks of its fuzz target (fuzz/*_fuzzer.cpp), and each fix is checked by name.
#include "core/assessment_io.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace icc {
namespace {

const std::string kRegressions = std::string(ICC_SOURCE_DIR) + "/tests/data/fuzz-regressions/";

std::string ReadWhole(const std::string& path) {
    std::ifstream file(path, std::ios::binary);
    EXPECT_TRUE(file.good()) << path;
    std::ostringstream text;
    text << file.rdbuf();
    return text.str();
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

}  // namespace
}  // namespace icc
