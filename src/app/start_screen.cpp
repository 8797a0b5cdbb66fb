// The start screen: what is saved in this browser, and the ways in (new, continue, import).
#include "app/ui.h"
#include "app/ui_kit.h"

#include "core/score_explanation.h"

#include <imgui.h>

#include <algorithm>

namespace icc {

namespace {

void DrawSavedAssessment(Ui& ui, const SavedSummary& saved) {
    Session& session = ui.session;
    ImGui::PushID(saved.id.c_str());
    BeginCard(ui, "##saved");
    ImGui::PushFont(ui.fonts.heading);
    std::string title = saved.city.empty() ? ui.T("start.unnamed_city") : saved.city;
    if (saved.year > 0) title += " " + std::to_string(saved.year);
    ImGui::TextUnformatted(title.c_str());
    ImGui::PopFont();
    if (!saved.problem.empty()) {
        MutedText(ui, FillTemplate(ui.T("start.cannot_open"), {{"problem", saved.problem}}).c_str());
    } else {
        std::string details = FillTemplate(ui.T("start.saved_details"),
                                           {{"percent", FormatPercent(saved.completenessPercent)},
                                            {"date", saved.updatedAt.substr(0, 10)},
                                            {"time", saved.updatedAt.size() >= 16 ? saved.updatedAt.substr(11, 5) : ""}});
        MutedText(ui, details.c_str());
    }
    ImGui::Dummy(ImVec2(0, ui.Px(4)));
    if (ui.state.confirmDeleteId == saved.id) {
        StrongText(ui, ui.T("start.confirm_delete"));
        if (PrimaryButton(ui, ui.T("start.delete_confirmed"))) {
            session.Delete(saved.id);
            ui.state.confirmDeleteId.clear();
        }
        ImGui::SameLine();
        if (SecondaryButton(ui, ui.T("common.cancel"))) ui.state.confirmDeleteId.clear();
    } else {
        if (saved.problem.empty()) {
            if (PrimaryButton(ui, ui.T("start.continue")) && session.Open(saved.id))
                ui.state.screen = Screen::Questionnaire;
            ImGui::SameLine();
        }
        if (SecondaryButton(ui, ui.T("start.delete"))) ui.state.confirmDeleteId = saved.id;
    }
    EndCard();
    ImGui::PopID();
}

void DrawBackups(Ui& ui) {
    Session& session = ui.session;
    if (session.Backups().empty()) return;
    ImGui::Dummy(ImVec2(0, ui.Px(16)));
    Heading(ui, ui.T("start.backups_heading"));
    MutedText(ui, ui.T("start.backups_help"));
    for (const BackupSummary& backup : session.Backups()) {
        ImGui::PushID(backup.key.c_str());
        std::string city = backup.city.empty() ? ui.T("start.unnamed_city") : backup.city;
        if (backup.year > 0) city += " " + std::to_string(backup.year);
        std::string line = FillTemplate(ui.T(backup.reason == "unreadable" ? "start.backup_unreadable" : "start.backup_replaced"),
                                        {{"city", city}, {"date", backup.keptAt.substr(0, 10)},
                                         {"time", backup.keptAt.size() >= 16 ? backup.keptAt.substr(11, 5) : ""}});
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(line.c_str());
        ui.semantics.AddText(Role::Text, line.c_str());
        if (backup.reason != "unreadable") {
            ImGui::SameLine();
            if (SecondaryButton(ui, ui.T("start.restore"))) session.RestoreBackup(backup.key);
        }
        ImGui::SameLine();
        if (SecondaryButton(ui, ui.T("start.delete_backup"))) session.DeleteBackup(backup.key);
        ImGui::PopID();
    }
}

}  // namespace

void DrawImportDecision(Ui& ui) {
    Session& session = ui.session;
    const char* id = "##import-decision";
    if (session.Pending() && !ImGui::IsPopupOpen(id)) ImGui::OpenPopup(id);
    ImGui::SetNextWindowSize(ImVec2(std::min(ImGui::GetMainViewport()->Size.x - ui.Px(32), ui.Px(560)), 0));
    ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(ui.Px(28), ui.Px(24)));
    if (ImGui::BeginPopupModal(id, nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_AlwaysAutoResize)) {
        if (!session.Pending()) {
            ImGui::CloseCurrentPopup();
        } else {
            const PendingImport& pending = *session.Pending();
            Heading(ui, ui.T("import.same_title"));
            std::string text = FillTemplate(ui.T("import.same_text"),
                                            {{"file", pending.fileName}, {"city", pending.existingCity},
                                             {"year", std::to_string(pending.existingYear)},
                                             {"date", pending.existingUpdatedAt.substr(0, 10)}});
            ImGui::PushTextWrapPos(0);
            ImGui::TextUnformatted(text.c_str());
            ImGui::PopTextWrapPos();
            ui.semantics.AddText(Role::Text, text.c_str());
            ImGui::Dummy(ImVec2(0, ui.Px(6)));
            if (PrimaryButton(ui, ui.T("import.keep_both"))) session.ResolveImport(ImportChoice::KeepBoth);
            ImGui::SameLine();
            if (SecondaryButton(ui, ui.T("import.replace"))) session.ResolveImport(ImportChoice::Replace);
            ImGui::SameLine();
            if (SecondaryButton(ui, ui.T("common.cancel"))) session.ResolveImport(ImportChoice::Cancel);
            MutedText(ui, ui.T("import.replace_help"));
            if (!session.Pending()) {
                ImGui::CloseCurrentPopup();
                if (session.HasAssessment()) ui.state.screen = Screen::Questionnaire;
            }
        }
        ImGui::EndPopup();
    }
    ImGui::PopStyleVar();
}

