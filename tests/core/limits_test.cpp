// Hostile and oversized inputs: every reader must refuse them with a clear message or handle them,
// in time linear in the input. Durations are printed ("[ limits ]" lines, quoted in
// docs/FUZZING.md), never asserted: timed assertions flake on a shared machine.
//
// Index of this file:
// [SECTION] Size: files of tens of megabytes, definitions of thousands of questions.
// [SECTION] Nesting.
// [SECTION] Invalid UTF-8 in every string of every format.
#include "core/assessment_io.h"
#include "core/benchmarks.h"
#include "core/index_loader.h"
#include "core/json_guard.h"
#include "core/scoring.h"
#include "core/translations.h"
#include "support/repository_file.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

namespace icc {
namespace {

using nlohmann::json;

// [SECTION] Size: files of tens of megabytes, definitions of thousands of questions.

// Runs `work` and prints how long it took.
template <typename Work>
auto Timed(const char* what, Work&& work) {
    const auto start = std::chrono::steady_clock::now();
    struct Report {
        const char* what;
        std::chrono::steady_clock::time_point start;
        ~Report() {
            const std::chrono::duration<double, std::milli> elapsed = std::chrono::steady_clock::now() - start;
            std::printf("[ limits   ] %s: %.0f ms\n", what, elapsed.count());
            std::fflush(stdout);
        }
    } report{what, start};
    return work();
}

IndexDefinition ScoringDefinition() {
    return LoadIndexDefinition(ReadRepositoryFile("tests/data/scoring/index-zero.json"))
        .definition.value_or(IndexDefinition{});
}

bool MentionsProblem(const Problems& problems, const std::string& words) {
    for (const Problem& problem : problems)
        if (problem.message.find(words) != std::string::npos) return true;
    return false;
}

// An answers file of `count` answers, each with `evidenceBytes` of evidence.
std::string ManyAnswers(std::size_t count, std::size_t evidenceBytes) {
    const std::string evidence(evidenceBytes, 'e');
    std::string text = R"({"formatVersion": 1, "kind": "icc-assessment", "id": "big", "index": {"id": "other-index"},)"
                       R"( "city": {"name": "Bigtown"}, "answers": {)";
    for (std::size_t i = 0; i < count; ++i) {
        text += i == 0 ? "\n" : ",\n";
        text += R"("area.question-)" + std::to_string(i) + R"(": {"selected": ["yes"], "dontKnow": false, "evidence": ")" +
                evidence + R"(", "updatedAt": "2026-11-25T10:00:00Z"})";
    }
    return text + "}}\n";
}

TEST(Limits, AnswersFileOf50MegabytesWith200000AnswersIsReadAndWrittenBack) {
    const std::string text = Timed("build 50 MB answers file (200,000 answers)", [] { return ManyAnswers(200000, 200); });
    ASSERT_GE(text.size(), 50u * 1000 * 1000);
    const AssessmentLoadResult read = Timed("ReadAssessment, 200,000 answers", [&] { return ReadAssessment(text); });
    ASSERT_TRUE(read.assessment.has_value());
    EXPECT_EQ(read.assessment->answers.size(), 200000u);
    const AssessmentLoadResult thorough =
        Timed("ReadAssessmentThoroughly, 200,000 answers", [&] { return ReadAssessmentThoroughly(text); });
    ASSERT_TRUE(thorough.assessment.has_value());
    EXPECT_EQ(thorough.assessment->answers.size(), 200000u);

    const IndexDefinition definition = ScoringDefinition();
    const Problems problems =
        Timed("CheckAgainstDefinition, 200,000 answers", [&] { return CheckAgainstDefinition(*read.assessment, definition); });
    EXPECT_EQ(problems.size(), 200001u);  // another index id, and every question id unknown
    const AssessmentScores scores = Timed("Score, 200,000 answers", [&] { return Score(definition, *read.assessment); });
    EXPECT_EQ(scores.answered, 0);

    const std::string written = Timed("WriteAssessment, 200,000 answers", [&] { return WriteAssessment(*read.assessment); });
    const AssessmentLoadResult reread = Timed("ReadAssessment of the written file", [&] { return ReadAssessment(written); });
    ASSERT_TRUE(reread.assessment.has_value());
    EXPECT_EQ(reread.assessment->answers.size(), 200000u);
    EXPECT_EQ(reread.assessment->answers.at("area.question-199999").evidence, std::string(200, 'e'));
}

