// Index definition loader: JSON text -> IndexDefinition, checking every rule of
// assets/index/FORMAT.md and collecting all problems instead of stopping at the first one.
//
// [SECTION] Index of this file
//   Small helpers        answer type names, pointer tokens, id and language-tag rules
//   IndexReader          the header and languages, typed field readers, scoring rules, groups,
//                        areas, questions (options, bands and their limits, maximum points),
//                        recommendations
//   LoadIndexDefinition  parse safely, read, derive what the file leaves out
#include "core/index_loader.h"

#include "core/json_guard.h"
#include "core/scoring.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>

namespace icc {
namespace {

using Json = nlohmann::json;

enum class Presence { Required, Optional };

struct AnswerTypeEntry {
    const char* name;
    AnswerType type;
};

const AnswerTypeEntry kAnswerTypes[] = {
    {"singleChoice", AnswerType::SingleChoice}, {"multipleChoice", AnswerType::MultipleChoice},
    {"yesNo", AnswerType::YesNo},               {"number", AnswerType::Number},
    {"percentage", AnswerType::Percentage},
};

// Upper bounds for points and area weights: far above any real index, and low enough that sums
// and weighted means over any number of questions and areas stay finite (1e308 twice is infinite,
// and infinite over infinite made the index NaN).
constexpr double kMostPoints = 1e6;
constexpr double kMostWeight = 1e6;

bool UsesOptions(AnswerType type) {
    return type == AnswerType::SingleChoice || type == AnswerType::MultipleChoice || type == AnswerType::YesNo;
}

// A JSON pointer reference token: '~' and '/' escaped as RFC 6901 requires.
std::string PointerToken(std::string_view key) {
    std::string token;
    for (const char c : key) {
        if (c == '~') token += "~0";
        else if (c == '/') token += "~1";
        else token += c;
    }
    return token;
}

std::string Child(const std::string& path, std::string_view key) { return path + "/" + PointerToken(key); }
std::string Child(const std::string& path, std::size_t index) { return path + "/" + std::to_string(index); }

// Numbers in messages: "4" rather than "4.000000".
std::string FormatNumber(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", value);
    return buffer;
}

std::string Quoted(std::string_view text) { return "\"" + std::string(text) + "\""; }

// Ids appear in JSON pointers, answer files, CSV columns and URLs, so they stay plain.
bool IsValidId(const std::string& id) {
    if (id.empty()) return false;
    return std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
               c == '-' || c == '_';
    });
}

// BCP 47-like language tags: "en", "uk", "pt-BR", "sr-Latn": 2-3 lowercase letters, then
// subtags of 1-8 letters or digits after '-'.
bool IsValidLanguageTag(std::string_view tag) {
    const auto isLower = [](char c) { return c >= 'a' && c <= 'z'; };
    const auto isAlphanumeric = [&](char c) { return isLower(c) || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); };
    const std::size_t dash = tag.find('-');
    const std::string_view primary = tag.substr(0, dash);
    if (primary.size() < 2 || primary.size() > 3 || !std::all_of(primary.begin(), primary.end(), isLower)) return false;
    for (std::size_t start = dash; start != std::string_view::npos;) {
        const std::size_t next = tag.find('-', start + 1);
        const std::string_view subtag = tag.substr(start + 1, next == std::string_view::npos ? next : next - start - 1);
        if (subtag.empty() || subtag.size() > 8 || !std::all_of(subtag.begin(), subtag.end(), isAlphanumeric)) return false;
        start = next;
    }
    return true;
}

// Walks the parsed JSON, fills the model and records problems. Each Read* function checks one
// field; missing optional fields keep the model's default.
class IndexReader {
public:
    Problems problems;

