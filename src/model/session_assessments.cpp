// Session: which assessment is open. New, open, close, delete, imports and backups, and the one
// guard that keeps a replacement from dropping changes storage could not keep.
#include "model/session.h"

#include "core/assessment_salvage.h"

#include <algorithm>
#include <memory>

namespace icc {

namespace {

// The year the assessment describes at first: this year, from an ISO date.
int YearOf(const std::string& isoDate) {
    int year = 0;
    for (std::size_t i = 0; i < 4 && i < isoDate.size() && isoDate[i] >= '0' && isoDate[i] <= '9'; ++i)
        year = year * 10 + (isoDate[i] - '0');
    return CheckNumber(year, kYearRule).ok() ? year : 0;
}

// How many of the reader's problems a notice lists by their place; the rest are counted.
constexpr std::size_t kProblemsNamed = 3;

std::string ListProblems(const Problems& problems) {
    std::string list;
    for (std::size_t i = 0; i < problems.size() && i < kProblemsNamed; ++i)
        list += (i ? "; " : "") + problems[i].path + ": " + problems[i].message;
    if (problems.size() > kProblemsNamed) list += "; …";
    return list;
}

}  // namespace

bool Session::MayReplaceOpen(std::function<void()> replace) {
    // A save still waiting for its delay is written now; the user is asked only about changes
    // that storage could not keep.
    if (assessment_ && unsavedChanges_ && SavePending()) SaveNow();
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

void Session::NewAssessment() {
    if (!MayReplaceOpen([this] { NewAssessment(); })) return;
    Assessment assessment;
    assessment.id = platform_.NewId();
    assessment.indexId = Definition().id;
    assessment.indexVersion = Definition().version;
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
    deletedAction_.reset();  // an undo belongs to the assessment it was done in
    unsavedChanges_ = false;  // new and empty, or read from a file that still holds it
    settings_.lastOpenId = assessment_->id;
    Rescore();
    UpdateSummary();
    SaveNow();
    SaveSettings();
}

bool Session::Open(const std::string& id) {
    if (assessment_ && assessment_->id == id) return true;
    std::optional<std::string> text = store_.Read(AssessmentStore::AssessmentKey(id));
    if (!text) return false;
    CarryOverReport carried;
    AssessmentLoadResult loaded = ReadForThisIndex(*text, &carried);
    if (!loaded.assessment) {
        SetNotice({"notice.cannot_open", {{"problem", loaded.problems.empty() ? "" : loaded.problems.front().message}}});
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
    if (carried.Carried()) {
        // The answers as they were given stay restorable (and downloadable) from the start page.
        store_.KeepBackup(id, *text, BackupSummary::Reason::EarlierVersion);
        RefreshBackups();
        unsavedChanges_ = true;
        SaveNow();
        AnnounceCarryOver(carried);
    }
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
        ForgetOpen();
        SaveSettings();
    }
    store_.RemoveAssessment(id);
    saved_.erase(std::remove_if(saved_.begin(), saved_.end(), [&](const SavedSummary& s) { return s.id == id; }),
                 saved_.end());
    SetNotice({"notice.deleted", {}});
}

int Session::DeleteAllData() {
    const int removed = store_.RemoveAll();
    ForgetOpen();
    review_.reset();
    imports_.Clear();
    saved_.clear();
    backups_.clear();
    settings_ = Settings{};
    LoadBuiltInBenchmarks();
    LoadTranslations();
    SetNotice({"notice.all_deleted", {{"count", std::to_string(removed)}}});
    return removed;
}

void Session::Import(const std::string& fileName, const std::string& content) { ImportText(fileName, content, true); }

void Session::ImportText(const std::string& fileName, const std::string& content, bool review) {
    CarryOverReport carried;
    AssessmentLoadResult loaded = ReadForThisIndex(content, &carried);
    if (!loaded.assessment) {
        ReportImportFailure(fileName, loaded.problems);
        return;
    }
    Receive(std::move(*loaded.assessment), fileName, review);
    AnnounceCarryOver(carried);
}

void Session::Receive(Assessment assessment, const std::string& fileName, bool review) {
    if (std::optional<Assessment> now = imports_.Receive(std::move(assessment), fileName, assessment_ ? &*assessment_ : nullptr))
        SaveAndOpen(std::move(*now), fileName);
    else if (review && StartReview(imports_.Pending()->assessment, fileName))
        imports_.Clear();
}

void Session::ResolveImport(ImportChoice choice) {
    if (!Pending()) return;
    if (choice != ImportChoice::Cancel && !MayReplaceOpen([this, choice] { ResolveImport(choice); })) return;
    SaveNow();  // a replaced version is kept as a backup with everything the user wrote
    ImportFlow::Decision decision = imports_.Resolve(choice);
    RefreshBackups();  // Replace kept the saved version aside
    if (decision.noBackup) {
        ReportImportProblem(decision.fileName, "notice.no_backup");
        return;
    }
    if (!decision.open) return;
    if (assessment_ && assessment_->id == decision.open->id) assessment_.reset();
    SaveAndOpen(std::move(*decision.open), decision.fileName);
}

void Session::SaveAndOpen(Assessment assessment, const std::string& fileName) {
    // Shared, so that a replacement waiting for the user keeps the file's assessment.
    auto open = std::make_shared<Assessment>(std::move(assessment));
    if (!MayReplaceOpen([this, open, fileName] { SaveAndOpen(std::move(*open), fileName); })) return;
    Adopt(std::move(*open));
    Problems warnings = CheckAgainstDefinition(*assessment_, Definition());
    SetNotice({warnings.empty() ? "notice.imported" : "notice.imported_with_warnings",
               {{"file", fileName},
                {"count", std::to_string(warnings.size())},
                {"problem", warnings.empty() ? "" : warnings.front().path + ": " + warnings.front().message}}});
}

void Session::RestoreBackup(const std::string& key) {
    BackupSummary::Reason reason = BackupSummary::Reason::Damaged;
    std::optional<std::string> text = store_.BackupText(key, &reason);
    if (!text) return;
    if (reason == BackupSummary::Reason::Replaced || reason == BackupSummary::Reason::Merged ||
        reason == BackupSummary::Reason::EarlierVersion) {
        // Back as it was: it replaces (or sits beside) the saved version, never merges into it.
        ImportText(translations_.Get("backup.file_name"), *text, false);
        return;
    }
    // Unreadable when it was found: open what can be read and say what was left out.
    SalvageResult salvaged = SalvageAssessment(*text);
    if (salvaged.assessment && !OtherIndexProblem(*salvaged.assessment).empty()) salvaged.assessment.reset();
    if (!salvaged.assessment) {
        SetNotice({"notice.nothing_restorable", {}});
        return;
    }
    Assessment assessment = std::move(*salvaged.assessment);
    if (assessment.id.empty() || store_.Read(AssessmentStore::AssessmentKey(assessment.id)))
        assessment.id = platform_.NewId();
    auto restored = std::make_shared<Assessment>(std::move(assessment));
    auto dropped = std::make_shared<Problems>(std::move(salvaged.dropped));
    auto open = [this, restored, dropped] {
        Adopt(std::move(*restored));
        SetNotice({dropped->empty() ? "notice.restored" : "notice.restored_partly",
                   {{"count", std::to_string(dropped->size())}, {"list", ListProblems(*dropped)}}});
    };
    if (MayReplaceOpen(open)) open();
}

void Session::DownloadBackup(const std::string& key) {
    std::optional<std::string> stored = store_.Read(key);
    if (!stored) return;
    // The kept text as it was; a backup entry that cannot be read itself goes out whole.
    std::optional<std::string> text = store_.BackupText(key);
    const std::string name = "icc-index-backup-" + platform_.NowIso().substr(0, 10);
    platform_.DownloadFile(name + (text ? ".json" : ".txt"), text ? "application/json" : "text/plain",
                           text ? *text : *stored);
}

void Session::DeleteBackup(const std::string& key) {
    store_.Remove(key);
    RefreshBackups();
}

}  // namespace icc
