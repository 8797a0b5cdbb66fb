// The app's model and the one place that changes it: the index in use, the assessment being
// edited, its scores, the assessments saved in this browser, the settings, and saving. The screens
// read it and call its methods; every change rescores and schedules the autosave here.
// No ImGui and no browser calls: it talks to the browser through Platform, so tests run it natively.
#pragma once

#include "core/assessment.h"
#include "core/assessment_io.h"
#include "core/benchmarks.h"
#include "core/index_model.h"
#include "core/scoring.h"
#include "core/translations.h"
#include "core/value_rules.h"
#include "platform/platform.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace icc {

enum class ThemeChoice { System, Light, Dark, HighContrast };

struct Settings {
    std::string language;  // "" until chosen: then the browser's preference decides
    ThemeChoice theme = ThemeChoice::System;
    int textSizePercent = 100;
    std::string lastOpenId;
};

// Where the user is in an assessment; saved with it so a reload comes back to the same place.
struct Position {
    int area = 0;
    int question = 0;
};

// A saved version kept aside: replaced by an import, or unreadable when it was found.
struct BackupSummary {
    enum class Reason { Replaced, Unreadable, Damaged };  // Damaged: the backup itself cannot be read
    std::string key;
    std::string id;
    std::string city;
    int year = 0;
    std::string keptAt;  // ISO 8601
    Reason reason = Reason::Damaged;
};

// The fields of the city profile, each edited on its own (typed text goes through the value rules).
enum class CityField { Name, Year, Population, ForeignBornPercent };

// An import whose assessment id is already saved here: the user decides what happens.
struct PendingImport {
    std::string fileName;
    Assessment assessment;
    std::string existingCity;
    int existingYear = 0;
    std::string existingUpdatedAt;
};

enum class ImportChoice { Replace, KeepBoth, Cancel };

struct SavedSummary {
    std::string id;
    std::string city;
    int year = 0;
    double completenessPercent = 0;
    std::string updatedAt;
    std::string problem;  // why the saved entry cannot be opened; empty when it can
};

enum class StorageState {
    Working,      // saves succeed
    Failing,      // a write failed (quota); answers are kept in memory
    Unavailable,  // no storage at all (blocked, private mode, or storage=none)
};

class Session {
public:
    static constexpr const char* kKeyPrefix = "icc-index/v1/";
    static constexpr double kSaveDelaySeconds = 0.3;

    explicit Session(Platform& platform);

    // Loads the embedded index, benchmarks and translations, the settings and the saved list,
    // and reopens the assessment the user had open.
    void Start(bool storageDisabled);

    const IndexDefinition& Definition() const { return definition_; }
    const BenchmarkSet* Benchmarks() const { return benchmarks_ ? &*benchmarks_ : nullptr; }
    // True while the comparison figures are the user's or the page's own, not the built-in file.
    bool UsesOwnBenchmarks() const { return ownBenchmarks_; }
    const Translations& Text() const { return translations_; }
    const std::string& Language() const { return translations_.Language(); }
    const Settings& CurrentSettings() const { return settings_; }
    const std::vector<SavedSummary>& Saved() const { return saved_; }
    bool HasAssessment() const { return assessment_.has_value(); }
    const Assessment& Current() const { return *assessment_; }
    const AssessmentScores& Scores() const { return scores_; }
    // The open assessment beside the benchmark figures (none without a benchmark file).
    const Comparison* CurrentComparison() const { return comparison_ ? &*comparison_ : nullptr; }
    // Grows with every change of the open assessment's scores, for views that cache text.
    unsigned ScoresGeneration() const { return scoresGeneration_; }
    const Position& CurrentPosition() const { return position_; }
    const Answer* FindAnswer(const std::string& questionId) const;

    // Saving status for the status line.
    StorageState Storage() const { return storageState_; }
    const std::string& StorageProblem() const { return storageProblem_; }
    const std::string& LastSavedClock() const { return lastSavedClock_; }
    bool SavePending() const { return saveDueAt_ >= 0; }
    int PersistenceGranted() const { return persistence_; }  // 1 yes, 0 no, -1 unknown
    // A message for the user about the last action (an error, an import result), or empty.
    const std::string& Notice() const { return notice_; }
    void DismissNotice() { notice_.clear(); }

