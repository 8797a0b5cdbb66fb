// The frame around every screen: the top bar, the sidebar of areas, and the status line.
#include "app/ui.h"
#include "app/ui_kit.h"

#include "core/contributors.h"
#include "core/interface_languages.h"
#include "core/score_explanation.h"

#include <imgui.h>

#include <algorithm>

namespace icc {

namespace {


// `compact` shows the language code instead of its name, for narrow screens.
void DrawLanguageMenu(Ui& ui, float width, bool compact) {
    const char* current = compact ? ui.Wording("language.code") : ui.Wording("language.current");
    // The choice is applied once the menu is drawn: switching replaces the catalog that `current`
    // points into (a switch inside the menu left the button's description pointing at freed text).
    const char* chosen = nullptr;
    ImGui::SetNextItemWidth(width);
    if (ImGui::BeginCombo("##language", current, compact ? ImGuiComboFlags_NoArrowButton : ImGuiComboFlags_None)) {
        for (const char* code : kInterfaceLanguages) {  // each named by its catalog's "language.<code>"
            const std::string nameKey = std::string("language.") + code;
            const bool selected = ui.session.Language() == code;
            if (ImGui::Selectable(ui.Wording(nameKey.c_str()), selected)) chosen = code;
            Describe(ui, Role::Radio, ui.Wording(nameKey.c_str()), selected);
            if (selected) ImGui::SetItemDefaultFocus();
        }
        ImGui::EndCombo();
    }
    Describe(ui, Role::Button, ui.Wording("topbar.language"), false, current);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", ui.Wording("topbar.language"));
    if (chosen) ui.session.SetLanguage(chosen);
}

// A button that is drawn as selected while its screen is shown.
bool NavButton(const Ui& ui, const char* label, bool current, float padding) {
    if (current) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetColorU32(ImGuiCol_HeaderActive));
    bool pressed = SecondaryButton(ui, label, ImVec2(0, 0), padding);
    if (current) ImGui::PopStyleColor();
    return pressed;
}

}  // namespace

