// Settings: language, theme, text size, keyboard shortcuts, and deleting everything stored here.
#include "app/ui.h"
#include "app/text_field.h"
#include "app/ui_kit.h"

#include "core/interface_languages.h"
#include "core/score_explanation.h"

#include <imgui.h>

#include <algorithm>

namespace icc {

namespace {

struct ThemeOption {
    ThemeChoice theme;
    const char* key;
};
const ThemeOption kThemes[] = {{ThemeChoice::System, "settings.theme_system"},
                               {ThemeChoice::Light, "settings.theme_light"},
                               {ThemeChoice::Dark, "settings.theme_dark"},
                               {ThemeChoice::HighContrast, "settings.theme_high_contrast"}};
const int kTextSizes[] = {100, 125, 150, 175, 200};
const char* const kShortcutKeys[] = {"settings.shortcut_tab", "settings.shortcut_space", "settings.shortcut_arrows",
                                     "settings.shortcut_next_unanswered", "settings.shortcut_areas",
                                     "settings.shortcut_leave"};

// Which comparison figures the results use, and the user's own in their place.
void DrawBenchmarksCard(Ui& ui) {
    Session& session = ui.session;
    BeginCard(ui, "##benchmarks");
    Heading(ui, ui.Wording("settings.benchmarks"));
    if (const BenchmarkSet* benchmarks = session.Benchmarks()) {
        BodyText(ui, FillTemplate(ui.Wording("settings.benchmarks_current"),
                                  {{"title", benchmarks->title.Get(session.Language())}}).c_str());
        MutedText(ui, ui.Wording(session.UsesOwnBenchmarks() ? "settings.benchmarks_own" : "settings.benchmarks_builtin_note"));
    } else {
        BodyText(ui, ui.Wording("settings.benchmarks_none"));
    }
    MutedText(ui, ui.Wording("settings.benchmarks_help"));
    if (SecondaryButton(ui, ui.Wording("settings.benchmarks_import"))) PickFile(ui, UiState::FilePurpose::Benchmarks);
    if (session.UsesOwnBenchmarks()) {
        SameLineIfFits(ui, ui.Wording("settings.benchmarks_builtin"));
        if (SecondaryButton(ui, ui.Wording("settings.benchmarks_builtin"))) session.UseBuiltInBenchmarks();
    }
    EndCard();
}

// "Who am I": the name every change made in this browser records (kept here only).
void DrawUserCard(Ui& ui) {
    Session& session = ui.session;
    if (!ui.state.userNameLoaded) {
        ui.state.userNameDraft = session.CurrentSettings().userName;
        ui.state.userNameLoaded = true;
    }
    BeginCard(ui, "##user");
    Heading(ui, ui.Wording("settings.user"));
    MutedText(ui, ui.Wording("settings.user_help"));
    const float width = std::min(ImGui::GetContentRegionAvail().x, ui.Pixels(420));
    if (TextField(ui, "##user-name", ui.Wording("settings.user"), "user.name", TextKind::Line, ui.state.userNameDraft, width))
        ui.state.userNameProblem = session.SetUserName(ui.state.userNameDraft);
    FieldProblem(ui, ui.state.userNameProblem);
    EndCard();
}

}  // namespace

void DrawSettingsScreen(Ui& ui) {
    Session& session = ui.session;
    Title(ui, ui.Wording("settings.title"));
    if (!ui.state.readOnly) DrawUserCard(ui);

    BeginCard(ui, "##language");
    Heading(ui, ui.Wording("settings.language"));
    for (const char* code : kInterfaceLanguages) {  // each named by its catalog's "language.<code>"
        const std::string nameKey = std::string("language.") + code;
        if (AnswerRow(ui, ui.Wording(nameKey.c_str()), session.Language() == code, false)) session.SetLanguage(code);
    }
    EndCard();

    BeginCard(ui, "##theme");
    Heading(ui, ui.Wording("settings.theme"));
    for (const ThemeOption& option : kThemes)
        if (AnswerRow(ui, ui.Wording(option.key), session.CurrentSettings().theme == option.theme, false))
            session.SetTheme(option.theme);
    EndCard();

    BeginCard(ui, "##textsize");
    Heading(ui, ui.Wording("settings.text_size"));
    for (int size : kTextSizes) {
        ImGui::PushID(size);
        std::string label = std::to_string(size) + "%";
        if (AnswerRow(ui, label.c_str(), session.CurrentSettings().textSizePercent == size, false))
            session.SetTextSize(size);
        ImGui::PopID();
    }
    EndCard();

    BeginCard(ui, "##keyboard");
    Heading(ui, ui.Wording("settings.keyboard"));
    for (const char* key : kShortcutKeys) ImGui::BulletText("%s", ui.Wording(key));
    EndCard();

    DrawBenchmarksCard(ui);

    BeginCard(ui, "##data");
    Heading(ui, ui.Wording("settings.data"));
    MutedText(ui, ui.Wording("settings.data_help"));
    if (ui.platform.OpenedFromLocalFile()) StrongText(ui, ui.Wording("settings.local_file_storage"));
    if (ui.state.confirmDeleteAll) {
        const Confirmation choice =
            ConfirmDeletion(ui, ui.Wording("settings.delete_all_confirm"), ui.Wording("settings.delete_all_confirmed"));
        if (choice == Confirmation::Confirmed) {
            session.DeleteAllData();
            ui.state.screen = Screen::Start;
        }
        if (choice != Confirmation::Waiting) ui.state.confirmDeleteAll = false;
    } else if (SecondaryButton(ui, ui.Wording("settings.delete_all"))) {
        ui.state.confirmDeleteAll = true;
    }
    EndCard();
}

}  // namespace icc
