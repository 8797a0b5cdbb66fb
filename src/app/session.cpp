#include "app/session.h"

#include "core/assessment_io.h"
#include "core/embedded.h"
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
    StorageError error;
    std::optional<std::string> text = platform_.StorageRead(AssessmentKey(settings_.lastOpenId), error);
    if (text && ReadForThisIndex(*text).assessment) Open(settings_.lastOpenId);
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
    StorageError error;
    std::optional<std::string> text = platform_.StorageRead(Key("settings"), error);
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

void Session::RefreshSavedList() {
    saved_.clear();
    if (storageState_ == StorageState::Unavailable) {
        if (assessment_) UpdateSummary();
        return;
    }
    const std::string prefix = AssessmentKey("");
    for (const std::string& key : platform_.StorageKeys(prefix)) {
        SavedSummary summary;
        summary.id = key.substr(prefix.size());
        StorageError error;
        std::optional<std::string> text = platform_.StorageRead(key, error);
        AssessmentLoadResult loaded = text ? ReadAssessment(*text) : AssessmentLoadResult{};
        if (!loaded.assessment) {
            summary.problem = loaded.problems.empty() ? translations_.Get("start.unreadable")
                                                      : loaded.problems.front().message;
            // An unreadable entry is moved aside, never overwritten: its id stays free and the
            // text can still be exported from the backups list.
            if (text && KeepBackup(summary.id, *text, "unreadable") && platform_.StorageRemove(key, error)) {
                notice_ = FillTemplate(translations_.Get("notice.kept_aside"), {{"problem", summary.problem}});
                platform_.Announce(notice_);
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
    assessment_->updatedAt = platform_.NowIso();
    Rescore();
    UpdateSummary();
    if (saveDueAt_ < 0) saveDueAt_ = now_ + kSaveDelaySeconds;
}

void Session::NewAssessment() {
    SaveNow();
    Assessment assessment;
    assessment.id = platform_.NewId();
    assessment.indexId = definition_.id;
    assessment.indexVersion = definition_.version;
    assessment.createdAt = platform_.NowIso();
    assessment.updatedAt = assessment.createdAt;
    Adopt(std::move(assessment));
}

// Makes `assessment` the open one (saving the one before), from its start, and saves it.
void Session::Adopt(Assessment assessment) {
    SaveNow();
    assessment_ = std::move(assessment);
    position_ = {};
    settings_.lastOpenId = assessment_->id;
    Rescore();
    UpdateSummary();
    SaveNow();
    SaveSettings();
}

bool Session::Open(const std::string& id) {
    if (assessment_ && assessment_->id == id) return true;
    StorageError error;
    std::optional<std::string> text = platform_.StorageRead(AssessmentKey(id), error);
    if (!text) return false;
    AssessmentLoadResult loaded = ReadForThisIndex(*text);
    if (!loaded.assessment) {
        notice_ = FillTemplate(translations_.Get("notice.cannot_open"),
                               {{"problem", loaded.problems.empty() ? "" : loaded.problems.front().message}});
        return false;
    }
    SaveNow();
    assessment_ = std::move(loaded.assessment);
    position_ = {};
    if (std::optional<std::string> position = platform_.StorageRead(PositionKey(id), error)) {
        auto json = nlohmann::json::parse(*position, nullptr, false);
        if (json.is_object() && json.value("area", -1) >= 0 && json.value("question", -1) >= 0) {
            position_.area = std::min(json.value("area", 0), static_cast<int>(definition_.areas.size()) - 1);
            position_.question = json.value("question", 0);
        }
    }
    settings_.lastOpenId = id;
    SaveSettings();
    Rescore();
    return true;
}

void Session::Close() {
    SaveNow();
    assessment_.reset();
    settings_.lastOpenId.clear();
    SaveSettings();
}

void Session::Delete(const std::string& id) {
    if (assessment_ && assessment_->id == id) {
        assessment_.reset();
        saveDueAt_ = -1;
        settings_.lastOpenId.clear();
        SaveSettings();
    }
    StorageError error;
    platform_.StorageRemove(AssessmentKey(id), error);
    platform_.StorageRemove(PositionKey(id), error);
    saved_.erase(std::remove_if(saved_.begin(), saved_.end(), [&](const SavedSummary& s) { return s.id == id; }),
                 saved_.end());
    platform_.Announce(translations_.Get("notice.deleted"));
}

void Session::DeleteAllData() {
    StorageError error;
    for (const std::string& key : platform_.StorageKeys(kKeyPrefix)) platform_.StorageRemove(key, error);
    assessment_.reset();
    saveDueAt_ = -1;
    saved_.clear();
    settings_ = Settings{};
    LoadBuiltInBenchmarks();
    LoadTranslations();
    platform_.Announce(translations_.Get("notice.all_deleted"));
}

void Session::SetCity(const CityProfile& city) {
    assessment_->city = city;
    Touch();
}

void Session::SetAnswer(const std::string& questionId, const Answer& answer) {
    Answer& stored = assessment_->answers[questionId];
    std::string evidence = std::move(stored.evidence);
    stored = answer;
    stored.evidence = std::move(evidence);
    stored.updatedAt = platform_.NowIso();
    Touch();
}

void Session::ClearAnswer(const std::string& questionId) {
    auto it = assessment_->answers.find(questionId);
    if (it == assessment_->answers.end()) return;
    // Evidence outlives the choice: clearing the answer keeps what the user wrote.
    if (it->second.evidence.empty()) {
        assessment_->answers.erase(it);
    } else {
        Answer kept;
        kept.evidence = std::move(it->second.evidence);
        kept.updatedAt = platform_.NowIso();
        it->second = std::move(kept);
    }
    Touch();
}

void Session::SetEvidence(const std::string& questionId, const std::string& evidence) {
    Answer& stored = assessment_->answers[questionId];
    stored.evidence = evidence;
    stored.updatedAt = platform_.NowIso();
    Touch();
}

void Session::SetPosition(Position position) {
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
    notice_ = FillTemplate(translations_.Get("notice.import_failed"),
                           {{"file", fileName}, {"problem", first.path.empty() ? first.message : first.path + ": " + first.message}});
    platform_.Announce(notice_);
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
    StorageError error;
    std::optional<std::string> existing = platform_.StorageRead(AssessmentKey(loaded.assessment->id), error);
    bool openWithSameId = assessment_ && assessment_->id == loaded.assessment->id;
    if (existing || openWithSameId) {
        // Never overwrite silently: the user chooses between replacing and keeping both.
        PendingImport pending{fileName, std::move(*loaded.assessment), "", 0, ""};
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
    SaveAndOpen(std::move(*loaded.assessment), fileName);
}

void Session::ResolveImport(ImportChoice choice) {
    if (!pendingImport_) return;
    PendingImport pending = std::move(*pendingImport_);
    pendingImport_.reset();
    if (choice == ImportChoice::Cancel) return;
    if (choice == ImportChoice::KeepBoth) {
        pending.assessment.id = platform_.NewId();
    } else {
        // What is replaced is kept as a backup first; without a backup nothing is replaced.
        SaveNow();
        StorageError error;
        std::optional<std::string> existing = platform_.StorageRead(AssessmentKey(pending.assessment.id), error);
        if (existing && !KeepBackup(pending.assessment.id, *existing, "replaced")) {
            ReportImportProblem(pending.fileName, "notice.no_backup");
            return;
        }
        if (assessment_ && assessment_->id == pending.assessment.id) assessment_.reset();
    }
    SaveAndOpen(std::move(pending.assessment), pending.fileName);
}

void Session::SaveAndOpen(Assessment assessment, const std::string& fileName) {
    Adopt(std::move(assessment));
    Problems warnings = CheckAgainstDefinition(*assessment_, definition_);
    notice_ = FillTemplate(translations_.Get(warnings.empty() ? "notice.imported" : "notice.imported_with_warnings"),
                           {{"file", fileName}, {"count", std::to_string(warnings.size())},
                            {"problem", warnings.empty() ? "" : warnings.front().path + ": " + warnings.front().message}});
    platform_.Announce(notice_);
}

bool Session::KeepBackup(const std::string& id, const std::string& text, const char* reason) {
    if (storageState_ == StorageState::Unavailable) return false;
    std::string keptAt = platform_.NowIso();
    nlohmann::json envelope = {{"id", id}, {"reason", reason}, {"keptAt", keptAt}, {"text", text}};
    std::string value = envelope.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    if (!Write(BackupPrefix() + keptAt + "/" + id, value)) return false;
    RefreshBackups();
    return true;
}

void Session::RefreshBackups() {
    backups_.clear();
    if (storageState_ == StorageState::Unavailable) return;
    for (const std::string& key : platform_.StorageKeys(BackupPrefix())) {
        StorageError error;
        std::optional<std::string> text = platform_.StorageRead(key, error);
        if (!text) continue;
        auto envelope = nlohmann::json::parse(*text, nullptr, false);
        if (!envelope.is_object()) continue;
        BackupSummary backup;
        backup.key = key;
        backup.id = envelope.value("id", "");
        backup.reason = envelope.value("reason", "");
        backup.keptAt = envelope.value("keptAt", "");
        auto inner = envelope.find("text");
        if (inner != envelope.end() && inner->is_string()) {
            AssessmentLoadResult loaded = ReadAssessment(inner->get<std::string>());
            if (loaded.assessment) {
                backup.city = loaded.assessment->city.name;
                backup.year = loaded.assessment->city.year;
            }
        }
        backups_.push_back(std::move(backup));
    }
    std::sort(backups_.begin(), backups_.end(),
              [](const BackupSummary& a, const BackupSummary& b) { return a.keptAt > b.keptAt; });
}

void Session::RestoreBackup(const std::string& key) {
    StorageError error;
    std::optional<std::string> text = platform_.StorageRead(key, error);
    auto envelope = text ? nlohmann::json::parse(*text, nullptr, false) : nlohmann::json();
    auto inner = envelope.is_object() ? envelope.find("text") : envelope.end();
    if (!envelope.is_object() || inner == envelope.end() || !inner->is_string()) return;
    Import(translations_.Get("backup.file_name"), inner->get<std::string>());
}

void Session::DeleteBackup(const std::string& key) {
    StorageError error;
    platform_.StorageRemove(key, error);
    RefreshBackups();
}

bool Session::OnExternalChange(const std::string& key, const std::optional<std::string>& value) {
    const std::string prefix = AssessmentKey("");
    if (key.rfind(prefix, 0) != 0) return false;
    if (!assessment_ || key != AssessmentKey(assessment_->id) || !value) {
        RefreshSavedList();  // another tab added or deleted an assessment
        return false;
    }
    AssessmentLoadResult loaded = ReadAssessment(*value);
    if (!loaded.assessment) return false;  // never merge what cannot be read
    const Assessment& theirs = *loaded.assessment;
    Assessment merged = *assessment_;
    bool changed = false;
    for (const auto& [questionId, answer] : theirs.answers) {
        auto mine = merged.answers.find(questionId);
        if (mine == merged.answers.end() || answer.updatedAt > mine->second.updatedAt) {
            if (mine == merged.answers.end() || mine->second.selected != answer.selected ||
                mine->second.number != answer.number || mine->second.dontKnow != answer.dontKnow ||
                mine->second.evidence != answer.evidence) {
                merged.answers[questionId] = answer;
                changed = true;
            }
        }
    }
    if (theirs.updatedAt > merged.updatedAt && !(theirs.city.name == merged.city.name && theirs.city.year == merged.city.year &&
                                                 theirs.city.population == merged.city.population &&
                                                 theirs.city.foreignBornPercent == merged.city.foreignBornPercent)) {
        merged.city = theirs.city;
        changed = true;
    }
    if (!changed) return false;
    merged.updatedAt = std::max(merged.updatedAt, theirs.updatedAt);
    assessment_ = std::move(merged);
    Rescore();
    UpdateSummary();
    // Write back only what the other tab lacks, so two tabs settle instead of echoing each other.
    bool oursHasMore = false;
    for (const auto& [questionId, answer] : assessment_->answers) {
        auto other = theirs.answers.find(questionId);
        oursHasMore |= other == theirs.answers.end() || other->second.updatedAt < answer.updatedAt;
    }
    if (oursHasMore && saveDueAt_ < 0) saveDueAt_ = now_ + kSaveDelaySeconds;
    notice_ = translations_.Get("notice.merged_other_tab");
    platform_.Announce(notice_);
    return true;
}

bool Session::SetEarlier(const std::string& id) {
    StorageError error;
    std::optional<std::string> text = platform_.StorageRead(AssessmentKey(id), error);
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
