#include "core/carry_over.h"

#include "core/json_fields.h"
#include "core/scoring.h"
#include "core/value_rules.h"

#include <algorithm>
#include <cstdio>

namespace icc {
namespace {

bool UsesNumber(AnswerType type) { return type == AnswerType::Number || type == AnswerType::Percentage; }

std::string FormatNumberForWarning(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%g", value);
    return text;
}

std::optional<std::string> OptionForNumber(const CarriedQuestion& carried, const Question& target, double value) {
    for (std::size_t i = 0; i < carried.numbers.size(); ++i) {
        const CarriedQuestion::NumberToOption& range = carried.numbers[i];
        const bool last = i + 1 == carried.numbers.size();
        if (value >= range.min && (value < range.max || (last && value == range.max)) && FindOption(target, range.option))
            return range.option;
    }
    return std::nullopt;
}

// What of an earlier answer found a place in at least one target question.
struct Placed {
    std::vector<std::string> choices;
    bool number = false;
    bool dontKnow = false;
};

// The earlier answer as an answer to `target`: the choices, number or "don't know" that fit it
// (recorded in `placed`), with the evidence and the time of the earlier answer, marked to review.
Answer Translate(const Answer& earlier, const CarriedQuestion& carried, const Question& target, Placed& placed) {
    Answer moved;
    moved.evidence = earlier.evidence;
    moved.updatedAt = earlier.updatedAt;
    moved.toReview = true;
    Placed here;
    if (earlier.dontKnow && target.allowDontKnow) {
        moved.dontKnow = true;
        here.dontKnow = true;
    }
    for (const std::string& option : earlier.selected) {
        const auto mapped = carried.options.find(option);
        const std::string id = mapped != carried.options.end() ? mapped->second : option;
        const bool fits = FindOption(target, id) && (target.type == AnswerType::MultipleChoice || moved.selected.empty()) &&
                          std::find(moved.selected.begin(), moved.selected.end(), id) == moved.selected.end();
        if (!fits) continue;
        moved.selected.push_back(id);
        here.choices.push_back(option);
    }
    if (earlier.number) {
        if (UsesNumber(target.type) && FindBand(target, *earlier.number)) {
            moved.number = earlier.number;
            here.number = true;
        } else if (std::optional<std::string> option = OptionForNumber(carried, target, *earlier.number);
                   option && moved.selected.empty() && !UsesNumber(target.type)) {
            moved.selected.push_back(*option);
            here.number = true;
        }
    }
    if (!CheckAnswer(target, moved).ok()) {  // never carry an answer the question would refuse
        moved.selected.clear();
        moved.number.reset();
        moved.dontKnow = false;
        return moved;
    }
    placed.choices.insert(placed.choices.end(), here.choices.begin(), here.choices.end());
    placed.number = placed.number || here.number;
    placed.dontKnow = placed.dontKnow || here.dontKnow;
    return moved;
}

bool HasChoice(const Answer& answer) { return !answer.selected.empty() || answer.number || answer.dontKnow; }

// The parts of `earlier` that found no place anywhere, named for the user ("adults", "12", "don't know").
std::vector<std::string> Unplaced(const Answer& earlier, const Placed& placed) {
    std::vector<std::string> unplaced;
    for (const std::string& option : earlier.selected)
        if (std::find(placed.choices.begin(), placed.choices.end(), option) == placed.choices.end()) unplaced.push_back(option);
    if (earlier.number && !placed.number) unplaced.push_back(FormatNumberForWarning(*earlier.number));
    if (earlier.dontKnow && !placed.dontKnow) unplaced.push_back("don't know");
    return unplaced;
}

// Two earlier questions may flow into one: the first choice stays, the evidence of both is kept.
void Combine(Answer& into, const Answer& more) {
    if (into.selected.empty() && !into.number && !into.dontKnow) {
        into.selected = more.selected;
        into.number = more.number;
        into.dontKnow = more.dontKnow;
    }
    if (!more.evidence.empty() && into.evidence.find(more.evidence) == std::string::npos)
        into.evidence = into.evidence.empty() ? more.evidence : into.evidence + "\n\n" + more.evidence;
    into.updatedAt = std::max(into.updatedAt, more.updatedAt);
}

bool IsCleared(const Answer& answer) {
    return answer.selected.empty() && !answer.number && !answer.dontKnow && answer.evidence.empty();
}

}  // namespace

CarryOverReport CarryOverAnswers(Assessment& assessment, const IndexDefinition& definition) {
    CarryOverReport report;
    if (assessment.indexId != definition.id || assessment.indexVersion == definition.version) return report;
    const auto entry = std::find_if(definition.carryOver.begin(), definition.carryOver.end(),
                                    [&](const CarryOver& c) { return c.fromVersion == assessment.indexVersion; });
    if (entry == definition.carryOver.end()) return report;
    report.fromVersion = assessment.indexVersion;

    // Every listed earlier answer is taken out first, so a question that keeps its id and one that
    // takes over another's id cannot read each other's already moved answers.
    std::map<std::string, Answer> earlier;
    for (const CarriedQuestion& carried : entry->questions) {
        auto it = assessment.answers.find(carried.from);
        if (it == assessment.answers.end()) continue;
        earlier.emplace(carried.from, std::move(it->second));
        assessment.answers.erase(it);
    }
    std::map<std::string, Answer> moved;
    for (const CarriedQuestion& carried : entry->questions) {
        const auto it = earlier.find(carried.from);
        if (it == earlier.end()) continue;
        const Answer& answer = it->second;
        if (carried.to.empty()) {
            report.noLongerAsked.push_back(carried.from);
            assessment.answers[carried.from] = answer;
            continue;
        }
        if (IsCleared(answer)) continue;  // a clearing has nothing to carry
        // A target takes the answer when some of its choice lands there; when none does anywhere,
        // every target keeps the evidence, so that nothing vanishes without a question to review.
        Placed placed;
        std::vector<std::pair<std::string, Answer>> translated;
        for (const std::string& targetId : carried.to)
            if (const Question* target = definition.FindQuestion(targetId))  // the loader refuses others
                translated.emplace_back(targetId, Translate(answer, carried, *target, placed));
        const bool anyChoice = std::any_of(translated.begin(), translated.end(),
                                           [](const auto& target) { return HasChoice(target.second); });
        for (auto& [targetId, translatedAnswer] : translated) {
            if (anyChoice && !HasChoice(translatedAnswer)) continue;
            auto [slot, inserted] = moved.emplace(targetId, translatedAnswer);
            if (!inserted) Combine(slot->second, translatedAnswer);
        }
        if (std::vector<std::string> unplaced = Unplaced(answer, placed); !unplaced.empty())
            report.partlyCarried.push_back({carried.from, std::move(unplaced)});
    }
    for (auto& [questionId, answer] : moved) {
        report.toReview.push_back(questionId);
        // An unlisted question keeps its own answer first; what flows into it adds its evidence.
        auto [slot, inserted] = assessment.answers.emplace(questionId, answer);
        if (!inserted) {
            Combine(slot->second, answer);
            slot->second.toReview = true;
        }
    }
    assessment.indexVersion = definition.version;
    return report;
}

Problems DescribeCarryOver(const CarryOverReport& report, const IndexDefinition& definition) {
    Problems warnings;
    if (!report.Carried()) return warnings;
    const std::string from = "answered with version " + report.fromVersion + " of the index";
    for (const std::string& questionId : report.toReview) {
        const CarriedQuestion* carried = WhyToReview(definition, questionId);
        std::string message = from + "; carried over from \"" + (carried ? carried->from : questionId) +
                              "\" and marked to review";
        if (carried) message += ": " + carried->why.Get("en");
        warnings.push_back({JsonPath("/answers", questionId), std::move(message)});
    }
    for (const CarryOverReport::PartlyCarried& partly : report.partlyCarried) {
        std::string parts;
        for (const std::string& part : partly.unplaced) parts += (parts.empty() ? "\"" : ", \"") + part + "\"";
        warnings.push_back({JsonPath("/answers", partly.from),
                            from + "; " + parts + " of this answer has no counterpart in version " + definition.version +
                                " and was left out; the rest was carried over and is to review"});
    }
    for (const std::string& questionId : report.noLongerAsked)
        warnings.push_back({JsonPath("/answers", questionId), from + "; version " + definition.version +
                                                                  " no longer asks this question: the answer is kept but not scored"});
    return warnings;
}

const CarriedQuestion* WhyToReview(const IndexDefinition& definition, const std::string& questionId) {
    for (const CarryOver& carryOver : definition.carryOver)
        for (const CarriedQuestion& carried : carryOver.questions)
            if (std::find(carried.to.begin(), carried.to.end(), questionId) != carried.to.end()) return &carried;
    return nullptr;
}

}  // namespace icc
