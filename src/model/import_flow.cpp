#include "model/import_flow.h"

#include "core/assessment_io.h"

namespace icc {

std::optional<Assessment> ImportFlow::Receive(Assessment assessment, const std::string& fileName, const Assessment* open) {
    if (assessment.id.empty()) assessment.id = platform_.NewId();  // a file written without one
    std::optional<std::string> existing = store_.Read(AssessmentStore::AssessmentKey(assessment.id));
    const bool openWithSameId = open && open->id == assessment.id;
    if (!existing && !openWithSameId) return assessment;
    // Never overwrite silently: the user chooses between replacing and keeping both.
    PendingImport pending{fileName, std::move(assessment), "", 0, ""};
    std::optional<Assessment> saved = existing ? ReadAssessment(*existing).assessment : std::nullopt;
    if (const Assessment* other = saved ? &*saved : (openWithSameId ? open : nullptr)) {
        pending.existingCity = other->city.name;
        pending.existingYear = other->city.year;
        pending.existingUpdatedAt = other->updatedAt;
    }
    pending_ = std::move(pending);
    return std::nullopt;
}

ImportFlow::Decision ImportFlow::Resolve(ImportChoice choice) {
    Decision decision;
    if (!pending_) return decision;
    PendingImport pending = std::move(*pending_);
    pending_.reset();
    decision.fileName = pending.fileName;
    if (choice == ImportChoice::Cancel) return decision;
    if (choice == ImportChoice::KeepBoth) {
        pending.assessment.id = platform_.NewId();
    } else {
        std::optional<std::string> existing = store_.Read(AssessmentStore::AssessmentKey(pending.assessment.id));
        if (existing && !store_.KeepBackup(pending.assessment.id, *existing, BackupSummary::Reason::Replaced)) {
            decision.noBackup = true;
            return decision;
        }
    }
    decision.open = std::move(pending.assessment);
    return decision;
}

}  // namespace icc
