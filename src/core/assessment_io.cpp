#include "core/assessment_io.h"

#include "core/action_plan.h"
#include "core/action_plan_json.h"
#include "core/assessment_fast_reader.h"
#include "core/contributors.h"
#include "core/json_fields.h"
#include "core/json_guard.h"
#include "core/scores_json.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace icc {
namespace {

using nlohmann::json;

// An optional number that may also be written as null (meaning absent).
std::optional<double> NullableNumber(const JsonFieldReader& reader, const json& object, const char* key,
                                     const NumberRule& rule) {
    const auto it = object.find(key);
    if (it == object.end() || it->is_null()) return std::nullopt;
    return reader.NumberWithin(key, Presence::Optional, rule.min, rule.max);
}

// A string field within its value rule's length.
std::optional<std::string> BoundedString(const JsonFieldReader& reader, const char* key, Presence presence,
                                         std::size_t longest) {
    std::optional<std::string> text = reader.String(key, presence);
    if (!text) return text;
    if (ValueProblem problem = CheckLength(*text, longest); !problem.ok()) {
        reader.Report(reader.PathOf(key), DescribeProblem(problem));
        return std::nullopt;
    }
    return text;
}

void ReadCityFigures(const JsonFieldReader& reader, const json& object, CityProfile& city) {
    if (auto year = reader.Integer("year", Presence::Optional, static_cast<long long>(kYearRule.min),
                                   static_cast<long long>(kYearRule.max)))
        city.year = static_cast<int>(*year);
    city.population = NullableNumber(reader, object, "population", kPopulationRule);
    city.foreignBornPercent = NullableNumber(reader, object, "foreignBornPercent", kPercentRule);
}

// The assessment's id: absent or empty (the app gives it one), else by the id rule.
void ReadId(const JsonFieldReader& reader, Assessment& assessment) {
    std::optional<std::string> id = reader.String("id", Presence::Optional);
    if (!id || id->empty()) return;
    if (ValueProblem problem = CheckAssessmentId(*id); !problem.ok()) {
        reader.Report("/id", DescribeProblem(problem));
        return;
    }
    assessment.id = std::move(*id);
}

// A list of option ids.
std::vector<std::string> ReadSelected(const json& value, const std::string& path, Problems& problems) {
    std::vector<std::string> selected;
    if (!value.is_array()) {
        problems.push_back({path, std::string("must be an array of option ids, not ") + JsonTypeName(value)});
        return selected;
    }
    for (std::size_t i = 0; i < value.size(); ++i) {
        if (!value[i].is_string()) {
            problems.push_back({JsonPath(path, i), std::string("must be an option id (a string), not ") +
                                                       JsonTypeName(value[i])});
            continue;
        }
        selected.push_back(value[i].get<std::string>());
    }
    return selected;
}

// Format 1: {"selected": [...], "number": 12.5, "dontKnow": false, "evidence": "...", "updatedAt": "...",
// "toReview": true}.
std::optional<Answer> ReadAnswer(const json& value, const std::string& path, Problems& problems) {
    if (!value.is_object()) {
        problems.push_back({path, std::string("must be an object (selected, number, dontKnow, evidence), not ") +
                                      JsonTypeName(value)});
        return std::nullopt;
    }
    const JsonFieldReader reader(value, path, problems);
    Answer answer;
    if (const json* selected = reader.Member("selected", Presence::Optional))
        answer.selected = ReadSelected(*selected, reader.PathOf("selected"), problems);
    answer.number = NullableNumber(reader, value, "number", kAnswerNumberRule);
    if (auto dontKnow = reader.Bool("dontKnow", Presence::Optional)) answer.dontKnow = *dontKnow;
    if (auto evidence = BoundedString(reader, "evidence", Presence::Optional, kLongestEvidence))
        answer.evidence = std::move(*evidence);
    if (auto updatedAt = reader.String("updatedAt", Presence::Optional)) answer.updatedAt = std::move(*updatedAt);
    if (auto updatedBy = BoundedString(reader, "updatedBy", Presence::Optional, kLongestContributor))
        answer.updatedBy = std::move(*updatedBy);
    if (auto toReview = reader.Bool("toReview", Presence::Optional)) answer.toReview = *toReview;
    return answer;
}

// A contributor's name at `path`: a string of 1 to kLongestContributor bytes.
std::optional<std::string> ReadContributorName(const json& value, const std::string& path, Problems& problems) {
    if (!value.is_string()) {
        problems.push_back({path, std::string("must be a name (a string), not ") + JsonTypeName(value)});
        return std::nullopt;
    }
    const std::string& name = value.get_ref<const std::string&>();
    ValueProblem length = CheckLength(name, kLongestContributor);
    if (name.empty()) problems.push_back({path, "a contributor's name must not be empty"});
    else if (!length.ok()) problems.push_back({path, DescribeProblem(length)});
    else return name;
    return std::nullopt;
}

// Format 2: "contributors" (names, each once) and "responsible" (area id -> name).
void ReadContributors(const JsonFieldReader& reader, Assessment& assessment, Problems& problems) {
    if (const json* list = reader.Member("contributors", Presence::Optional)) {
        if (!list->is_array()) {
            reader.Report("/contributors", std::string("must be an array of names, not ") + JsonTypeName(*list));
        } else if (list->size() > kMostContributors) {
            reader.Report("/contributors", "must list at most " + std::to_string(kMostContributors) + " contributors");
        } else {
            for (std::size_t i = 0; i < list->size(); ++i)
                if (std::optional<std::string> name = ReadContributorName((*list)[i], JsonPath("/contributors", i), problems))
                    AddContributor(assessment, *name);
        }
    }
    if (const json* areas = reader.Member("responsible", Presence::Optional)) {
        if (!areas->is_object()) {
            reader.Report("/responsible", std::string("must be an object of names by area id, not ") + JsonTypeName(*areas));
            return;
        }
        for (auto it = areas->begin(); it != areas->end(); ++it) {
            const std::string path = JsonPath("/responsible", it.key());
            if (it.key().empty()) problems.push_back({path, "an area id must not be empty"});
            else if (std::optional<std::string> name = ReadContributorName(it.value(), path, problems))
                assessment.responsible[it.key()] = std::move(*name);
        }
    }
}

// An object keyed by question id; each value goes through `readAnswer`.
template <typename ReadOne>
void ReadAnswers(const JsonFieldReader& reader, Assessment& assessment, Problems& problems, ReadOne readAnswer) {
    const json* answers = reader.Member("answers", Presence::Required);
    if (!answers) return;
    const std::string path = reader.PathOf("answers");
    if (!answers->is_object()) {
        reader.Report(path, std::string("must be an object of answers by question id, not ") + JsonTypeName(*answers));
        return;
    }
    for (auto it = answers->begin(); it != answers->end(); ++it) {
        const std::string answerPath = JsonPath(path, it.key());
        if (it.key().empty()) {
            problems.push_back({answerPath, "a question id must not be empty"});
            continue;
        }
        if (std::optional<Answer> answer = readAnswer(it.value(), answerPath, problems))
            assessment.answers[it.key()] = std::move(*answer);
    }
}

// Formats 1 and 2: format 2 adds the contributors, the areas' responsible and each answer's author.
Assessment ReadFormat1Or2(const json& root, int formatVersion, Problems& problems) {
    Assessment assessment;
    const JsonFieldReader reader(root, "", problems);
    ReadId(reader, assessment);
    if (const json* index = reader.Member("index", Presence::Required)) {
        if (!index->is_object()) {
            reader.Report("/index", std::string("must be an object with the index id and version, not ") +
                                        JsonTypeName(*index));
        } else {
            const JsonFieldReader indexReader(*index, "/index", problems);
            if (auto id = indexReader.String("id", Presence::Required)) assessment.indexId = std::move(*id);
            if (auto version = indexReader.String("version", Presence::Optional))
                assessment.indexVersion = std::move(*version);
        }
    }
    if (const json* city = reader.Member("city", Presence::Required)) {
        if (!city->is_object()) {
            reader.Report("/city", std::string("must be an object (name, year, population, "
                                               "foreignBornPercent), not ") + JsonTypeName(*city));
        } else {
            const JsonFieldReader cityReader(*city, "/city", problems);
            if (auto name = BoundedString(cityReader, "name", Presence::Required, kLongestCityName))
                assessment.city.name = std::move(*name);
            ReadCityFigures(cityReader, *city, assessment.city);
        }
    }
    if (auto createdAt = reader.String("createdAt", Presence::Optional)) assessment.createdAt = std::move(*createdAt);
    if (auto updatedAt = reader.String("updatedAt", Presence::Optional)) assessment.updatedAt = std::move(*updatedAt);
    ReadAnswers(reader, assessment, problems, ReadAnswer);
    if (formatVersion >= 2) {
        ReadContributors(reader, assessment, problems);
        ReadPlan(root, assessment, problems);
    } else
        for (auto& entry : assessment.answers) entry.second.updatedBy.clear();  // not a field of format 1
    return assessment;
}

// Format 0, the draft format (docs/ANSWERS-FORMAT.md, "Format 0"): flat city fields, answers as
// bare values (an option id, a list of option ids, a number, or null for "don't know") and
// evidence in a separate object by question id.
Assessment ReadFormat0(const json& root, Problems& problems) {
    Assessment assessment;
    const JsonFieldReader reader(root, "", problems);
    ReadId(reader, assessment);
    if (auto indexId = reader.String("indexId", Presence::Required)) assessment.indexId = std::move(*indexId);
    if (auto version = reader.String("indexVersion", Presence::Optional)) assessment.indexVersion = std::move(*version);
    if (auto name = BoundedString(reader, "city", Presence::Required, kLongestCityName))
        assessment.city.name = std::move(*name);
    ReadCityFigures(reader, root, assessment.city);
    if (auto savedAt = reader.String("savedAt", Presence::Optional)) {
        assessment.createdAt = *savedAt;
        assessment.updatedAt = std::move(*savedAt);
    }
    ReadAnswers(reader, assessment, problems, [](const json& value, const std::string& path, Problems& found) {
        std::optional<Answer> answer(std::in_place);
        if (value.is_null()) answer->dontKnow = true;
        else if (value.is_string()) answer->selected.push_back(value.get<std::string>());
        else if (value.is_array()) answer->selected = ReadSelected(value, path, found);
        else if (value.is_number()) {
            // The same range as the current format's "number": a read draft must save and read again.
            const double number = value.get<double>();
            if (ValueProblem problem = CheckNumber(number, kAnswerNumberRule); problem.ok()) {
                answer->number = number;
            } else {
                found.push_back({path, DescribeProblem(problem)});
                answer.reset();
            }
        } else {
            found.push_back({path, std::string("must be an option id, a list of option ids, a number or "
                                               "null (don't know), not ") + JsonTypeName(value)});
            answer.reset();
        }
        return answer;
    });
    if (const json* evidence = reader.Member("evidence", Presence::Optional)) {
        if (!evidence->is_object()) {
            reader.Report("/evidence", std::string("must be an object of texts by question id, not ") +
                                           JsonTypeName(*evidence));
        } else {
            // Keys are taken as they are (not through a C string, which would cut them at a "\u0000"),
            // and an empty id is refused as in "answers": the current format cannot hold it.
            for (auto it = evidence->begin(); it != evidence->end(); ++it) {
                const std::string path = JsonPath("/evidence", it.key());
                if (it.key().empty())
                    problems.push_back({path, "a question id must not be empty"});
                else if (!it.value().is_string())
                    problems.push_back({path, std::string("must be a string, not ") + JsonTypeName(it.value())});
                else if (ValueProblem length = CheckLength(it.value().get_ref<const std::string&>(), kLongestEvidence);
                         !length.ok())
                    problems.push_back({path, DescribeProblem(length)});
                else
                    assessment.answers[it.key()].evidence = it.value().get<std::string>();
            }
        }
    }
    return assessment;
}

std::string EscapedPointerKey(const std::string& key) { return JsonPath("", key).substr(1); }

// Range of values the question's bands cover, for messages.
std::string BandRange(const Question& question) {
    double low = question.bands.front().min, high = question.bands.front().max;
    for (const NumberBand& band : question.bands) {
        low = std::min(low, band.min);
        high = std::max(high, band.max);
    }
    char text[80];
    std::snprintf(text, sizeof text, "%g to %g", low, high);
    return text;
}

bool IsChoice(AnswerType type) {
    return type == AnswerType::SingleChoice || type == AnswerType::MultipleChoice || type == AnswerType::YesNo;
}

// The path of the answer to `questionId` plus `suffix`; built only when there is something to report.
std::string AnswerPath(const std::string& questionId, const char* suffix) {
    return "/answers/" + EscapedPointerKey(questionId) + suffix;
}

void CheckAnswer(const Question& question, const Answer& answer, const std::string& questionId, Problems& problems) {
    if (answer.dontKnow && !question.allowDontKnow)
        problems.push_back({AnswerPath(questionId, "/dontKnow"), "this question has no \"don't know\"; it counts as unanswered"});
    if (IsChoice(question.type)) {
        if (answer.number)
            problems.push_back({AnswerPath(questionId, "/number"), "this question is answered by choosing options; the number is ignored"});
        if (question.type != AnswerType::MultipleChoice && answer.selected.size() > 1)
            problems.push_back({AnswerPath(questionId, "/selected"), "this question takes one option; only the first known one counts"});
        for (std::size_t i = 0; i < answer.selected.size(); ++i) {
            if (!FindOption(question, answer.selected[i]))
                problems.push_back({JsonPath(AnswerPath(questionId, "/selected"), i),
                                    "\"" + answer.selected[i] + "\" is not an option of this question; it is ignored"});
        }
        return;
    }
    if (!answer.selected.empty())
        problems.push_back({AnswerPath(questionId, "/selected"), "this question is answered with a number; the options are ignored"});
    if (!answer.number || question.bands.empty()) return;
    if (!FindBand(question, *answer.number)) {
        char value[40];
        std::snprintf(value, sizeof value, "%g", *answer.number);
        problems.push_back({AnswerPath(questionId, "/number"), std::string(value) + " is outside the values this question takes (" +
                                                  BandRange(question) + "); it counts as unanswered"});
    }
}

// The text rules the fast path does not check: the id's characters, the lengths of the texts.
bool FollowsTextRules(const Assessment& assessment) {
    if (!assessment.id.empty() && !CheckAssessmentId(assessment.id).ok()) return false;
    if (!CheckLength(assessment.city.name, kLongestCityName).ok()) return false;
    const auto goodName = [](const std::string& name) { return !name.empty() && CheckLength(name, kLongestContributor).ok(); };
    if (assessment.contributors.size() > kMostContributors ||
        !std::all_of(assessment.contributors.begin(), assessment.contributors.end(), goodName))
        return false;
    for (const auto& [areaId, name] : assessment.responsible)
        if (areaId.empty() || !goodName(name)) return false;
    return std::none_of(assessment.answers.begin(), assessment.answers.end(), [](const auto& entry) {
        return !CheckLength(entry.second.evidence, kLongestEvidence).ok() ||
               !CheckLength(entry.second.updatedBy, kLongestContributor).ok();
    });
}

}  // namespace