    IndexDefinition Read(const Json& root) {
        IndexDefinition definition;
        if (!root.is_object()) {
            Fail("", "the file must hold a JSON object ({ ... }) describing an index definition");
            return definition;
        }
        if (!ReadHeader(root, definition)) return definition;
        definition.id = ReadId(root, "", "id");
        definition.version = ReadNonEmptyString(root, "", "version");
        ReadLanguages(root, definition);
        definition.title = ReadText(root, "", "title", Presence::Required);
        definition.disclaimer = ReadText(root, "", "disclaimer", Presence::Optional);
        definition.source = ReadString(root, "", "source");
        ReadScoring(root, definition);
        ReadGroups(root, definition);
        ReadAreas(root, definition);
        ReadCarryOvers(root, definition);
        return definition;
    }

private:
    std::set<std::string> languages_;  // from "languages"; empty when that list is unusable
    std::map<std::string, std::string> questionPaths_;  // question id -> path of its first use

    void Fail(std::string path, std::string message) { problems.push_back({std::move(path), std::move(message)}); }

    // formatVersion and kind decide whether the rest is worth reading at all.
    bool ReadHeader(const Json& root, IndexDefinition& definition) {
        const std::size_t before = problems.size();
        const auto version = root.find("formatVersion");
        if (version == root.end()) {
            Fail("/formatVersion", "formatVersion is required (this tool reads format version 1)");
        } else if (!version->is_number_integer() || version->get<std::int64_t>() < 1) {
            Fail("/formatVersion", "formatVersion must be a whole number; this tool reads format version 1");
        } else if (version->get<std::int64_t>() > kIndexFormatVersion) {
            Fail("/formatVersion", "this file needs a newer version of the tool (format version " +
                                       std::to_string(version->get<std::int64_t>()) + "; this tool reads " +
                                       std::to_string(kIndexFormatVersion) + ")");
        } else {
            definition.formatVersion = static_cast<int>(version->get<std::int64_t>());
        }
        const auto kind = root.find("kind");
        if (kind == root.end()) {
            Fail("/kind", std::string("kind is required; an index definition has \"kind\": ") + Quoted(kIndexDefinitionKind));
        } else if (!kind->is_string()) {
            Fail("/kind", std::string("kind must be the string ") + Quoted(kIndexDefinitionKind));
        } else if (kind->get_ref<const std::string&>() != kIndexDefinitionKind) {
            Fail("/kind", "this is not an index definition: kind is " + Quoted(kind->get_ref<const std::string&>()) +
                              ", expected " + Quoted(kIndexDefinitionKind));
        }
        return problems.size() == before;
    }

    // The member `key` of `object` if present; a missing required member is a problem.
    const Json* Member(const Json& object, const std::string& path, const char* key, Presence presence) {
        const auto it = object.find(key);
        if (it != object.end()) return &*it;
        if (presence == Presence::Required) Fail(Child(path, key), std::string(key) + " is required");
        return nullptr;
    }

    std::string ReadString(const Json& object, const std::string& path, const char* key,
                           Presence presence = Presence::Optional) {
        const Json* value = Member(object, path, key, presence);
        if (!value) return {};
        if (!value->is_string()) {
            Fail(Child(path, key), std::string(key) + " must be a string");
            return {};
        }
        return value->get<std::string>();
    }

    std::string ReadNonEmptyString(const Json& object, const std::string& path, const char* key) {
        const Json* value = Member(object, path, key, Presence::Required);
        if (!value) return {};
        if (!value->is_string() || value->get_ref<const std::string&>().empty()) {
            Fail(Child(path, key), std::string(key) + " must be a non-empty string");
            return {};
        }
        return value->get<std::string>();
    }

    std::string ReadId(const Json& object, const std::string& path, const char* key) {
        const Json* value = Member(object, path, key, Presence::Required);
        if (!value) return {};
        if (!value->is_string() || !IsValidId(value->get_ref<const std::string&>())) {
            Fail(Child(path, key), std::string(key) +
                                       " must be a non-empty string of letters, digits, '.', '-' or '_'");
            return {};
        }
        return value->get<std::string>();
    }

    bool ReadBool(const Json& object, const std::string& path, const char* key, bool fallback) {
        const Json* value = Member(object, path, key, Presence::Optional);
        if (!value) return fallback;
        if (!value->is_boolean()) {
            Fail(Child(path, key), std::string(key) + " must be true or false");
            return fallback;
        }
        return value->get<bool>();
    }

