// The index definition: areas, questions, answer options and their points, as loaded from an
// index file (assets/index/*.json, format described in assets/index/FORMAT.md). Plain data, no I/O.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace icc {

// A user-visible string in several languages. English ("en") is the fallback for any language
// the file does not translate.
struct LocalizedText {
    std::map<std::string, std::string> byLanguage;

    // The text in `language`, else English, else empty.
    const std::string& Get(const std::string& language) const;
    bool Empty() const { return byLanguage.empty(); }
};

enum class AnswerType {
    SingleChoice,    // exactly one option
    MultipleChoice,  // any subset of the options; points add up, capped by maxPoints
    YesNo,           // two options with ids "yes" and "no"
    Number,          // a number placed into one of `bands`
    Percentage,      // a number 0..100 placed into one of `bands`
};

struct AnswerOption {
    std::string id;  // stable within its question
    LocalizedText label;
    double points = 0;
};

// For number and percentage questions: a value v with min <= v < max scores `points`
// (the last band also includes its max).
struct NumberBand {
    double min = 0;
    double max = 0;
    double points = 0;
    LocalizedText label;
};

struct Question {
    std::string id;  // stable across versions of the index; answers refer to it
    LocalizedText text;
    LocalizedText help;
    AnswerType type = AnswerType::SingleChoice;
    std::vector<AnswerOption> options;  // choice and yes/no questions
    std::vector<NumberBand> bands;      // number and percentage questions
    std::string unit;                   // shown beside number inputs, e.g. "%"
    bool allowDontKnow = false;
    double maxPoints = 0;  // most points the question can give (from the file, or derived)
    std::string source;    // where the question's facts come from
};

// An example of the recommended practice in a city, with where to read about it.
struct GoodPractice {
    LocalizedText city;
    LocalizedText title;
    std::optional<int> year;  // only where a source gives it
    std::string url;          // http or https: the Council of Europe's entry or the public page
    std::string source;       // the key in assets/index/SOURCES.md; for maintainers, never shown
};

// An address a reader can open: "https://…" or "http://…" (pointers and sources never link elsewhere).
bool IsWebAddress(std::string_view address);

struct Recommendation {
    LocalizedText text;
    std::vector<GoodPractice> goodPractice;
};

struct Area {
    std::string id;
    LocalizedText title;
    LocalizedText description;  // the ideal state the area measures
    double weight = 1;          // relative weight in the overall index
    std::string group;          // id of a composite group (e.g. "lens"), or empty
    bool optional = false;      // counted only in the extended index
    std::vector<Question> questions;
    std::vector<Recommendation> recommendations;
    std::string source;
};

// A composite of several areas, such as "the city through the intercultural lens".
struct AreaGroup {
    std::string id;
    LocalizedText title;
};

// How the answer to one question of an earlier version of the index moves to this version
// (FORMAT.md, "carryOver"). Questions an earlier version had that are not listed keep their answers.
struct CarriedQuestion {
    struct NumberToOption {
        double min = 0;  // min <= v < max; the last range also includes its max
        double max = 0;
        std::string option;
    };
    std::string from;             // the question's id in the earlier version
    std::vector<std::string> to;  // the questions here that take its answer; empty: no longer asked
    std::map<std::string, std::string> options;  // earlier option id -> option id here
    std::vector<NumberToOption> numbers;         // an earlier number -> an option here
    LocalizedText why;                           // what changed, shown beside the answer to review
};

struct CarryOver {
    std::string fromVersion;  // e.g. "2019.1"
    std::vector<CarriedQuestion> questions;
};

// What an unanswered or "don't know" question counts for.
enum class MissingAnswerRule {
    ZeroPoints,        // counts with 0 points (the methodology's "not achieved")
    ExcludeFromMaximum // leaves the area's maximum as if the question did not exist
};

struct IndexDefinition {
    int formatVersion = 0;
    std::string id;       // e.g. "icc-2019"
    std::string version;  // version of this definition, e.g. "2019.1"
    LocalizedText title;
    LocalizedText disclaimer;
    std::vector<std::string> languages;  // languages the file translates, "en" first
    std::vector<AreaGroup> groups;
    std::vector<Area> areas;
    MissingAnswerRule unanswered = MissingAnswerRule::ZeroPoints;
    MissingAnswerRule dontKnow = MissingAnswerRule::ZeroPoints;
    std::string source;
    std::vector<CarryOver> carryOver;  // from earlier versions of this index

    // The question with this id in any area, or nullptr.
    const Question* FindQuestion(std::string_view questionId) const;
};

}  // namespace icc
