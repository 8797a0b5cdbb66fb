#include "core/assessment_fast_reader.h"
#include "core/assessment_io.h"
#include "scoring_fixtures.h"

#include <gtest/gtest.h>

#include <random>

namespace icc {
namespace {

using namespace icc::testing;

struct InvalidFile {
    const char* name;
    const char* path;     // the one problem's JSON pointer
    const char* message;  // a part of its message
};

const InvalidFile kInvalidFiles[] = {
    {"01-not-json.json", "", "the file is not valid JSON"},
    {"02-invalid-utf8.json", "", "not valid UTF-8"},
    {"03-root-array.json", "", "the file must hold a JSON object, not an array"},
    {"04-wrong-kind.json", "/kind", "this is not an answers file: kind is \"icc-benchmarks\", expected \"icc-assessment\""},
    {"05-newer-format.json", "/formatVersion", "format version 3, newer than this tool reads (up to 2)"},
    {"06-format-version-text.json", "/formatVersion", "must be a whole number, not a string"},
    {"07-index-missing.json", "/index", "\"index\" is required"},
    {"08-answers-not-object.json", "/answers", "must be an object of answers by question id, not an array"},
    {"09-answer-not-object.json", "/answers/commitment.budget", "must be an object"},
    {"10-selected-not-array.json", "/answers/commitment.strategy/selected",
     "must be an array of option ids, not a string"},
    {"11-selected-item-not-string.json", "/answers/commitment.actions/selected/1",
     "must be an option id (a string), not a number"},
    {"12-number-as-text.json", "/answers/education.teachers/number", "must be a number, not a string"},
    {"13-dont-know-as-text.json", "/answers/commitment.strategy/dontKnow", "must be true or false, not a string"},
    {"14-year-fraction.json", "/city/year", "must be a whole number, not a fraction"},
    {"15-foreign-born-over-100.json", "/city/foreignBornPercent", "must be between 0 and 100, not 140"},
    {"16-city-name-missing.json", "/city/name", "\"name\" is required"},
    {"17-key-with-slash.json", "/answers/a~1b~0c/evidence", "must be a string, not a number"},
    {"18-deep-nesting.json", "", "nested 101 levels deep"},
    {"19-format0-bad-answer.json", "/answers/commitment.strategy",
     "must be an option id, a list of option ids, a number or null (don't know), not true/false"},
    {"20-empty-file.json", "", "the file is not valid JSON"},
};

// The fast path must accept exactly what the thorough reader accepts, with the same result.
void ExpectSameAsThorough(const std::string& text) {
    const std::optional<Assessment> fast = ReadAssessmentFast(text);
    const AssessmentLoadResult thorough = ReadAssessmentThoroughly(text);
    if (!fast) return;  // the thorough reader decides
    ASSERT_TRUE(thorough.assessment.has_value()) << "fast path accepted: " << text.substr(0, 400);
    EXPECT_EQ(thorough.sourceFormatVersion, kAssessmentFormatVersion);
    EXPECT_EQ(WriteAssessment(*fast), WriteAssessment(*thorough.assessment));
}

TEST(AssessmentIo, EachInvalidFileGivesItsProblem) {
    for (const InvalidFile& file : kInvalidFiles) {
        SCOPED_TRACE(file.name);
        const std::string text = ReadRepositoryFile(std::string("tests/data/assessment-invalid/") + file.name);
        const AssessmentLoadResult result = ReadAssessment(text);
        EXPECT_FALSE(result.assessment.has_value());
        ASSERT_EQ(result.problems.size(), 1u) << result.problems.front().path << ": " << result.problems.front().message;
        EXPECT_EQ(result.problems[0].path, file.path);
        EXPECT_NE(result.problems[0].message.find(file.message), std::string::npos) << result.problems[0].message;
    }
}

TEST(AssessmentIo, ReadsFormat1) {
    const AssessmentLoadResult result = ReadAssessment(ReadRepositoryFile("tests/data/assessment-valid/small-v1.json"));
    ASSERT_TRUE(result.problems.empty()) << result.problems[0].path << ": " << result.problems[0].message;
    const Assessment& assessment = *result.assessment;
    EXPECT_TRUE(result.migrated);  // format 2 only adds fields: nothing to convert
    EXPECT_EQ(result.sourceFormatVersion, 1);
    EXPECT_EQ(assessment.id, "a-1");
    EXPECT_EQ(assessment.indexId, "small");
    EXPECT_EQ(assessment.indexVersion, "1");
    EXPECT_EQ(assessment.city.name, "Testville");
    EXPECT_EQ(assessment.city.year, 2024);
    EXPECT_EQ(*assessment.city.population, 150000);
    EXPECT_EQ(*assessment.city.foreignBornPercent, 12.5);
    EXPECT_EQ(assessment.createdAt, "2026-11-25T10:00:00Z");
    ASSERT_EQ(assessment.answers.size(), 3u);
    EXPECT_EQ(assessment.answers.at("commitment.strategy").selected, std::vector<std::string>{"partly"});
    EXPECT_EQ(assessment.answers.at("commitment.strategy").evidence, "Strategy 2024-2030, council resolution 12/2024");
    EXPECT_EQ(*assessment.answers.at("education.teachers").number, 10);
}

TEST(AssessmentIo, ReadsFormat2) {
    const AssessmentLoadResult result = ReadAssessment(ReadRepositoryFile("tests/data/assessment-valid/small-v2.json"));
    ASSERT_TRUE(result.problems.empty()) << result.problems[0].path << ": " << result.problems[0].message;
    EXPECT_FALSE(result.migrated);
    EXPECT_EQ(result.sourceFormatVersion, 2);
    const Assessment& assessment = *result.assessment;
    EXPECT_EQ(assessment.contributors, (std::vector<std::string>{"Education department", "Housing department"}));
    EXPECT_EQ(assessment.responsible.at("education"), "Education department");
    EXPECT_EQ(assessment.answers.at("commitment.strategy").updatedBy, "Housing department");
    EXPECT_EQ(WriteAssessment(assessment), ReadRepositoryFile("tests/data/assessment-valid/small-v2.json"));
    // Format 1 has no authors: a field of that name there is not read.
    const std::string v1 = R"({"formatVersion": 1, "kind": "icc-assessment", "index": {"id": "x"}, "city": {"name": "A"},
        "answers": {"q": {"number": 1, "updatedBy": "E"}}, "contributors": ["E"]})";
    const AssessmentLoadResult old = ReadAssessment(v1);
    ASSERT_TRUE(old.assessment);
    EXPECT_TRUE(old.assessment->contributors.empty());
    EXPECT_TRUE(old.assessment->answers.at("q").updatedBy.empty());
}

