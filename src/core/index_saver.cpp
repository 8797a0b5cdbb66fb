// Index definition writer: IndexDefinition -> JSON text in the format LoadIndexDefinition reads,
// with keys in the order FORMAT.md documents them and defaults left out.
#include "core/index_loader.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdint>

namespace icc {
namespace {

using OrderedJson = nlohmann::ordered_json;

// Whole numbers are written without a fraction ("points": 2, not 2.0).
OrderedJson Number(double value) {
    if (std::trunc(value) == value && std::fabs(value) < 9007199254740992.0)  // 2^53: exact in a double
        return static_cast<std::int64_t>(value);
    return value;
}

// Languages in the order of the file's list, then any others in alphabetical order.
OrderedJson Text(const LocalizedText& text, const std::vector<std::string>& languages) {
    OrderedJson object = OrderedJson::object();
    for (const std::string& language : languages) {
        if (const auto it = text.byLanguage.find(language); it != text.byLanguage.end())
            object[language] = it->second;
    }
    for (const auto& [language, translation] : text.byLanguage) {
        if (!object.contains(language)) object[language] = translation;
    }
    return object;
}

const char* MissingAnswerRuleName(MissingAnswerRule rule) {
    return rule == MissingAnswerRule::ExcludeFromMaximum ? "exclude" : "zero";
}

OrderedJson SaveQuestion(const Question& question, const std::vector<std::string>& languages) {
    OrderedJson object;
    object["id"] = question.id;
    object["type"] = AnswerTypeName(question.type);
    object["text"] = Text(question.text, languages);
    if (!question.help.Empty()) object["help"] = Text(question.help, languages);
    object["allowDontKnow"] = question.allowDontKnow;
    // Derived maxPoints is left out so that editing points by hand keeps the file consistent.
    if (question.maxPoints != DerivedMaxPoints(question)) object["maxPoints"] = Number(question.maxPoints);
    if (!question.unit.empty()) object["unit"] = question.unit;
    if (question.type == AnswerType::Number || question.type == AnswerType::Percentage) {
        object["bands"] = OrderedJson::array();
        for (const NumberBand& band : question.bands) {
            OrderedJson entry;
            entry["min"] = Number(band.min);
            entry["max"] = Number(band.max);
            entry["points"] = Number(band.points);
            if (!band.label.Empty()) entry["label"] = Text(band.label, languages);
            object["bands"].push_back(std::move(entry));
        }
    } else {
        object["options"] = OrderedJson::array();
        for (const AnswerOption& option : question.options) {
            object["options"].push_back(
                {{"id", option.id}, {"label", Text(option.label, languages)}, {"points", Number(option.points)}});
        }
    }
    if (!question.source.empty()) object["source"] = question.source;
    return object;
}

OrderedJson SaveArea(const Area& area, const std::vector<std::string>& languages) {
    OrderedJson object;
    object["id"] = area.id;
    object["title"] = Text(area.title, languages);
    if (!area.description.Empty()) object["description"] = Text(area.description, languages);
    object["weight"] = Number(area.weight);
    if (!area.group.empty()) object["group"] = area.group;
    if (area.optional) object["optional"] = true;
    if (!area.source.empty()) object["source"] = area.source;
    object["questions"] = OrderedJson::array();
    for (const Question& question : area.questions) object["questions"].push_back(SaveQuestion(question, languages));
    if (!area.recommendations.empty()) {
        object["recommendations"] = OrderedJson::array();
        for (const Recommendation& recommendation : area.recommendations) {
            OrderedJson entry;
            entry["text"] = Text(recommendation.text, languages);
            for (const GoodPractice& pointer : recommendation.goodPractice) {
                OrderedJson practice;
                practice["city"] = Text(pointer.city, languages);
                practice["title"] = Text(pointer.title, languages);
                if (pointer.year) practice["year"] = *pointer.year;
                practice["url"] = pointer.url;
                practice["source"] = pointer.source;
                entry["goodPractice"].push_back(std::move(practice));
            }
            object["recommendations"].push_back(std::move(entry));
        }
    }
    return object;
}

OrderedJson SaveCarryOver(const CarryOver& carryOver, const std::vector<std::string>& languages) {
    OrderedJson questions = OrderedJson::array();
    for (const CarriedQuestion& carried : carryOver.questions) {
        OrderedJson entry;
        entry["from"] = carried.from;
        entry["to"] = carried.to;
        if (!carried.options.empty()) entry["options"] = carried.options;
        if (!carried.numbers.empty()) {
            entry["numbers"] = OrderedJson::array();
            for (const CarriedQuestion::NumberToOption& range : carried.numbers)
                entry["numbers"].push_back({{"min", Number(range.min)}, {"max", Number(range.max)}, {"option", range.option}});
        }
        entry["why"] = Text(carried.why, languages);
        questions.push_back(std::move(entry));
    }
    return {{"fromVersion", carryOver.fromVersion}, {"questions", std::move(questions)}};
}

}  // namespace

std::string SaveIndexDefinition(const IndexDefinition& definition) {
    const std::vector<std::string>& languages = definition.languages;
    OrderedJson root;
    root["formatVersion"] = kIndexFormatVersion;
    root["kind"] = kIndexDefinitionKind;
    root["id"] = definition.id;
    root["version"] = definition.version;
    root["title"] = Text(definition.title, languages);
    if (!definition.disclaimer.Empty()) root["disclaimer"] = Text(definition.disclaimer, languages);
    root["languages"] = languages;
    if (!definition.source.empty()) root["source"] = definition.source;
    root["scoring"] = {{"unanswered", MissingAnswerRuleName(definition.unanswered)},
                       {"dontKnow", MissingAnswerRuleName(definition.dontKnow)}};
    if (!definition.groups.empty()) {
        root["groups"] = OrderedJson::array();
        for (const AreaGroup& group : definition.groups)
            root["groups"].push_back({{"id", group.id}, {"title", Text(group.title, languages)}});
    }
    root["areas"] = OrderedJson::array();
    for (const Area& area : definition.areas) root["areas"].push_back(SaveArea(area, languages));
    if (!definition.carryOver.empty()) {
        root["carryOver"] = OrderedJson::array();
        for (const CarryOver& carryOver : definition.carryOver) root["carryOver"].push_back(SaveCarryOver(carryOver, languages));
    }
    // Replace, not throw, if a string built in code is not UTF-8: exceptions are off in the browser.
    return root.dump(2, ' ', false, OrderedJson::error_handler_t::replace) + "\n";
}

}  // namespace icc
