#include "core/carry_over.h"

#include "core/json_fields.h"
#include "core/scoring.h"
#include "core/value_rules.h"

#include <algorithm>

namespace icc {
namespace {

bool UsesNumber(AnswerType type) { return type == AnswerType::Number || type == AnswerType::Percentage; }

std::optional<std::string> OptionForNumber(const CarriedQuestion& carried, const Question& target, double value) {
    for (std::size_t i = 0; i < carried.numbers.size(); ++i) {
        const CarriedQuestion::NumberToOption& range = carried.numbers[i];
        const bool last = i + 1 == carried.numbers.size();
        if (value >= range.min && (value < range.max || (last && value == range.max)) && FindOption(target, range.option))
            return range.option;
    }
    return std::nullopt;
}

// The earlier answer as an answer to `target`; `complete` says whether every part of it found a place.
Answer Translate(const Answer& earlier, const CarriedQuestion& carried, const Question& target, bool& complete) {
    Answer moved;
    moved.evidence = earlier.evidence;
    moved.updatedAt = earlier.updatedAt;
    moved.toReview = true;
    complete = true;
    if (earlier.dontKnow) {
        moved.dontKnow = target.allowDontKnow;
        complete = target.allowDontKnow;
    }
    for (const std::string& option : earlier.selected) {
        const auto mapped = carried.options.find(option);
        const std::string id = mapped != carried.options.end() ? mapped->second : option;
        const bool fits = FindOption(target, id) && (target.type == AnswerType::MultipleChoice || moved.selected.empty()) &&
                          std::find(moved.selected.begin(), moved.selected.end(), id) == moved.selected.end();
        if (fits) moved.selected.push_back(id);
        else complete = false;
    }
    if (earlier.number) {
        if (UsesNumber(target.type) && FindBand(target, *earlier.number)) moved.number = earlier.number;
        else if (std::optional<std::string> option = OptionForNumber(carried, target, *earlier.number);
                 option && moved.selected.empty() && !UsesNumber(target.type))
            moved.selected.push_back(*option);
        else complete = false;
    }
    if (!CheckAnswer(target, moved).ok()) {  // never carry an answer the question would refuse
        moved.selected.clear();
        moved.number.reset();
        moved.dontKnow = false;
        complete = false;
    }
    return moved;
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
        bool wholly = true;
        for (const std::string& targetId : carried.to) {
            const Question* target = definition.FindQuestion(targetId);
            if (!target) continue;  // the loader refuses such a file
            bool complete = true;
            Answer translated = Translate(answer, carried, *target, complete);
            wholly = wholly && complete;
            auto [slot, inserted] = moved.emplace(targetId, translated);
            if (!inserted) Combine(slot->second, translated);
        }
        if (!wholly) report.partlyCarried.push_back(carried.from);
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
    for (const std::string& questionId : report.partlyCarried)
        warnings.push_back({JsonPath("/answers", questionId), from + "; part of this answer has no place in version " +
                                                                  definition.version + " and is kept only as evidence"});
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