void DrawTopBar(Ui& ui) {
    ImGuiStyle& style = ImGui::GetStyle();
    const float height = ImGui::GetFrameHeight() + ui.Pixels(20) + ui.Pixels(10) * 2;
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ui.palette.card);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(ui.Pixels(ui.narrow ? 12 : 24), ui.Pixels(10)));
    // A narrow screen (a phone, 360 CSS pixels) fits the bar with shorter labels, closer buttons,
    // the language as its code without an arrow, and what padding the labels leave.
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ui.narrow ? ImVec2(ui.Pixels(6), style.ItemSpacing.y) : style.ItemSpacing);
    ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, 0);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(ui.Pixels(16), ui.Pixels(10)));
    ImGui::BeginChild("##topbar", ImVec2(0, height), ImGuiChildFlags_AlwaysUseWindowPadding,
                      ImGuiWindowFlags_NavFlattened | ImGuiWindowFlags_NoScrollbar);
    Session& session = ui.session;
    const bool hasAssessment = session.HasAssessment();
    const Screen screen = ui.state.screen;

    // Measure the right-aligned navigation first: the title shows only where it fits beside it.
    const char* home = ui.Wording(ui.narrow ? "topbar.home_short" : "topbar.home");
    const char* questions = ui.Wording("topbar.questionnaire");
    const char* results = ui.Wording("topbar.results");
    const char* settings = ui.Wording(ui.narrow ? "topbar.settings_short" : "topbar.settings");
    const bool areasButton = ui.narrow && hasAssessment && screen != Screen::Start && screen != Screen::Settings;
    const char* areas = ui.state.sidebarOpen ? ui.Wording("topbar.close_areas") : ui.Wording("topbar.areas");
    const float spacing = style.ItemSpacing.x;
    const float languageWidth = ui.Pixels(ui.narrow ? 56 : 130);
    float navLabels = ImGui::CalcTextSize(home).x + ImGui::CalcTextSize(settings).x;
    float navButtons = 2;
    if (hasAssessment && !ui.narrow) {
        navLabels += ImGui::CalcTextSize(questions).x + ImGui::CalcTextSize(results).x;
        navButtons += 2;
    }
    const float areasLabel = areasButton ? ImGui::CalcTextSize(areas).x : 0;
    const float buttons = navButtons + (areasButton ? 1 : 0);
    const float room = ImGui::GetWindowWidth() - style.WindowPadding.x * 2 - languageWidth - spacing * buttons;
    const float padding = std::clamp((room - navLabels - areasLabel) / (2 * buttons) / ui.scale, 6.0f, 16.0f);
    const float navWidth = navLabels + navButtons * (ui.Pixels(padding) * 2 + spacing) + languageWidth;
    const float navStart = ImGui::GetWindowWidth() - style.WindowPadding.x - navWidth;

    const float rowHeight = ImGui::GetContentRegionAvail().y;
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + (rowHeight - ImGui::GetFrameHeight()) * 0.5f);
    const float rowY = ImGui::GetCursorPosY();
    if (areasButton) {
        if (NavButton(ui, areas, ui.state.sidebarOpen, padding))
            ui.state.sidebarOpen = !ui.state.sidebarOpen;
        ImGui::SameLine();
    }
    const char* title = ui.narrow ? ui.Wording("app.short_name") : ui.Wording("app.name");
    ImGui::PushFont(ui.fonts.heading);
    const bool titleFits = ImGui::GetCursorPosX() + ImGui::CalcTextSize(title).x + spacing < navStart;
    if (titleFits) {
        ImGui::AlignTextToFramePadding();
        ImGui::PushStyleColor(ImGuiCol_Text, ui.palette.accent);
        ImGui::TextUnformatted(title);
        ImGui::PopStyleColor();
    }
    ImGui::PopFont();
    if (titleFits && hasAssessment && !ui.narrow && !session.Current().city.name.empty()) {
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        ImGui::PushStyleColor(ImGuiCol_Text, ui.palette.mutedText);
        const CityProfile& city = session.Current().city;
        if (city.year > 0) ImGui::Text("— %s %d", city.name.c_str(), city.year);
        else ImGui::Text("— %s", city.name.c_str());
        ImGui::PopStyleColor();
    }
    ImGui::SameLine(std::max(ImGui::GetCursorPosX() + spacing, navStart));
    ImGui::SetCursorPosY(rowY);
    ImGui::BeginDisabled(ui.state.readOnly);  // a results page has no other assessments to go to
    if (NavButton(ui, home, screen == Screen::Start, padding)) ui.state.screen = Screen::Start;
    ImGui::EndDisabled();
    if (hasAssessment && !ui.narrow) {
        ImGui::SameLine();
        if (NavButton(ui, questions, screen == Screen::Questionnaire || screen == Screen::Profile, padding))
            ui.state.screen = Screen::Questionnaire;
        ImGui::SameLine();
        if (NavButton(ui, results, screen == Screen::Results, padding)) ui.state.screen = Screen::Results;
    }
    ImGui::SameLine();
    if (NavButton(ui, settings, screen == Screen::Settings, padding)) {
        if (screen != Screen::Settings) ui.state.screenBeforeSettings = screen;
        ui.state.screen = screen == Screen::Settings ? ui.state.screenBeforeSettings : Screen::Settings;
    }
    ImGui::SameLine();
    DrawLanguageMenu(ui, languageWidth, ui.narrow);
    ImGui::EndChild();
    ImGui::PopStyleVar(4);
    ImGui::PopStyleColor();
    // The bar's lower edge.
    ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    ImGui::GetWindowDrawList()->AddLine(ImVec2(min.x, max.y - 1), ImVec2(max.x, max.y - 1), ui.palette.cardBorder);
}

void DrawNotice(Ui& ui) {
    Session& session = ui.session;
    if (session.CurrentNotice().empty()) return;
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ui.palette.warning);
    ImGui::PushStyleColor(ImGuiCol_Text, ui.palette.onWarning);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(ui.Pixels(ui.narrow ? 12 : 24), ui.Pixels(10)));
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImGui::GetStyle().ItemSpacing);
    ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, 0);
    ImGui::BeginChild("##notice", ImVec2(0, 0), ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding,
                      ImGuiWindowFlags_NavFlattened | ImGuiWindowFlags_NoScrollbar);
    ImGui::PushTextWrapPos(ImGui::GetContentRegionAvail().x - ImGui::CalcTextSize(ui.Wording("common.dismiss")).x -
                           ImGui::GetStyle().FramePadding.x * 2 - ImGui::GetStyle().ItemSpacing.x);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(ui.state.noticeText.c_str());
    ImGui::PopTextWrapPos();
    ui.semantics.AddText(Role::Status, ui.state.noticeText.c_str());
    ImGui::SameLine(ImGui::GetContentRegionAvail().x + ImGui::GetStyle().WindowPadding.x -
                    ImGui::CalcTextSize(ui.Wording("common.dismiss")).x - ImGui::GetStyle().FramePadding.x * 2);
    if (SecondaryButton(ui, ui.Wording("common.dismiss"))) session.DismissNotice();
    ImGui::EndChild();
    ImGui::PopStyleVar(3);
    ImGui::PopStyleColor(2);
}

