#include "app/session.h"

#include "core/assessment_io.h"
#include "core/assessment_merge.h"
#include "core/assessment_salvage.h"
#include "app/embedded.h"
#include "core/index_loader.h"
#include "core/report_csv.h"
#include "core/report_html.h"
#include "core/score_explanation.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace icc {

namespace {

const char kDefaultIndexFile[] = "icc-2019.json";
const char* const kLanguages[] = {"en", "pl", "uk"};

std::string Key(const char* suffix) { return std::string(Session::kKeyPrefix) + suffix; }
std::string PositionKey(const std::string& id) { return Key("position/") + id; }
std::string BackupPrefix() { return Key("backup/"); }

const char* ReasonName(BackupSummary::Reason reason) {
    return reason == BackupSummary::Reason::Replaced ? "replaced" : "unreadable";
}

// A string member of a stored JSON object, or empty when absent or of another type.
std::string StoredString(const nlohmann::json& object, const char* key) {
    auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// The year the assessment describes at first: this year, from an ISO date.
int YearOf(const std::string& isoDate) {
    int year = 0;
    for (std::size_t i = 0; i < 4 && i < isoDate.size() && isoDate[i] >= '0' && isoDate[i] <= '9'; ++i)
        year = year * 10 + (isoDate[i] - '0');
    return CheckNumber(year, kYearRule).ok() ? year : 0;
}

// How many of the reader's problems a notice lists by their place; the rest are counted.
constexpr std::size_t kProblemsNamed = 3;

bool IsSupportedLanguage(const std::string& language) {
    return std::any_of(std::begin(kLanguages), std::end(kLanguages),
                       [&](const char* known) { return language == known; });
}

std::unordered_map<std::string, std::string> LoadCatalog(const std::string& language) {
    std::unordered_map<std::string, std::string> catalog;
    if (const embedded::File* file = embedded::Find((language + ".json").c_str()))
        Translations::Parse(file->Text(), catalog);
    return catalog;
}

const char* ThemeName(ThemeChoice theme) {
    switch (theme) {
    case ThemeChoice::Light: return "light";
    case ThemeChoice::Dark: return "dark";
    case ThemeChoice::HighContrast: return "high-contrast";
    case ThemeChoice::System: break;
    }
    return "system";
}

ThemeChoice ThemeFromName(const std::string& name) {
    if (name == "light") return ThemeChoice::Light;
    if (name == "dark") return ThemeChoice::Dark;
    if (name == "high-contrast") return ThemeChoice::HighContrast;
    return ThemeChoice::System;
}

}  // namespace

Session::Session(Platform& platform) : platform_(platform) {}

std::string Session::AssessmentKey(const std::string& id) { return Key("assessment/") + id; }
std::string Session::BenchmarksKey(const std::string& indexId) { return Key("benchmarks/") + indexId; }

void Session::Start(bool storageDisabled) {
    // The embedded files are checked by the tests; a failure here means a broken build.
    if (const embedded::File* file = embedded::Find(kDefaultIndexFile)) {
        IndexLoadResult loaded = LoadIndexDefinition(file->Text());
        if (loaded.definition) definition_ = std::move(*loaded.definition);
    }
    plan_ = BuildScoringPlan(definition_);
    LoadBuiltInBenchmarks();
    prefersDark_ = platform_.PrefersDarkScheme();

    if (storageDisabled || !platform_.StorageAvailable()) {
        storageState_ = StorageState::Unavailable;
    } else {
        LoadSettings();
        platform_.RequestPersistentStorage();
    }
    if (auto language = platform_.UrlParameter("lang"); language && IsSupportedLanguage(*language))
        settings_.language = *language;
    if (auto theme = platform_.UrlParameter("theme")) settings_.theme = ThemeFromName(*theme);
    LoadTranslations();
    if (storageState_ == StorageState::Unavailable)
        storageProblem_ = translations_.Get("status.storage_unavailable");
    LoadKeptBenchmarks();

    RefreshSavedList();
    RefreshBackups();
    ReopenLast();
}

void Session::ReopenLast() {
    if (assessment_ || settings_.lastOpenId.empty()) return;
    // Quietly: the assessment may answer an index the page names but has not loaded yet (?index=);
    // an unreadable one was already moved aside with a notice by RefreshSavedList.
    std::optional<std::string> text = ReadStored(AssessmentKey(settings_.lastOpenId));
    if (text && ReadForThisIndex(*text).assessment) Open(settings_.lastOpenId);
}

void Session::SetNotice(std::string text) {
    notice_ = std::move(text);
    platform_.Announce(notice_);
}

std::optional<std::string> Session::ReadStored(const std::string& key) {
    if (storageState_ == StorageState::Unavailable) return std::nullopt;
    StorageError error;
    return platform_.StorageRead(key, error);
}

bool Session::RemoveStored(const std::string& key) {
    if (storageState_ == StorageState::Unavailable) return false;
    StorageError error;
    return platform_.StorageRemove(key, error);
}

std::vector<std::string> Session::StoredKeys(const std::string& prefix) {
    if (storageState_ == StorageState::Unavailable) return {};
    return platform_.StorageKeys(prefix);
}

bool Session::MayReplaceOpen(std::function<void()> replace) {
    if (!assessment_ || !unsavedChanges_) return true;
    pendingReplacement_ = std::move(replace);
    return false;
}

void Session::ResolveReplacement(bool proceed, bool exportFirst) {
    std::function<void()> replace = std::move(pendingReplacement_);
    pendingReplacement_ = nullptr;
    if (!proceed || !replace) return;
    if (exportFirst) ExportJson();
    unsavedChanges_ = false;  // the user chose: in a file, or given up
    replace();
}

const Answer* Session::FindAnswer(const std::string& questionId) const {
    if (!assessment_) return nullptr;
    auto it = assessment_->answers.find(questionId);
    return it == assessment_->answers.end() ? nullptr : &it->second;
}

void Session::LoadTranslations() {
    std::string language = settings_.language;
    if (language.empty()) {
        // The browser's first preferred language we have, else English.
        for (const std::string& preferred : platform_.PreferredLanguages()) {
            std::string primary = preferred.substr(0, preferred.find('-'));
            if (IsSupportedLanguage(primary)) {
                language = primary;
                break;
            }
        }
    }
    if (!IsSupportedLanguage(language)) language = "en";
    translations_.Set(language, LoadCatalog(language), LoadCatalog("en"));
    platform_.SetDocumentLanguage(language);
}

void Session::LoadSettings() {
    std::optional<std::string> text = ReadStored(Key("settings"));
    if (!text) return;
    auto json = nlohmann::json::parse(*text, nullptr, false);
    if (!json.is_object()) return;  // unreadable settings: the defaults do
    if (auto it = json.find("language"); it != json.end() && it->is_string())
        settings_.language = it->get<std::string>();
    if (auto it = json.find("theme"); it != json.end() && it->is_string())
        settings_.theme = ThemeFromName(it->get<std::string>());
    if (auto it = json.find("textSizePercent"); it != json.end() && it->is_number_integer())
        settings_.textSizePercent = std::clamp(it->get<int>(), 100, 200);
    if (auto it = json.find("lastOpenId"); it != json.end() && it->is_string())
        settings_.lastOpenId = it->get<std::string>();
}

void Session::SaveSettings() {
    if (storageState_ == StorageState::Unavailable) return;
    nlohmann::json json = {{"language", settings_.language},
                           {"theme", ThemeName(settings_.theme)},
                           {"textSizePercent", settings_.textSizePercent},
                           {"lastOpenId", settings_.lastOpenId}};
    Write(Key("settings"), json.dump());
}

bool Session::Write(const std::string& key, const std::string& value) {
    if (storageState_ == StorageState::Unavailable) return false;
    StorageError error;
    if (platform_.StorageWrite(key, value, error)) {
        if (storageState_ == StorageState::Failing) {
            storageState_ = StorageState::Working;
            storageProblem_.clear();
        }
        return true;
    }
    storageState_ = StorageState::Failing;
    storageProblem_ = translations_.Get(error == "quota" ? "status.storage_full" : "status.storage_failed");
    platform_.Announce(storageProblem_);
    return false;
}

void Session::ReadPosition(const std::string& id) {
    position_ = {};
    std::optional<std::string> text = ReadStored(PositionKey(id));
    if (!text) return;
    // Written by this tool, but storage is the user's: anything unexpected means the start.
    auto json = nlohmann::json::parse(*text, nullptr, false);
    auto area = json.is_object() ? json.find("area") : json.end();
    auto question = json.is_object() ? json.find("question") : json.end();
    if (area == json.end() || question == json.end() || !area->is_number_integer() || !question->is_number_integer())
        return;
    const long long areas = static_cast<long long>(definition_.areas.size());
    const long long wantedArea = area->get<long long>(), wantedQuestion = question->get<long long>();
    if (wantedArea < 0 || wantedArea >= areas || wantedQuestion < 0) return;
    const long long questions = static_cast<long long>(definition_.areas[wantedArea].questions.size());
    position_.area = static_cast<int>(wantedArea);
    position_.question = static_cast<int>(std::min(wantedQuestion, std::max(0LL, questions - 1)));
}

void Session::RefreshSavedList() {
    saved_.clear();
    if (storageState_ == StorageState::Unavailable) {
        if (assessment_) UpdateSummary();
        return;
    }
    const std::string prefix = AssessmentKey("");
    for (const std::string& key : StoredKeys(prefix)) {
        SavedSummary summary;
        summary.id = key.substr(prefix.size());
        std::optional<std::string> text = ReadStored(key);
        AssessmentLoadResult loaded = text ? ReadAssessment(*text) : AssessmentLoadResult{};
        if (loaded.assessment && loaded.assessment->id != summary.id)
            loaded = {std::nullopt, {{"/id", "does not match the key it was saved under"}}};
        if (!loaded.assessment) {
            summary.problem = loaded.problems.empty() ? translations_.Get("start.unreadable")
                                                      : loaded.problems.front().path + ": " + loaded.problems.front().message;
            // An unreadable entry is moved aside, never overwritten: its id stays free and the
            // text can be restored (what can be read) or downloaded from the backups list.
            if (text && KeepBackup(summary.id, *text, BackupSummary::Reason::Unreadable) && RemoveStored(key)) {
                SetNotice(FillTemplate(translations_.Get("notice.kept_aside"), {{"problem", summary.problem}}));
                continue;
            }
            saved_.push_back(std::move(summary));
            continue;
        }
        const Assessment& assessment = *loaded.assessment;
        summary.city = assessment.city.name;
        summary.year = assessment.city.year;
        summary.updatedAt = assessment.updatedAt;
        summary.problem = OtherIndexProblem(assessment);
        if (plan_ && summary.problem.empty()) summary.completenessPercent = Score(*plan_, assessment).completenessPercent;
        saved_.push_back(std::move(summary));
    }
    std::sort(saved_.begin(), saved_.end(),
              [](const SavedSummary& a, const SavedSummary& b) { return a.updatedAt > b.updatedAt; });
    if (assessment_) UpdateSummary();
}

// Keeps the open assessment's line in the saved list current without rereading storage.
void Session::UpdateSummary() {
    auto it = std::find_if(saved_.begin(), saved_.end(),
                           [&](const SavedSummary& s) { return s.id == assessment_->id; });
    if (it == saved_.end()) {
        saved_.insert(saved_.begin(), SavedSummary{});
        it = saved_.begin();
    }
    it->id = assessment_->id;
    it->city = assessment_->city.name;
    it->year = assessment_->city.year;
    it->updatedAt = assessment_->updatedAt;
    it->completenessPercent = scores_.completenessPercent;
    it->problem.clear();
}

void Session::Rescore() {
    scores_ = plan_ ? Score(*plan_, *assessment_) : AssessmentScores{};
    if (benchmarks_) comparison_ = Compare(definition_, *benchmarks_, assessment_->city, scores_);
    else comparison_.reset();
    ++scoresGeneration_;
}

void Session::Touch() {
    unsavedChanges_ = true;  // until a save succeeds
    assessment_->updatedAt = platform_.NowIso();
    Rescore();
    UpdateSummary();
    if (saveDueAt_ < 0) saveDueAt_ = now_ + kSaveDelaySeconds;
}

void Session::NewAssessment() {
    if (!MayReplaceOpen([this] { NewAssessment(); })) return;
    Assessment assessment;
    assessment.id = platform_.NewId();
    assessment.indexId = definition_.id;
    assessment.indexVersion = definition_.version;
    assessment.createdAt = platform_.NowIso();
    assessment.updatedAt = assessment.createdAt;
    assessment.city.year = YearOf(assessment.createdAt);
    Adopt(std::move(assessment));
}

// Makes `assessment` the open one (saving the one before), from its start, and saves it.
void Session::Adopt(Assessment assessment) {
    SaveNow();
    assessment_ = std::move(assessment);
    position_ = {};
    unsavedChanges_ = false;  // new and empty, or read from a file that still holds it
    settings_.lastOpenId = assessment_->id;
    Rescore();
    UpdateSummary();
    SaveNow();
    SaveSettings();
}

bool Session::Open(const std::string& id) {
    if (assessment_ && assessment_->id == id) return true;
    std::optional<std::string> text = ReadStored(AssessmentKey(id));
    if (!text) return false;
    AssessmentLoadResult loaded = ReadForThisIndex(*text);
    if (!loaded.assessment) {
        SetNotice(FillTemplate(translations_.Get("notice.cannot_open"),
                               {{"problem", loaded.problems.empty() ? "" : loaded.problems.front().message}}));
        return false;
    }
    if (!MayReplaceOpen([this, id] { Open(id); })) return false;
    SaveNow();
    assessment_ = std::move(loaded.assessment);
    unsavedChanges_ = false;
    ReadPosition(id);
    settings_.lastOpenId = id;
    SaveSettings();
    Rescore();
    return true;
}

void Session::Close() {
    SaveNow();
    assessment_.reset();
    unsavedChanges_ = false;
    settings_.lastOpenId.clear();
    SaveSettings();
}

void Session::Delete(const std::string& id) {
    if (assessment_ && assessment_->id == id) {
        assessment_.reset();
        saveDueAt_ = -1;
        unsavedChanges_ = false;
        settings_.lastOpenId.clear();
        SaveSettings();
    }
    RemoveStored(AssessmentKey(id));
    RemoveStored(PositionKey(id));
    saved_.erase(std::remove_if(saved_.begin(), saved_.end(), [&](const SavedSummary& s) { return s.id == id; }),
                 saved_.end());
    platform_.Announce(translations_.Get("notice.deleted"));
}

int Session::DeleteAllData() {
    const int removed = storageState_ == StorageState::Unavailable ? 0 : platform_.StorageRemoveAll(kKeyPrefix);
    assessment_.reset();
    saveDueAt_ = -1;
    unsavedChanges_ = false;
    pendingReplacement_ = nullptr;
    pendingImport_.reset();
    saved_.clear();
    backups_.clear();
    settings_ = Settings{};
    LoadBuiltInBenchmarks();
    LoadTranslations();
    SetNotice(FillTemplate(translations_.Get("notice.all_deleted"), {{"count", std::to_string(removed)}}));
    return removed;
}

ValueProblem Session::SetCity(const CityProfile& city) {
    if (ValueProblem problem = CheckCity(city); !problem.ok()) return problem;
    assessment_->city = city;
    Touch();
    return {};
}

ValueProblem Session::SetCityField(CityField field, const std::string& text) {
    CityProfile city = assessment_->city;
    ParsedNumber number;
    switch (field) {
    case CityField::Name: city.name = text; break;
    case CityField::Year:
        number = ParseNumberText(text, kYearRule);
        city.year = number.value ? static_cast<int>(*number.value) : 0;
        break;
    case CityField::Population:
        number = ParseNumberText(text, kPopulationRule);
        city.population = number.value;
        break;
    case CityField::ForeignBornPercent:
        number = ParseNumberText(text, kPercentRule);
        city.foreignBornPercent = number.value;
        break;
    }
    if (!number.problem.ok()) return number.problem;
    return SetCity(city);
}

ValueProblem Session::SetAnswer(const std::string& questionId, const Answer& answer) {
    const Question* question = definition_.FindQuestion(questionId);
    if (!question) return {ValueProblem::Kind::UnknownQuestion};
    auto existing = assessment_->answers.find(questionId);
    Answer changed = answer;
    changed.evidence = existing == assessment_->answers.end() ? std::string() : existing->second.evidence;
    if (ValueProblem problem = CheckAnswer(*question, changed); !problem.ok()) return problem;
    changed.updatedAt = platform_.NowIso();
    assessment_->answers[questionId] = std::move(changed);
    Touch();
    return {};
}

ValueProblem Session::SetNumberText(const std::string& questionId, const std::string& text) {
    ParsedNumber number = ParseNumberText(text, kAnswerNumberRule);
    if (!number.problem.ok()) return number.problem;
    if (!definition_.FindQuestion(questionId)) return {ValueProblem::Kind::UnknownQuestion};
    if (!number.value) {
        ClearAnswer(questionId);
        return {};
    }
    Answer answer;
    answer.number = number.value;
    return SetAnswer(questionId, answer);
}

void Session::ClearAnswer(const std::string& questionId) {
    auto it = assessment_->answers.find(questionId);
    if (it == assessment_->answers.end()) return;
    // Evidence outlives the choice: clearing the answer keeps what the user wrote. The empty
    // answer stays with its time, so an older answer in another tab cannot bring the choice back.
    Answer cleared;
    cleared.evidence = std::move(it->second.evidence);
    cleared.updatedAt = platform_.NowIso();
    it->second = std::move(cleared);
    Touch();
}

ValueProblem Session::SetEvidence(const std::string& questionId, const std::string& evidence) {
    if (!definition_.FindQuestion(questionId)) return {ValueProblem::Kind::UnknownQuestion};
    if (ValueProblem problem = CheckLength(evidence, kLongestEvidence); !problem.ok()) return problem;
    Answer& stored = assessment_->answers[questionId];
    stored.evidence = evidence;
    stored.updatedAt = platform_.NowIso();
    Touch();
    return {};
}

void Session::SetPosition(Position position) {
    if (position.area < 0 || position.area >= static_cast<int>(definition_.areas.size()) || position.question < 0) return;
    if (position.area == position_.area && position.question == position_.question) return;
    position_ = position;
    if (assessment_ && storageState_ != StorageState::Unavailable) {
        nlohmann::json json = {{"area", position.area}, {"question", position.question}};
        Write(PositionKey(assessment_->id), json.dump());
    }
}

std::optional<Position> Session::NextUnanswered() const {
    if (!assessment_) return std::nullopt;
    // Walk every question once, starting just after the current one.
    std::vector<Position> order;
    for (size_t a = 0; a < definition_.areas.size(); ++a)
        for (size_t q = 0; q < definition_.areas[a].questions.size(); ++q)
            order.push_back({static_cast<int>(a), static_cast<int>(q)});
    size_t start = 0;
    for (size_t i = 0; i < order.size(); ++i)
        if (order[i].area == position_.area && order[i].question == position_.question) start = i + 1;
    for (size_t step = 0; step < order.size(); ++step) {
        const Position& candidate = order[(start + step) % order.size()];
        QuestionStatus status = scores_.areas[candidate.area].questions[candidate.question].status;
        if (status == QuestionStatus::Unanswered || status == QuestionStatus::Unusable) return candidate;
    }
    return std::nullopt;
}

void Session::SetLanguage(const std::string& language) {
    if (!IsSupportedLanguage(language)) return;
    settings_.language = language;
    LoadTranslations();
    if (storageState_ == StorageState::Unavailable) storageProblem_ = translations_.Get("status.storage_unavailable");
    SaveSettings();
}

void Session::SetTheme(ThemeChoice theme) {
    settings_.theme = theme;
    SaveSettings();
}

void Session::SetTextSize(int percent) {
    settings_.textSizePercent = std::clamp(percent, 100, 200);
    SaveSettings();
}

void Session::SaveNow() {
    saveDueAt_ = -1;
    if (!assessment_ || storageState_ == StorageState::Unavailable) return;
    if (Write(AssessmentKey(assessment_->id), WriteAssessment(*assessment_, &scores_))) {
        unsavedChanges_ = false;
        lastSavedClock_ = platform_.LocalClockTime();
        platform_.Announce(FillTemplate(translations_.Get("status.saved_at"), {{"time", lastSavedClock_}}));
    }
}

void Session::Tick(double now) {
    now_ = now;
    if (saveDueAt_ >= 0 && now >= saveDueAt_) SaveNow();
}

double Session::SecondsUntilDue(double now) const {
    return saveDueAt_ < 0 ? -1 : std::max(0.0, saveDueAt_ - now);
}

// "icc-index-Krakow-2026-2026-11-25": city, year and the export date, safe as a file name.
std::string Session::ExportBaseName() const {
    std::string city = assessment_->city.name.empty() ? "assessment" : assessment_->city.name;
    for (char& c : city)
        if (c == ' ' || c == '/' || c == '\\' || c == ':' || c == '"' || c == '*' || c == '?' || c == '<' ||
            c == '>' || c == '|')
            c = '-';
    std::string year = assessment_->city.year > 0 ? std::to_string(assessment_->city.year) + "-" : "";
    return "icc-index-" + city + "-" + year + platform_.NowIso().substr(0, 10);
}

void Session::ExportJson() {
    if (!assessment_) return;
    platform_.DownloadFile(ExportBaseName() + ".json", "application/json", WriteAssessment(*assessment_, &scores_));
}

void Session::ExportHtmlReport() {
    if (!assessment_) return;
    std::string now = platform_.NowIso();
    ReportInput input{definition_, *assessment_, scores_, translations_, Language(),
                      now.substr(0, 10) + " " + now.substr(11, 5) + " UTC"};
    input.comparison = CurrentComparison();
    input.benchmarks = Benchmarks();
    input.earlierAssessment = Earlier();
    input.earlierScores = EarlierScores();
    platform_.DownloadFile(ExportBaseName() + ".html", "text/html", WriteHtmlReport(input));
}

void Session::ExportCsv() {
    if (!assessment_) return;
    platform_.DownloadFile(ExportBaseName() + ".csv", "text/csv",
                           WriteScoresCsv(definition_, scores_, CurrentComparison()));
}

void Session::ReportImportProblem(const std::string& fileName, const char* reasonKey) {
    ReportImportFailure(fileName, {{"", translations_.Get(reasonKey)}});
}

// "<file> was not imported: <path>: <first problem>. Nothing was changed."
void Session::ReportImportFailure(const std::string& fileName, const Problems& problems) {
    const Problem& first = problems.empty() ? Problem{"", ""} : problems.front();
    SetNotice(FillTemplate(translations_.Get("notice.import_failed"),
                           {{"file", fileName}, {"problem", first.path.empty() ? first.message : first.path + ": " + first.message}}));
}

std::string Session::OtherIndexProblem(const Assessment& assessment) const {
    if (assessment.indexId == definition_.id) return "";
    return FillTemplate(translations_.Get("notice.other_index"), {{"index", assessment.indexId}});
}

AssessmentLoadResult Session::ReadForThisIndex(const std::string& text) const {
    AssessmentLoadResult loaded = ReadAssessment(text);
    if (loaded.assessment) {
        if (std::string problem = OtherIndexProblem(*loaded.assessment); !problem.empty()) {
            loaded.problems.push_back({"/index/id", problem});
            loaded.assessment.reset();
        }
    }
    return loaded;
}

void Session::Import(const std::string& fileName, const std::string& content) {
    AssessmentLoadResult loaded = ReadForThisIndex(content);
    if (!loaded.assessment) {
        ReportImportFailure(fileName, loaded.problems);
        return;
    }
    Receive(std::move(*loaded.assessment), fileName);
}

void Session::Receive(Assessment assessment, const std::string& fileName) {
    if (assessment.id.empty()) assessment.id = platform_.NewId();  // a file written without one
    std::optional<std::string> existing = ReadStored(AssessmentKey(assessment.id));
    bool openWithSameId = assessment_ && assessment_->id == assessment.id;
    if (existing || openWithSameId) {
        // Never overwrite silently: the user chooses between replacing and keeping both.
        PendingImport pending{fileName, std::move(assessment), "", 0, ""};
        AssessmentLoadResult current = existing ? ReadAssessment(*existing) : AssessmentLoadResult{};
        const Assessment* other = current.assessment ? &*current.assessment : (openWithSameId ? &*assessment_ : nullptr);
        if (other) {
            pending.existingCity = other->city.name;
            pending.existingYear = other->city.year;
            pending.existingUpdatedAt = other->updatedAt;
        }
        pendingImport_ = std::move(pending);
        return;
    }
    SaveAndOpen(std::move(assessment), fileName);
}

void Session::ResolveImport(ImportChoice choice) {
    if (!pendingImport_) return;
    if (choice != ImportChoice::Cancel && !MayReplaceOpen([this, choice] { ResolveImport(choice); })) return;
    PendingImport pending = std::move(*pendingImport_);
    pendingImport_.reset();
    if (choice == ImportChoice::Cancel) return;
    if (choice == ImportChoice::KeepBoth) {
        pending.assessment.id = platform_.NewId();
    } else {
        // What is replaced is kept as a backup first; without a backup nothing is replaced.
        SaveNow();
        std::optional<std::string> existing = ReadStored(AssessmentKey(pending.assessment.id));
        if (existing && !KeepBackup(pending.assessment.id, *existing, BackupSummary::Reason::Replaced)) {
            ReportImportProblem(pending.fileName, "notice.no_backup");
            return;
        }
        if (assessment_ && assessment_->id == pending.assessment.id) assessment_.reset();
    }
    SaveAndOpen(std::move(pending.assessment), pending.fileName);
}

void Session::SaveAndOpen(Assessment assessment, const std::string& fileName) {
    // Wrapped so that a replacement waiting for the user keeps the file's assessment.
    auto open = std::make_shared<Assessment>(std::move(assessment));
    if (!MayReplaceOpen([this, open, fileName] { SaveAndOpen(std::move(*open), fileName); })) return;
    Adopt(std::move(*open));
    Problems warnings = CheckAgainstDefinition(*assessment_, definition_);
    SetNotice(FillTemplate(translations_.Get(warnings.empty() ? "notice.imported" : "notice.imported_with_warnings"),
                           {{"file", fileName}, {"count", std::to_string(warnings.size())},
                            {"problem", warnings.empty() ? "" : warnings.front().path + ": " + warnings.front().message}}));
}

bool Session::KeepBackup(const std::string& id, const std::string& text, BackupSummary::Reason reason) {
    if (storageState_ == StorageState::Unavailable) return false;
    std::string keptAt = platform_.NowIso();
    nlohmann::json envelope = {{"id", id}, {"reason", ReasonName(reason)}, {"keptAt", keptAt}, {"text", text}};
    std::string value = envelope.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    // A fresh id in the key: two backups kept in the same second never overwrite each other, and
    // an id read from a damaged entry never becomes part of a key.
    if (!Write(BackupPrefix() + keptAt + "/" + platform_.NewId(), value)) return false;
    RefreshBackups();
    return true;
}

std::optional<std::string> Session::BackupText(const std::string& key, BackupSummary::Reason* reason) {
    std::optional<std::string> stored = ReadStored(key);
    if (!stored) return std::nullopt;
    auto envelope = nlohmann::json::parse(*stored, nullptr, false);
    auto inner = envelope.is_object() ? envelope.find("text") : envelope.end();
    if (!envelope.is_object() || inner == envelope.end() || !inner->is_string()) return std::nullopt;
    if (reason)
        *reason = StoredString(envelope, "reason") == "replaced" ? BackupSummary::Reason::Replaced
                                                                  : BackupSummary::Reason::Unreadable;
    return inner->get<std::string>();
}

void Session::RefreshBackups() {
    backups_.clear();
    for (const std::string& key : StoredKeys(BackupPrefix())) {
        std::optional<std::string> text = ReadStored(key);
        if (!text) continue;
        BackupSummary backup;
        backup.key = key;
        auto envelope = nlohmann::json::parse(*text, nullptr, false);
        if (envelope.is_object()) {
            backup.id = StoredString(envelope, "id");
            backup.keptAt = StoredString(envelope, "keptAt");
        }
        if (std::optional<std::string> inner = BackupText(key, &backup.reason)) {
            // An unreadable one is named by what can be read of it.
            std::optional<Assessment> read = ReadAssessment(*inner).assessment;
            if (!read) read = SalvageAssessment(*inner).assessment;
            if (read) {
                backup.city = read->city.name;
                backup.year = read->city.year;
            }
        } else {
            backup.reason = BackupSummary::Reason::Damaged;  // only its raw text can be downloaded
        }
        backups_.push_back(std::move(backup));
    }
    std::sort(backups_.begin(), backups_.end(),
              [](const BackupSummary& a, const BackupSummary& b) { return a.keptAt > b.keptAt; });
}

void Session::RestoreBackup(const std::string& key) {
    BackupSummary::Reason reason = BackupSummary::Reason::Damaged;
    std::optional<std::string> text = BackupText(key, &reason);
    if (!text) return;
    if (reason == BackupSummary::Reason::Replaced) {
        Import(translations_.Get("backup.file_name"), *text);
        return;
    }
    // Unreadable when it was found: open what can be read and say what was left out.
    SalvageResult salvaged = SalvageAssessment(*text);
    if (salvaged.assessment && !OtherIndexProblem(*salvaged.assessment).empty()) salvaged.assessment.reset();
    if (!salvaged.assessment) {
        SetNotice(translations_.Get("notice.nothing_restorable"));
        return;
    }
    Assessment assessment = std::move(*salvaged.assessment);
    if (assessment.id.empty() || ReadStored(AssessmentKey(assessment.id))) assessment.id = platform_.NewId();
    auto restored = std::make_shared<Assessment>(std::move(assessment));
    auto dropped = std::make_shared<Problems>(std::move(salvaged.dropped));
    auto open = [this, restored, dropped] {
        Adopt(std::move(*restored));
        std::string list;
        for (std::size_t i = 0; i < dropped->size() && i < kProblemsNamed; ++i)
            list += (i ? "; " : "") + (*dropped)[i].path + ": " + (*dropped)[i].message;
        if (dropped->size() > kProblemsNamed) list += "; …";
        SetNotice(FillTemplate(translations_.Get(dropped->empty() ? "notice.restored" : "notice.restored_partly"),
                               {{"count", std::to_string(dropped->size())}, {"list", list}}));
    };
    if (MayReplaceOpen(open)) open();
}

void Session::DownloadBackup(const std::string& key) {
    std::optional<std::string> stored = ReadStored(key);
    if (!stored) return;
    // The kept text as it was; a backup entry that cannot be read itself goes out whole.
    std::optional<std::string> text = BackupText(key);
    std::string name = "icc-index-backup-" + platform_.NowIso().substr(0, 10);
    platform_.DownloadFile(name + (text ? ".json" : ".txt"), text ? "application/json" : "text/plain",
                           text ? *text : *stored);
}

void Session::DeleteBackup(const std::string& key) {
    RemoveStored(key);
    RefreshBackups();
}

bool Session::OnExternalChange(const std::string& key, const std::optional<std::string>& value) {
    if (storageState_ == StorageState::Unavailable) return false;  // this page keeps nothing there
    if (key.rfind(BackupPrefix(), 0) == 0) {
        RefreshBackups();
        return false;
    }
    if (key == Key("settings") && !value) {  // "Delete all my data" in another tab
        settings_.lastOpenId.clear();
        return false;
    }
    if (key.rfind(AssessmentKey(""), 0) != 0) return false;
    if (!assessment_ || key != AssessmentKey(assessment_->id)) {
        RefreshSavedList();  // another tab added or deleted an assessment
        return false;
    }
    if (!value) {
        // Deleted there (alone or with everything): closed here, and never written back.
        assessment_.reset();
        saveDueAt_ = -1;
        unsavedChanges_ = false;
        pendingReplacement_ = nullptr;
        settings_.lastOpenId.clear();
        RefreshSavedList();
        SetNotice(translations_.Get("notice.deleted_other_tab"));
        return true;
    }
    AssessmentLoadResult loaded = ReadAssessment(*value);
    if (!loaded.assessment) return false;  // never merge what cannot be read
    MergeResult merge = MergeNewerAnswers(*assessment_, *loaded.assessment);
    if (!merge.changed) return false;
    assessment_ = std::move(merge.merged);
    Rescore();
    UpdateSummary();
    // Write back only what the other tab lacks, so two tabs settle instead of echoing each other.
    if (merge.theirsIsOlder && saveDueAt_ < 0) saveDueAt_ = now_ + kSaveDelaySeconds;
    SetNotice(translations_.Get("notice.merged_other_tab"));
    return true;
}

bool Session::SetEarlier(const std::string& id) {
    std::optional<std::string> text = ReadStored(AssessmentKey(id));
    AssessmentLoadResult loaded = text ? ReadForThisIndex(*text) : AssessmentLoadResult{};
    if (!loaded.assessment) return false;
    CompareWith(std::move(*loaded.assessment));
    return true;
}

void Session::CompareWith(Assessment earlier) {
    earlier_ = std::move(earlier);
    earlierScores_ = plan_ ? Score(*plan_, *earlier_) : AssessmentScores{};
    ++scoresGeneration_;
}

void Session::SetEarlierFromFile(const std::string& fileName, const std::string& content) {
    AssessmentLoadResult loaded = ReadForThisIndex(content);
    if (!loaded.assessment) {
        ReportImportFailure(fileName, loaded.problems);
        return;
    }
    CompareWith(std::move(*loaded.assessment));
}

void Session::ClearEarlier() {
    earlier_.reset();
    ++scoresGeneration_;
}

}  // namespace icc
