#include "app/app.h"

#include "app/ui.h"
#include "app/ui_kit.h"

#include "core/file_names.h"
#include "core/score_explanation.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>

namespace icc {

namespace {

// Below this width (CSS pixels) the sidebar becomes a menu.
constexpr float kNarrowWidth = 760;
constexpr float kSidebarWidth = 300;
constexpr float kColumnWidth = 860;

bool ShowsSidebar(Screen screen) {
    return screen == Screen::Profile || screen == Screen::Questionnaire || screen == Screen::Results || screen == Screen::Plan;
}

}  // namespace

App::App(Platform& platform) : platform_(platform), session_(platform, files_) {}

void App::Start() {
    std::optional<std::string> storage = platform_.UrlParameter("storage");
    std::optional<std::string> view = platform_.UrlParameter("view");
    // A published results page (?view=results&data=...) neither reads nor writes the browser's storage.
    ui_.readOnly = view && *view == "results";
    session_.Start(ui_.readOnly || (storage && *storage == "none"));
    if (session_.HasAssessment()) ui_.screen = Screen::Questionnaire;
}

void App::SetDisplay(float cssWidth, float pixelRatio) {
    cssWidth_ = cssWidth;
    pixelRatio_ = pixelRatio;
    ui_.edit.pixelRatio = pixelRatio;
}

bool App::FontsNeedRebuild() const {
    float wanted = pixelRatio_ * static_cast<float>(session_.CurrentSettings().textSizePercent) / 100.0f;
    return !fontsComplete_ || std::fabs(wanted - fontScale_) > 0.001f;
}

// The first atlas holds only the characters of the built-in texts, so that the first frame comes
// sooner (BENCHMARKS.md, "Start"); the next frame rebuilds it with every glyph, for what users type.
void App::RebuildFonts() {
    const bool first = fontScale_ == 0;
    fontScale_ = pixelRatio_ * static_cast<float>(session_.CurrentSettings().textSizePercent) / 100.0f;
    fonts_ = LoadFonts(fontScale_, first ? Glyphs::BuiltInTexts : Glyphs::All, session_.Language());
    fontsComplete_ = !first;
}

ThemeId App::EffectiveTheme() const {
    switch (session_.CurrentSettings().theme) {
    case ThemeChoice::Light: return ThemeId::Light;
    case ThemeChoice::Dark: return ThemeId::Dark;
    case ThemeChoice::HighContrast: return ThemeId::HighContrast;
    case ThemeChoice::System: break;
    }
    return session_.PrefersDark() ? ThemeId::Dark : ThemeId::Light;
}

// The style is rebuilt only when the theme or the scale changes, never per frame.
void App::ApplyStyle() {
    ThemeId theme = EffectiveTheme();
    if (palette_ && theme == styledTheme_ && styledScale_ == fontScale_) return;
    palette_ = &ApplyTheme(theme, fontScale_);
    styledTheme_ = theme;
    styledScale_ = fontScale_;
}

ImVec4 App::ClearColour() const {
    return ImGui::ColorConvertU32ToFloat4(palette_ ? palette_->pageBackground : IM_COL32(238, 241, 245, 255));
}

double App::SecondsUntilWake() const {
    return session_.SecondsUntilDue();
}

bool App::CanScrollUnderMouse(int direction) const {
    return direction < 0 ? scrollUpRoom_ > 0.5f : scrollDownRoom_ > 0.5f;
}

void App::TouchScroll(float x, float y, float deltaY) {
    ImGuiIO& io = ImGui::GetIO();
    io.AddMousePosEvent(x * pixelRatio_, y * pixelRatio_);
    // One wheel step scrolls ImGui by five lines of text: convert the finger's travel into steps.
    const float lineHeight = fontScale_ > 0 && fonts_.body ? fonts_.body->FontSize / pixelRatio_ : 17.0f;
    io.AddMouseWheelEvent(0, -deltaY / (5 * lineHeight));
}

void App::ReportFileProblem(const std::string& name, const std::string& problem) {
    // Codes of shell/icc-shell.js (reading a File) and shell/icc-embed.js (fetching a URL option).
    static const struct {
        const char* code;
        const char* textKey;
    } kProblems[] = {
        {"too-large", "notice.file_too_large"},   {"not-utf8", "notice.file_not_utf8"},
        {"nul", "notice.file_nul"},               {"invalid-url", "notice.url_invalid"},
        {"other-origin", "notice.url_other_origin"}, {"redirect", "notice.url_redirect"},
        {"not-found", "notice.url_not_found"},    {"http-error", "notice.url_http_error"},
        {"network", "notice.url_network"},
    };
    const char* textKey = "notice.file_unreadable";  // "unreadable", and any code this build does not know
    for (const auto& known : kProblems)
        if (problem == known.code) textKey = known.textKey;
    session_.ReportImportProblem(FileNameForNotice(name), textKey);
}

void App::OnFileOpened(const std::string& fullName, const std::string& content, const std::string& problem,
                       bool fromPicker) {
    const std::string name = FileNameForNotice(fullName);
    const UiState::FilePurpose purpose = fromPicker ? ui_.filePurpose : UiState::FilePurpose::Import;
    const bool earlier = purpose == UiState::FilePurpose::Earlier;
    if (problem.empty() && purpose == UiState::FilePurpose::Benchmarks) {
        session_.UseBenchmarks(name, content, true);
        return;
    }
    if (problem.empty() && earlier)
        session_.SetEarlierFromFile(name, content);
    else if (problem.empty())
        session_.Import(name, content);
    else
        ReportFileProblem(name, problem);
    if (session_.Review()) ui_.screen = Screen::Merge;
    else if (session_.HasAssessment() && !earlier && !session_.Pending() && !session_.ReplacementPending())
        ui_.screen = Screen::Questionnaire;
}

std::string NoticesText(const Session& session) {
    std::string text;
    for (const Notice& notice : session.Notices()) text += (text.empty() ? "" : "\n") + NoticeText(notice, session.Text());
    return text;
}

// What changed in the model since the last frame, told to assistive technology once, in the
// interface's language: a new notice, a storage problem, a save.
void App::AnnounceChanges() {
    const bool newNotice = session_.NoticeGeneration() != ui_.noticeGeneration;
    if (newNotice || session_.Language() != ui_.noticeLanguage) {
        ui_.noticeText = NoticesText(session_);
        ui_.noticeGeneration = session_.NoticeGeneration();
        ui_.noticeLanguage = session_.Language();
        if (newNotice && !session_.CurrentNotice().empty())
            platform_.Announce(NoticeText(session_.CurrentNotice(), session_.Text()));  // the newest, once
    }
    if (session_.StorageProblemCode() != announcedStorageProblem_) {
        announcedStorageProblem_ = session_.StorageProblemCode();
        if (!announcedStorageProblem_.empty()) platform_.Announce(session_.Text().Get(announcedStorageProblem_.c_str()));
    }
    if (session_.SaveCount() != announcedSaves_) {
        announcedSaves_ = session_.SaveCount();
        platform_.Announce(FillTemplate(session_.Text().Get("status.saved_at"), {{"time", session_.LastSavedClock()}}));
    }
}

void App::Frame() {
    // The built-in index is read in the third frame and its comparison figures in the fourth, if
    // nothing needed them sooner: the first frame of a first visit shows none of them and comes
    // that much sooner (Session::Start), and the second builds the complete font atlas; each long
    // step has a frame of its own.
    const unsigned frame = framesDrawn_++;
    if (frame >= 2) session_.Definition();
    if (frame >= 3) session_.Published();
    session_.Tick();
    AnnounceChanges();
    ApplyStyle();
    const float cssScale = fontScale_ > 0 ? fontScale_ : 1;
    const bool narrow = cssWidth_ * pixelRatio_ / cssScale < kNarrowWidth;
    semantics_.BeginFrame(pixelRatio_);
    ui_.textFieldsUsed = 0;
    Ui ui{session_, ui_, platform_, semantics_, fonts_, *palette_, cssScale, narrow};
    if (!session_.HasAssessment() && ShowsSidebar(ui_.screen)) ui_.screen = Screen::Start;
    // The merge review is a screen of its own while the Session holds one, and only then.
    if (session_.Review() && ui_.screen != Screen::Merge && ui_.screen != Screen::Settings) ui_.screen = Screen::Merge;
    if (!session_.Review() && ui_.screen == Screen::Merge)
        ui_.screen = session_.HasAssessment() ? Screen::Questionnaire : Screen::Start;
    const Screen screenAtStart = ui_.screen;

    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->Pos);
    ImGui::SetNextWindowSize(viewport->Size);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0, 0));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, palette_->pageBackground);
    ImGui::Begin("##root", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse);
    ImGui::PopStyleColor();
    ImGui::PopStyleVar(2);

    semantics_.SetRegion(Region::Banner);
    DrawTopBar(ui);
    semantics_.SetRegion(Region::Main);
    DrawNotice(ui);
    const float statusHeight = ImGui::GetFrameHeight() + ui.Pixels(12);
    const float bodyHeight = ImGui::GetContentRegionAvail().y - statusHeight;
    const bool sidebar = ShowsSidebar(ui_.screen) && session_.HasAssessment();
    if (sidebar && (!narrow || ui_.sidebarOpen)) {
        ImGui::PushStyleColor(ImGuiCol_ChildBg, palette_->sidebarBackground);
        ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(ui.Pixels(16), ui.Pixels(20)));
        ImGui::BeginChild("##sidebar", ImVec2(narrow ? 0 : ui.Pixels(kSidebarWidth), bodyHeight),
                          ImGuiChildFlags_AlwaysUseWindowPadding, ImGuiWindowFlags_NavFlattened);
        ImGui::PopStyleVar();
        semantics_.SetRegion(Region::Navigation);
        DrawSidebar(ui);
        semantics_.SetRegion(Region::Main);
        ImGui::EndChild();
        ImGui::PopStyleColor();
        if (!narrow) ImGui::SameLine();
    }
    if (!(sidebar && narrow && ui_.sidebarOpen)) {
        ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImGui::GetStyle().ItemSpacing);
        ImGui::PushStyleColor(ImGuiCol_ChildBg, palette_->pageBackground);
        BeginColumn(ui, "##content", kColumnWidth, ImVec2(ImGui::GetContentRegionAvail().x, bodyHeight));
        if (ui_.scrollToTop) {
            ImGui::SetScrollY(0);
            ui_.scrollToTop = false;
        }
        switch (ui_.screen) {
        case Screen::Start: DrawStartScreen(ui); break;
        case Screen::Profile: DrawProfileScreen(ui); break;
        case Screen::Questionnaire: DrawQuestionnaireScreen(ui); break;
        case Screen::Results: DrawResultsScreen(ui); break;
        case Screen::Plan: DrawPlanScreen(ui); break;
        case Screen::Settings: DrawSettingsScreen(ui); break;
        case Screen::Merge: DrawMergeScreen(ui); break;
        }
        EndColumn();
        ImGui::PopStyleColor();
        ImGui::PopStyleVar();
    }
    semantics_.SetRegion(Region::Status);
    DrawStatusBar(ui);
    semantics_.SetRegion(Region::Main);
    DrawImportDecision(ui);
    DrawReplacementDecision(ui);
    ImGui::End();
    semantics_.EndFrame();
    ReachPendingItem();  // the mirror's press or focus of an item this frame brought into view
    EndFrameEditing();

    if (ui_.screen != screenAtStart) ui_.scrollToTop = true;
    // A changed screen or a pending scroll needs one more frame to settle its layout.
    // Input ImGui has not taken yet (it takes one press and release of a key per frame) needs more.
    wantsAnotherFrame_ = !fontsComplete_ || ui_.screen != screenAtStart || ui_.scrollToQuestion >= 0 ||
                         ui_.scrollToTop || GImGui->InputEventsQueue.Size > 0 || pendingReach_.has_value();

    // How far the hovered region can still scroll, for the wheel hand-off to the host page.
    scrollUpRoom_ = scrollDownRoom_ = 0;
    for (ImGuiWindow* window = GImGui->HoveredWindow; window; window = window->ParentWindow) {
        if (window->ScrollMax.y > 0) {
            scrollUpRoom_ = window->Scroll.y;
            scrollDownRoom_ = window->ScrollMax.y - window->Scroll.y;
            break;
        }
    }
}

}  // namespace icc