    // Assessments. New, Open, an import and a restore replace the open assessment: when it has
    // changes that storage could not keep, they wait for ResolveReplacement instead.
    void NewAssessment();
    bool Open(const std::string& id);
    void Close();
    void Delete(const std::string& id);
    // Deletes every key under this tool's prefix, whatever it holds; returns how many.
    int DeleteAllData();

    // The open assessment has changes that are not in storage (it is full, failing, or off).
    bool HasUnsavedChanges() const { return unsavedChanges_; }
    // A replacement of the open assessment waits for the user (its changes are not saved).
    bool ReplacementPending() const { return static_cast<bool>(pendingReplacement_); }
    // `exportFirst`: downloads the open assessment before going on; `proceed` false cancels.
    void ResolveReplacement(bool proceed, bool exportFirst);

    // Comparison figures (session_benchmarks.cpp): a benchmark file from the user (`keep`: saved
    // in this browser for later visits) or from the embedding page (this visit only). The file is
    // checked completely, and against the index, before it replaces anything.
    bool UseBenchmarks(const std::string& source, const std::string& text, bool keep);
    // Back to the built-in figures; the kept file is removed.
    void UseBuiltInBenchmarks();

    // Editing the open assessment. Each change goes through the value rules (core/value_rules.h):
    // a value that breaks them is not stored, and its problem is returned.
    ValueProblem SetCity(const CityProfile& city);
    // Typed text of one field: empty clears it (a year or a figure is then not given).
    ValueProblem SetCityField(CityField field, const std::string& text);
    ValueProblem SetAnswer(const std::string& questionId, const Answer& answer);
    // Typed text of a number question: empty clears the answer.
    ValueProblem SetNumberText(const std::string& questionId, const std::string& text);
    // Clearing keeps an empty answer with its time, so that other tabs learn of it (core/assessment_merge.h).
    void ClearAnswer(const std::string& questionId);
    ValueProblem SetEvidence(const std::string& questionId, const std::string& evidence);
    void SetPosition(Position position);
    // The first unanswered question after the current position (wrapping round), if any.
    std::optional<Position> NextUnanswered() const;

    // Settings.
    void SetLanguage(const std::string& language);
    void SetTheme(ThemeChoice theme);
    void SetTextSize(int percent);
    bool PrefersDark() const { return prefersDark_; }
    // The system's colour scheme changed while the page is open ("follow the system" follows it).
    void SetPrefersDark(bool dark) { prefersDark_ = dark; }

    // Downloads of the open assessment: JSON (answers, evidence, metadata, scores), the standalone
    // HTML report, and the scores as CSV.
    void ExportJson();
    void ExportHtmlReport();
    void ExportCsv();

    // An import of a JSON file the user chose: validated completely before anything changes.
    // When its id is already saved, nothing changes until ResolveImport.
    void Import(const std::string& fileName, const std::string& content);
    const std::optional<PendingImport>& Pending() const { return pendingImport_; }
    void ResolveImport(ImportChoice choice);
    const std::vector<BackupSummary>& Backups() const { return backups_; }
    // Restores a backup as the saved version of its assessment (what it replaces is kept too). An
    // unreadable one opens with what can be read, and the notice lists what was left out.
    void RestoreBackup(const std::string& key);
    // Downloads the backup's saved text as a file, exactly as it was kept.
    void DownloadBackup(const std::string& key);
    void DeleteBackup(const std::string& key);

    // An earlier assessment of the city to compare with: a saved one, or an imported file that is
    // shown but not saved.
    bool SetEarlier(const std::string& id);
    void SetEarlierFromFile(const std::string& fileName, const std::string& content);
    void ClearEarlier();
    const Assessment* Earlier() const { return earlier_ ? &*earlier_ : nullptr; }
    const AssessmentScores* EarlierScores() const { return earlier_ ? &earlierScores_ : nullptr; }
    // An import that failed before reading (file too large, unreadable): `reasonKey` names the text.
    void ReportImportProblem(const std::string& fileName, const char* reasonKey);

    // Embedding options (session_embedding.cpp), for files the page fetched from its own site.
    // Each validates `text` with the core loader first; on failure it leaves an import notice
    // naming `source` and changes nothing.
    // Uses another index definition (?index=); an open assessment of another index is closed in
    // memory (it stays saved).
    bool UseDefinition(const std::string& source, const std::string& text);
    // Shows an exported assessment (?view=results&data=) in memory only: it is never saved.
    bool ShowInMemory(const std::string& source, const std::string& text);

