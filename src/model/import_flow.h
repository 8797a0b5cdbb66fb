// An assessment arriving from a file or a backup meets the ones saved here. A new id can be opened
// at once; an id already saved (or open) waits for the user, who keeps both or replaces, and a
// replaced version is kept as a backup first. It knows the store and never the Session: it says
// what to open, and the Session opens it.
#pragma once

#include "core/assessment.h"
#include "model/assessment_store.h"

#include <optional>
#include <string>

namespace icc {

// An import whose assessment id is already saved here: the user decides what happens.
struct PendingImport {
    std::string fileName;
    Assessment assessment;
    std::string existingCity;
    int existingYear = 0;
    std::string existingUpdatedAt;
};

enum class ImportChoice { Replace, KeepBoth, Cancel };

class ImportFlow {
public:
    ImportFlow(AssessmentStore& store, Platform& platform) : store_(store), platform_(platform) {}

    // The assessment back when it can be opened now (a file without an id gets one); nullopt when
    // it waits in Pending() because its id is saved here or is the open one's (`open`).
    std::optional<Assessment> Receive(Assessment assessment, const std::string& fileName, const Assessment* open);
    const std::optional<PendingImport>& Pending() const { return pending_; }
    void Clear() { pending_.reset(); }

    struct Decision {
        std::optional<Assessment> open;  // what to open now, if anything
        std::string fileName;
        bool noBackup = false;           // Replace refused: the saved version could not be kept aside
    };
    // The user's choice for the pending import: KeepBoth gives it a new id; Replace keeps the saved
    // version as a backup first (without a backup, nothing is replaced); Cancel drops it.
    Decision Resolve(ImportChoice choice);

private:
    AssessmentStore& store_;
    Platform& platform_;
    std::optional<PendingImport> pending_;
};

}  // namespace icc
