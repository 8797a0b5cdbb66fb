#include "app/session.h"

#include "core/assessment_io.h"
#include "core/embedded.h"
#include "core/index_loader.h"
#include "core/score_explanation.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace icc {

namespace {

const char kDefaultIndexFile[] = "icc-2019.json";
const char kDefaultBenchmarksFile[] = "icc-benchmarks.json";
const char* const kLanguages[] = {"en", "pl", "uk"};

std::string Key(const char* suffix) { return std::string(Session::kKeyPrefix) + suffix; }
std::string PositionKey(const std::string& id) { return Key("position/") + id; }

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

void Session::Start(bool storageDisabled) {
    // The embedded files are checked by the tests; a failure here means a broken build.
    if (const embedded::File* file = embedded::Find(kDefaultIndexFile)) {
        IndexLoadResult loaded = LoadIndexDefinition(file->Text());
        if (loaded.definition) definition_ = std::move(*loaded.definition);
    }
    plan_ = BuildScoringPlan(definition_);
    if (const embedded::File* file = embedded::Find(kDefaultBenchmarksFile)) {
        BenchmarkLoadResult loaded = LoadBenchmarks(file->Text());
        if (loaded.benchmarks) benchmarks_ = std::move(loaded.benchmarks);
    }
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

    RefreshSavedList();
    if (!settings_.lastOpenId.empty()) Open(settings_.lastOpenId);
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
            saved_.push_back(std::move(summary));
            continue;
        }
        const Assessment& assessment = *loaded.assessment;
        summary.city = assessment.city.name;
        summary.year = assessment.city.year;
        summary.updatedAt = assessment.updatedAt;
        if (plan_) summary.completenessPercent = Score(*plan_, assessment).completenessPercent;
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
    AssessmentLoadResult loaded = ReadAssessment(*text);
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

void Session::ExportJson() {
    if (!assessment_) return;
    std::string city = assessment_->city.name.empty() ? "assessment" : assessment_->city.name;
    for (char& c : city)
        if (c == ' ' || c == '/' || c == '\\' || c == ':' || c == '"') c = '-';
    std::string date = platform_.NowIso().substr(0, 10);
    std::string year = assessment_->city.year > 0 ? std::to_string(assessment_->city.year) + "-" : "";
    platform_.DownloadFile("icc-index-" + city + "-" + year + date + ".json", "application/json",
                           WriteAssessment(*assessment_, &scores_));
}

void Session::ReportImportProblem(const std::string& fileName, const char* reasonKey) {
    notice_ = FillTemplate(translations_.Get("notice.import_failed"), {{"file", fileName}, {"problem", translations_.Get(reasonKey)}});
    platform_.Announce(notice_);
}

void Session::Import(const std::string& fileName, const std::string& content) {
    AssessmentLoadResult loaded = ReadAssessment(content);
    if (!loaded.assessment) {
        const Problem& first = loaded.problems.empty() ? Problem{"", ""} : loaded.problems.front();
        notice_ = FillTemplate(translations_.Get("notice.import_failed"),
                               {{"file", fileName}, {"problem", first.path.empty() ? first.message
                                                                                  : first.path + ": " + first.message}});
        platform_.Announce(notice_);
        return;
    }
    Assessment imported = std::move(*loaded.assessment);
    StorageError error;
    // Never overwrite silently: an assessment with the same id is kept and the import gets a new id.
    if (platform_.StorageRead(AssessmentKey(imported.id), error) || (assessment_ && assessment_->id == imported.id))
        imported.id = platform_.NewId();
    SaveNow();
    assessment_ = std::move(imported);
    position_ = {};
    settings_.lastOpenId = assessment_->id;
    Rescore();
    UpdateSummary();
    SaveNow();
    SaveSettings();
    notice_ = FillTemplate(translations_.Get("notice.imported"), {{"file", fileName}});
    platform_.Announce(notice_);
}

}  // namespace icc