TEST(AssessmentIo, ReportsBadContributors) {
    const AssessmentLoadResult result = ReadAssessment(R"({"formatVersion": 2, "kind": "icc-assessment",
        "index": {"id": "x"}, "city": {"name": "A"}, "answers": {"q": {"updatedBy": 5}},
        "contributors": ["", 7], "responsible": {"a": ""}})");
    EXPECT_FALSE(result.assessment);
    std::vector<std::string> paths;
    for (const Problem& problem : result.problems) paths.push_back(problem.path);
    EXPECT_EQ(paths, (std::vector<std::string>{"/answers/q/updatedBy", "/contributors/0", "/contributors/1", "/responsible/a"}));
}

TEST(AssessmentIo, MigratesFormat0) {
    const AssessmentLoadResult result = ReadAssessment(ReadRepositoryFile("tests/data/assessment-valid/small-v0.json"));
    ASSERT_TRUE(result.problems.empty()) << result.problems[0].path << ": " << result.problems[0].message;
    EXPECT_TRUE(result.migrated);
    EXPECT_EQ(result.sourceFormatVersion, 0);
    const Assessment& assessment = *result.assessment;
    EXPECT_EQ(assessment.id, "draft-7");
    EXPECT_EQ(assessment.indexId, "small");
    EXPECT_EQ(assessment.city.name, "Testville");
    EXPECT_EQ(assessment.city.year, 2023);
    EXPECT_EQ(*assessment.city.foreignBornPercent, 12.5);
    EXPECT_EQ(assessment.updatedAt, "2026-03-01T09:00:00Z");
    EXPECT_EQ(assessment.answers.at("commitment.strategy").selected, std::vector<std::string>{"partly"});
    EXPECT_EQ(assessment.answers.at("commitment.strategy").evidence, "Strategy 2024-2030");
    EXPECT_EQ(assessment.answers.at("commitment.actions").selected, (std::vector<std::string>{"a", "b"}));
    EXPECT_TRUE(assessment.answers.at("commitment.budget").dontKnow);
    EXPECT_EQ(*assessment.answers.at("education.teachers").number, 10);
    // Migrated answers score like the same answers in format 1.
    const IndexDefinition index = MakeSmallIndex();
    const AssessmentLoadResult current = ReadAssessment(ReadRepositoryFile("tests/data/assessment-valid/small-v1.json"));
    EXPECT_EQ(Score(index, assessment).areas[1].points, Score(index, *current.assessment).areas[1].points);
    // Saving writes the current format, which reads back without migration.
    const AssessmentLoadResult saved = ReadAssessment(WriteAssessment(assessment));
    EXPECT_FALSE(saved.migrated);
    EXPECT_EQ(WriteAssessment(*saved.assessment), WriteAssessment(assessment));
}