void DrawSidebar(Ui& ui) {
    Session& session = ui.session;
    const IndexDefinition& definition = session.Definition();
    const AssessmentScores& scores = session.Scores();
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImGui::GetStyle().ItemSpacing);

    ImGui::PushFont(ui.fonts.bold);
    ImGui::TextUnformatted(ui.Wording("sidebar.progress"));
    ImGui::PopFont();
    std::string progress = FillTemplate(ui.Wording("sidebar.answered_of"), {{"answered", std::to_string(scores.answered)},
                                                                       {"total", std::to_string(scores.total)}});
    float fraction = scores.total ? static_cast<float>(scores.answered) / static_cast<float>(scores.total) : 0.0f;
    Progress(ui, fraction, progress.c_str(), ImGui::GetContentRegionAvail().x * 0.45f);
    // How far each contributor is with the areas they are responsible for.
    for (const ContributorProgress& share : ProgressByContributor(session.Current(), definition, scores)) {
        if (share.name.empty() || share.areas.empty()) continue;
        MutedText(ui, FillTemplate(ui.Wording("sidebar.contributor_progress"),
                                   {{"name", share.name}, {"answered", std::to_string(share.answered)},
                                    {"total", std::to_string(share.total)}}).c_str());
    }
    ImGui::Dummy(ImVec2(0, ui.Pixels(6)));

    // City profile first, then every area.
    bool onProfile = ui.state.screen == Screen::Profile;
    if (ImGui::Selectable(ui.Wording("sidebar.city_profile"), onProfile, 0, ImVec2(0, ImGui::GetFrameHeight()))) {
        ui.state.screen = Screen::Profile;
        ui.state.sidebarOpen = false;
    }
    Describe(ui, Role::Link, ui.Wording("sidebar.city_profile"), onProfile);
    ImGui::Separator();

    const std::string* lastGroup = nullptr;
    for (size_t i = 0; i < definition.areas.size(); ++i) {
        const Area& area = definition.areas[i];
        const AreaScore& score = scores.areas[i];
        if (!area.group.empty() && (!lastGroup || *lastGroup != area.group)) {
            for (const AreaGroup& group : definition.groups)
                if (group.id == area.group) {
                    ImGui::Dummy(ImVec2(0, ui.Pixels(2)));
                    MutedText(ui, ui.IndexText(group.title).c_str());
                }
        }
        lastGroup = &area.group;
        bool current = ui.state.screen == Screen::Questionnaire && session.CurrentPosition().area == static_cast<int>(i);
        // A percent appears once something is answered; before that, 0% would only alarm.
        std::string status = std::to_string(score.answered) + "/" + std::to_string(score.total);
        if (score.ShownPercent()) status += " · " + FormatPercent(*score.ShownPercent());
        if (const int toReview = session.ToReviewIn(static_cast<int>(i)))
            status += " · " + FillTemplate(ui.Wording("sidebar.to_review"), {{"count", std::to_string(toReview)}});

        const auto assigned = session.Current().responsible.find(area.id);
        const std::string* responsible = assigned == session.Current().responsible.end() ? nullptr : &assigned->second;
        const std::string description = responsible ? status + " · " + *responsible : status;

        ImGui::PushID(static_cast<int>(i));
        const float lineHeight = ImGui::GetTextLineHeight();
        const float rowHeight = lineHeight * (responsible ? 3 : 2) + ui.Pixels(responsible ? 14 : 12);
        ImVec2 start = ImGui::GetCursorScreenPos();
        float width = ImGui::GetContentRegionAvail().x;
        if (ImGui::Selectable("##area", current, 0, ImVec2(width, rowHeight))) {
            session.SetPosition({static_cast<int>(i), 0});
            ui.state.screen = Screen::Questionnaire;
            ui.state.sidebarOpen = false;
            ui.state.scrollToTop = true;
        }
        Describe(ui, Role::Link, ui.IndexText(area.title).c_str(), current, description.c_str());
        ImDrawList* draw = ImGui::GetWindowDrawList();
        float indent = area.group.empty() ? ui.Pixels(6) : ui.Pixels(18);
        ImVec2 titlePos(start.x + indent, start.y + ui.Pixels(4));
        draw->PushClipRect(start, ImVec2(start.x + width - ui.Pixels(4), start.y + rowHeight), true);
        draw->AddText(current ? ui.fonts.bold : ui.fonts.body, ImGui::GetFontSize(), titlePos,
                      ImGui::GetColorU32(ImGuiCol_Text), ui.IndexText(area.title).c_str());
        draw->PopClipRect();
        ImVec2 statusPos(titlePos.x, titlePos.y + lineHeight + ui.Pixels(2));
        ImU32 statusColour = score.complete ? ui.palette.success : ui.palette.mutedText;
        draw->AddText(statusPos, statusColour, status.c_str());
        // A thin bar beside the status shows how much of the area is answered.
        float barX = statusPos.x + ImGui::CalcTextSize(status.c_str()).x + ui.Pixels(10);
        float barEnd = start.x + width - ui.Pixels(8);
        float barY = statusPos.y + lineHeight * 0.5f - ui.Pixels(2);
        if (barEnd - barX > ui.Pixels(20)) {
            draw->AddRectFilled(ImVec2(barX, barY), ImVec2(barEnd, barY + ui.Pixels(4)),
                                ImGui::GetColorU32(ImGuiCol_FrameBgActive), ui.Pixels(2));
            if (score.total > 0 && score.answered > 0)
                draw->AddRectFilled(ImVec2(barX, barY),
                                    ImVec2(barX + (barEnd - barX) * static_cast<float>(score.answered) / static_cast<float>(score.total), barY + ui.Pixels(4)),
                                    score.complete ? ui.palette.success : ui.palette.accent, ui.Pixels(2));
        }
        if (responsible) {
            draw->PushClipRect(start, ImVec2(start.x + width - ui.Pixels(4), start.y + rowHeight), true);
            draw->AddText(ImVec2(titlePos.x, statusPos.y + lineHeight + ui.Pixels(2)), ui.palette.mutedText, responsible->c_str());
            draw->PopClipRect();
        }
        if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayNormal))
            ImGui::SetTooltip("%s", ui.IndexText(area.title).c_str());
        ImGui::PopID();
    }
    ImGui::Dummy(ImVec2(0, ui.Pixels(8)));
    ImGui::PopStyleVar();
}

