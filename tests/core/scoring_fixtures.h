// Index definitions and assessments built in C++ for the scoring, benchmark and answers-file
// tests, and for the benchmark programs: a small hand-computable index, and random ones from a
// seeded generator.
#pragma once

#include "core/assessment.h"
#include "core/index_model.h"
#include "support/repository_file.h"

#include <algorithm>
#include <optional>
#include <random>
#include <string>

namespace icc::testing {

inline LocalizedText En(const std::string& text) { return LocalizedText{{{"en", text}}}; }

inline AnswerOption Option(const std::string& id, double points) { return {id, En(id), points}; }

inline NumberBand Band(double min, double max, double points) { return {min, max, points, En("band")}; }

inline Question ChoiceQuestion(const std::string& id, AnswerType type, std::vector<AnswerOption> options,
                               double maxPoints, bool allowDontKnow = true) {
    Question question;
    question.id = id;
    question.text = En(id);
    question.type = type;
    question.options = std::move(options);
    question.maxPoints = maxPoints;
    question.allowDontKnow = allowDontKnow;
    return question;
}

inline Question BandQuestion(const std::string& id, AnswerType type, std::vector<NumberBand> bands,
                             double maxPoints, bool allowDontKnow = true) {
    Question question;
    question.id = id;
    question.text = En(id);
    question.type = type;
    question.bands = std::move(bands);
    question.maxPoints = maxPoints;
    question.allowDontKnow = allowDontKnow;
    return question;
}

inline Area MakeArea(const std::string& id, double weight, std::vector<Question> questions,
                     const std::string& group = "", bool optional = false) {
    Area area;
    area.id = id;
    area.title = En(id);
    area.weight = weight;
    area.group = group;
    area.optional = optional;
    area.questions = std::move(questions);
    area.recommendations.push_back(
        {En("Do more for " + id), {{En("Example city"), En("Good practice of " + id), std::nullopt,
                                    "https://example.org/" + id, "S-" + id}}});
    return area;
}

// Three areas, hand-computable:
//   commitment (weight 1): strategy single choice yes 2 / partly 1 / no 0 (max 2);
//       actions multiple choice a 1, b 2, c 3, capped at 4; budget yes/no 1/0 (no "don't know").
//   education (weight 2, group lens): teachers percentage [0,10) 0, [10,50) 1, [50,100] 2 (max 2);
//       schools number [0,5) 0, [5,20) 1, [20,1000] 3 (max 3).
//   participation (weight 1, group lens, optional): councils yes/no 2/0.
inline IndexDefinition MakeSmallIndex() {
    IndexDefinition index;
    index.formatVersion = 1;
    index.id = "small";
    index.version = "1";
    index.title = En("Small index");
    index.groups.push_back({"lens", En("Lens")});
    index.areas.push_back(MakeArea(
        "commitment", 1,
        {ChoiceQuestion("commitment.strategy", AnswerType::SingleChoice,
                        {Option("yes", 2), Option("partly", 1), Option("no", 0)}, 2),
         ChoiceQuestion("commitment.actions", AnswerType::MultipleChoice,
                        {Option("a", 1), Option("b", 2), Option("c", 3)}, 4),
         ChoiceQuestion("commitment.budget", AnswerType::YesNo, {Option("yes", 1), Option("no", 0)}, 1, false)}));
    index.areas.push_back(MakeArea(
        "education", 2,
        {BandQuestion("education.teachers", AnswerType::Percentage,
                      {Band(0, 10, 0), Band(10, 50, 1), Band(50, 100, 2)}, 2),
         BandQuestion("education.schools", AnswerType::Number, {Band(0, 5, 0), Band(5, 20, 1), Band(20, 1000, 3)}, 3)},
        "lens"));
    index.areas.push_back(MakeArea(
        "participation", 1,
        {ChoiceQuestion("participation.councils", AnswerType::YesNo, {Option("yes", 2), Option("no", 0)}, 2)},
        "lens", true));
    return index;
}

inline Answer Selected(std::vector<std::string> ids) {
    Answer answer;
    answer.selected = std::move(ids);
    return answer;
}

inline Answer NumberAnswer(double value) {
    Answer answer;
    answer.number = value;
    return answer;
}

inline Answer DontKnow() {
    Answer answer;
    answer.dontKnow = true;
    return answer;
}

// A random index shaped like the ICC one: `areaCount` areas (every third in group "lens", the
// last two optional), each with `questionsPerArea` questions of mixed types and random points.
inline IndexDefinition MakeRandomIndex(std::mt19937& random, int areaCount, int questionsPerArea) {
    std::uniform_int_distribution<int> points(0, 4), optionCount(2, 5), typeOf(0, 4), weightOf(1, 3);
    IndexDefinition index;
    index.formatVersion = 1;
    index.id = "random";
    index.version = "1";
    index.title = En("Random index");
    index.groups.push_back({"lens", En("Lens")});
    index.dontKnow = random() % 2 ? MissingAnswerRule::ZeroPoints : MissingAnswerRule::ExcludeFromMaximum;
    index.unanswered = random() % 2 ? MissingAnswerRule::ZeroPoints : MissingAnswerRule::ExcludeFromMaximum;
    for (int a = 0; a < areaCount; ++a) {
        const std::string areaId = "area-" + std::to_string(a);
        std::vector<Question> questions;
        for (int q = 0; q < questionsPerArea; ++q) {
            const std::string id = areaId + ".question-" + std::to_string(q);
            const auto type = static_cast<AnswerType>(typeOf(random));
            if (type == AnswerType::Number || type == AnswerType::Percentage) {
                std::vector<NumberBand> bands;
                double best = 0;
                for (int b = 0; b < 4; ++b) {
                    bands.push_back(Band(b * 25.0, (b + 1) * 25.0, points(random)));
                    best = std::max(best, bands.back().points);
                }
                questions.push_back(BandQuestion(id, type, std::move(bands), std::max(best, 1.0)));
                continue;
            }
            std::vector<AnswerOption> options;
            const int count = type == AnswerType::YesNo ? 2 : optionCount(random);
            double best = 0, sum = 0;
            for (int o = 0; o < count; ++o) {
                const std::string optionId = type == AnswerType::YesNo ? (o == 0 ? "yes" : "no")
                                                                       : "option-" + std::to_string(o);
                options.push_back(Option(optionId, points(random)));
                best = std::max(best, options.back().points);
                sum += options.back().points;
            }
            // Multiple choice: a cap below the sum now and then, to exercise it.
            const double maxPoints = type == AnswerType::MultipleChoice ? std::max(1.0, sum - static_cast<double>(random() % 2)) : best;
            questions.push_back(ChoiceQuestion(id, type, std::move(options), std::max(maxPoints, 1.0)));
        }
        index.areas.push_back(MakeArea(areaId, weightOf(random), std::move(questions), a % 3 == 1 ? "lens" : "",
                                       a >= areaCount - 2));
    }
    return index;
}

// A random answer to `question`: a usable one, or with `missingChance` none, with `dontKnowChance`
// "don't know" (where the question offers it).
inline std::optional<Answer> MakeRandomAnswer(const Question& question, std::mt19937& random,
                                              double missingChance, double dontKnowChance) {
    std::uniform_real_distribution<double> unit(0, 1);
    if (unit(random) < missingChance) return std::nullopt;
    if (question.allowDontKnow && unit(random) < dontKnowChance) return DontKnow();
    Answer answer;
    if (question.type == AnswerType::Number || question.type == AnswerType::Percentage) {
        const NumberBand& band = question.bands[random() % question.bands.size()];
        answer.number = band.min + unit(random) * (band.max - band.min);
    } else if (question.type == AnswerType::MultipleChoice) {
        for (const AnswerOption& option : question.options)
            if (random() % 2) answer.selected.push_back(option.id);
        if (answer.selected.empty()) answer.selected.push_back(question.options.front().id);
    } else {
        answer.selected.push_back(question.options[random() % question.options.size()].id);
    }
    answer.evidence = random() % 3 ? "" : "Council decision " + std::to_string(random() % 1000);
    return answer;
}

inline Assessment MakeRandomAssessment(const IndexDefinition& index, std::mt19937& random, double missingChance,
                                       double dontKnowChance) {
    Assessment assessment;
    assessment.id = "assessment-" + std::to_string(random() % 100000);
    assessment.indexId = index.id;
    assessment.indexVersion = index.version;
    assessment.city.name = "City " + std::to_string(random() % 100);
    assessment.city.year = 2000 + static_cast<int>(random() % 30);
    assessment.city.population = static_cast<double>(random() % 2000000);
    assessment.city.foreignBornPercent = static_cast<double>(random() % 1000) / 10.0;
    assessment.createdAt = "2026-11-25T10:00:00Z";
    assessment.updatedAt = "2026-11-25T11:00:00Z";
    for (const Area& area : index.areas)
        for (const Question& question : area.questions)
            if (auto answer = MakeRandomAnswer(question, random, missingChance, dontKnowChance))
                assessment.answers[question.id] = std::move(*answer);
    return assessment;
}

}  // namespace icc::testing