TEST(AssessmentIo, ScoresAreWrittenAndIgnoredOnRead) {
    const IndexDefinition index = MakeSmallIndex();
    const Assessment assessment = *ReadAssessment(ReadRepositoryFile("tests/data/assessment-valid/small-v1.json")).assessment;
    const AssessmentScores scores = Score(index, assessment);
    const std::string text = WriteAssessment(assessment, &scores);
    EXPECT_NE(text.find("\"scores\""), std::string::npos);
    EXPECT_NE(text.find("\"coreIndex\""), std::string::npos);
    const AssessmentLoadResult again = ReadAssessment(text);
    ASSERT_TRUE(again.problems.empty());
    EXPECT_EQ(WriteAssessment(*again.assessment), WriteAssessment(assessment));
}

TEST(AssessmentIo, NullMeansAbsentForOptionalNumbers) {
    const AssessmentLoadResult result = ReadAssessment(R"({"formatVersion": 1, "kind": "icc-assessment",
        "index": {"id": "small"}, "city": {"name": "X", "population": null},
        "answers": {"education.teachers": {"number": null}}})");
    ASSERT_TRUE(result.problems.empty());
    EXPECT_FALSE(result.assessment->city.population.has_value());
    EXPECT_FALSE(result.assessment->answers.at("education.teachers").number.has_value());
}

TEST(AssessmentIo, ReportsEveryProblemNotOnlyTheFirst) {
    const AssessmentLoadResult result = ReadAssessment(R"({"formatVersion": 1, "kind": "icc-assessment",
        "index": {"id": 3}, "city": {"name": "X", "year": "2024"}, "answers": {"q": {"dontKnow": 1}}})");
    ASSERT_EQ(result.problems.size(), 3u);
    EXPECT_EQ(result.problems[0].path, "/index/id");
    EXPECT_EQ(result.problems[1].path, "/city/year");
    EXPECT_EQ(result.problems[2].path, "/answers/q/dontKnow");
}

TEST(AssessmentIo, RoundTripOfRandomAssessmentsIsIdentical) {
    std::mt19937 random(7);
    const IndexDefinition index = MakeRandomIndex(random, 17, 5);
    for (int round = 0; round < 1000; ++round) {
        Assessment assessment = MakeRandomAssessment(index, random, 0.3, 0.2);
        if (round % 2) assessment.city.population.reset();
        if (round % 3) assessment.answers.begin()->second.evidence = "Zażółć gęślą jaźń — «Київ» \"quoted\"\n/~";
        const std::string written = WriteAssessment(assessment);
        const AssessmentLoadResult read = ReadAssessment(written);
        ASSERT_TRUE(read.problems.empty()) << read.problems[0].path << ": " << read.problems[0].message;
        const Assessment& back = *read.assessment;
        EXPECT_EQ(WriteAssessment(back), written);
        EXPECT_EQ(back.id, assessment.id);
        EXPECT_EQ(back.city.population, assessment.city.population);
        EXPECT_EQ(back.city.foreignBornPercent, assessment.city.foreignBornPercent);
        ASSERT_EQ(back.answers.size(), assessment.answers.size());
        for (const auto& [id, answer] : assessment.answers) {
            const Answer& other = back.answers.at(id);
            EXPECT_EQ(other.selected, answer.selected);
            EXPECT_EQ(other.number, answer.number);  // doubles survive exactly
            EXPECT_EQ(other.dontKnow, answer.dontKnow);
            EXPECT_EQ(other.evidence, answer.evidence);
        }
    }
}

