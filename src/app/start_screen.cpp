// The start screen: what is saved in this browser, and the ways in (new, continue, import).
#include "app/ui.h"
#include "app/ui_kit.h"

#include "core/contributors.h"
#include "core/score_explanation.h"

#include <imgui.h>

#include <algorithm>

namespace icc {

namespace {

// Who is responsible for which areas of the open assessment, and how far each one is.
void DrawContributorProgress(Ui& ui) {
    const Session& session = ui.session;
    const IndexDefinition& definition = session.Definition();
    const auto progress = ProgressByContributor(session.Current(), definition, session.Scores());
    if (progress.size() < 2 && (progress.empty() || progress.front().name.empty())) return;  // nobody named yet
    for (const ContributorProgress& share : progress) {
        std::string areas;
        for (int area : share.areas) areas += (areas.empty() ? "" : ", ") + ui.IndexText(definition.areas[area].title);
        const std::string line = FillTemplate(ui.Wording(share.name.empty() ? "start.progress_nobody" : "start.progress_of"),
                                              {{"name", share.name}, {"answered", std::to_string(share.answered)},
                                               {"total", std::to_string(share.total)},
                                               {"areas", areas.empty() ? std::string(ui.Wording("start.no_areas")) : areas}});
        ImGui::Bullet();
        ImGui::SameLine();
        BodyText(ui, line.c_str());
    }
}

void DrawSavedAssessment(Ui& ui, const SavedSummary& saved) {
    Session& session = ui.session;
    ImGui::PushID(saved.id.c_str());
    BeginCard(ui, "##saved");
    ImGui::PushFont(ui.fonts.heading);
    std::string title = saved.city.empty() ? ui.Wording("start.unnamed_city") : saved.city;
    if (saved.year > 0) title += " " + std::to_string(saved.year);
    ImGui::TextUnformatted(title.c_str());
    ImGui::PopFont();
    if (!saved.problem.empty()) {
        MutedText(ui, FillTemplate(ui.Wording("start.cannot_open"), {{"problem", NoticeText(saved.problem, ui.session.Text())}}).c_str());
    } else {
        std::string details = FillTemplate(ui.Wording("start.saved_details"),
                                           {{"percent", FormatPercent(saved.completenessPercent)},
                                            {"date", saved.updatedAt.substr(0, 10)},
                                            {"time", saved.updatedAt.size() >= 16 ? saved.updatedAt.substr(11, 5) : ""}});
        MutedText(ui, details.c_str());
    }
    if (session.HasAssessment() && session.Current().id == saved.id) DrawContributorProgress(ui);
    ImGui::Dummy(ImVec2(0, ui.Pixels(4)));
    if (ui.state.confirmDeleteId == saved.id) {
        const Confirmation choice =
            ConfirmDeletion(ui, ui.Wording("start.confirm_delete"), ui.Wording("start.delete_confirmed"));
        if (choice == Confirmation::Confirmed) session.Delete(saved.id);
        if (choice != Confirmation::Waiting) ui.state.confirmDeleteId.clear();
    } else {
        if (saved.problem.empty()) {
            if (PrimaryButton(ui, ui.Wording("start.continue")) && session.Open(saved.id))
                ui.state.screen = Screen::Questionnaire;
            SameLineIfFits(ui, ui.Wording("start.delete"));
        }
        if (SecondaryButton(ui, ui.Wording("start.delete"))) ui.state.confirmDeleteId = saved.id;
    }
    EndCard();
    ImGui::PopID();
}

void DrawBackup(Ui& ui, const BackupSummary& backup) {
    Session& session = ui.session;
    ImGui::PushID(backup.key.c_str());
    std::string city = backup.city.empty() ? ui.Wording("start.unnamed_city") : backup.city;
    if (backup.year > 0) city += " " + std::to_string(backup.year);
    const char* lineKey = backup.reason == BackupSummary::Reason::Replaced         ? "start.backup_replaced"
                          : backup.reason == BackupSummary::Reason::Merged         ? "start.backup_merged"
                          : backup.reason == BackupSummary::Reason::Unreadable     ? "start.backup_unreadable"
                          : backup.reason == BackupSummary::Reason::EarlierVersion ? "start.backup_earlier_version"
                                                                                   : "start.backup_damaged";
    std::string line = FillTemplate(ui.Wording(lineKey), {{"city", city}, {"date", backup.keptAt.substr(0, 10)},
                                                    {"time", backup.keptAt.size() >= 16 ? backup.keptAt.substr(11, 5) : ""}});
    BodyText(ui, line.c_str());
    if (ui.state.confirmDeleteBackup == backup.key) {
        const Confirmation choice =
            ConfirmDeletion(ui, ui.Wording("start.confirm_delete_backup"), ui.Wording("start.delete_confirmed"));
        if (choice == Confirmation::Confirmed) session.DeleteBackup(backup.key);
        if (choice != Confirmation::Waiting) ui.state.confirmDeleteBackup.clear();
    } else {
        if (backup.reason != BackupSummary::Reason::Damaged) {
            if (SecondaryButton(ui, ui.Wording("start.restore"))) {
                session.RestoreBackup(backup.key);
                if (session.HasAssessment() && !session.Pending() && !session.ReplacementPending())
                    ui.state.screen = Screen::Questionnaire;
            }
            SameLineIfFits(ui, ui.Wording("start.download_backup"));
        }
        if (SecondaryButton(ui, ui.Wording("start.download_backup"))) session.DownloadBackup(backup.key);
        SameLineIfFits(ui, ui.Wording("start.delete_backup"));
        if (SecondaryButton(ui, ui.Wording("start.delete_backup"))) ui.state.confirmDeleteBackup = backup.key;
    }
    ImGui::Dummy(ImVec2(0, ui.Pixels(6)));
    ImGui::PopID();
}

void DrawBackups(Ui& ui) {
    Session& session = ui.session;
    if (session.Backups().empty()) return;
    ImGui::Dummy(ImVec2(0, ui.Pixels(16)));
    Heading(ui, ui.Wording("start.backups_heading"));
    MutedText(ui, ui.Wording("start.backups_help"));
    for (const BackupSummary& backup : session.Backups()) DrawBackup(ui, backup);
}

// A modal question: the heading, the text, then the buttons the caller draws; the caller closes it.
bool BeginDecision(Ui& ui, const char* id, bool wanted) {
    const bool isOpen = ImGui::IsPopupOpen(id);
    if (!wanted && !isOpen) return false;  // the usual case, every frame
    if (wanted && !isOpen) ImGui::OpenPopup(id);
    ImGui::SetNextWindowSize(ImVec2(std::min(ImGui::GetMainViewport()->Size.x - ui.Pixels(32), ui.Pixels(560)), 0));
    ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(ui.Pixels(28), ui.Pixels(24)));
    const bool open = ImGui::BeginPopupModal(id, nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_AlwaysAutoResize);
    ImGui::PopStyleVar();
    if (open && !wanted) {
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        return false;
    }
    return open;
}

}  // namespace