    // A finite number, or nullopt (with a problem unless it is an absent optional member).
    std::optional<double> ReadNumber(const Json& object, const std::string& path, const char* key, Presence presence) {
        const Json* value = Member(object, path, key, presence);
        if (!value) return std::nullopt;
        if (!value->is_number() || !std::isfinite(value->get<double>())) {
            Fail(Child(path, key), std::string(key) + " must be a number");
            return std::nullopt;
        }
        return value->get<double>();
    }

    double ReadPoints(const Json& object, const std::string& path, const char* key, Presence presence) {
        const Json* value = Member(object, path, key, presence);
        if (!value) return 0;
        if (!value->is_number() || !std::isfinite(value->get<double>()) || value->get<double>() < 0) {
            Fail(Child(path, key), std::string(key) + " must be a number of 0 or more");
            return 0;
        }
        if (value->get<double>() > kMostPoints) {
            Fail(Child(path, key), std::string(key) + " must be at most 1000000");
            return 0;
        }
        return value->get<double>();
    }

    // An array member; a present member of another type is a problem.
    const Json* ReadArray(const Json& object, const std::string& path, const char* key, Presence presence) {
        const Json* value = Member(object, path, key, presence);
        if (value && !value->is_array()) {
            Fail(Child(path, key), std::string(key) + " must be an array ([ ... ])");
            return nullptr;
        }
        return value;
    }

    // An element of an array that must hold objects; returns false (with a problem) otherwise.
    bool IsObjectElement(const Json& element, const std::string& path, const char* what) {
        if (element.is_object()) return true;
        Fail(path, std::string("each ") + what + " must be an object ({ ... })");
        return false;
    }

    LocalizedText ReadText(const Json& object, const std::string& path, const char* key, Presence presence) {
        LocalizedText text;
        const Json* value = Member(object, path, key, presence);
        if (!value) return text;
        const std::string textPath = Child(path, key);
        if (!value->is_object()) {
            Fail(textPath, std::string(key) + " must be an object of texts by language, such as {\"en\": \"...\"}");
            return text;
        }
        for (const auto& [language, translation] : value->items()) {
            const std::string languagePath = Child(textPath, language);
            if (!translation.is_string()) {
                Fail(languagePath, "each translation must be a string");
                continue;
            }
            if (!languages_.empty() && languages_.count(language) == 0)
                Fail(languagePath, "language " + Quoted(language) + " is not in the file's \"languages\" list");
            text.byLanguage[language] = translation.get<std::string>();
        }
        const auto english = text.byLanguage.find("en");
        if (english == text.byLanguage.end())
            Fail(textPath, std::string(key) + " needs an English text (\"en\"), the fallback for every language");
        else if (english->second.empty())
            Fail(Child(textPath, "en"), "the English text must not be empty");
        return text;
    }

    void ReadLanguages(const Json& root, IndexDefinition& definition) {
        const Json* list = ReadArray(root, "", "languages", Presence::Required);
        if (!list) return;
        const std::size_t before = problems.size();
        std::set<std::string> seen;
        for (std::size_t i = 0; i < list->size(); ++i) {
            const Json& tag = (*list)[i];
            const std::string tagPath = Child("/languages", i);
            if (!tag.is_string() || !IsValidLanguageTag(tag.get_ref<const std::string&>())) {
                Fail(tagPath, "each language must be a language code such as \"en\", \"pl\" or \"pt-BR\"");
            } else if (!seen.insert(tag.get<std::string>()).second) {
                Fail(tagPath, "language " + Quoted(tag.get_ref<const std::string&>()) + " is listed twice");
            } else {
                definition.languages.push_back(tag.get<std::string>());
            }
        }
        if (list->empty() || !(*list)[0].is_string() || (*list)[0].get_ref<const std::string&>() != "en")
            Fail("/languages", "languages must start with \"en\" (English is the fallback for every text)");
        if (problems.size() == before) languages_ = seen;
    }