TEST(AssessmentIo, NeverCrashesOnMangledFiles) {
    const std::string valid = ReadRepositoryFile("tests/data/assessment-valid/small-v1.json");
    std::mt19937 random(11);
    for (int round = 0; round < 2000; ++round) {
        std::string text = valid;
        for (int edit = 0; edit < 3; ++edit) {
            const std::size_t at = random() % text.size();
            switch (random() % 3) {
            case 0: text.erase(at, 1 + random() % 8); break;
            case 1: text.insert(at, 1, "{}[]\",:0tn\\"[random() % 11]); break;
            default: text[at] = static_cast<char>(random() % 256); break;
            }
            if (text.empty()) text = "x";
        }
        const AssessmentLoadResult result = ReadAssessment(text);
        EXPECT_EQ(result.assessment.has_value(), result.problems.empty());
        ExpectSameAsThorough(text);
    }
}

TEST(AssessmentFastReader, TakesValidCurrentFiles) {
    std::mt19937 random(5);
    const IndexDefinition index = MakeRandomIndex(random, 17, 5);
    for (int round = 0; round < 200; ++round) {
        const std::string text = WriteAssessment(MakeRandomAssessment(index, random, 0.2, 0.1));
        ASSERT_TRUE(ReadAssessmentFast(text).has_value());
        ExpectSameAsThorough(text);
    }
    EXPECT_TRUE(ReadAssessmentFast(ReadRepositoryFile("tests/data/assessment-valid/small-v2.json")).has_value());
    EXPECT_FALSE(ReadAssessmentFast(ReadRepositoryFile("tests/data/assessment-valid/small-v1.json")).has_value());
    EXPECT_FALSE(ReadAssessmentFast(ReadRepositoryFile("tests/data/assessment-valid/small-v0.json")).has_value());
}

TEST(AssessmentFastReader, GivesUpOnEveryInvalidFile) {
    for (const InvalidFile& file : kInvalidFiles)
        EXPECT_FALSE(ReadAssessmentFast(ReadRepositoryFile(std::string("tests/data/assessment-invalid/") + file.name)))
            << file.name;
}