AssessmentLoadResult ReadAssessment(std::string_view text) {
    // The fast path checks types and number ranges; the text rules are checked on what it read.
    std::optional<Assessment> assessment = ReadAssessmentFast(text);
    if (assessment && !FollowsTextRules(*assessment)) assessment.reset();
    if (assessment) {
        AssessmentLoadResult result;
        result.assessment = std::move(assessment);
        result.sourceFormatVersion = kAssessmentFormatVersion;
        return result;
    }
    return ReadAssessmentThoroughly(text);
}

AssessmentLoadResult ReadAssessmentThoroughly(std::string_view text) {
    AssessmentLoadResult result;
    const std::optional<json> parsed = ParseJsonSafely(text, result.problems);
    if (!parsed) return result;
    const std::optional<int> version =
        CheckKindAndVersion(*parsed, kAssessmentKind, "an answers file", kAssessmentFormatVersion, true, result.problems);
    if (!version) return result;
    result.sourceFormatVersion = *version;
    result.migrated = *version < kAssessmentFormatVersion;
    // One reader per format version; older ones produce the current model directly.
    Assessment assessment = *version == 0 ? ReadFormat0(*parsed, result.problems)
                                          : ReadFormat1Or2(*parsed, *version, result.problems);
    if (result.problems.empty()) result.assessment = std::move(assessment);
    return result;
}

