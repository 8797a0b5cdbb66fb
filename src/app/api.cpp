// [SECTION] Index of this file
//   Arguments and answers   StringArgument, SourceArgument, FlagArgument, IdArgument, Ok, Error,
//                           NoticeError, ProblemResponse
//   Changes                 SetAnswer, SetCity (through the value rules)
//   Readings                ItemsJson, ScreenName, StorageName
//   HandleApiCall           the table of actions, then the one place that refuses a call
//
// window.iccIndex: the JavaScript API for tests and embedding sites (documented in docs/API.md).
// Each call is a JSON object {"call": name, ...arguments}; each answer a JSON object. Every call
// is a row of one table (HandleApiCall): its handler, and whether it only reads, needs an open
// assessment, and is allowed on a read-only results page; those refusals are decided there alone.
#include "app/app.h"

#include "core/assessment_io.h"
#include "core/file_names.h"
#include "core/json_guard.h"
#include "core/scores_json.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>

namespace icc {

namespace {

using Json = nlohmann::json;

Json Error(const std::string& message) { return Json{{"ok", false}, {"error", message}}; }

// The codes of the notices shown, oldest first.
Json NoticeCodes(const Session& session) {
    Json codes = Json::array();
    for (const Notice& notice : session.Notices()) codes.push_back(notice.code);
    return codes;
}

// A refusal the model explained with a notice: its stable code, and its text in the interface's language.
Json NoticeError(const Session& session) {
    return Json{{"ok", false}, {"code", session.CurrentNotice().code},
                {"error", NoticeText(session.CurrentNotice(), session.Text())}};
}
Json Ok() { return Json{{"ok", true}}; }

std::string StringArgument(const Json& request, const char* name) {
    auto it = request.find(name);
    return it != request.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// The file name a loading call's notices show: its "source" as FileNameForNotice cuts it (a URL
// parameter is anyone's text).
std::string SourceArgument(const Json& request) { return FileNameForNotice(StringArgument(request, "source")); }

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

// The answer to a change: ok, or what the value rules found, as a stable code and in words.
Json ProblemResponse(const Session& session, const ValueProblem& problem) {
    if (problem.ok()) return Ok();
    return Json{{"ok", false}, {"code", ProblemTextKey(problem.kind)}, {"error", ProblemText(problem, session.Text())}};
}

Json OptionalNumber(const std::optional<double>& value) { return value ? Json(*value) : Json(nullptr); }


// setAnswer's value: an option id, a list of option ids, a number, "dontKnow", or null to clear.
Json SetAnswer(Session& session, const Json& request) {
    std::string id = StringArgument(request, "questionId");
    if (!session.Definition().FindQuestion(id)) return ProblemResponse(session, {ValueProblem::Kind::UnknownQuestion});
    auto value = request.find("value");
    if (value == request.end() || value->is_null()) {
        session.ClearAnswer(id);
        return Ok();
    }
    Answer answer;
    if (value->is_string() && value->get<std::string>() == "dontKnow") {
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
    return ProblemResponse(session, session.SetAnswer(id, answer));
}

// setCity's fields: the ones given replace the profile's, all through the value rules at once.
Json SetCity(Session& session, const Json& request) {
    CityProfile city = session.Current().city;
    auto field = [&](const char* name) -> const Json* {
        auto it = request.find(name);
        return it == request.end() ? nullptr : &*it;
    };
    if (const Json* name = field("name"); name && name->is_string()) city.name = name->get<std::string>();
    if (const Json* year = field("year")) {
        if (year->is_null()) city.year = 0;
        else if (year->is_number_integer() && CheckNumber(year->get<double>(), kYearRule).ok()) city.year = year->get<int>();
        else return ProblemResponse(session, year->is_number() ? CheckNumber(year->get<double>(), kYearRule)
                                                                : ValueProblem{ValueProblem::Kind::NotANumber});
    }
    for (auto [name, target] : {std::pair<const char*, std::optional<double>*>{"population", &city.population},
                                {"foreignBornPercent", &city.foreignBornPercent}}) {
        if (const Json* value = field(name)) {
            if (value->is_null()) target->reset();
            else if (value->is_number()) *target = value->get<double>();
            else return ProblemResponse(session, {ValueProblem::Kind::NotANumber});
        }
    }
    return ProblemResponse(session, session.SetCity(city));
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
    case Screen::Plan: return "plan";
    case Screen::Settings: return "settings";
    case Screen::Merge: return "merge";
    }
    return "start";
}

const char* SideName(MergeSide side) {
    return side == MergeSide::Base ? "base" : side == MergeSide::Other ? "other" : "unsettled";
}

const char* EvidenceName(EvidenceKeep keep) {
    return keep == EvidenceKeep::Base ? "base" : keep == EvidenceKeep::Other ? "other" : "both";
}

Json AnswerJson(const Answer& answer) {
    return {{"selected", answer.selected}, {"number", OptionalNumber(answer.number)}, {"dontKnow", answer.dontKnow},
            {"evidence", answer.evidence}, {"updatedAt", answer.updatedAt}, {"updatedBy", answer.updatedBy}};
}

// The merge review as the page sees it: what is taken, the conflicts and differing evidence with
// both sides, and how each is settled so far.
Json ReviewJson(const Session::MergeReview& review) {
    const MergePlan& plan = review.plan;
    Json items = Json::array();
    for (std::size_t i = 0; i < plan.items.size(); ++i) {
        const MergeItem& item = plan.items[i];
        items.push_back({{"index", i}, {"questionId", item.questionId}, {"conflict", item.answerConflict},
                         {"evidenceDiffers", item.evidenceDiffers}, {"answer", SideName(item.answer)},
                         {"evidence", EvidenceName(item.evidence)}, {"base", AnswerJson(item.base)},
                         {"other", AnswerJson(item.other)}});
    }
    Json actions = Json::array();
    for (const ActionMergeItem& item : plan.actions)
        actions.push_back({{"id", item.base.id}, {"side", SideName(item.side)}, {"baseRemoved", item.base.removed},
                           {"otherRemoved", item.other.removed}, {"baseUpdatedAt", item.base.updatedAt},
                           {"otherUpdatedAt", item.other.updatedAt}});
    return {{"ok", true}, {"fileName", review.fileName}, {"taken", plan.taken}, {"identical", plan.identical},
            {"cityConflict", plan.cityConflict}, {"city", SideName(plan.city)}, {"items", items},
            {"actions", actions}, {"takenActions", plan.takenActions}, {"unsettled", Unsettled(plan)}};
}

std::optional<MergeSide> SideArgument(const Json& request, const char* name) {
    const std::string side = StringArgument(request, name);
    if (side == "base") return MergeSide::Base;
    if (side == "other") return MergeSide::Other;
    return std::nullopt;
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

namespace {

struct ApiAction {
    const char* name;
    Json (*handle)(App& app, const Json& request);
    bool readsOnly;         // changes nothing on screen: no frame is drawn for it
    bool needsAssessment;   // refused while no assessment is open
    bool inReadOnlyView;    // allowed on a published results page (?view=results)
};

}  // namespace

std::string App::HandleApiCall(const std::string& requestText) {
    // The lambdas are members' code: they reach the App's parts as its own methods do.
    // {source, problem} of a loading call: the page could not fetch the file (shell/icc-embed.js says why).
    static const auto refusedFetch = [](App& app, const Json& request) -> std::optional<Json> {
        if (StringArgument(request, "problem").empty()) return std::nullopt;
        app.ReportFileProblem(StringArgument(request, "source"), StringArgument(request, "problem"));
        return NoticeError(app.session_);
    };
    static const ApiAction kActions[] = {
        {"listAssessments", [](App& app, const Json&) -> Json {
             Json list = Json::array();
             for (const SavedSummary& saved : app.session_.Saved())
                 list.push_back({{"id", saved.id}, {"city", saved.city}, {"year", saved.year},
                                 {"completeness", saved.completenessPercent}, {"updatedAt", saved.updatedAt},
                                 {"problem", NoticeText(saved.problem, app.session_.Text())},
                                 {"problemCode", saved.problem.code}});
             return {{"ok", true}, {"assessments", list}};
         }, true, false, true},
        {"newAssessment", [](App& app, const Json&) -> Json {
             app.session_.NewAssessment();
             if (app.session_.ReplacementPending()) return {{"ok", false}, {"code", "unsaved.title"},
                                                            {"error", app.session_.Text().Get("unsaved.title")}};
             app.ui_.screen = Screen::Profile;
             return {{"ok", true}, {"id", app.session_.Current().id}};
         }, false, false, false},
        {"open", [](App& app, const Json& request) -> Json {
             if (!app.session_.Open(StringArgument(request, "id")))
                 return Error("no saved assessment can be opened with that id");
             app.ui_.screen = Screen::Questionnaire;
             return Ok();
         }, false, false, false},
        {"setAnswer", [](App& app, const Json& request) -> Json { return SetAnswer(app.session_, request); },
         false, true, false},
        {"setEvidence", [](App& app, const Json& request) -> Json {
             const std::string id = StringArgument(request, "questionId");
             app.ui_.evidenceDrafts.erase(id);
             return ProblemResponse(app.session_, app.session_.SetEvidence(id, StringArgument(request, "text")));
         }, false, true, false},
        {"confirmAnswer", [](App& app, const Json& request) -> Json {
             const std::string id = StringArgument(request, "questionId");
             if (!app.session_.Definition().FindQuestion(id))
                 return ProblemResponse(app.session_, {ValueProblem::Kind::UnknownQuestion});
             app.session_.ConfirmAnswer(id);
             return Ok();
         }, false, true, false},
        {"setCity", [](App& app, const Json& request) -> Json {
             app.ui_.profileFor.clear();  // the profile's fields show what the model holds
             return SetCity(app.session_, request);
         }, false, true, false},
        {"getAssessment", [](App& app, const Json&) -> Json {
             return ParseJson(WriteAssessment(app.session_.Current(), &app.session_.Scores()));
         }, true, true, true},
        {"scores", [](App& app, const Json&) -> Json {
             Json scores = ScoresJson(app.session_.Scores());
             scores["ok"] = true;
             return scores;
         }, true, true, true},
        {"setLanguage", [](App& app, const Json& request) -> Json {
             const std::string language = StringArgument(request, "language");
             app.session_.SetLanguage(language);
             return {{"ok", app.session_.Language() == language},
                     {"language", app.session_.Language()},
                     {"fetching", !language.empty() && app.session_.FetchingLanguage() == language}};
         }, false, false, true},
        {"addLanguage", [](App& app, const Json& request) -> Json {  // {language, files: {name: text}}: shell/icc-shell.js
             std::map<std::string, std::string> files;
             if (auto it = request.find("files"); it != request.end() && it->is_object())
                 for (const auto& [name, text] : it->items())
                     if (text.is_string()) files[name] = text.get<std::string>();
             const bool added = app.session_.AddLanguageFiles(StringArgument(request, "language"), files);
             return {{"ok", added}, {"language", app.session_.Language()}};
         }, false, false, true},
        {"languageUnavailable", [](App& app, const Json& request) -> Json {  // {language}: its file could not be fetched
             app.session_.LanguageUnavailable(StringArgument(request, "language"));
             return {{"ok", true}, {"language", app.session_.Language()}};
         }, false, false, true},
        {"state", [](App& app, const Json&) -> Json {
             const Session& session = app.session_;
             return {{"ok", true},
                     {"screen", ScreenName(app.ui_.screen)},
                     {"language", session.Language()},
                     {"openId", session.HasAssessment() ? session.Current().id : ""},
                     {"storage", StorageName(session.Storage())},
                     {"storageProblem", session.StorageProblemCode().empty()
                                            ? "" : session.Text().Get(session.StorageProblemCode().c_str())},
                     {"storageProblemCode", session.StorageProblemCode()},
                     {"savePending", session.SavePending()},
                     {"lastSaved", session.LastSavedClock()},
                     {"persistence", session.PersistenceGranted()},
                     {"area", session.CurrentPosition().area},
                     {"question", session.CurrentPosition().question},
                     {"notice", NoticesText(session)},
                     {"noticeCode", session.CurrentNotice().code},
                     {"noticeCodes", NoticeCodes(session)},
                     {"unsavedChanges", session.HasUnsavedChanges()},
                     {"replacementPending", session.ReplacementPending()},
                     {"importPending", session.Pending().has_value()},
                     {"mergePending", session.Review() != nullptr},
                     {"userName", session.CurrentSettings().userName},
                     {"readOnly", app.ui_.readOnly},
                     {"indexId", session.Definition().id},
                     {"indexVersion", session.Definition().version},
                     {"toReview", session.HasAssessment() ? session.ToReviewCount() : 0},
                     {"benchmarksId", session.Benchmarks() ? session.Benchmarks()->id : ""},
                     {"ownBenchmarks", session.UsesOwnBenchmarks()}};
         }, true, false, true},
        {"items", [](App& app, const Json&) -> Json {
             // The first call switches collection on; the items arrive with the next frame.
             app.semantics_.SetEnabled(true);
             return ItemsJson(app.semantics_);
         }, true, false, true},
        {"loadIndex", [](App& app, const Json& request) -> Json {  // {text, source}: ?index= (shell/icc-embed.js)
             if (std::optional<Json> refused = refusedFetch(app, request)) return *refused;
             if (!app.session_.UseDefinition(SourceArgument(request), StringArgument(request, "text")))
                 return NoticeError(app.session_);
             // The assessment of this index open at the end of the last visit is back.
             if (app.session_.HasAssessment() && app.ui_.screen == Screen::Start) app.ui_.screen = Screen::Questionnaire;
             return {{"ok", true}, {"indexId", app.session_.Definition().id}};
         }, false, false, true},
        {"loadBenchmarks", [](App& app, const Json& request) -> Json {  // {text, source, keep}: ?benchmarks= or Settings
             if (std::optional<Json> refused = refusedFetch(app, request)) return *refused;
             if (!app.session_.UseBenchmarks(SourceArgument(request), StringArgument(request, "text"),
                                             FlagArgument(request, "keep")))
                 return NoticeError(app.session_);
             return {{"ok", true}, {"benchmarksId", app.session_.Benchmarks()->id}};
         }, false, false, true},
        {"showResults", [](App& app, const Json& request) -> Json {  // {text, source}: ?view=results&data=
             if (std::optional<Json> refused = refusedFetch(app, request)) return *refused;
             if (!app.session_.ShowInMemory(SourceArgument(request), StringArgument(request, "text")))
                 return NoticeError(app.session_);
             app.ui_.readOnly = true;
             app.ui_.screen = Screen::Results;
             return Ok();
         }, false, false, true},
        {"text", [](App& app, const Json& request) -> Json {  // {key}: interface text, for the page's own words
             return {{"ok", true}, {"text", app.session_.Text().Get(StringArgument(request, "key").c_str())}};
         }, true, false, true},
        {"mirror", [](App& app, const Json&) -> Json {
             // All the accessible mirror (shell/icc-a11y.js) needs for one update, in one call: the
             // screen's items and, on the results screen, the table with its caption and headings.
             app.semantics_.SetEnabled(true);
             Json response = ItemsJson(app.semantics_);
             if (app.ui_.screen == Screen::Results) {
                 Json headings = Json::array();
                 for (const char* key : {"results.area", "results.score", "results.sample", "results.size_group",
                                         "results.diversity_group"})
                     headings.push_back(app.session_.Text().Get(key));
                 response["table"] = {{"caption", app.session_.Text().Get("results.table")}, {"headings", headings},
                                      {"rows", ResultRows(app.ui_.results)}};
             }
             return response;
         }, true, false, true},
        {"activate", [](App& app, const Json& request) -> Json {  // {id}: the mirror's buttons, radios, links
             return app.ActivateItem(IdArgument(request)) ? Ok() : Error("no such item on the screen");
         }, false, false, false},
        {"focus", [](App& app, const Json& request) -> Json {  // {id}: the mirror's focus moves the canvas's
             return app.FocusItem(IdArgument(request)) ? Ok() : Error("no such item on the screen");
         }, false, false, true},
        {"setText", [](App& app, const Json& request) -> Json {  // {target, text}: the mirror's text fields
             return ProblemResponse(app.session_, app.SetText(StringArgument(request, "target"), StringArgument(request, "text")));
         }, false, false, false},
        {"externalChange", [](App& app, const Json& request) -> Json {  // {key, value}: another tab's storage event
             auto value = request.find("value");
             std::optional<std::string> text;
             if (value != request.end() && value->is_string()) text = value->get<std::string>();
             if (app.session_.OnExternalChange(StringArgument(request, "key"), text)) {
                 app.ui_.evidenceDrafts.clear();  // the fields show the merged text
                 app.ui_.numberDrafts.clear();
                 app.ui_.profileFor.clear();
             }
             return Ok();
         }, false, false, true},
        {"setUserName", [](App& app, const Json& request) -> Json {  // {name}: Settings' "who am I"
             app.ui_.userNameLoaded = false;  // the field shows the name the model keeps
             return ProblemResponse(app.session_, app.session_.SetUserName(StringArgument(request, "name")));
         }, false, false, false},
        {"addContributor", [](App& app, const Json& request) -> Json {  // {name}
             return ProblemResponse(app.session_, app.session_.AddContributor(StringArgument(request, "name")));
         }, false, true, false},
        {"removeContributor", [](App& app, const Json& request) -> Json {  // {name}
             app.session_.RemoveContributor(StringArgument(request, "name"));
             return Ok();
         }, false, true, false},
        {"setResponsible", [](App& app, const Json& request) -> Json {  // {areaId, name}: "" for nobody
             app.session_.SetResponsible(StringArgument(request, "areaId"), StringArgument(request, "name"));
             return Ok();
         }, false, true, false},
        {"exportAreas", [](App& app, const Json& request) -> Json {  // {areas: [area id...]}: "Share a part"
             std::vector<std::string> areas;
             if (auto list = request.find("areas"); list != request.end() && list->is_array())
                 for (const Json& area : *list)
                     if (area.is_string()) areas.push_back(area.get<std::string>());
             if (areas.empty()) return Error("areas must list at least one area id");
             app.session_.ExportAreas(areas);
             return Ok();
         }, true, true, false},
        {"mergeReview", [](App& app, const Json&) -> Json {
             if (!app.session_.Review()) return Error("no merge is being reviewed");
             return ReviewJson(*app.session_.Review());
         }, true, false, false},
        {"mergeChoose", [](App& app, const Json& request) -> Json {  // {index, answer: base|other, evidence: both|base|other} or {city}
             if (!app.session_.Review()) return Error("no merge is being reviewed");
             if (std::optional<MergeSide> city = SideArgument(request, "city")) app.session_.ChooseCity(*city);
             auto index = request.find("index");
             if (index == request.end() || !index->is_number_unsigned()) return Ok();
             const std::size_t item = index->get<std::size_t>();
             if (std::optional<MergeSide> side = SideArgument(request, "answer")) app.session_.ChooseAnswer(item, *side);
             const std::string evidence = StringArgument(request, "evidence");
             if (!evidence.empty())
                 app.session_.ChooseEvidence(item, evidence == "base" ? EvidenceKeep::Base
                                                   : evidence == "other" ? EvidenceKeep::Other : EvidenceKeep::Both);
             return Ok();
         }, false, false, false},
        {"mergeTakeNewer", [](App& app, const Json&) -> Json {
             app.session_.TakeNewerEverywhere();
             return Ok();
         }, false, false, false},
        {"mergeConfirm", [](App& app, const Json&) -> Json {
             if (!app.session_.Review()) return Error("no merge is being reviewed");
             if (!app.session_.ConfirmMerge())
                 return Unsettled(app.session_.Review()->plan) > 0 ? Error("some conflicts are not settled yet")
                                                                   : NoticeError(app.session_);
             app.ui_.draftsFor.clear();
             app.ui_.profileFor.clear();
             return Ok();
         }, false, false, false},
        {"mergeCancel", [](App& app, const Json&) -> Json {
             app.session_.CancelMerge();
             return Ok();
         }, false, false, false},
        {"colorScheme", [](App& app, const Json& request) -> Json {  // {dark}: prefers-color-scheme changed
             auto dark = request.find("dark");
             app.session_.SetPrefersDark(dark != request.end() && dark->is_boolean() && dark->get<bool>());
             return Ok();
         }, false, false, true},
        {"flush", [](App& app, const Json&) -> Json {
             app.session_.Flush();
             return Ok();
         }, false, false, true},
        {"deleteAll", [](App& app, const Json&) -> Json {  // "Delete all my data" in Settings
             const int removed = app.session_.DeleteAllData();
             app.ui_.screen = Screen::Start;
             return {{"ok", true}, {"removed", removed}};
         }, false, false, false},
    };

    const Json request = ParseJson(requestText);
    apiChanged_ = false;
    if (!request.is_object()) return Error("the request must be a JSON object").dump();
    const std::string call = StringArgument(request, "call");
    const ApiAction* action = nullptr;
    for (const ApiAction& candidate : kActions)
        if (call == candidate.name) action = &candidate;
    if (!action) return Error("unknown call: " + call).dump();
    // Collecting the screen's items needs one frame after it is switched on, none after that.
    apiChanged_ = call == "items" || call == "mirror" ? !semantics_.Enabled() : !action->readsOnly;
    if (ui_.readOnly && !action->inReadOnlyView) return Error("this is a read-only results view").dump();
    if (action->needsAssessment && !session_.HasAssessment()) return Error("no assessment is open").dump();
    // A text that is not UTF-8 (none should be) comes out as U+FFFD: a strict dump would throw,
    // and in the browser a throw stops the tool.
    return action->handle(*this, request).dump(-1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace icc