TEST(AssessmentFastReader, AgreesWithTheThoroughReaderOnEdgeCases) {
    const std::string head = R"({"formatVersion": 2, "kind": "icc-assessment", "index": {"id": "x"}, )";
    const char* const tails[] = {
        R"("city": {"name": "A"}, "answers": {}})",
        R"("city": {"name": "A", "year": 2024.0}, "answers": {}})",
        R"("city": {"name": "A", "year": 99999}, "answers": {}})",
        R"("city": {"name": "A", "population": null, "extra": {"deep": [1, {"x": null}]}}, "answers": {}})",
        R"("city": {"name": "A"}, "city": {"year": 2020}, "answers": {}})",
        R"("city": {"name": "A"}, "answers": {"q": {"selected": ["a"]}, "q": {"number": 3}}})",
        R"("city": {"name": "A"}, "answers": {"q": {"selected": ["a", null]}}})",
        R"("city": {"name": "A"}, "answers": {"q": {"selected": [["a"]]}}})",
        R"("city": {"name": "A"}, "answers": {"q": {"number": 1e300}}})",
        R"("city": {"name": "A"}, "answers": {"q": {"number": -12, "dontKnow": true, "other": false}}})",
        R"("city": {"name": "A"}, "answers": {"": {}}})",
        R"("city": {"name": "A"}, "answers": {"q": []}})",
        R"("city": {"name": "A"}, "answers": {}, "scores": {"coreIndex": 5}, "kind": "icc-assessment"})",
        R"("city": {"name": "A"}, "answers": {}, "kind": "other"})",
        R"("city": {"name": "A"}, "answers": {}, "formatVersion": 0})",
        R"("city": {"name": "A"}, "answers": {}, "id": 7})",
        R"("city": {"name": "A", "foreignBornPercent": 100}, "answers": {}, "index": {"version": "1"}})",
        R"("city": {"name": "A", "foreignBornPercent": 100.5}, "answers": {}})",
        R"("city": {"name": "A"}, "answers": {}} trailing)",
        R"("city": {"name": "A"}, "answers": {}, "contributors": ["E", "H", "E"], "responsible": {"a": "E"}})",
        R"("city": {"name": "A"}, "answers": {}, "contributors": ["E"], "contributors": ["H"]})",
        R"("city": {"name": "A"}, "answers": {}, "contributors": [""]})",
        R"("city": {"name": "A"}, "answers": {}, "contributors": ["E", 3]})",
        R"("city": {"name": "A"}, "answers": {}, "contributors": [["E"]]})",
        R"("city": {"name": "A"}, "answers": {}, "contributors": "E"})",
        R"("city": {"name": "A"}, "answers": {}, "responsible": {"a": ""}})",
        R"("city": {"name": "A"}, "answers": {}, "responsible": {"": "E"}})",
        R"("city": {"name": "A"}, "answers": {}, "responsible": {"a": {"name": "E"}}})",
        R"("city": {"name": "A"}, "answers": {"q": {"number": 1, "updatedBy": "E"}}})",
        R"("city": {"name": "A"}, "answers": {"q": {"number": 1, "updatedBy": 5}}})",
    };
    for (const char* tail : tails) {
        SCOPED_TRACE(tail);
        ExpectSameAsThorough(head + tail);
        EXPECT_EQ(ReadAssessment(head + tail).problems.empty(), ReadAssessmentThoroughly(head + tail).problems.empty());
    }
    ExpectSameAsThorough("\xEF\xBB\xBF" + head + tails[0]);  // byte order mark
}

// --- CheckAgainstDefinition ---

TEST(AssessmentCheck, CleanAssessmentHasNoWarnings) {
    const Assessment assessment = *ReadAssessment(ReadRepositoryFile("tests/data/assessment-valid/small-v1.json")).assessment;
    EXPECT_TRUE(CheckAgainstDefinition(assessment, MakeSmallIndex()).empty());
}

TEST(AssessmentCheck, ReportsEachKindOfMismatch) {
    Assessment assessment;
    assessment.indexId = "small";
    assessment.indexVersion = "0.9";
    assessment.answers["commitment.unknown"] = Selected({"yes"});
    assessment.answers["commitment.strategy"] = Selected({"yes", "maybe"});
    assessment.answers["commitment.budget"] = DontKnow();
    assessment.answers["education.teachers"] = NumberAnswer(120);
    Answer both = NumberAnswer(3);
    both.selected = {"a"};
    assessment.answers["commitment.actions"] = both;
    assessment.answers["education.schools"] = Selected({"yes"});
    const Problems problems = CheckAgainstDefinition(assessment, MakeSmallIndex());
    std::vector<std::string> paths;
    for (const Problem& problem : problems) paths.push_back(problem.path);
    EXPECT_EQ(paths, (std::vector<std::string>{
                         "/index/version",
                         "/answers/commitment.actions/number",
                         "/answers/commitment.budget/dontKnow",
                         "/answers/commitment.strategy/selected",
                         "/answers/commitment.strategy/selected/1",
                         "/answers/commitment.unknown",
                         "/answers/education.schools/selected",
                         "/answers/education.teachers/number",
                     }));
    EXPECT_EQ(problems.back().message, "120 is outside the values this question takes (0 to 100); it counts as unanswered");
    EXPECT_EQ(problems[5].message, "\"commitment.unknown\" is not a question of this index; the answer is ignored");
    EXPECT_EQ(problems[4].message, "\"maybe\" is not an option of this question; it is ignored");
}

TEST(AssessmentCheck, OtherIndexIsReported) {
    Assessment assessment;
    assessment.indexId = "icc-2011";
    const Problems problems = CheckAgainstDefinition(assessment, MakeSmallIndex());
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].path, "/index/id");
}

}  // namespace
}  // namespace icc