void DrawStatusBar(Ui& ui) {
    Session& session = ui.session;
    const float height = ImGui::GetFrameHeight() + ui.Pixels(12);
    // A read-only results page stores nothing on purpose: that is no problem to warn about.
    const bool problem = session.Storage() != StorageState::Working && !ui.state.readOnly;
    ImGui::PushStyleColor(ImGuiCol_ChildBg, problem ? ui.palette.warning : ui.palette.card);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(ui.Pixels(ui.narrow ? 12 : 24), ui.Pixels(6)));
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImGui::GetStyle().ItemSpacing);
    ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, 0);
    ImGui::BeginChild("##status", ImVec2(0, height), ImGuiChildFlags_AlwaysUseWindowPadding,
                      ImGuiWindowFlags_NavFlattened | ImGuiWindowFlags_NoScrollbar);
    ImGui::AlignTextToFramePadding();
    if (problem) {
        ImGui::PushStyleColor(ImGuiCol_Text, ui.palette.onWarning);
        ImGui::PushFont(ui.fonts.bold);
        ImGui::TextUnformatted(ui.Wording(session.StorageProblemCode().c_str()));
        ui.semantics.AddText(Role::Status, ui.Wording(session.StorageProblemCode().c_str()));
        ImGui::PopFont();
        ImGui::PopStyleColor();
        if (session.HasAssessment()) {
            ImGui::SameLine();  // the status bar is one line high: the button never wraps below it
            if (SecondaryButton(ui, ui.Wording("status.export_now"))) session.ExportJson();
        }
    } else if (!session.FetchingLanguage().empty()) {
        // "Loading Polski (Polish)…": a language the program does not ship is on its way.
        const std::string loading = FillTemplate(ui.Wording("language.loading"),
                                                 {{"language", ui.Wording(("language." + session.FetchingLanguage()).c_str())}});
        MutedText(ui, loading.c_str());
    } else if (session.HasAssessment() && !ui.state.readOnly) {
        if (session.SavePending()) {
            MutedText(ui, ui.Wording("status.saving"));
        } else if (!session.LastSavedClock().empty()) {
            std::string saved = FillTemplate(ui.Wording("status.saved_at"), {{"time", session.LastSavedClock()}});
            ImGui::PushStyleColor(ImGuiCol_Text, ui.palette.mutedText);
            ImGui::TextUnformatted(saved.c_str());
            ui.semantics.AddText(Role::Status, saved.c_str());
            ImGui::PopStyleColor();
        } else {
            MutedText(ui, ui.Wording("status.saved_in_browser"));
        }
    } else {
        MutedText(ui, ui.Wording("status.private"));
    }
    if (!ui.narrow) {
        const char* persistence = session.PersistenceGranted() == 1 ? ui.Wording("status.persistent_yes")
                                  : session.PersistenceGranted() == 0 ? ui.Wording("status.persistent_no")
                                                                       : "";
        if (*persistence) {
            float width = ImGui::CalcTextSize(persistence).x;
            ImGui::SameLine(ImGui::GetWindowWidth() - ImGui::GetStyle().WindowPadding.x - width);
            ImGui::AlignTextToFramePadding();
            ImGui::PushStyleColor(ImGuiCol_Text, problem ? ui.palette.onWarning : ui.palette.mutedText);
            ImGui::TextUnformatted(persistence);
            ImGui::PopStyleColor();
        }
    }
    ImGui::EndChild();
    ImGui::PopStyleVar(3);
    ImGui::PopStyleColor();
}

}  // namespace icc
