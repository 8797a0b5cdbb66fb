#include "model/assessment_store.h"

#include "core/assessment_io.h"
#include "core/assessment_salvage.h"
#include "core/json_guard.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace icc {

namespace {

std::string Key(const char* suffix) { return std::string(AssessmentStore::kKeyPrefix) + suffix; }
std::string PositionKey(const std::string& id) { return Key("position/") + id; }
std::string BackupPrefix() { return Key("backup/"); }

struct ReasonEntry {
    BackupSummary::Reason reason;
    const char* name;  // as stored in the backup's envelope
};

constexpr ReasonEntry kReasons[] = {{BackupSummary::Reason::Replaced, "replaced"},
                                    {BackupSummary::Reason::Merged, "merged"},
                                    {BackupSummary::Reason::Unreadable, "unreadable"},
                                    {BackupSummary::Reason::EarlierVersion, "earlier-version"}};

const char* ReasonName(BackupSummary::Reason reason) {
    for (const ReasonEntry& entry : kReasons)
        if (entry.reason == reason) return entry.name;
    return "unreadable";
}

// An envelope's reason; anything unknown is treated as unreadable (restored with what can be read).
BackupSummary::Reason ReasonNamed(const std::string& name) {
    for (const ReasonEntry& entry : kReasons)
        if (name == entry.name) return entry.reason;
    return BackupSummary::Reason::Unreadable;
}

// A string member of a stored JSON object, or empty when absent or of another type.
std::string StoredString(const nlohmann::json& object, const char* key) {
    auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

}  // namespace

void AssessmentStore::Connect(bool disabled) {
    if (disabled || !platform_.StorageAvailable()) {
        state_ = StorageState::Unavailable;
        problemCode_ = "status.storage_unavailable";
    }
}

std::string AssessmentStore::AssessmentKey(const std::string& id) { return Key("assessment/") + id; }
std::string AssessmentStore::BenchmarksKey(const std::string& indexId) { return Key("benchmarks/") + indexId; }
std::string AssessmentStore::SettingsKey() { return Key("settings"); }
bool AssessmentStore::IsBackupKey(const std::string& key) { return key.rfind(BackupPrefix(), 0) == 0; }

std::optional<std::string> AssessmentStore::IdOfAssessmentKey(const std::string& key) {
    const std::string prefix = AssessmentKey("");
    if (key.rfind(prefix, 0) != 0) return std::nullopt;
    return key.substr(prefix.size());
}

std::optional<std::string> AssessmentStore::Read(const std::string& key) {
    if (!On()) return std::nullopt;
    StorageError error = StorageError::None;
    return platform_.StorageRead(key, error);
}

bool AssessmentStore::Write(const std::string& key, const std::string& value) {
    if (!On()) return false;
    StorageError error = StorageError::None;
    if (platform_.StorageWrite(key, value, error)) {
        if (state_ == StorageState::Failing) {
            state_ = StorageState::Working;
            problemCode_.clear();
        }
        return true;
    }
    state_ = StorageState::Failing;
    problemCode_ = error == StorageError::Quota ? "status.storage_full" : "status.storage_failed";
    return false;
}

bool AssessmentStore::Remove(const std::string& key) {
    if (!On()) return false;
    StorageError error = StorageError::None;
    return platform_.StorageRemove(key, error);
}

int AssessmentStore::RemoveAll() { return On() ? platform_.StorageRemoveAll(kKeyPrefix) : 0; }

std::vector<std::pair<std::string, std::string>> AssessmentStore::AssessmentTexts() {
    std::vector<std::pair<std::string, std::string>> entries;
    if (!On()) return entries;
    for (const std::string& key : platform_.StorageKeys(AssessmentKey("")))
        if (std::optional<std::string> text = Read(key)) entries.emplace_back(*IdOfAssessmentKey(key), std::move(*text));
    return entries;
}

void AssessmentStore::RemoveAssessment(const std::string& id) {
    Remove(AssessmentKey(id));
    Remove(PositionKey(id));
}

std::optional<Position> AssessmentStore::ReadPosition(const std::string& id) {
    std::optional<std::string> text = Read(PositionKey(id));
    if (!text) return std::nullopt;
    // Written by this tool, but storage is the user's: anything unexpected means the start.
    const auto json = ParseJson(*text);
    auto area = json.is_object() ? json.find("area") : json.end();
    auto question = json.is_object() ? json.find("question") : json.end();
    if (area == json.end() || question == json.end() || !area->is_number_integer() || !question->is_number_integer())
        return std::nullopt;
    const long long wantedArea = area->get<long long>(), wantedQuestion = question->get<long long>();
    if (wantedArea < 0 || wantedQuestion < 0 || wantedArea > 1000000 || wantedQuestion > 1000000) return std::nullopt;
    return Position{static_cast<int>(wantedArea), static_cast<int>(wantedQuestion)};
}

void AssessmentStore::WritePosition(const std::string& id, Position position) {
    Write(PositionKey(id), nlohmann::json{{"area", position.area}, {"question", position.question}}.dump());
}

Settings AssessmentStore::ReadSettings() {
    std::optional<std::string> text = Read(SettingsKey());
    return text ? icc::ReadSettings(*text) : Settings{};
}

void AssessmentStore::WriteSettings(const Settings& settings) { Write(SettingsKey(), icc::WriteSettings(settings)); }

bool AssessmentStore::KeepBackup(const std::string& id, const std::string& text, BackupSummary::Reason reason) {
    if (!On()) return false;
    const std::string keptAt = platform_.NowIso();
    const nlohmann::json envelope = {{"id", id}, {"reason", ReasonName(reason)}, {"keptAt", keptAt}, {"text", text}};
    // A fresh id in the key: two backups kept in the same second never overwrite each other, and
    // an id read from a damaged entry never becomes part of a key.
    return Write(BackupPrefix() + keptAt + "/" + platform_.NewId(),
                 envelope.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

bool AssessmentStore::MoveAside(const std::string& id, const std::string& text) {
    return KeepBackup(id, text, BackupSummary::Reason::Unreadable) && Remove(AssessmentKey(id));
}

std::optional<std::string> AssessmentStore::BackupText(const std::string& key, BackupSummary::Reason* reason) {
    std::optional<std::string> stored = Read(key);
    if (!stored) return std::nullopt;
    const auto envelope = ParseJson(*stored);
    auto inner = envelope.is_object() ? envelope.find("text") : envelope.end();
    if (!envelope.is_object() || inner == envelope.end() || !inner->is_string()) return std::nullopt;
    if (reason)
        *reason = ReasonNamed(StoredString(envelope, "reason"));
    return inner->get<std::string>();
}

std::vector<BackupSummary> AssessmentStore::Backups() {
    std::vector<BackupSummary> backups;
    if (!On()) return backups;
    for (const std::string& key : platform_.StorageKeys(BackupPrefix())) {
        std::optional<std::string> text = Read(key);
        if (!text) continue;
        BackupSummary backup;
        backup.key = key;
        const auto envelope = ParseJson(*text);
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
        backups.push_back(std::move(backup));
    }
    std::sort(backups.begin(), backups.end(),
              [](const BackupSummary& a, const BackupSummary& b) { return a.keptAt > b.keptAt; });
    return backups;
}

}  // namespace icc