    // Another tab of this browser wrote or removed `key` (the browser's storage event). When it is
    // the open assessment, the two are merged question by question, the newer answer winning, so
    // neither tab loses the other's work; removed there, it is closed here (never saved again).
    // Returns true when the open assessment changed.
    bool OnExternalChange(const std::string& key, const std::optional<std::string>& value);

    // Writes a pending save at once (before export, close, or when a test asks).
    void Flush() { SaveNow(); }
    // Writes what is due. `now` is in seconds on any monotonic clock.
    void Tick(double now);
    // Seconds until Tick has work, or -1.
    double SecondsUntilDue(double now) const;
    void OnPersistenceKnown(int granted) { persistence_ = granted; }

    // The saved entry's key, for tests and the storage-fault handling.
    static std::string AssessmentKey(const std::string& id);
    static std::string BenchmarksKey(const std::string& indexId);

private:
    void Rescore();
    void Touch();  // marks the open assessment changed: new timestamp, rescore, schedule a save
    void SetNotice(std::string text);  // shown on every screen and told to assistive technology
    // Storage through the one switch that `storage=none`, a results view and a blocked browser
    // turn off: then nothing is read, written or removed.
    std::optional<std::string> ReadStored(const std::string& key);
    bool RemoveStored(const std::string& key);
    std::vector<std::string> StoredKeys(const std::string& prefix);
    // True when the open assessment may be replaced now; otherwise `replace` waits for the user.
    bool MayReplaceOpen(std::function<void()> replace);
    void ReadPosition(const std::string& id);
    // A read assessment arriving (import, restore): asks when its id is already saved here.
    void Receive(Assessment assessment, const std::string& fileName);
    void SaveNow();
    void SaveSettings();
    void LoadSettings();
    void LoadTranslations();
    void RefreshSavedList();
    void RefreshBackups();
    // Set benchmarks_ for the index in use only; the caller rescores an open assessment.
    void LoadBuiltInBenchmarks();
    void LoadKeptBenchmarks();
    // Reopens the assessment open at the end of the last visit, if it answers the index in use.
    void ReopenLast();
    // Keeps the saved text of `id` aside under a backup key; false if that could not be written.
    bool KeepBackup(const std::string& id, const std::string& text, BackupSummary::Reason reason);
    // The stored backup entry's kept text, if the entry can be read.
    std::optional<std::string> BackupText(const std::string& key, BackupSummary::Reason* reason = nullptr);
    void SaveAndOpen(Assessment assessment, const std::string& fileName);
    void Adopt(Assessment assessment);
    void ReportImportFailure(const std::string& fileName, const Problems& problems);
    void CompareWith(Assessment earlier);  // the earlier assessment and its scores
    // Why `assessment` cannot be used here (it answers another index: scored, shown and saved
    // against these questions it would lose its answers), or empty when it can.
    std::string OtherIndexProblem(const Assessment& assessment) const;
    // ReadAssessment, refusing an assessment of another index with that problem.
    AssessmentLoadResult ReadForThisIndex(const std::string& text) const;
    std::string ExportBaseName() const;
    void UpdateSummary();
    bool Write(const std::string& key, const std::string& value);

    Platform& platform_;
    IndexDefinition definition_;
    std::optional<ScoringPlan> plan_;
    std::optional<BenchmarkSet> benchmarks_;
    bool ownBenchmarks_ = false;
    Translations translations_;
    Settings settings_;
    std::vector<SavedSummary> saved_;
    std::optional<Assessment> assessment_;
    AssessmentScores scores_;
    std::optional<Comparison> comparison_;
    unsigned scoresGeneration_ = 0;
    std::optional<Assessment> earlier_;
    AssessmentScores earlierScores_;
    std::optional<PendingImport> pendingImport_;
    std::vector<BackupSummary> backups_;
    Position position_;
    StorageState storageState_ = StorageState::Working;
    std::string storageProblem_;
    std::string lastSavedClock_;
    std::string notice_;
    double now_ = 0;
    double saveDueAt_ = -1;
    bool unsavedChanges_ = false;
    std::function<void()> pendingReplacement_;
    int persistence_ = -1;
    bool prefersDark_ = false;
};

}  // namespace icc