TEST(Limits, OneEvidenceTextOf50MegabytesIsReadAndWrittenBack) {
    const std::string text = ManyAnswers(1, 50u * 1000 * 1000);
    const AssessmentLoadResult read = Timed("ReadAssessment, one 50 MB evidence", [&] { return ReadAssessment(text); });
    ASSERT_TRUE(read.assessment.has_value());
    EXPECT_EQ(read.assessment->answers.at("area.question-0").evidence.size(), 50u * 1000 * 1000);
    const std::string written = Timed("WriteAssessment, one 50 MB evidence", [&] { return WriteAssessment(*read.assessment); });
    const AssessmentLoadResult reread = ReadAssessment(written);
    ASSERT_TRUE(reread.assessment.has_value());
    EXPECT_EQ(reread.assessment->answers.at("area.question-0").evidence, read.assessment->answers.at("area.question-0").evidence);
}

TEST(Limits, EvidenceOfOneMegabytePerQuestionIsScoredAndKept) {
    const IndexDefinition definition = ScoringDefinition();
    ASSERT_FALSE(definition.areas.empty());
    Assessment assessment;
    assessment.indexId = definition.id;
    assessment.city.name = "Evidenceville";
    // Multi-byte text, so that escaping and UTF-8 checks see every kind of character.
    std::string evidence;
    while (evidence.size() < 1000 * 1000) evidence += "Zażółć gęślą jaźń — Ґанок, \"quoted\"\n\t";
    for (const Area& area : definition.areas)
        for (const Question& question : area.questions) assessment.answers[question.id].evidence = evidence;
    const std::string written = Timed("WriteAssessment, 1 MB evidence per question", [&] { return WriteAssessment(assessment); });
    const AssessmentLoadResult read = Timed("ReadAssessment, 1 MB evidence per question", [&] { return ReadAssessment(written); });
    ASSERT_TRUE(read.assessment.has_value());
    for (const auto& [questionId, answer] : read.assessment->answers) EXPECT_EQ(answer.evidence, evidence) << questionId;
    EXPECT_TRUE(CheckAgainstDefinition(*read.assessment, definition).empty());
    EXPECT_EQ(Score(definition, *read.assessment).answered, 0);  // evidence alone answers nothing
}

TEST(Limits, DefinitionWith10000QuestionsLoadsSavesAndScores) {
    json document = json::parse(ReadRepositoryFile("tests/data/index-valid/minimal.json"));
    json& area = document["areas"][0];
    const json model = area["questions"][0];
    json questions = json::array();
    for (int i = 0; i < 10000; ++i) {
        json question = model;
        question["id"] = area["id"].get<std::string>() + ".question-" + std::to_string(i);
        questions.push_back(std::move(question));
    }
    area["questions"] = std::move(questions);
    const std::string text = document.dump(1);

    const IndexLoadResult loaded = Timed("LoadIndexDefinition, 10,000 questions", [&] { return LoadIndexDefinition(text); });
    ASSERT_TRUE(loaded.definition.has_value()) << loaded.problems.front().path << ": " << loaded.problems.front().message;
    ASSERT_EQ(loaded.definition->areas[0].questions.size(), 10000u);
    const std::string saved = Timed("SaveIndexDefinition, 10,000 questions", [&] { return SaveIndexDefinition(*loaded.definition); });
    const IndexLoadResult reloaded = LoadIndexDefinition(saved);
    ASSERT_TRUE(reloaded.definition.has_value());
    EXPECT_EQ(SaveIndexDefinition(*reloaded.definition), saved);

    Assessment assessment;
    assessment.indexId = loaded.definition->id;
    for (const Question& question : loaded.definition->areas[0].questions)
        assessment.answers[question.id].selected = {question.options.front().id};
    const AssessmentScores scores = Timed("Score, 10,000 questions answered", [&] { return Score(*loaded.definition, assessment); });
    EXPECT_EQ(scores.areas[0].answered, 10000);
    EXPECT_TRUE(Timed("CheckAgainstDefinition, 10,000 answers",
                      [&] { return CheckAgainstDefinition(assessment, *loaded.definition); }).empty());

    // The same question id 10,000 times: one problem each, found without comparing all pairs.
    for (json& question : document["areas"][0]["questions"]) question["id"] = area["id"].get<std::string>() + ".same";
    const IndexLoadResult duplicates =
        Timed("LoadIndexDefinition, 10,000 duplicate question ids", [&] { return LoadIndexDefinition(document.dump()); });
    EXPECT_FALSE(duplicates.definition.has_value());
    EXPECT_EQ(duplicates.problems.size(), 9999u);
}