    MissingAnswerRule ReadMissingAnswerRule(const Json& scoring, const char* key) {
        const Json* value = Member(scoring, "/scoring", key, Presence::Optional);
        if (!value || *value == "zero") return MissingAnswerRule::ZeroPoints;
        if (*value == "exclude") return MissingAnswerRule::ExcludeFromMaximum;
        Fail(Child("/scoring", key), std::string(key) + " must be \"zero\" or \"exclude\"");
        return MissingAnswerRule::ZeroPoints;
    }

    void ReadScoring(const Json& root, IndexDefinition& definition) {
        const Json* scoring = Member(root, "", "scoring", Presence::Optional);
        if (!scoring) return;
        if (!scoring->is_object()) {
            Fail("/scoring", "scoring must be an object such as {\"unanswered\": \"zero\", \"dontKnow\": \"zero\"}");
            return;
        }
        definition.unanswered = ReadMissingAnswerRule(*scoring, "unanswered");
        definition.dontKnow = ReadMissingAnswerRule(*scoring, "dontKnow");
    }

    // Records `id` in `seen`; a repeat is a problem naming where it was first used.
    void CheckUnique(std::map<std::string, std::string>& seen, const std::string& id, const std::string& idPath,
                     const char* what) {
        if (id.empty()) return;
        const auto [it, inserted] = seen.emplace(id, idPath);
        if (!inserted) Fail(idPath, std::string("duplicate ") + what + " id " + Quoted(id) + " (first used at " + it->second + ")");
    }

    void ReadGroups(const Json& root, IndexDefinition& definition) {
        const Json* list = ReadArray(root, "", "groups", Presence::Optional);
        if (!list) return;
        std::map<std::string, std::string> seen;
        for (std::size_t i = 0; i < list->size(); ++i) {
            const std::string path = Child("/groups", i);
            if (!IsObjectElement((*list)[i], path, "group")) continue;
            AreaGroup group;
            group.id = ReadId((*list)[i], path, "id");
            CheckUnique(seen, group.id, path + "/id", "group");
            group.title = ReadText((*list)[i], path, "title", Presence::Required);
            definition.groups.push_back(std::move(group));
        }
    }

    void ReadAreas(const Json& root, IndexDefinition& definition) {
        const Json* list = ReadArray(root, "", "areas", Presence::Required);
        if (!list) return;
        if (list->empty()) Fail("/areas", "areas must list at least one area");
        std::map<std::string, std::string> seen;
        for (std::size_t i = 0; i < list->size(); ++i) {
            const std::string path = Child("/areas", i);
            if (!IsObjectElement((*list)[i], path, "area")) continue;
            Area area = ReadArea((*list)[i], path, definition);
            CheckUnique(seen, area.id, path + "/id", "area");
            definition.areas.push_back(std::move(area));
        }
    }

    Area ReadArea(const Json& object, const std::string& path, const IndexDefinition& definition) {
        Area area;
        area.id = ReadId(object, path, "id");
        area.title = ReadText(object, path, "title", Presence::Required);
        area.description = ReadText(object, path, "description", Presence::Optional);
        if (const auto weight = ReadNumber(object, path, "weight", Presence::Optional)) {
            if (!(*weight > 0)) Fail(path + "/weight", "weight must be greater than 0");
            else if (*weight > kMostWeight) Fail(path + "/weight", "weight must be at most 1000000");
            else area.weight = *weight;
        }
        area.group = ReadString(object, path, "group");
        const bool groupExists = std::any_of(definition.groups.begin(), definition.groups.end(),
                                             [&](const AreaGroup& group) { return group.id == area.group; });
        if (!area.group.empty() && !groupExists)
            Fail(path + "/group", "group " + Quoted(area.group) + " is not one of the ids listed in \"groups\"");
        area.optional = ReadBool(object, path, "optional", false);
        area.source = ReadString(object, path, "source");
        ReadQuestions(object, path, area);
        ReadRecommendations(object, path, area);
        return area;
    }

