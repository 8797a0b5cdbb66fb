// The scoring engine: points per answer, per area, per group of areas, and the core and extended
// index, following the rules in docs/SCORING.md. Pure computation: no rounding (round only when
// displaying, see FormatPercent in core/score_explanation.h), no allocation beyond the result.
#pragma once

#include "core/assessment.h"
#include "core/index_model.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace icc {

// How one question counted.
enum class QuestionStatus : std::uint8_t {
    Scored,      // a usable answer: points from its option(s) or band
    DontKnow,    // "don't know": counted per IndexDefinition::dontKnow
    Unanswered,  // no answer, or one that gives nothing to score (see Unusable)
    Unusable,    // an answer that names no option of the question, or a number outside every
                 // band: counted like Unanswered (CheckAgainstDefinition reports it)
};

struct QuestionScore {
    QuestionStatus status = QuestionStatus::Unanswered;
    double points = 0;     // 0..maxPoints
    double maxPoints = 0;  // what the question adds to its area's maximum (0 when excluded)
};

struct AreaScore {
    std::string areaId;
    double points = 0;
    double maxPoints = 0;           // sum of the questions' counted maxima
    std::optional<double> percent;  // 100 * points / maxPoints, 0..100; none when maxPoints is 0
    int answered = 0;               // questions scored or answered "don't know"
    int dontKnow = 0;               // of which "don't know"
    int total = 0;                  // questions in the area
    bool complete = false;          // answered == total
    std::vector<QuestionScore> questions;  // same order as Area::questions

    // The percent as the screens show it: only once something is answered (before that, 0% would
    // only alarm).
    std::optional<double> ShownPercent() const;
};

struct GroupScore {
    std::string groupId;
    std::optional<double> percent;  // weighted mean of the percents of its scored areas
    int areasScored = 0;            // areas of the group that have a percent
    int areaCount = 0;              // areas of the group
    int answered = 0;
    int total = 0;
    bool complete = false;
};

struct AssessmentScores {
    std::vector<AreaScore> areas;    // same order as IndexDefinition::areas
    std::vector<GroupScore> groups;  // same order as IndexDefinition::groups
    std::optional<double> coreIndex;      // weighted mean of the non-optional areas' percents
    std::optional<double> extendedIndex;  // weighted mean of all areas' percents
    int answered = 0;  // over all areas, optional ones included
    int total = 0;
    double completenessPercent = 0;  // 100 * answered / total (100 for an empty definition)
    bool partial = true;             // some question is still unanswered

    // The indexes as the screens show them: only once something is answered.
    std::optional<double> ShownCoreIndex() const;
    std::optional<double> ShownExtendedIndex() const;
    // The area's score by id, or nullptr.
    const AreaScore* FindArea(std::string_view areaId) const;
    // The group's score by id, or nullptr.
    const GroupScore* FindGroup(std::string_view groupId) const;
};

// What Score needs from a definition, computed once: its question ids sorted, so that scoring
// walks the definition and Assessment::answers (a sorted map) side by side instead of searching.
// Refers to the definition: keep the definition alive and unchanged while the plan is used.
struct ScoringPlan {
    struct Entry {
        std::string_view questionId;
        std::uint32_t area = 0;
        std::uint32_t question = 0;
    };
    const IndexDefinition* definition = nullptr;
    std::vector<Entry> byQuestionId;  // sorted by questionId
};

// Builds the plan for `definition` (which must outlive it).
ScoringPlan BuildScoringPlan(const IndexDefinition& definition);

// The question's option with this id, or nullptr.
const AnswerOption* FindOption(const Question& question, std::string_view optionId);
// The band holding `value`: min <= value < max, the last band also taking its max; or nullptr.
const NumberBand* FindBand(const Question& question, double value);

// Scores `assessment` with a prebuilt plan: the fast path for repeated scoring.
AssessmentScores Score(const ScoringPlan& plan, const Assessment& assessment);

// Scores `assessment` against `definition` (builds a plan each call).
AssessmentScores Score(const IndexDefinition& definition, const Assessment& assessment);

// The points one answer gives to `question` (status Scored, DontKnow, Unanswered or Unusable) and
// what it adds to the area maximum under the definition's missing-answer rules. `answer` may be null.
QuestionScore ScoreQuestion(const Question& question, const Answer* answer,
                            MissingAnswerRule unanswered, MissingAnswerRule dontKnow);

}  // namespace icc
