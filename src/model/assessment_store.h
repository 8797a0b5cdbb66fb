// The browser's storage as the tool uses it: the keys under one prefix, the envelopes around what
// is kept (assessments, their positions, backups, comparison figures, settings) and what storage
// does when it fails. One switch turns it off: with `storage=none`, a results view or a blocked
// browser it reads, writes and removes nothing. It knows nothing of the open assessment.
#pragma once

#include "model/settings.h"
#include "platform/platform.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace icc {

enum class StorageState {
    Working,      // saves succeed
    Failing,      // a write failed (quota); answers are kept in memory
    Unavailable,  // no storage at all (blocked, private mode, or storage=none)
};

// A saved version kept aside: replaced by an import, merged with one, or unreadable when it was found.
struct BackupSummary {
    // Damaged: the backup itself cannot be read. EarlierVersion: the answers as given to an earlier
    // version of the index, kept when they were carried over to this one. Merged: the version
    // before a merge with a colleague's file.
    enum class Reason { Replaced, Merged, Unreadable, EarlierVersion, Damaged };
    std::string key;
    std::string id;
    std::string city;
    int year = 0;
    std::string keptAt;  // ISO 8601
    Reason reason = Reason::Damaged;
};

// A place in an assessment: its area and question, by position in the index.
struct Position {
    int area = 0;
    int question = 0;
};

class AssessmentStore {
public:
    static constexpr const char* kKeyPrefix = "icc-index/v1/";

    explicit AssessmentStore(Platform& platform) : platform_(platform) {}

    // Decided once, at the start: off when `disabled` or when the browser has no storage.
    void Connect(bool disabled);
    StorageState State() const { return state_; }
    bool On() const { return state_ != StorageState::Unavailable; }
    // The catalog key of what is wrong with storage ("status.storage_full"), or empty.
    const std::string& ProblemCode() const { return problemCode_; }

    static std::string AssessmentKey(const std::string& id);
    static std::string BenchmarksKey(const std::string& indexId);
    static std::string SettingsKey();
    static bool IsBackupKey(const std::string& key);
    // The id of an assessment key, or nullopt for any other key.
    static std::optional<std::string> IdOfAssessmentKey(const std::string& key);

    std::optional<std::string> Read(const std::string& key);
    bool Write(const std::string& key, const std::string& value);
    bool Remove(const std::string& key);
    // Removes every key under the prefix, whatever it holds; returns how many.
    int RemoveAll();

    // Every saved assessment as stored: its id (from its key) and its text.
    std::vector<std::pair<std::string, std::string>> AssessmentTexts();
    // The assessment's text and its position.
    void RemoveAssessment(const std::string& id);
    // Where the user was, as this tool writes it (anything else: nullopt); not checked against an index.
    std::optional<Position> ReadPosition(const std::string& id);
    void WritePosition(const std::string& id, Position position);

    Settings ReadSettings();
    void WriteSettings(const Settings& settings);

    // Keeps `text` (the saved version of assessment `id`) aside; false if that could not be written.
    bool KeepBackup(const std::string& id, const std::string& text, BackupSummary::Reason reason);
    // An unreadable entry: kept aside as a backup, then removed, so its id is free and nothing is
    // ever written over it. False (and nothing removed) if the backup could not be written.
    bool MoveAside(const std::string& id, const std::string& text);
    // The text a backup keeps, if the backup entry can be read.
    std::optional<std::string> BackupText(const std::string& key, BackupSummary::Reason* reason = nullptr);
    // Every backup, newest first, each named by the city that can be read of it.
    std::vector<BackupSummary> Backups();

private:
    Platform& platform_;
    StorageState state_ = StorageState::Working;
    std::string problemCode_;
};

}  // namespace icc