void DrawStartScreen(Ui& ui) {
    Session& session = ui.session;
    Title(ui, ui.T("start.title"));
    MutedText(ui, ui.T("start.intro"));
    ImGui::Dummy(ImVec2(0, ui.Px(8)));

    ImGui::BeginDisabled(ui.state.readOnly);  // a results page shows its data once it arrives
    if (PrimaryButton(ui, ui.T("start.new"))) {
        session.NewAssessment();
        ui.state.screen = Screen::Profile;
    }
    ImGui::SameLine();
    if (SecondaryButton(ui, ui.T("start.import"))) PickFile(ui, UiState::FilePurpose::Import);
    MutedText(ui, ui.T("start.import_hint"));
    ImGui::EndDisabled();

    if (!session.Notice().empty()) {
        ImGui::Dummy(ImVec2(0, ui.Px(6)));
        ImGui::PushStyleColor(ImGuiCol_ChildBg, ui.palette.warning);
        ImGui::PushStyleColor(ImGuiCol_Text, ui.palette.onWarning);
        ImGui::BeginChild("##notice", ImVec2(0, 0), ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding,
                          ImGuiWindowFlags_NavFlattened);
        ImGui::TextWrapped("%s", session.Notice().c_str());
        ui.semantics.AddText(Role::Status, session.Notice().c_str());
        if (SecondaryButton(ui, ui.T("common.dismiss"))) session.DismissNotice();
        ImGui::EndChild();
        ImGui::PopStyleColor(2);
    }

    ImGui::Dummy(ImVec2(0, ui.Px(16)));
    Heading(ui, ui.T("start.saved_heading"));
    if (session.Storage() == StorageState::Unavailable)
        MutedText(ui, ui.T("start.storage_unavailable"));
    else if (ui.platform.OpenedFromLocalFile())
        StrongText(ui, ui.T("start.local_file_storage"));
    else if (session.Saved().empty())
        MutedText(ui, ui.T("start.nothing_saved"));
    for (const SavedSummary& saved : session.Saved()) DrawSavedAssessment(ui, saved);
    DrawBackups(ui);

    ImGui::Dummy(ImVec2(0, ui.Px(16)));
    Heading(ui, ui.T("start.about_heading"));
    MutedText(ui, ui.T("start.about"));
    const std::string& disclaimer = ui.L(session.Definition().disclaimer);
    if (!disclaimer.empty()) MutedText(ui, disclaimer.c_str());
}

}  // namespace icc
