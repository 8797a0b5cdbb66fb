// The rules every value of an assessment follows, whichever way it comes in: typed on a screen,
// through the accessible mirror or the JavaScript API, read from a file or from the browser's
// storage, or given to the command-line tool. The reader refuses what breaks them and the Session
// never stores it, so nothing that was saved can be refused when it is read back.
#pragma once

#include "core/assessment.h"
#include "core/index_model.h"
#include "core/translations.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace icc {

// The range of a number field (both ends included).
struct NumberRule {
    double min;
    double max;
    bool whole;  // only whole numbers
};

constexpr NumberRule kYearRule{1000, 9999, true};
constexpr NumberRule kPopulationRule{0, 1e9, false};
constexpr NumberRule kPercentRule{0, 100, false};
constexpr NumberRule kAnswerNumberRule{-1e15, 1e15, false};

// Lengths in bytes of UTF-8. An id travels in storage keys and file names, so it keeps to
// characters that are safe in both.
constexpr std::size_t kLongestAssessmentId = 100;
constexpr std::size_t kLongestCityName = 300;
constexpr std::size_t kLongestEvidence = 64000000;  // far beyond any import (16 MB): a bound, not a budget
constexpr std::size_t kLongestContributor = 200;   // a person's or a department's name
constexpr std::size_t kMostContributors = 1000;

// What is wrong with a value, with what a message needs to say so. `ok()` when nothing is.
struct ValueProblem {
    enum class Kind {
        None,
        NotANumber,        // the text is no number ("2O26", "1e", "inf")
        OutOfRange,        // outside [min, max]
        NotWhole,          // a fraction where only whole numbers go
        TooLong,           // longer than `max` bytes
        InvalidCharacters, // an id with characters outside A-Z a-z 0-9 . _ -
        UnknownQuestion,   // no question of the index has this id
        UnknownOption,     // the question has no such option
        NoDontKnow,        // the question has no "don't know"
        WrongKind,         // a number for a choice question, options for a number question
    };
    Kind kind = Kind::None;
    double min = 0;
    double max = 0;

    bool ok() const { return kind == Kind::None; }
};

ValueProblem CheckNumber(double value, const NumberRule& rule);
ValueProblem CheckLength(std::string_view text, std::size_t longest);
// 1 to kLongestAssessmentId characters of A-Z, a-z, 0-9, '.', '_' and '-'.
ValueProblem CheckAssessmentId(std::string_view id);
// The answer as it would be stored for `question`: its options, "don't know", the number's
// limits and the question's bands, the evidence's length.
ValueProblem CheckAnswer(const Question& question, const Answer& answer);
// Every field of the profile; the first problem found.
ValueProblem CheckCity(const CityProfile& city);

// The text of a number field as the user typed it: empty is "not given" (nullopt, no problem).
// Spaces (also no-break and thin spaces) may group digits ("806 200"); the decimal mark is a dot.
struct ParsedNumber {
    std::optional<double> value;
    ValueProblem problem;
};
ParsedNumber ParseNumberText(std::string_view text, const NumberRule& rule);

// The key of the interface text that explains `problem` to the user (assets/i18n: "value.*",
// filled with {min} and {max}); that text in the interface's language; and the problem in plain
// English for files and the command line.
const char* ProblemTextKey(ValueProblem::Kind kind);
std::string ProblemText(const ValueProblem& problem, const Translations& text);
std::string DescribeProblem(const ValueProblem& problem);

}  // namespace icc