void DrawImportDecision(Ui& ui) {
    Session& session = ui.session;
    if (!BeginDecision(ui, "##import-decision", session.Pending() && !session.ReplacementPending())) return;
    const PendingImport& pending = *session.Pending();
    Heading(ui, ui.Wording("import.same_title"));
    std::string text = FillTemplate(ui.Wording("import.same_text"),
                                    {{"file", pending.fileName}, {"city", pending.existingCity},
                                     {"year", std::to_string(pending.existingYear)},
                                     {"date", pending.existingUpdatedAt.substr(0, 10)}});
    BodyText(ui, text.c_str());
    ImGui::Dummy(ImVec2(0, ui.Pixels(6)));
    if (PrimaryButton(ui, ui.Wording("import.keep_both"))) session.ResolveImport(ImportChoice::KeepBoth);
    SameLineIfFits(ui, ui.Wording("import.replace"));
    if (SecondaryButton(ui, ui.Wording("import.replace"))) session.ResolveImport(ImportChoice::Replace);
    SameLineIfFits(ui, ui.Wording("common.cancel"));
    if (SecondaryButton(ui, ui.Wording("common.cancel"))) session.ResolveImport(ImportChoice::Cancel);
    MutedText(ui, ui.Wording("import.replace_help"));
    if (!session.Pending()) {
        ImGui::CloseCurrentPopup();
        if (session.HasAssessment() && !session.ReplacementPending()) ui.state.screen = Screen::Questionnaire;
    }
    ImGui::EndPopup();
}