    void ReadQuestions(const Json& areaObject, const std::string& areaPath, Area& area) {
        const Json* list = ReadArray(areaObject, areaPath, "questions", Presence::Required);
        if (!list) return;
        const std::string listPath = areaPath + "/questions";
        if (list->empty()) Fail(listPath, "questions must list at least one question");
        const std::size_t before = problems.size();
        for (std::size_t i = 0; i < list->size(); ++i) {
            const std::string path = Child(listPath, i);
            if (!IsObjectElement((*list)[i], path, "question")) continue;
            Question question = ReadQuestion((*list)[i], path);
            CheckUnique(questionPaths_, question.id, path + "/id", "question");
            area.questions.push_back(std::move(question));
        }
        const bool givesPoints = std::any_of(area.questions.begin(), area.questions.end(),
                                             [](const Question& question) { return question.maxPoints > 0; });
        // Only worth saying about questions that are otherwise right.
        if (!list->empty() && problems.size() == before && !givesPoints)
            Fail(listPath, "no question of this area can give points; at least one answer must give more than 0 points");
    }

    Question ReadQuestion(const Json& object, const std::string& path) {
        Question question;
        question.id = ReadId(object, path, "id");
        const std::optional<AnswerType> type = ReadAnswerType(object, path);
        if (type) question.type = *type;
        question.text = ReadText(object, path, "text", Presence::Required);
        question.help = ReadText(object, path, "help", Presence::Optional);
        question.allowDontKnow = ReadBool(object, path, "allowDontKnow", false);
        question.unit = ReadString(object, path, "unit");
        question.source = ReadString(object, path, "source");
        const Json* options = ReadArray(object, path, "options", Presence::Optional);
        const Json* bands = ReadArray(object, path, "bands", Presence::Optional);
        if (options) ReadOptions(*options, path + "/options", question);
        if (bands) ReadBands(*bands, path + "/bands", question, type == AnswerType::Percentage);
        if (!type) return question;  // the type problem is reported; its rules cannot be checked
        if (UsesOptions(*type)) CheckOptionsFitType(options != nullptr, bands != nullptr, path, question);
        else CheckBandsFitType(options != nullptr, bands != nullptr, path, question);
        ReadMaxPoints(object, path, question);
        return question;
    }

    std::optional<AnswerType> ReadAnswerType(const Json& object, const std::string& path) {
        const Json* value = Member(object, path, "type", Presence::Required);
        if (!value) return std::nullopt;
        if (value->is_string()) {
            for (const AnswerTypeEntry& entry : kAnswerTypes)
                if (value->get_ref<const std::string&>() == entry.name) return entry.type;
        }
        Fail(path + "/type", "type must be one of \"singleChoice\", \"multipleChoice\", \"yesNo\", \"number\", \"percentage\"");
        return std::nullopt;
    }

    void ReadOptions(const Json& list, const std::string& listPath, Question& question) {
        std::map<std::string, std::string> seen;
        for (std::size_t i = 0; i < list.size(); ++i) {
            const std::string path = Child(listPath, i);
            if (!IsObjectElement(list[i], path, "option")) continue;
            AnswerOption option;
            option.id = ReadId(list[i], path, "id");
            CheckUnique(seen, option.id, path + "/id", "option");
            option.label = ReadText(list[i], path, "label", Presence::Required);
            option.points = ReadPoints(list[i], path, "points", Presence::Required);
            question.options.push_back(std::move(option));
        }
    }

    void ReadBands(const Json& list, const std::string& listPath, Question& question, bool isPercentage) {
        for (std::size_t i = 0; i < list.size(); ++i) {
            const std::string path = Child(listPath, i);
            if (!IsObjectElement(list[i], path, "band")) continue;
            NumberBand band;
            const auto min = ReadNumber(list[i], path, "min", Presence::Required);
            const auto max = ReadNumber(list[i], path, "max", Presence::Required);
            band.points = ReadPoints(list[i], path, "points", Presence::Required);
            band.label = ReadText(list[i], path, "label", Presence::Optional);
            if (min && max) CheckBandLimits(*min, *max, path, question, isPercentage);
            band.min = min.value_or(0);
            band.max = max.value_or(0);
            question.bands.push_back(std::move(band));
        }
    }

