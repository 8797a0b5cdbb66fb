// The app's model and the one place that changes it: the index in use, the assessment being
// edited, its scores, the assessments saved in this browser, the settings, and saving. The screens,
// the accessible mirror and the JavaScript API read it and call its methods; every change goes
// through the value rules, rescores and schedules the autosave here.
// It links only core and platform (src/model/CMakeLists.txt): no ImGui, no browser. Storage is
// AssessmentStore's, imports are ImportFlow's; Session uses both and they know nothing of it.
//
// [SECTION] The files of Session
//   session.cpp             start, settings, language, saving, the saved list, other tabs
//   session_editing.cpp     the profile, answers, evidence, position
//   session_assessments.cpp new, open, close, delete, import, backups, replacing unsaved changes
//   session_exports.cpp     downloads: JSON, HTML report, CSV, a part (chosen areas)
//   session_merge.cpp       who contributes, the merge review of a colleague's file
//   session_plan.cpp        the action plan, its target index and its progress
//   session_benchmarks.cpp  comparison figures
//   session_embedding.cpp   ?index= and ?view=results
#pragma once

#include "core/action_plan.h"
#include "core/assessment.h"
#include "core/assessment_merge.h"
#include "core/assessment_io.h"
#include "core/benchmarks.h"
#include "core/carry_over.h"
#include "core/published_results.h"
#include "core/index_model.h"
#include "core/notice.h"
#include "core/scoring.h"
#include "core/translations.h"
#include "core/value_rules.h"
#include "model/assessment_store.h"
#include "model/built_in_files.h"
#include "model/import_flow.h"
#include "model/language_files.h"
#include "model/settings.h"
#include "platform/platform.h"

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace icc {

struct SavedSummary {
    std::string id;
    std::string city;
    int year = 0;
    double completenessPercent = 0;
    std::string updatedAt;
    Notice problem;  // why the saved entry cannot be opened; empty when it can
};

// The texts of a plan action, each edited on its own.
enum class ActionField { Title, Department, Deadline, Indicator };

// The fields of the city profile, each edited on its own (typed text goes through the value rules).
enum class CityField { Name, Year, Population, ForeignBornPercent };

class Session {
public:
    // A change is saved this long after the last one, and at most kLongestSaveDelaySeconds after
    // the first one not yet saved.
    static constexpr double kSaveDelaySeconds = 0.3;
    static constexpr double kLongestSaveDelaySeconds = 2.0;

    Session(Platform& platform, const BuiltInFiles& files);

    // Loads the translations, the settings and the saved list, and reopens the assessment the user
    // had open. `storageDisabled`: storage=none or a results view. The built-in index and figures
    // are read when first needed: at once when there is a saved assessment to list, otherwise on
    // the first call that uses them (the app makes one in its third frame).
    void Start(bool storageDisabled);

    // The index in use; the built-in one is read on the first call.
    const IndexDefinition& Definition() const;
    // Whether the index has been read (Definition() reads it otherwise), and its comparison figures
    // (Benchmarks(), Published() or a rescore read them otherwise).
    bool IndexRead() const { return index_.has_value(); }
    bool FiguresRead() const { return figuresRead_; }
    const BenchmarkSet* Benchmarks() const { EnsureFiguresRead(); return benchmarks_ ? &*benchmarks_ : nullptr; }
    // True while the comparison figures are the user's or the page's own, not the built-in file.
    bool UsesOwnBenchmarks() const { EnsureFiguresRead(); return ownBenchmarks_; }
    const Translations& Text() const { return translations_; }
    const std::string& Language() const { return translations_.Language(); }
    const Settings& CurrentSettings() const { return settings_; }
    const std::vector<SavedSummary>& Saved() const { return saved_; }
    bool HasAssessment() const { return assessment_.has_value(); }
    const Assessment& Current() const { return *assessment_; }
    const AssessmentScores& Scores() const { return scores_; }
    // The open assessment beside the benchmark figures (none without a benchmark file).
    const Comparison* CurrentComparison() const { return comparison_ ? &*comparison_ : nullptr; }
    // The built-in published results of single cities (none for another index), and the open
    // assessment's place among them.
    const PublishedResults* Published() const { EnsureFiguresRead(); return published_ ? &*published_ : nullptr; }
    const PublishedPlace* CurrentPublishedPlace() const { return publishedPlace_ ? &*publishedPlace_ : nullptr; }
    // Grows with every change of the open assessment's scores, for views that cache text.
    unsigned ScoresGeneration() const { return scoresGeneration_; }
    const Position& CurrentPosition() const { return position_; }
    const Answer* FindAnswer(const std::string& questionId) const;
    // Answers carried over from an earlier version of the index and not yet reviewed: in one
    // area (by position in the index), and in all.
    int ToReviewIn(int area) const;
    int ToReviewCount() const;

    // Saving status for the status line.
    StorageState Storage() const { return store_.State(); }
    // The catalog key of what is wrong with storage, or empty.
    const std::string& StorageProblemCode() const { return store_.ProblemCode(); }
    const std::string& LastSavedClock() const { return lastSavedClock_; }
    unsigned SaveCount() const { return saveCount_; }
    bool SavePending() const { return saveDueAt_ >= 0; }
    int PersistenceGranted() const { return persistence_; }  // 1 yes, 0 no, -1 unknown
    // Messages for the user about the last actions (an error, an import result), oldest first, until
    // dismissed: a later one never hides an earlier failure (?index= failing, then ?benchmarks=
    // succeeding, say both). The generation grows with every change, for views that translate and
    // announce them once.
    const std::vector<Notice>& Notices() const { return notices_; }
    // The newest notice, or an empty one.
    const Notice& CurrentNotice() const;
    unsigned NoticeGeneration() const { return noticeGeneration_; }
    void DismissNotice();

    // Assessments (session_assessments.cpp). New, Open, an import and a restore replace the open
    // assessment: when it has changes that storage could not keep, they wait for ResolveReplacement.
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

    // Editing the open assessment (session_editing.cpp). Each change goes through the value rules
    // (core/value_rules.h): a value that breaks them is not stored, and its problem is returned.
    ValueProblem SetCity(const CityProfile& city);
    // Typed text of one field: empty clears it (a year or a figure is then not given).
    ValueProblem SetCityField(CityField field, const std::string& text);
    ValueProblem SetAnswer(const std::string& questionId, const Answer& answer);
    // Typed text of a number question: empty clears the answer.
    ValueProblem SetNumberText(const std::string& questionId, const std::string& text);
    // Clearing keeps an empty answer with its time, so that other tabs learn of it (core/assessment_merge.h).
    void ClearAnswer(const std::string& questionId);
    ValueProblem SetEvidence(const std::string& questionId, const std::string& evidence);
    // The user keeps a carried-over answer as it is: it is no longer "to review".
    void ConfirmAnswer(const std::string& questionId);
    void SetPosition(Position position);
    // The first unanswered question after the current position (wrapping round), if any.
    std::optional<Position> NextUnanswered() const;

    // The action plan (session_plan.cpp). Each change goes through the plan's rules
    // (core/action_plan.h) and the index (targets name its questions and options), is stamped
    // with its time and author, and saved like an answer.
    // Adds an action to the area (a recommendation's text or "" as its title); returns its id.
    std::string AddAction(const std::string& areaId, const std::string& title);
    // Replaces the action of the same id; false (nothing changed) when it breaks a rule.
    bool UpdateAction(const PlanAction& action);
    // One text of an action as typed (the screen and the accessible mirror): false, nothing
    // changed, when it breaks a rule (a deadline that is no YYYY-MM-DD date, a text too long).
    bool SetActionText(const std::string& id, ActionField field, const std::string& text);
    void SetActionStatus(const std::string& id, ActionStatus status);
    // A target on one of the index's questions (replacing the action's earlier target on it).
    bool SetActionTarget(const std::string& id, const ActionTarget& target);
    void RemoveActionTarget(const std::string& id, const std::string& questionId);
    // Deletes the action (kept as removed, so that merges do not bring it back); UndoDelete
    // brings the last deleted one back as it was.
    void DeleteAction(const std::string& id);
    bool CanUndoDelete() const { return deletedAction_.has_value(); }
    void UndoDelete();
    // The index if every target of the plan were met (core/action_plan.h), or nullptr without targets.
    const AssessmentScores* TargetScores() const { return targetScores_ ? &*targetScores_ : nullptr; }
    // The earlier assessment's plan against today's answers, or nullptr when it has no plan.
    const PlanProgress* Progress() const { return progress_ ? &*progress_ : nullptr; }

    // Who uses this browser (Settings, kept here only): every change they make records it, and
    // their first change adds them to the open assessment's contributors. Empty: nobody said.
    ValueProblem SetUserName(const std::string& name);
    // The open assessment's contributors (session_merge.cpp) and who is responsible for each area.
    ValueProblem AddContributor(const std::string& name);
    // Removes the name from the list and from the areas it was responsible for (its answers keep it).
    void RemoveContributor(const std::string& name);
    // `name` empty: nobody is responsible for the area.
    void SetResponsible(const std::string& areaId, const std::string& name);

    // The merge review (session_merge.cpp): an imported file of an assessment saved here waits,
    // question by question, until the user confirms; nothing changes before.
    struct MergeReview {
        std::string fileName;
        MergePlan plan;
    };
    const MergeReview* Review() const { return review_ ? &*review_ : nullptr; }
    // The person's choice for the review's item (answers, and evidence where both sides gave some).
    void ChooseAnswer(std::size_t item, MergeSide side);
    void ChooseEvidence(std::size_t item, EvidenceKeep keep);
    void ChooseCity(MergeSide side);
    // The person's choice for a plan action that differs (MergePlan::actions).
    void ChooseAction(std::size_t item, MergeSide side);
    // "Take the newer everywhere": every conflict the person has not chosen for.
    void TakeNewerEverywhere();
    // With every conflict settled: keeps the saved version as a backup (restorable on the start
    // screen), then opens and saves the merged assessment. False (and nothing changed) otherwise.
    bool ConfirmMerge();
    void CancelMerge();
    // Instead of merging: the file replaces the saved version, or is kept beside it (ResolveImport).
    void ReviewInstead(ImportChoice choice);

    // Settings.
    // The interface (and the built-in index) in `language`. A language whose files the program does
    // not ship is fetched first (Platform::FetchLanguage): English until they arrive.
    void SetLanguage(const std::string& language);
    // The language being fetched, empty when none is.
    const std::string& FetchingLanguage() const { return fetchingLanguage_; }
    // The files of a fetched language (LanguageFiles::Add); the interface switches to it if it is
    // still the one chosen. False when the files are not that language's.
    bool AddLanguageFiles(const std::string& language, const std::map<std::string, std::string>& files);
    // Its files could not be fetched: the interface stays as it is, with a notice.
    void LanguageUnavailable(const std::string& language);
    void SetTheme(ThemeChoice theme);
    void SetTextSize(int percent);
    bool PrefersDark() const { return prefersDark_; }
    // The system's colour scheme changed while the page is open ("follow the system" follows it).
    void SetPrefersDark(bool dark) { prefersDark_ = dark; }

    // Downloads of the open assessment (session_exports.cpp): JSON (answers, evidence, metadata,
    // scores), the standalone HTML report, and the scores as CSV.
    void ExportJson();
    void ExportHtmlReport();
    void ExportCsv();
    // The action plan as CSV (core/plan_csv.h), in the interface's language.
    void ExportPlanCsv();
    // The answers to the questions of the chosen areas only (by area id), as an answers file of
    // the same assessment (same id), for a colleague who answers them and sends the file back.
    void ExportAreas(const std::vector<std::string>& areaIds);

    // An import of a JSON file the user chose: validated completely before anything changes.
    // When its id is already saved, the merge review opens (Review()); when that saved version
    // cannot be read, the user decides with ResolveImport.
    void Import(const std::string& fileName, const std::string& content);
    const std::optional<PendingImport>& Pending() const { return imports_.Pending(); }
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
    // An import that failed before reading (file too large, unreadable): `reasonCode` names the text.
    void ReportImportProblem(const std::string& fileName, const std::string& reasonCode);

    // Embedding options (session_embedding.cpp), for files the page fetched from its own site.
    // Each validates `text` with the core loader first; on failure it leaves an import notice
    // naming `source` and changes nothing.
    // Uses another index definition (?index=); an open assessment of another index is closed in
    // memory (it stays saved).
    bool UseDefinition(const std::string& source, const std::string& text);
    // Shows an exported assessment (?view=results&data=) in memory only: it is never saved.
    bool ShowInMemory(const std::string& source, const std::string& text);

    // Another tab of this browser wrote or removed `key` (the browser's storage event; an empty key:
    // storage was cleared altogether; keys not under the tool's prefix are ignored). When it is
    // the open assessment, the two are merged question by question, the newer answer winning, so
    // neither tab loses the other's work; removed there, it is closed here (never saved again).
    // Returns true when the open assessment changed.
    bool OnExternalChange(const std::string& key, const std::optional<std::string>& value);

    // Writes a pending save at once (when the page is left, or when a test or the API asks).
    void Flush() { SaveNow(); }
    // Writes what is due.
    void Tick();
    // Seconds until Tick has work, or -1.
    double SecondsUntilDue() const;
    void OnPersistenceKnown(int granted) { persistence_ = granted; }

private:
    const ScoringPlan& Plan() const { Definition(); return *plan_; }
    void LoadBuiltInIndexNow();
    // Reads the index's comparison figures on first use, like Definition() the index.
    void EnsureFiguresRead() const;
    void Rescore();
    void RefreshPlanFigures();  // the target index and the progress, after a rescore or a new earlier assessment
    PlanAction* FindOpenAction(const std::string& id);
    void Touch();        // rescores the open assessment, then MarkChanged
    void MarkChanged();  // marks it changed: new timestamp, its line in the saved list, a save scheduled
    void ScheduleSave();
    void SetNotice(Notice notice);
    void SaveNow();
    void SaveSettings();
    void LoadTranslations();
    void ApplyLanguage();  // LoadTranslations, and the built-in index in the language it loaded
    void RefreshSavedList();
    void RefreshBackups() { backups_ = store_.Backups(); }
    // Set benchmarks_ and published_ for the index in use only; the caller rescores an open assessment.
    void LoadBuiltInBenchmarks();
    void LoadKeptBenchmarks();
    // Reopens the assessment open at the end of the last visit, if it answers the index in use.
    void ReopenLast();
    // True when the open assessment may be replaced now; otherwise `replace` waits for the user.
    bool MayReplaceOpen(std::function<void()> replace);
    void ReadPosition(const std::string& id);
    // A read assessment arriving (import, restore): asks when its id is already saved here.
    // `review`: an assessment saved here opens the merge review (a backup being restored never does).
    void ImportText(const std::string& fileName, const std::string& content, bool review);
    void Receive(Assessment assessment, const std::string& fileName, bool review);
    // Starts the merge review of `arriving` against the saved or open version; false when there is none to read.
    bool StartReview(const Assessment& arriving, const std::string& fileName);
    // Sets the answer's time and author, and adds the author to the contributors.
    void Stamp(Answer& answer);
    void SaveAndOpen(Assessment assessment, const std::string& fileName);
    void Adopt(Assessment assessment);
    void ReportImportFailure(const std::string& fileName, const Problems& problems);
    void CompareWith(Assessment earlier);  // the earlier assessment and its scores
    // Why `assessment` cannot be used here (it answers another index: scored, shown and saved
    // against these questions it would lose its answers), or an empty notice when it can.
    Notice OtherIndexProblem(const Assessment& assessment) const;
    // ReadAssessment, refusing an assessment of another index with that problem, and carrying an
    // assessment of an earlier version of this index over to this one (`carried` says what moved).
    AssessmentLoadResult ReadForThisIndex(const std::string& text, CarryOverReport* carried = nullptr) const;
    // Says what a carry-over did, if it did anything.
    void AnnounceCarryOver(const CarryOverReport& carried);
    void UpdateSummary();
    void ForgetOpen();  // the open assessment is gone (deleted here or elsewhere)

    Platform& platform_;
    LanguageFiles files_;
    std::string fetchingLanguage_;
    AssessmentStore store_;
    ImportFlow imports_;
    std::optional<IndexDefinition> index_;  // none until first needed (Definition())
    bool builtInIndex_ = false;             // index_ is the built-in index, in the interface's language
    bool figuresRead_ = false;              // benchmarks_ and published_ are those of index_
    std::optional<ScoringPlan> plan_;       // set with index_
    std::optional<BenchmarkSet> benchmarks_;
    bool ownBenchmarks_ = false;
    Translations translations_;
    Settings settings_;
    std::vector<SavedSummary> saved_;
    std::optional<Assessment> assessment_;
    AssessmentScores scores_;
    std::vector<int> toReviewByArea_;  // counted with the scores
    std::optional<Comparison> comparison_;
    std::optional<PublishedResults> published_;
    std::optional<PublishedPlace> publishedPlace_;
    unsigned scoresGeneration_ = 0;
    std::optional<Assessment> earlier_;
    AssessmentScores earlierScores_;
    std::optional<AssessmentScores> targetScores_;
    std::optional<PlanProgress> progress_;
    std::optional<PlanAction> deletedAction_;
    std::vector<BackupSummary> backups_;
    Position position_;
    std::string lastSavedClock_;
    unsigned saveCount_ = 0;
    std::vector<Notice> notices_;
    unsigned noticeGeneration_ = 0;
    double saveDueAt_ = -1;
    double firstUnsavedAt_ = -1;
    bool unsavedChanges_ = false;
    std::function<void()> pendingReplacement_;
    std::optional<MergeReview> review_;
    int persistence_ = -1;
    bool prefersDark_ = false;
};

}  // namespace icc