// [SECTION] Nesting.

// `depth` levels of arrays, or of objects {"a": ...}, around a string.
std::string Nested(int depth, bool objects) {
    std::string text;
    for (int i = 0; i < depth; ++i) text += objects ? "{\"a\": " : "[";
    text += "\"x\"";
    for (int i = 0; i < depth; ++i) text += objects ? "}" : "]";
    return text;
}

TEST(Limits, NestingOf10000LevelsIsRefusedByEveryReader) {
    for (const bool objects : {false, true}) {
        const std::string deep = Nested(10000, objects);
        // The deep value on its own, and inside a field of an otherwise valid file.
        const std::string inAnswers = R"({"formatVersion": 1, "kind": "icc-assessment", "index": {"id": "x"},)"
                                      R"( "city": {"name": "Deep"}, "answers": {"q": {"evidence": )" + deep + "}}}";
        for (const std::string& text : {deep, inAnswers}) {
            const Problems indexProblems = Timed("LoadIndexDefinition, 10,000 levels", [&] { return LoadIndexDefinition(text).problems; });
            EXPECT_TRUE(MentionsProblem(indexProblems, "levels deep; at most 64"));
            const AssessmentLoadResult answers = Timed("ReadAssessment, 10,000 levels", [&] { return ReadAssessment(text); });
            EXPECT_FALSE(answers.assessment.has_value());
            EXPECT_TRUE(MentionsProblem(answers.problems, "levels deep; at most 64"));
            const Problems benchmarkProblems = Timed("LoadBenchmarks, 10,000 levels", [&] { return LoadBenchmarks(text).problems; });
            EXPECT_TRUE(MentionsProblem(benchmarkProblems, "levels deep; at most 64"));
            std::unordered_map<std::string, std::string> catalog;
            const Problems translationProblems =
                Timed("Translations::Parse, 10,000 levels", [&] { return Translations::Parse(text, catalog); });
            EXPECT_TRUE(MentionsProblem(translationProblems, "levels deep; at most 64"));
        }
    }
    // A million levels: the guard counts without recursion.
    const std::string deeper = Nested(1000000, false);
    EXPECT_TRUE(MentionsProblem(Timed("ReadAssessment, 1,000,000 levels", [&] { return ReadAssessment(deeper).problems; }),
                                "levels deep"));
}

// [SECTION] Invalid UTF-8 in every string of every format.