    // min < max, within 0..100 for percentages, and after the previous band without overlap.
    void CheckBandLimits(double min, double max, const std::string& path, const Question& question, bool isPercentage) {
        if (min >= max) Fail(path + "/max", "max must be greater than min (" + FormatNumber(min) + ")");
        if (isPercentage && (min < 0 || min > 100)) Fail(path + "/min", "a percentage band must lie within 0..100");
        if (isPercentage && (max < 0 || max > 100)) Fail(path + "/max", "a percentage band must lie within 0..100");
        if (!question.bands.empty() && min < question.bands.back().max)
            Fail(path + "/min", "bands must be in ascending order without overlapping: min " + FormatNumber(min) +
                                    " is below the previous band's max " + FormatNumber(question.bands.back().max));
    }

    void CheckOptionsFitType(bool hasOptions, bool hasBands, const std::string& path, const Question& question) {
        if (hasBands) Fail(path + "/bands", "bands are only for number and percentage questions");
        if (!hasOptions) {
            Fail(path + "/options", "options are required for a " + std::string(AnswerTypeName(question.type)) + " question");
            return;
        }
        if (question.type == AnswerType::YesNo) {
            if (question.options.size() != 2 || !FindOption(question, "yes") || !FindOption(question, "no"))
                Fail(path + "/options", "a yesNo question needs exactly two options, with ids \"yes\" and \"no\"");
        } else {
            const std::size_t fewest = question.type == AnswerType::SingleChoice ? 2 : 1;
            if (question.options.size() < fewest)
                Fail(path + "/options", "a " + std::string(AnswerTypeName(question.type)) + " question needs at least " +
                                            std::to_string(fewest) + (fewest == 1 ? " option" : " options"));
        }
    }

    void CheckBandsFitType(bool hasOptions, bool hasBands, const std::string& path, const Question& question) {
        if (hasOptions) Fail(path + "/options", "options are only for choice and yesNo questions");
        if (!hasBands || question.bands.empty())
            Fail(path + "/bands", "a " + std::string(AnswerTypeName(question.type)) + " question needs at least one band");
    }

    // maxPoints is derived when absent; when given, it must agree with what the answers can give.
    void ReadMaxPoints(const Json& object, const std::string& path, Question& question) {
        const double derived = DerivedMaxPoints(question);
        question.maxPoints = derived;
        if (object.find("maxPoints") == object.end()) return;
        const std::size_t before = problems.size();
        const double given = ReadPoints(object, path, "maxPoints", Presence::Optional);
        if (problems.size() != before) return;
        const std::string maxPath = path + "/maxPoints";
        if (question.type == AnswerType::MultipleChoice && given > derived) {
            Fail(maxPath, "maxPoints is " + FormatNumber(given) + " but all options together give only " +
                              FormatNumber(derived) + "; a multipleChoice maxPoints may only cap the sum");
        } else if (question.type != AnswerType::MultipleChoice && std::fabs(given - derived) > 1e-9) {
            Fail(maxPath, "maxPoints is " + FormatNumber(given) + " but the best answer gives " + FormatNumber(derived) +
                              "; leave maxPoints out to derive it");
        }
        question.maxPoints = given;
    }

