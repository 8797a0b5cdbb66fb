// window.iccIndex: the JavaScript API for tests and embedding sites (documented in docs/API.md).
// Each call is a JSON object {"call": name, ...arguments}; each answer a JSON object.
#include "app/app.h"

#include "core/assessment_io.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace icc {

namespace {

using Json = nlohmann::json;

Json Error(const std::string& message) { return Json{{"ok", false}, {"error", message}}; }
Json Ok() { return Json{{"ok", true}}; }

std::string StringArgument(const Json& request, const char* name) {
    auto it = request.find(name);
    return it != request.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// A boolean argument, false when absent or not a boolean.
bool FlagArgument(const Json& request, const char* name) {
    auto it = request.find(name);
    return it != request.end() && it->is_boolean() && it->get<bool>();
}

// An item id, or 0 when the request has none (a missing or non-numeric "id" must not throw:
// the web build has no exceptions, so a throw would stop the app).
unsigned IdArgument(const Json& request) {
    auto it = request.find("id");
    return it != request.end() && it->is_number_unsigned() ? it->get<unsigned>() : 0u;
}

const Question* FindQuestion(const IndexDefinition& definition, const std::string& id) {
    for (const Area& area : definition.areas)
        for (const Question& question : area.questions)
            if (question.id == id) return &question;
    return nullptr;
}

Json OptionalNumber(const std::optional<double>& value) { return value ? Json(*value) : Json(nullptr); }

Json ScoresJson(const Session& session) {
    const AssessmentScores& scores = session.Scores();
    Json areas = Json::array();
    for (const AreaScore& area : scores.areas)
        areas.push_back({{"id", area.areaId}, {"percent", OptionalNumber(area.percent)},
                         {"points", area.points}, {"maxPoints", area.maxPoints},
                         {"answered", area.answered}, {"total", area.total}});
    return {{"ok", true}, {"coreIndex", OptionalNumber(scores.coreIndex)},
            {"extendedIndex", OptionalNumber(scores.extendedIndex)}, {"answered", scores.answered},
            {"total", scores.total}, {"completeness", scores.completenessPercent},
            {"partial", scores.partial}, {"areas", areas}};
}

// setAnswer's value: an option id, a list of option ids, a number, "dontKnow", or null to clear.
Json SetAnswer(Session& session, const Json& request) {
    std::string id = StringArgument(request, "questionId");
    const Question* question = FindQuestion(session.Definition(), id);
    if (!question) return Error("unknown question id: " + id);
    auto value = request.find("value");
    if (value == request.end() || value->is_null()) {
        session.ClearAnswer(id);
        return Ok();
    }
    Answer answer;
    if (value->is_string() && value->get<std::string>() == "dontKnow") {
        if (!question->allowDontKnow) return Error("this question does not allow \"don't know\"");
        answer.dontKnow = true;
    } else if (value->is_string()) {
        answer.selected = {value->get<std::string>()};
    } else if (value->is_array()) {
        for (const Json& item : *value)
            if (item.is_string()) answer.selected.push_back(item.get<std::string>());
    } else if (value->is_number()) {
        answer.number = value->get<double>();
    } else {
        return Error("value must be an option id, a list of option ids, a number, \"dontKnow\" or null");
    }
    for (const std::string& option : answer.selected) {
        bool known = false;
        for (const AnswerOption& candidate : question->options) known |= candidate.id == option;
        if (!known) return Error("unknown option id for " + id + ": " + option);
    }
    session.SetAnswer(id, answer);
    return Ok();
}

const char* RoleName(Role role) {
    switch (role) {
    case Role::Heading: return "heading";
    case Role::Text: return "text";
    case Role::Button: return "button";
    case Role::Radio: return "radio";
    case Role::Checkbox: return "checkbox";
    case Role::TextField: return "textbox";
    case Role::TextArea: return "textarea";
    case Role::Link: return "link";
    case Role::Group: return "group";
    case Role::Status: return "status";
    }
    return "text";
}

const char* RegionName(Region region) {
    switch (region) {
    case Region::Main: return "main";
    case Region::Banner: return "banner";
    case Region::Navigation: return "navigation";
    case Region::Status: return "status";
    case Region::Dialog: return "dialog";
    }
    return "main";
}

Json ItemsJson(const Semantics& semantics) {
    Json items = Json::array();
    for (const SemanticItem& item : semantics.Items()) {
        Json entry = {{"role", RoleName(item.role)}, {"label", item.label}, {"region", RegionName(item.region)}};
        if (!item.target.empty()) entry["target"] = item.target;
        if (!item.description.empty()) entry["description"] = item.description;
        if (item.checked) entry["checked"] = true;
        if (item.focused) entry["focused"] = true;
        if (item.level) entry["level"] = item.level;
        if (item.id) {
            entry["id"] = item.id;
            entry["rect"] = {item.min.x, item.min.y, item.max.x - item.min.x, item.max.y - item.min.y};
        }
        items.push_back(std::move(entry));
    }
    return {{"ok", true}, {"generation", semantics.Generation()}, {"items", items}};
}

// The results as rows, for the mirror's real <table>.
Json ResultRows(const ResultsCache& cache) {
    Json rows = Json::array();
    for (size_t i = 0; i < cache.rows.size(); ++i) {
        const ChartRow& row = cache.rows[i];
        rows.push_back({{"area", row.label}, {"score", cache.scoreTexts[i]},
                        {"sample", OptionalNumber(row.sample)}, {"sizeGroup", OptionalNumber(row.sizeGroup)},
                        {"diversityGroup", OptionalNumber(row.diversityGroup)},
                        {"explanation", cache.explanations[i]}});
    }
    return rows;
}

const char* ScreenName(Screen screen) {
    switch (screen) {
    case Screen::Start: return "start";
    case Screen::Profile: return "profile";
    case Screen::Questionnaire: return "questionnaire";
    case Screen::Results: return "results";
    case Screen::Settings: return "settings";
    }
    return "start";
}

const char* StorageName(StorageState state) {
    switch (state) {
    case StorageState::Working: return "working";
    case StorageState::Failing: return "failing";
    case StorageState::Unavailable: return "unavailable";
    }
    return "working";
}

}  // namespace

std::string App::HandleApiCall(const std::string& requestText) {
    Json request = Json::parse(requestText, nullptr, false);
    if (!request.is_object()) return Error("the request must be a JSON object").dump();
    const std::string call = StringArgument(request, "call");
    static const char* const kReadingCalls[] = {"listAssessments", "getAssessment", "scores", "state",
                                                "text", "resultsTable"};
    apiChanged_ = std::none_of(std::begin(kReadingCalls), std::end(kReadingCalls),
                               [&](const char* reading) { return call == reading; });
    // Collecting the screen's items needs one frame after it is switched on, none after that.
    if (call == "items" || call == "mirror") apiChanged_ = !semantics_.Enabled();
    Json response;
    // A published results page (?view=results) refuses every change.
    if (ui_.readOnly && (call == "newAssessment" || call == "open" || call == "setAnswer" || call == "setEvidence" ||
                         call == "setCity"))
        return Error("this is a read-only results view").dump();
    if (call == "listAssessments") {
        Json list = Json::array();
        for (const SavedSummary& saved : session_.Saved())
            list.push_back({{"id", saved.id}, {"city", saved.city}, {"year", saved.year},
                            {"completeness", saved.completenessPercent}, {"updatedAt", saved.updatedAt},
                            {"problem", saved.problem}});
        response = {{"ok", true}, {"assessments", list}};
    } else if (call == "newAssessment") {
        session_.NewAssessment();
        ui_.screen = Screen::Profile;
        response = {{"ok", true}, {"id", session_.Current().id}};
    } else if (call == "open") {
        if (session_.Open(StringArgument(request, "id"))) {
            ui_.screen = Screen::Questionnaire;
            response = Ok();
        } else {
            response = Error("no saved assessment can be opened with that id");
        }
    } else if (!session_.HasAssessment() &&
               (call == "setAnswer" || call == "setEvidence" || call == "setCity" || call == "getAssessment" ||
                call == "scores")) {
        response = Error("no assessment is open");
    } else if (call == "setAnswer") {
        response = SetAnswer(session_, request);
    } else if (call == "setEvidence") {
        std::string id = StringArgument(request, "questionId");
        if (!FindQuestion(session_.Definition(), id)) return Error("unknown question id: " + id).dump();
        session_.SetEvidence(id, StringArgument(request, "text"));
        ui_.evidenceDrafts.erase(id);
        response = Ok();
    } else if (call == "setCity") {
        CityProfile city = session_.Current().city;
        if (request.contains("name") && request["name"].is_string()) city.name = request["name"].get<std::string>();
        if (request.contains("year") && request["year"].is_number_integer()) city.year = request["year"].get<int>();
        if (request.contains("population") && request["population"].is_number())
            city.population = request["population"].get<double>();
        if (request.contains("foreignBornPercent") && request["foreignBornPercent"].is_number())
            city.foreignBornPercent = request["foreignBornPercent"].get<double>();
        session_.SetCity(city);
        ui_.profileFor.clear();
        response = Ok();
    } else if (call == "getAssessment") {
        response = Json::parse(WriteAssessment(session_.Current(), &session_.Scores()), nullptr, false);
    } else if (call == "scores") {
        response = ScoresJson(session_);
    } else if (call == "setLanguage") {
        session_.SetLanguage(StringArgument(request, "language"));
        response = {{"ok", session_.Language() == StringArgument(request, "language")}, {"language", session_.Language()}};
    } else if (call == "state") {
        response = {{"ok", true},
                    {"screen", ScreenName(ui_.screen)},
                    {"language", session_.Language()},
                    {"openId", session_.HasAssessment() ? session_.Current().id : ""},
                    {"storage", StorageName(session_.Storage())},
                    {"storageProblem", session_.StorageProblem()},
                    {"savePending", session_.SavePending()},
                    {"lastSaved", session_.LastSavedClock()},
                    {"persistence", session_.PersistenceGranted()},
                    {"area", session_.CurrentPosition().area},
                    {"question", session_.CurrentPosition().question},
                    {"notice", session_.Notice()},
                    {"readOnly", ui_.readOnly},
                    {"indexId", session_.Definition().id},
                    {"benchmarksId", session_.Benchmarks() ? session_.Benchmarks()->id : ""},
                    {"ownBenchmarks", session_.UsesOwnBenchmarks()}};
    } else if (call == "items") {
        // The first call switches collection on; the items arrive with the next frame.
        semantics_.SetEnabled(true);
        response = ItemsJson(semantics_);
    } else if (call == "loadIndex") {  // {text, source}: shell/icc-embed.js for ?index=
        if (session_.UseDefinition(StringArgument(request, "source"), StringArgument(request, "text"))) {
            // The assessment of this index open at the end of the last visit is back.
            if (session_.HasAssessment() && ui_.screen == Screen::Start) ui_.screen = Screen::Questionnaire;
            response = {{"ok", true}, {"indexId", session_.Definition().id}};
        } else {
            response = Error(session_.Notice());
        }
    } else if (call == "loadBenchmarks") {  // {text, source, keep}: ?benchmarks= (this visit only) or a user's file
        response = session_.UseBenchmarks(StringArgument(request, "source"), StringArgument(request, "text"),
                                          FlagArgument(request, "keep"))
                       ? Json{{"ok", true}, {"benchmarksId", session_.Benchmarks()->id}}
                       : Error(session_.Notice());
    } else if (call == "showResults") {  // {text, source}: shell/icc-embed.js for ?view=results&data=
        if (session_.ShowInMemory(StringArgument(request, "source"), StringArgument(request, "text"))) {
            ui_.readOnly = true;
            ui_.screen = Screen::Results;
            response = Ok();
        } else {
            response = Error(session_.Notice());
        }
    } else if (call == "text") {  // {key}: interface text in the current language, for the page's own words
        response = {{"ok", true}, {"text", session_.Text().Get(StringArgument(request, "key").c_str())}};
    } else if (call == "resultsTable") {  // the results as rows, for the mirror's real <table>
        response = {{"ok", true}, {"rows", ResultRows(ui_.results)}};
    } else if (call == "mirror") {
        // All the accessible mirror (shell/icc-a11y.js) needs for one update, in one call: the
        // screen's items and, on the results screen, the table with its caption and headings.
        semantics_.SetEnabled(true);
        response = ItemsJson(semantics_);
        if (ui_.screen == Screen::Results) {
            Json headings = Json::array();
            for (const char* key : {"results.area", "results.score", "results.sample", "results.size_group",
                                    "results.diversity_group"})
                headings.push_back(session_.Text().Get(key));
            response["table"] = {{"caption", session_.Text().Get("results.table")}, {"headings", headings},
                                 {"rows", ResultRows(ui_.results)}};
        }
    } else if (call == "activate") {  // {id}: the mirror's buttons, radios and links
        response = ActivateItem(IdArgument(request)) ? Ok() : Error("no such item on the screen");
    } else if (call == "focus") {  // {id}: the mirror's focus moves the canvas's focus
        response = FocusItem(IdArgument(request)) ? Ok() : Error("no such item on the screen");
    } else if (call == "setText") {  // {target, text}: the mirror's text fields
        response = SetText(StringArgument(request, "target"), StringArgument(request, "text"))
                       ? Ok()
                       : Error("that field cannot be changed now");
    } else if (call == "externalChange") {  // {key, value}: the storage event from another tab
        auto value = request.find("value");
        std::optional<std::string> text;
        if (value != request.end() && value->is_string()) text = value->get<std::string>();
        if (session_.OnExternalChange(StringArgument(request, "key"), text)) {
            ui_.evidenceDrafts.clear();  // the fields show the merged text
            ui_.numberDrafts.clear();
            ui_.profileFor.clear();
        }
        response = Ok();
    } else if (call == "colorScheme") {  // {dark}: prefers-color-scheme changed
        auto dark = request.find("dark");
        session_.SetPrefersDark(dark != request.end() && dark->is_boolean() && dark->get<bool>());
        response = Ok();
    } else if (call == "flush") {
        session_.Flush();
        response = Ok();
    } else {
        response = Error("unknown call: " + call);
    }
    return response.dump();
}

}  // namespace icc