std::string WriteAssessment(const Assessment& assessment, const AssessmentScores* scores) {
    using ordered = nlohmann::ordered_json;
    ordered root;
    root["formatVersion"] = kAssessmentFormatVersion;
    root["kind"] = kAssessmentKind;
    root["id"] = assessment.id;
    root["index"] = {{"id", assessment.indexId}, {"version", assessment.indexVersion}};
    ordered city;
    city["name"] = assessment.city.name;
    if (assessment.city.year != 0) city["year"] = assessment.city.year;
    if (assessment.city.population) city["population"] = *assessment.city.population;
    if (assessment.city.foreignBornPercent) city["foreignBornPercent"] = *assessment.city.foreignBornPercent;
    root["city"] = std::move(city);
    root["createdAt"] = assessment.createdAt;
    root["updatedAt"] = assessment.updatedAt;
    ordered answers = ordered::object();
    // ordered_json finds keys by linear search; the ids come unique and sorted from the std::map, so
    // they are appended to its underlying vector directly (large files would otherwise take O(n^2)).
    ordered::object_t& entries = *answers.get_ptr<ordered::object_t*>();
    entries.reserve(assessment.answers.size());
    for (const auto& [questionId, answer] : assessment.answers) {
        ordered entry;
        entry["selected"] = answer.selected;
        if (answer.number) entry["number"] = *answer.number;
        entry["dontKnow"] = answer.dontKnow;
        if (!answer.evidence.empty()) entry["evidence"] = answer.evidence;
        if (!answer.updatedAt.empty()) entry["updatedAt"] = answer.updatedAt;
        if (!answer.updatedBy.empty()) entry["updatedBy"] = answer.updatedBy;
        if (answer.toReview) entry["toReview"] = true;
        entries.ordered::object_t::Container::emplace_back(questionId, std::move(entry));
    }
    root["answers"] = std::move(answers);
    if (!assessment.contributors.empty()) root["contributors"] = assessment.contributors;
    if (!assessment.responsible.empty()) root["responsible"] = assessment.responsible;
    if (!assessment.plan.empty()) root["plan"] = PlanJson(assessment.plan);
    if (scores) root["scores"] = ScoresJson(*scores);
    // Replace invalid UTF-8 rather than fail: the model may hold text typed in any browser.
    return root.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

Problems CheckAgainstDefinition(const Assessment& assessment, const IndexDefinition& definition) {
    Problems problems;
    if (assessment.indexId != definition.id)
        problems.push_back({"/index/id", "the answers are for index \"" + assessment.indexId + "\", not \"" +
                                             definition.id + "\"; only matching question ids are scored"});
    else if (!assessment.indexVersion.empty() && assessment.indexVersion != definition.version)
        problems.push_back({"/index/version", "the answers were given to version " + assessment.indexVersion +
                                                  " of the index, this is version " + definition.version});
    const ScoringPlan plan = BuildScoringPlan(definition);
    for (const auto& [questionId, answer] : assessment.answers) {
        const auto entry = std::lower_bound(plan.byQuestionId.begin(), plan.byQuestionId.end(), questionId,
                                            [](const ScoringPlan::Entry& e, const std::string& id) {
                                                return e.questionId < std::string_view(id);
                                            });
        if (entry == plan.byQuestionId.end() || entry->questionId != questionId) {
            problems.push_back({AnswerPath(questionId, ""),
                                "\"" + questionId + "\" is not a question of this index; the answer is ignored"});
            continue;
        }
        CheckAnswer(definition.areas[entry->area].questions[entry->question], answer, questionId, problems);
    }
    CheckPlanAgainstDefinition(assessment, definition, problems);
    return problems;
}

}  // namespace icc