    // One pointer {city, title, year?, url, source}; the older plain strings are refused with the
    // form to use instead.
    std::optional<GoodPractice> ReadGoodPractice(const Json& object, const std::string& path) {
        if (object.is_string()) {
            Fail(path, "a good-practice pointer must be an object {\"city\", \"title\", \"url\", \"source\"} "
                       "(and \"year\" where known), not a string");
            return std::nullopt;
        }
        if (!IsObjectElement(object, path, "good-practice pointer")) return std::nullopt;
        GoodPractice pointer;
        pointer.city = ReadText(object, path, "city", Presence::Required);
        pointer.title = ReadText(object, path, "title", Presence::Required);
        if (const Json* year = Member(object, path, "year", Presence::Optional)) {
            if (!year->is_number_integer() || year->get<std::int64_t>() < 1900 || year->get<std::int64_t>() > 2100)
                Fail(path + "/year", "year must be a whole number from 1900 to 2100");
            else pointer.year = static_cast<int>(year->get<std::int64_t>());
        }
        pointer.url = ReadNonEmptyString(object, path, "url");
        if (!pointer.url.empty() && !IsWebAddress(pointer.url))
            Fail(path + "/url", "url must be a public address starting with https:// or http://");
        pointer.source = ReadNonEmptyString(object, path, "source");
        return pointer;
    }

    void ReadRecommendations(const Json& areaObject, const std::string& areaPath, Area& area) {
        const Json* list = ReadArray(areaObject, areaPath, "recommendations", Presence::Optional);
        if (!list) return;
        for (std::size_t i = 0; i < list->size(); ++i) {
            const std::string path = Child(areaPath + "/recommendations", i);
            if (!IsObjectElement((*list)[i], path, "recommendation")) continue;
            Recommendation recommendation;
            recommendation.text = ReadText((*list)[i], path, "text", Presence::Required);
            if (const Json* practice = ReadArray((*list)[i], path, "goodPractice", Presence::Optional))
                for (std::size_t k = 0; k < practice->size(); ++k)
                    if (auto pointer = ReadGoodPractice((*practice)[k], Child(path + "/goodPractice", k)))
                        recommendation.goodPractice.push_back(std::move(*pointer));
            area.recommendations.push_back(std::move(recommendation));
        }
    }

    void ReadCarryOvers(const Json& root, IndexDefinition& definition) {
        const Json* list = ReadArray(root, "", "carryOver", Presence::Optional);
        if (!list) return;
        std::map<std::string, std::string> seen;
        for (std::size_t i = 0; i < list->size(); ++i) {
            const std::string path = Child("/carryOver", i);
            if (!IsObjectElement((*list)[i], path, "carryOver entry")) continue;
            CarryOver carryOver;
            carryOver.fromVersion = ReadNonEmptyString((*list)[i], path, "fromVersion");
            CheckUnique(seen, carryOver.fromVersion, path + "/fromVersion", "fromVersion");
            if (!carryOver.fromVersion.empty() && carryOver.fromVersion == definition.version)
                Fail(path + "/fromVersion", "fromVersion must name an earlier version, not this file's own version");
            const Json* questions = ReadArray((*list)[i], path, "questions", Presence::Required);
            if (!questions) continue;
            std::map<std::string, std::string> froms;
            for (std::size_t k = 0; k < questions->size(); ++k) {
                const std::string questionPath = Child(path + "/questions", k);
                if (!IsObjectElement((*questions)[k], questionPath, "carried question")) continue;
                CarriedQuestion carried = ReadCarriedQuestion((*questions)[k], questionPath, definition);
                CheckUnique(froms, carried.from, questionPath + "/from", "carried question");
                carryOver.questions.push_back(std::move(carried));
            }
            definition.carryOver.push_back(std::move(carryOver));
        }
    }

