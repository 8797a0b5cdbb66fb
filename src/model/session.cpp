// Session: start, settings and language, saving, the saved list, notices, other tabs, and the
// earlier assessment to compare with.
#include "model/session.h"

#include "core/assessment_merge.h"
#include "core/index_loader.h"
#include "core/interface_languages.h"

#include <algorithm>

namespace icc {

namespace {

// The built-in index: the whole file, or (what the app embeds, scripts/split_index_languages.py) its
// English part and each other language's texts, so that starting parses one language, not all.
const char kDefaultIndex[] = "icc-2019";

std::optional<IndexDefinition> LoadBuiltInIndex(const BuiltInFiles& files, const std::string& language) {
    const std::string name = kDefaultIndex;
    IndexLoadResult loaded;
    if (std::optional<std::string_view> english = files.Find(name + ".en.json")) {
        std::optional<std::string_view> texts = files.Find(name + "." + language + ".json");
        loaded = texts && language != "en" ? LoadIndexDefinition(*english, *texts) : LoadIndexDefinition(*english);
    } else if (std::optional<std::string_view> whole = files.Find(name + ".json")) {
        loaded = LoadIndexDefinition(*whole);
    }
    return std::move(loaded.definition);
}

}  // namespace

Session::Session(Platform& platform, const BuiltInFiles& files)
    : platform_(platform), files_(files), store_(platform), imports_(store_, platform) {}

void Session::Start(bool storageDisabled) {
    prefersDark_ = platform_.PrefersDarkScheme();
    store_.Connect(storageDisabled);
    if (store_.On()) {
        settings_ = store_.ReadSettings();
        platform_.RequestPersistentStorage();
    }
    if (auto language = platform_.UrlParameter("lang"); language && IsInterfaceLanguage(*language))
        settings_.language = *language;
    if (auto theme = platform_.UrlParameter("theme")) settings_.theme = ThemeFromName(*theme);
    LoadTranslations();
    // The built-in index and figures are read when first needed (Definition()): here already if a saved
    // assessment is listed or reopened, two frames later on a first visit (App::Frame).
    RefreshSavedList();
    RefreshBackups();
    ReopenLast();
}

void Session::ReopenLast() {
    if (assessment_ || settings_.lastOpenId.empty()) return;
    // Quietly: the assessment may answer an index the page names but has not loaded yet (?index=);
    // an unreadable one was already moved aside with a notice by RefreshSavedList.
    std::optional<std::string> text = store_.Read(AssessmentStore::AssessmentKey(settings_.lastOpenId));
    if (text && ReadForThisIndex(*text).assessment) Open(settings_.lastOpenId);
}

namespace {

// Enough for what one start or one action can say (an index, figures and results from the URL).
constexpr std::size_t kNoticesKept = 3;

}  // namespace

void Session::SetNotice(Notice notice) {
    // The same notice again (another tab merged again) replaces the earlier one.
    notices_.erase(std::remove_if(notices_.begin(), notices_.end(),
                                  [&](const Notice& kept) { return kept.code == notice.code; }),
                   notices_.end());
    notices_.push_back(std::move(notice));
    if (notices_.size() > kNoticesKept) notices_.erase(notices_.begin());
    ++noticeGeneration_;
}

const Notice& Session::CurrentNotice() const {
    static const Notice none;
    return notices_.empty() ? none : notices_.back();
}

void Session::DismissNotice() {
    notices_.clear();
    ++noticeGeneration_;
}

const Answer* Session::FindAnswer(const std::string& questionId) const {
    if (!assessment_) return nullptr;
    auto it = assessment_->answers.find(questionId);
    return it == assessment_->answers.end() ? nullptr : &it->second;
}

void Session::LoadTranslations() {
    std::string language =
        IsInterfaceLanguage(settings_.language) ? settings_.language : NegotiateLanguage(platform_.PreferredLanguages());
    if (!files_.HasCatalog(language)) {
        // Not shipped with the program: fetched once, and English until it arrives.
        if (fetchingLanguage_ != language) platform_.FetchLanguage(language);
        fetchingLanguage_ = language;
        language = "en";
    } else {
        fetchingLanguage_.clear();  // chosen meanwhile: what arrives later changes nothing
    }
    // English fills the other catalogs' gaps; in English there are none, and nothing to read twice.
    translations_.Set(language, files_.Catalog(language),
                      language == "en" ? std::unordered_map<std::string, std::string>{} : files_.Catalog("en"));
    platform_.SetDocumentLanguage(language);
}

void Session::SaveSettings() { store_.WriteSettings(settings_); }

void Session::ReadPosition(const std::string& id) {
    position_ = {};
    std::optional<Position> stored = store_.ReadPosition(id);
    if (!stored || stored->area >= static_cast<int>(Definition().areas.size())) return;
    const int questions = static_cast<int>(Definition().areas[stored->area].questions.size());
    position_ = {stored->area, std::min(stored->question, std::max(0, questions - 1))};
}

void Session::RefreshSavedList() {
    saved_.clear();
    bool movedAside = false;
    for (auto& [id, text] : store_.AssessmentTexts()) {
        SavedSummary summary;
        summary.id = id;
        AssessmentLoadResult loaded = ReadAssessment(text);
        if (loaded.assessment && loaded.assessment->id != id)
            loaded = {std::nullopt, {{"/id", "does not match the key it was saved under"}}};
        if (!loaded.assessment) {
            const Problem first = loaded.problems.empty() ? Problem{} : loaded.problems.front();
            summary.problem = {"notice.cannot_open", {{"problem", first.path + ": " + first.message}}};
            // An unreadable entry is moved aside, never overwritten: its id stays free and the
            // text can be restored (what can be read) or downloaded from the backups list.
            if (store_.MoveAside(id, text)) {
                SetNotice({"notice.kept_aside", {{"problem", first.path + ": " + first.message}}});
                movedAside = true;
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
        if (summary.problem.empty()) summary.completenessPercent = Score(Plan(), assessment).completenessPercent;
        saved_.push_back(std::move(summary));
    }
    std::sort(saved_.begin(), saved_.end(),
              [](const SavedSummary& a, const SavedSummary& b) { return a.updatedAt > b.updatedAt; });
    if (assessment_) UpdateSummary();
    if (movedAside) RefreshBackups();
}

// Keeps the open assessment's line in the saved list current without rereading storage.
void Session::UpdateSummary() {
    auto it = std::find_if(saved_.begin(), saved_.end(), [&](const SavedSummary& s) { return s.id == assessment_->id; });
    if (it == saved_.end()) {
        saved_.insert(saved_.begin(), SavedSummary{});
        it = saved_.begin();
    }
    it->id = assessment_->id;
    it->city = assessment_->city.name;
    it->year = assessment_->city.year;
    it->updatedAt = assessment_->updatedAt;
    it->completenessPercent = scores_.completenessPercent;
    it->problem = {};
}

void Session::Rescore() {
    EnsureFiguresRead();
    scores_ = Score(Plan(), *assessment_);
    toReviewByArea_.assign(Definition().areas.size(), 0);
    for (const ScoringPlan::Entry& entry : Plan().byQuestionId) {
        const auto answer = assessment_->answers.find(std::string(entry.questionId));
        if (answer != assessment_->answers.end() && answer->second.toReview) ++toReviewByArea_[entry.area];
    }
    if (benchmarks_) comparison_ = Compare(Definition(), *benchmarks_, assessment_->city, scores_);
    else comparison_.reset();
    if (published_) publishedPlace_ = PlaceAmongPublished(Definition(), *published_, scores_);
    else publishedPlace_.reset();
    RefreshPlanFigures();
    ++scoresGeneration_;
}

void Session::Touch() {
    Rescore();
    MarkChanged();
}

void Session::MarkChanged() {
    unsavedChanges_ = true;  // until a save succeeds
    assessment_->updatedAt = platform_.NowIso();
    UpdateSummary();
    ScheduleSave();
}

void Session::ScheduleSave() {
    // A save takes a few milliseconds: while the user types on, it waits for a pause, but never
    // longer than kLongestSaveDelaySeconds after the first change it would keep.
    const double now = platform_.MonotonicSeconds();
    if (saveDueAt_ < 0) firstUnsavedAt_ = now;
    saveDueAt_ = std::min(now + kSaveDelaySeconds, firstUnsavedAt_ + kLongestSaveDelaySeconds);
}

void Session::SetLanguage(const std::string& language) {
    if (!IsInterfaceLanguage(language)) return;
    settings_.language = language;
    SaveSettings();
    ApplyLanguage();
}

void Session::ApplyLanguage() {
    const std::string before = Language();
    LoadTranslations();
    // The built-in index holds the texts of the language it was loaded in (and English): load it
    // in the new one. Only its texts differ, so the open assessment, its place and scores stay.
    if (!index_ || !builtInIndex_ || Language() == before) return;
    if (std::optional<IndexDefinition> definition = LoadBuiltInIndex(files_, Language())) {
        index_ = std::move(*definition);
        plan_ = BuildScoringPlan(*index_);
        if (assessment_) Rescore();
    }
}

bool Session::AddLanguageFiles(const std::string& language, const std::map<std::string, std::string>& files) {
    if (!IsInterfaceLanguage(language) || !files_.Add(language, files)) return false;
    if (language == fetchingLanguage_) ApplyLanguage();
    return true;
}

void Session::LanguageUnavailable(const std::string& language) {
    if (language != fetchingLanguage_) return;
    fetchingLanguage_.clear();
    SetNotice({"notice.language_unavailable", {{"language", "language." + language, true}}});
}

const IndexDefinition& Session::Definition() const {
    // A cache filled on first use: a Session is never const itself, only the views the screens get.
    if (!index_) const_cast<Session*>(this)->LoadBuiltInIndexNow();
    return *index_;
}

void Session::LoadBuiltInIndexNow() {
    // The built-in files are checked by the tests; a failure here means a broken build.
    index_ = LoadBuiltInIndex(files_, Language()).value_or(IndexDefinition{});
    builtInIndex_ = true;
    plan_ = BuildScoringPlan(*index_);
}

void Session::EnsureFiguresRead() const {
    if (figuresRead_) return;
    // A cache filled on first use, as Definition().
    Session& self = const_cast<Session&>(*this);
    self.LoadBuiltInBenchmarks();
    self.LoadKeptBenchmarks();
}

void Session::SetTheme(ThemeChoice theme) {
    settings_.theme = theme;
    SaveSettings();
}

void Session::SetTextSize(int percent) {
    settings_.textSizePercent = std::clamp(percent, kSmallestTextSize, kLargestTextSize);
    SaveSettings();
}

void Session::SaveNow() {
    saveDueAt_ = -1;
    if (!assessment_ || !store_.On()) return;
    if (store_.Write(AssessmentStore::AssessmentKey(assessment_->id), WriteAssessment(*assessment_, &scores_))) {
        unsavedChanges_ = false;
        lastSavedClock_ = platform_.LocalClockTime();
        ++saveCount_;
    }
}

void Session::Tick() {
    if (saveDueAt_ >= 0 && platform_.MonotonicSeconds() >= saveDueAt_) SaveNow();
}

double Session::SecondsUntilDue() const {
    return saveDueAt_ < 0 ? -1 : std::max(0.0, saveDueAt_ - platform_.MonotonicSeconds());
}

void Session::ReportImportProblem(const std::string& fileName, const std::string& reasonCode) {
    SetNotice({"notice.import_failed", {{"file", fileName}, {"problem", reasonCode, true}}});
}

// "<file> was not imported: <path>: <first problem>. Nothing was changed."
void Session::ReportImportFailure(const std::string& fileName, const Problems& problems) {
    const Problem& first = problems.empty() ? Problem{"", ""} : problems.front();
    SetNotice({"notice.import_failed",
               {{"file", fileName}, {"problem", first.path.empty() ? first.message : first.path + ": " + first.message}}});
}

Notice Session::OtherIndexProblem(const Assessment& assessment) const {
    if (assessment.indexId == Definition().id) return {};
    return {"notice.other_index", {{"index", assessment.indexId}}};
}

AssessmentLoadResult Session::ReadForThisIndex(const std::string& text, CarryOverReport* carried) const {
    AssessmentLoadResult loaded = ReadAssessment(text);
    if (loaded.assessment) {
        if (Notice problem = OtherIndexProblem(*loaded.assessment); !problem.empty()) {
            loaded.problems.push_back({"/index/id", NoticeText(problem, translations_)});
            loaded.assessment.reset();
            return loaded;
        }
        CarryOverReport report = CarryOverAnswers(*loaded.assessment, Definition());
        if (carried) *carried = std::move(report);
    }
    return loaded;
}

void Session::AnnounceCarryOver(const CarryOverReport& carried) {
    if (!carried.Carried()) return;
    SetNotice({"notice.carried_over", {{"from", carried.fromVersion},
                                       {"to", Definition().version},
                                       {"count", std::to_string(carried.toReview.size())}}});
    if (!carried.noLongerAsked.empty())
        SetNotice({"notice.no_longer_asked", {{"count", std::to_string(carried.noLongerAsked.size())}}});
}

void Session::ForgetOpen() {
    assessment_.reset();
    saveDueAt_ = -1;
    unsavedChanges_ = false;
    pendingReplacement_ = nullptr;
    settings_.lastOpenId.clear();
}

bool Session::OnExternalChange(const std::string& key, const std::optional<std::string>& value) {
    if (!store_.On()) return false;  // this page keeps nothing there
    if (key.empty()) {  // storage cleared altogether, by another tab or the browser
        const bool wasOpen = HasAssessment();
        if (wasOpen) ForgetOpen();
        RefreshSavedList();
        RefreshBackups();
        if (wasOpen) SetNotice({"notice.deleted_other_tab", {}});
        return wasOpen;
    }
    if (AssessmentStore::IsBackupKey(key)) {
        RefreshBackups();
        return false;
    }
    if (key == AssessmentStore::SettingsKey() && !value) {  // "Delete all my data" in another tab
        settings_.lastOpenId.clear();
        return false;
    }
    if (!AssessmentStore::IdOfAssessmentKey(key)) return false;
    if (!assessment_ || key != AssessmentStore::AssessmentKey(assessment_->id)) {
        RefreshSavedList();  // another tab added or deleted an assessment
        return false;
    }
    if (!value) {
        // Deleted there (alone or with everything): closed here, and never written back.
        ForgetOpen();
        RefreshSavedList();
        SetNotice({"notice.deleted_other_tab", {}});
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
    if (merge.theirsIsOlder && !SavePending()) ScheduleSave();
    SetNotice({"notice.merged_other_tab", {}});
    return true;
}

bool Session::SetEarlier(const std::string& id) {
    std::optional<std::string> text = store_.Read(AssessmentStore::AssessmentKey(id));
    AssessmentLoadResult loaded = text ? ReadForThisIndex(*text) : AssessmentLoadResult{};
    if (!loaded.assessment) return false;
    CompareWith(std::move(*loaded.assessment));
    return true;
}

void Session::CompareWith(Assessment earlier) {
    earlier_ = std::move(earlier);
    earlierScores_ = Score(Plan(), *earlier_);
    RefreshPlanFigures();
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
    RefreshPlanFigures();
    ++scoresGeneration_;
}

}  // namespace icc