void DrawReplacementDecision(Ui& ui) {
    Session& session = ui.session;
    if (!BeginDecision(ui, "##replacement-decision", session.ReplacementPending())) return;
    Heading(ui, ui.Wording("unsaved.title"));
    BodyText(ui, ui.Wording("unsaved.text"));
    ImGui::Dummy(ImVec2(0, ui.Pixels(6)));
    const std::string before = session.HasAssessment() ? session.Current().id : "";
    bool decided = false;
    if (PrimaryButton(ui, ui.Wording("unsaved.export_then_continue"))) {
        session.ResolveReplacement(true, true);
        decided = true;
    }
    SameLineIfFits(ui, ui.Wording("unsaved.continue"));
    if (SecondaryButton(ui, ui.Wording("unsaved.continue"))) {
        session.ResolveReplacement(true, false);
        decided = true;
    }
    SameLineIfFits(ui, ui.Wording("common.cancel"));
    if (SecondaryButton(ui, ui.Wording("common.cancel"))) session.ResolveReplacement(false, false);
    if (!session.ReplacementPending()) {
        ImGui::CloseCurrentPopup();
        if (decided && session.HasAssessment() && session.Current().id != before && !session.Pending())
            ui.state.screen = Screen::Questionnaire;
    }
    ImGui::EndPopup();
}

void DrawStartScreen(Ui& ui) {
    Session& session = ui.session;
    Title(ui, ui.Wording("start.title"));
    MutedText(ui, ui.Wording("start.intro"));
    ImGui::Dummy(ImVec2(0, ui.Pixels(8)));

    ImGui::BeginDisabled(ui.state.readOnly);  // a results page shows its data once it arrives
    if (PrimaryButton(ui, ui.Wording("start.new"))) {
        session.NewAssessment();
        if (!session.ReplacementPending()) ui.state.screen = Screen::Profile;
    }
    SameLineIfFits(ui, ui.Wording("start.import"));
    if (SecondaryButton(ui, ui.Wording("start.import"))) PickFile(ui, UiState::FilePurpose::Import);
    MutedText(ui, ui.Wording("start.import_hint"));
    ImGui::EndDisabled();

    ImGui::Dummy(ImVec2(0, ui.Pixels(16)));
    Heading(ui, ui.Wording("start.saved_heading"));
    if (session.Storage() == StorageState::Unavailable)
        MutedText(ui, ui.Wording("start.storage_unavailable"));
    else if (ui.platform.OpenedFromLocalFile())
        StrongText(ui, ui.Wording("start.local_file_storage"));
    else if (session.Saved().empty())
        MutedText(ui, ui.Wording("start.nothing_saved"));
    for (const SavedSummary& saved : session.Saved()) DrawSavedAssessment(ui, saved);
    DrawBackups(ui);

    ImGui::Dummy(ImVec2(0, ui.Pixels(16)));
    Heading(ui, ui.Wording("start.about_heading"));
    MutedText(ui, ui.Wording("start.about"));
    // Once the index is read: the first frames of a first visit are drawn before (App::Frame).
    if (session.IndexRead()) {
        const std::string& disclaimer = ui.IndexText(session.Definition().disclaimer);
        if (!disclaimer.empty()) MutedText(ui, disclaimer.c_str());
    }
}

}  // namespace icc