    CarriedQuestion ReadCarriedQuestion(const Json& object, const std::string& path, const IndexDefinition& definition) {
        CarriedQuestion carried;
        carried.from = ReadId(object, path, "from");
        carried.why = ReadText(object, path, "why", Presence::Required);
        std::vector<const Question*> targets;
        if (const Json* to = ReadArray(object, path, "to", Presence::Required)) {
            for (std::size_t i = 0; i < to->size(); ++i) {
                const std::string targetPath = Child(path + "/to", i);
                const Json& id = (*to)[i];
                const Question* target = id.is_string() ? definition.FindQuestion(id.get_ref<const std::string&>()) : nullptr;
                if (!target) {
                    Fail(targetPath, "each target must be the id of a question of this file");
                    continue;
                }
                targets.push_back(target);
                carried.to.push_back(target->id);
            }
        }
        if (const Json* options = Member(object, path, "options", Presence::Optional)) {
            if (!options->is_object()) Fail(path + "/options", "options must be an object from earlier option ids to option ids here");
            else
                for (const auto& entry : options->items()) {  // no structured binding: the lambda uses `to` (clang 14)
                    const std::string& from = entry.key();
                    const Json& to = entry.value();
                    const bool known = to.is_string() && std::any_of(targets.begin(), targets.end(), [&](const Question* q) {
                                           return FindOption(*q, to.get_ref<const std::string&>()) != nullptr;
                                       });
                    if (!known) Fail(Child(path + "/options", from), "must be the id of an option of a target question");
                    else carried.options[from] = to.get<std::string>();
                }
        }
        if (const Json* numbers = ReadArray(object, path, "numbers", Presence::Optional)) {
            for (std::size_t i = 0; i < numbers->size(); ++i) {
                const std::string rangePath = Child(path + "/numbers", i);
                if (!IsObjectElement((*numbers)[i], rangePath, "number range")) continue;
                CarriedQuestion::NumberToOption range;
                const auto min = ReadNumber((*numbers)[i], rangePath, "min", Presence::Required);
                const auto max = ReadNumber((*numbers)[i], rangePath, "max", Presence::Required);
                range.option = ReadString((*numbers)[i], rangePath, "option", Presence::Required);
                if (min && max && *min >= *max) Fail(rangePath + "/max", "max must be greater than min");
                const bool known = std::any_of(targets.begin(), targets.end(),
                                               [&](const Question* q) { return FindOption(*q, range.option) != nullptr; });
                if (!known) Fail(rangePath + "/option", "must be the id of an option of a target question");
                range.min = min.value_or(0);
                range.max = max.value_or(0);
                carried.numbers.push_back(std::move(range));
            }
        }
        return carried;
    }
};

}  // namespace

const char* AnswerTypeName(AnswerType type) {
    for (const AnswerTypeEntry& entry : kAnswerTypes)
        if (entry.type == type) return entry.name;
    return "singleChoice";
}

double DerivedMaxPoints(const Question& question) {
    double most = 0;
    if (question.type == AnswerType::MultipleChoice) {
        for (const AnswerOption& option : question.options) most += std::max(option.points, 0.0);
    } else if (UsesOptions(question.type)) {
        for (const AnswerOption& option : question.options) most = std::max(most, option.points);
    } else {
        for (const NumberBand& band : question.bands) most = std::max(most, band.points);
    }
    return most;
}

namespace {

IndexLoadResult ReadIndex(const Json& root) {
    IndexLoadResult result;
    IndexReader reader;
    IndexDefinition definition = reader.Read(root);
    result.problems = std::move(reader.problems);
    if (result.problems.empty()) result.definition = std::move(definition);
    return result;
}

// Objects key by key, arrays of the same length element by element, any other value replaced
// (scripts/split_index_languages.py writes the texts this way and checks the result).
void PutIn(Json& into, const Json& texts) {
    if (into.is_object() && texts.is_object()) {
        for (const auto& item : texts.items()) PutIn(into[item.key()], item.value());
    } else if (into.is_array() && texts.is_array() && into.size() == texts.size()) {
        for (std::size_t i = 0; i < texts.size(); ++i) PutIn(into[i], texts[i]);
    } else {
        into = texts;
    }
}

}  // namespace

IndexLoadResult LoadIndexDefinition(std::string_view json) {
    IndexLoadResult result;
    const std::optional<Json> root = ParseJsonSafely(json, result.problems);
    if (!root) return result;
    return ReadIndex(*root);
}

IndexLoadResult LoadIndexDefinition(std::string_view json, std::string_view texts) {
    IndexLoadResult result;
    std::optional<Json> root = ParseJsonSafely(json, result.problems);
    const std::optional<Json> added = ParseJsonSafely(texts, result.problems);
    if (!root || !added) return result;
    PutIn(*root, *added);
    return ReadIndex(*root);
}

}  // namespace icc