// Byte sequences that are not UTF-8: a stray continuation byte, a byte never used, an overlong
// '/', a UTF-16 surrogate, a code point past U+10FFFF, and a sequence cut short.
const char* const kInvalidUtf8[] = {"\x80", "\xff", "\xc0\xaf", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xe2\x82"};
const char kMarker[] = "@@bad@@";

// `key` escaped for a JSON pointer (RFC 6901).
std::string PointerKey(const std::string& key) {
    std::string escaped;
    for (const char c : key) escaped += c == '~' ? "~0" : c == '/' ? "~1" : std::string(1, c);
    return escaped;
}

// Calls `visit` once per string in `document` (values and keys), with the document's text where
// that one string ends in kMarker.
void ForEachStringPosition(const json& document, const std::function<void(const std::string&, const std::string&)>& visit) {
    std::vector<std::string> pointers;
    std::function<void(const json&, const std::string&)> collect = [&](const json& value, const std::string& pointer) {
        if (value.is_string()) pointers.push_back(pointer);
        if (value.is_array())
            for (std::size_t i = 0; i < value.size(); ++i) collect(value[i], pointer + "/" + std::to_string(i));
        if (value.is_object())
            for (auto it = value.begin(); it != value.end(); ++it) {
                pointers.push_back(pointer + "/" + PointerKey(it.key()) + "#key");
                collect(it.value(), pointer + "/" + PointerKey(it.key()));
            }
    };
    collect(document, "");
    for (const std::string& pointer : pointers) {
        json marked = document;
        const std::size_t keyMark = pointer.rfind("#key");
        if (keyMark != std::string::npos && keyMark + 4 == pointer.size()) {
            const std::string parent = pointer.substr(0, pointer.rfind('/'));
            const std::string key =
                json::json_pointer(pointer.substr(0, keyMark)).back();  // the key, unescaped
            json& object = marked[json::json_pointer(parent)];
            object[key + kMarker] = object[key];
            object.erase(key);
        } else {
            json& value = marked[json::json_pointer(pointer)];
            value = value.get<std::string>() + kMarker;
        }
        visit(pointer, marked.dump());
    }
}

// `text` with kMarker replaced by `bytes`.
std::string WithBytes(const std::string& text, const std::string& bytes) {
    std::string result = text;
    result.replace(result.find(kMarker), sizeof kMarker - 1, bytes);
    return result;
}

template <typename Load>
void ExpectEveryBadStringRefused(const char* fixture, const char* what, Load load) {
    const json document = json::parse(ReadRepositoryFile(fixture));
    int cases = 0;
    const auto start = std::chrono::steady_clock::now();
    ForEachStringPosition(document, [&](const std::string& pointer, const std::string& marked) {
        for (const char* bytes : kInvalidUtf8) {
            SCOPED_TRACE(pointer);
            EXPECT_TRUE(MentionsProblem(load(WithBytes(marked, bytes)), "not valid UTF-8"));
            ++cases;
        }
        // An escaped lone surrogate is valid UTF-8 text but not a character: a JSON error.
        SCOPED_TRACE(pointer);
        EXPECT_TRUE(MentionsProblem(load(WithBytes(marked, "\\ud800")), "not valid JSON"));
        ++cases;
    });
    const std::chrono::duration<double, std::milli> elapsed = std::chrono::steady_clock::now() - start;
    std::printf("[ limits   ] %s: %d invalid strings refused in %.0f ms\n", what, cases, elapsed.count());
    EXPECT_GT(cases, 50);
}

TEST(Limits, InvalidUtf8InEveryStringOfAnIndexIsRefused) {
    ExpectEveryBadStringRefused("tests/data/index-valid/minimal.json", "index definition",
                                [](const std::string& text) { return LoadIndexDefinition(text).problems; });
}

TEST(Limits, InvalidUtf8InEveryStringOfAnAnswersFileIsRefused) {
    for (const char* fixture : {"tests/data/assessment-valid/small-v1.json", "tests/data/assessment-valid/small-v0.json"})
        ExpectEveryBadStringRefused(fixture, fixture, [](const std::string& text) { return ReadAssessment(text).problems; });
}

TEST(Limits, InvalidUtf8InEveryStringOfABenchmarkFileIsRefused) {
    ExpectEveryBadStringRefused("tests/data/scoring/benchmarks.json", "benchmarks",
                                [](const std::string& text) { return LoadBenchmarks(text).problems; });
}

TEST(Limits, InvalidUtf8InEveryStringOfATranslationCatalogIsRefused) {
    const json document = json::parse(ReadRepositoryFile("assets/i18n/en.json"));
    int cases = 0;
    ForEachStringPosition(document, [&](const std::string& pointer, const std::string& marked) {
        for (const char* bytes : kInvalidUtf8) {
            SCOPED_TRACE(pointer);
            std::unordered_map<std::string, std::string> catalog;
            EXPECT_TRUE(MentionsProblem(Translations::Parse(WithBytes(marked, bytes), catalog), "not valid UTF-8"));
            ++cases;
        }
    });
    EXPECT_GT(cases, 50);
}

TEST(Limits, InvalidUtf8InEveryStringOfAnAssessmentIsWrittenAsValidUtf8) {
    // Text typed in a browser may hold anything; the writer replaces what is not UTF-8.
    for (const char* bytes : kInvalidUtf8) {
        const std::string bad = std::string("a") + bytes + "b";
        Assessment assessment;
        // Not the id: its rule allows only ASCII letters, digits, '.', '_' and '-' (core/value_rules.h).
        for (std::string* field : {&assessment.indexId, &assessment.indexVersion, &assessment.city.name,
                                   &assessment.createdAt, &assessment.updatedAt})
            *field = bad;
        Answer& answer = assessment.answers[bad];
        answer.selected = {bad};
        answer.evidence = bad;
        answer.updatedAt = bad;
        const std::string written = WriteAssessment(assessment);
        EXPECT_TRUE(IsValidUtf8(written));
        const AssessmentLoadResult read = ReadAssessment(written);
        ASSERT_TRUE(read.assessment.has_value()) << read.problems.front().message;
        EXPECT_EQ(read.assessment->answers.size(), 1u);
    }
}

}  // namespace
}  // namespace icc
