// Session: who contributes to the open assessment, who uses this browser, and the merge review of
// a colleague's file (core/assessment_merge.h): nothing changes until the user confirms, and the
// version before the merge is kept as a backup.
#include "model/session.h"

#include "core/contributors.h"

#include <algorithm>
#include <memory>

namespace icc {

namespace {

std::string Trimmed(const std::string& text) {
    const std::size_t first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) return "";
    return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

}  // namespace

ValueProblem Session::SetUserName(const std::string& name) {
    const std::string trimmed = Trimmed(name);
    if (ValueProblem problem = CheckLength(trimmed, kLongestContributor); !problem.ok()) return problem;
    settings_.userName = trimmed;
    SaveSettings();
    return {};
}

ValueProblem Session::AddContributor(const std::string& name) {
    const std::string trimmed = Trimmed(name);
    if (ValueProblem problem = CheckLength(trimmed, kLongestContributor); !problem.ok()) return problem;
    if (assessment_->contributors.size() >= kMostContributors) return {ValueProblem::Kind::TooLong, 0, kMostContributors};
    if (icc::AddContributor(*assessment_, trimmed)) Touch();
    return {};
}

void Session::RemoveContributor(const std::string& name) {
    auto& list = assessment_->contributors;
    const auto found = std::find(list.begin(), list.end(), name);
    if (found == list.end()) return;
    list.erase(found);
    for (auto it = assessment_->responsible.begin(); it != assessment_->responsible.end();)
        it = it->second == name ? assessment_->responsible.erase(it) : std::next(it);
    Touch();
}

void Session::SetResponsible(const std::string& areaId, const std::string& name) {
    const bool known = std::any_of(Definition().areas.begin(), Definition().areas.end(),
                                   [&](const Area& area) { return area.id == areaId; });
    if (!known) return;
    if (name.empty()) {
        if (assessment_->responsible.erase(areaId)) Touch();
        return;
    }
    if (!CheckLength(name, kLongestContributor).ok()) return;
    icc::AddContributor(*assessment_, name);
    assessment_->responsible[areaId] = name;
    Touch();
}

bool Session::StartReview(const Assessment& arriving, const std::string& fileName) {
    std::optional<Assessment> base;
    if (assessment_ && assessment_->id == arriving.id) {
        base = *assessment_;
    } else if (std::optional<std::string> saved = store_.Read(AssessmentStore::AssessmentKey(arriving.id))) {
        base = ReadForThisIndex(*saved).assessment;
    }
    if (!base) return false;  // the saved version cannot be read: replace or keep both
    review_ = MergeReview{fileName, PlanMerge(*base, arriving)};
    return true;
}

void Session::ChooseAnswer(std::size_t item, MergeSide side) {
    if (!review_ || item >= review_->plan.items.size() || !review_->plan.items[item].answerConflict) return;
    review_->plan.items[item].answer = side;
    review_->plan.items[item].byPerson = side != MergeSide::Unsettled;
}

void Session::ChooseEvidence(std::size_t item, EvidenceKeep keep) {
    if (!review_ || item >= review_->plan.items.size() || !review_->plan.items[item].evidenceDiffers) return;
    review_->plan.items[item].evidence = keep;
}

void Session::ChooseCity(MergeSide side) {
    if (review_ && review_->plan.cityConflict) review_->plan.city = side;
}

void Session::ChooseAction(std::size_t item, MergeSide side) {
    if (!review_ || item >= review_->plan.actions.size()) return;
    review_->plan.actions[item].side = side;
    review_->plan.actions[item].byPerson = side != MergeSide::Unsettled;
}

void Session::TakeNewerEverywhere() {
    if (review_) SettleBy(review_->plan, MergeRule::Newer);
}

void Session::CancelMerge() { review_.reset(); }

void Session::ReviewInstead(ImportChoice choice) {
    if (!review_) return;
    MergeReview review = std::move(*review_);
    review_.reset();
    if (choice == ImportChoice::Cancel) return;
    imports_.Receive(std::move(review.plan.other), review.fileName, assessment_ ? &*assessment_ : nullptr);
    ResolveImport(choice);
}

bool Session::ConfirmMerge() {
    if (!review_) return false;
    std::optional<Assessment> merged = ApplyMerge(review_->plan);
    if (!merged) return false;
    const bool baseIsOpen = assessment_ && assessment_->id == merged->id;
    if (baseIsOpen) SaveNow();  // the backup holds everything written before the merge
    const std::string key = AssessmentStore::AssessmentKey(merged->id);
    if (std::optional<std::string> saved = store_.Read(key);
        saved && !store_.KeepBackup(merged->id, *saved, BackupSummary::Reason::Merged)) {
        ReportImportProblem(review_->fileName, "notice.no_backup");
        return false;  // the review stays: the user may export, make room, or cancel
    }
    RefreshBackups();
    const std::string fileName = review_->fileName;
    review_.reset();
    auto open = std::make_shared<Assessment>(std::move(*merged));
    auto finish = [this, open, fileName] {
        Adopt(std::move(*open));
        SetNotice({"notice.merged", {{"file", fileName}}});
    };
    // The open assessment is the base (its changes are in the merge) or another one (which may
    // hold changes storage could not keep: the usual question first).
    if (baseIsOpen || MayReplaceOpen(finish)) finish();
    return true;
}

}  // namespace icc
