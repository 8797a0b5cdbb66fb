// Shared helpers of the libFuzzer targets: the input as text, a check that stops the run with a
// message (libFuzzer then saves the input as a crash), and fixtures read once from the repository.
#pragma once

#include "core/assessment.h"
#include "core/index_loader.h"
#include "support/repository_file.h"  // tests/support: fixtures read from the repository

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace icc::fuzz {

// The fuzzer's bytes as text, without a terminating NUL, so AddressSanitizer sees any overread.
inline std::string_view AsText(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

// Aborts with `what` when `condition` is false: an invariant of the parsers was broken.
inline void Check(bool condition, const char* what) {
    if (condition) return;
    std::fprintf(stderr, "fuzz check failed: %s\n", what);
    std::abort();
}

// The small index the scoring tests use, loaded once: what fuzzed answers are scored against.
inline const IndexDefinition& ScoringIndex() {
    static const IndexDefinition definition =
        *LoadIndexDefinition(ReadRepositoryFile("tests/data/scoring/index-zero.json")).definition;
    return definition;
}

// Every question answered with its first option or the middle of its first band (also used by
// tests/core/fuzz_regressions_test.cpp to replay what this target found).
inline Assessment AnswerEverything(const IndexDefinition& definition) {
    Assessment assessment;
    for (const Area& area : definition.areas) {
        for (const Question& question : area.questions) {
            Answer& answer = assessment.answers[question.id];
            if (!question.options.empty()) answer.selected.push_back(question.options.front().id);
            if (!question.bands.empty())
                answer.number = question.bands.front().min / 2 + question.bands.front().max / 2;
        }
    }
    return assessment;
}

inline bool SameAnswer(const Answer& a, const Answer& b) {
    return a.dontKnow == b.dontKnow && a.selected == b.selected && a.number == b.number &&
           a.evidence == b.evidence && a.updatedAt == b.updatedAt;
}

// Field-by-field equality of two assessments (the model has no operator==).
inline bool SameAssessment(const Assessment& a, const Assessment& b) {
    if (a.id != b.id || a.indexId != b.indexId || a.indexVersion != b.indexVersion || a.createdAt != b.createdAt ||
        a.updatedAt != b.updatedAt || a.city.name != b.city.name || a.city.year != b.city.year ||
        a.city.population != b.city.population || a.city.foreignBornPercent != b.city.foreignBornPercent ||
        a.answers.size() != b.answers.size())
        return false;
    for (auto ia = a.answers.begin(), ib = b.answers.begin(); ia != a.answers.end(); ++ia, ++ib)
        if (ia->first != ib->first || !SameAnswer(ia->second, ib->second)) return false;
    return true;
}

}  // namespace icc::fuzz
