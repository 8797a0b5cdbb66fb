// The real screens, drawn by ImGui without a GPU and used with injected mouse and keyboard input.
#include "language_file.h"
#include "ui_harness.h"
#include "support/answers.h"

#include <imgui_internal.h>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace icc {
namespace {

TEST(Ui, StartScreenOffersTheWaysIn) {
    UiHarness ui;
    EXPECT_EQ(ui.app.GetUiState().screen, Screen::Start);
    EXPECT_TRUE(ui.Sees("Start a new assessment"));
    EXPECT_TRUE(ui.Sees("Import a JSON file"));
    ui.Click("Import a JSON file");
    EXPECT_EQ(ui.platform.filePickerRequests, 1);
}

TEST(Ui, TheBuiltInIndexIsReadRightAfterTheFirstFrameOfAFirstVisit) {
    UiHarness ui;  // a first visit: nothing saved, so the first frame needs none of the index
    EXPECT_TRUE(ui.app.GetSession().IndexRead()) << "the app reads the index in its third frame, unasked";
    EXPECT_FALSE(ui.app.GetSession().FiguresRead()) << "and the comparison figures in the fourth";
    ui.Frame();
    EXPECT_TRUE(ui.app.GetSession().FiguresRead());
    EXPECT_FALSE(ui.app.GetSession().Definition().disclaimer.Empty());
}

TEST(Ui, ANewAssessmentStartsWithTheCityProfile) {
    UiHarness ui;
    ui.Click("Start a new assessment");
    EXPECT_EQ(ui.app.GetUiState().screen, Screen::Profile);
    ASSERT_TRUE(ui.app.GetSession().HasAssessment());
    ui.Click("##name");
    ui.Type("Zażółć");
    EXPECT_EQ(ui.app.GetSession().Current().city.name, "Zażółć");
    ui.Click("Go to the questions");
    EXPECT_EQ(ui.app.GetUiState().screen, Screen::Questionnaire);
}

// Switching in the top bar's menu replaces the catalog the menu's own texts came from: the menu
// button's description (the language it showed) must not point at the old one's freed text. Under
// AddressSanitizer the switch read freed memory; in the browser the mirror's JSON of it aborted.
TEST(Ui, ChoosingALanguageInTheTopBarLeavesTheMirrorsTextsWhole) {
    UiHarness ui;
    ASSERT_TRUE(ui.app.GetSession().AddLanguageFiles("fr", LanguageFile("fr")));
    ui.app.GetSession().SetLanguage("fr");
    ui.app.GetSemantics().SetEnabled(true);
    ui.Frame(2);
    ASSERT_EQ(ui.app.GetSession().Language(), "fr");
    const std::string menuLabel = ui.app.GetSession().Text().Get("topbar.language");
    const SemanticItem* menu = nullptr;
    for (const SemanticItem& item : ui.app.GetSemantics().Items())
        if (item.role == Role::Button && item.label == menuLabel) menu = &item;
    ASSERT_NE(menu, nullptr) << "the top bar's language menu";
    ui.ClickAt(ImVec2((menu->min.x + menu->max.x) * 0.5f, (menu->min.y + menu->max.y) * 0.5f));
    ASSERT_TRUE(ui.Sees("English (anglais)"));
    ui.Click("English (anglais)");
    EXPECT_EQ(ui.app.GetSession().Language(), "en");
    const std::string items = ui.app.HandleApiCall(R"({"call":"items"})");
    EXPECT_EQ(items.find("\xEF\xBF\xBD"), std::string::npos) << items;
    EXPECT_NE(items.find(R"("description":"English")"), std::string::npos) << "the menu shows the new language";
}

// In the browser a DOM field laid over the text field does the editing (shell/icc-text.js): the
// app tells the page where and what, and takes its text as the field's own typing.
TEST(Ui, TheBrowsersEditorTakesOverATextFieldAndItsTextArrivesAsTyping) {
    UiHarness ui;
    ui.app.EnableBrowserEditing();
    ui.Click("Start a new assessment");
    EXPECT_EQ(ui.app.TakeEditorUpdate(), "") << "no field is being edited yet";
    ui.Click("##name");
    nlohmann::json update = nlohmann::json::parse(ui.app.TakeEditorUpdate());
    EXPECT_EQ(update["target"], "city.name");
    EXPECT_EQ(update["kind"], "line");
    EXPECT_EQ(update["value"], "");
    EXPECT_EQ(update["focus"], true);
    EXPECT_EQ(update["rect"].size(), 4u);
    ui.Type("ignored");  // the canvas's field no longer edits: the page's does
    Session& session = ui.app.GetSession();
    EXPECT_EQ(session.Current().city.name, "");

    ui.app.OnEditorText("city.name", "Zażółć");
    ui.Frame();
    EXPECT_EQ(session.Current().city.name, "Zażółć");
    EXPECT_EQ(ui.app.TakeEditorUpdate(), "") << "the page's own text is not sent back to it";
    // A change from elsewhere (another tab's merge, the API) reaches the page's editor.
    CityProfile city = session.Current().city;
    city.name = "Kraków";
    session.SetCity(city);
    ui.app.GetUiState().profileFor.clear();
    ui.Frame();
    EXPECT_EQ(nlohmann::json::parse(ui.app.TakeEditorUpdate())["value"], "Kraków");

    // Tab moves on, as in ImGui's own field: the year is edited next, as a whole number.
    ui.app.OnEditorLeft("city.name", App::EditorExit::Tab);
    ui.Frame(6);
    update = nlohmann::json::parse(ui.app.TakeEditorUpdate());
    EXPECT_EQ(update["target"], "city.year");
    EXPECT_EQ(update["kind"], "integer");
    ui.app.OnEditorText("city.year", "2026");
    ui.Frame();
    EXPECT_EQ(session.Current().city.year, 2026);
    ui.app.OnEditorText("city.year", "20x");  // not a year: the draft keeps it, the model does not
    ui.Frame(3);  // the problem shown beside the field moves what follows: the layout settles, as after any event
    EXPECT_EQ(session.Current().city.year, 2026);
    // Another screen: the field is gone and the page hides its editor.
    ui.Click("Go to the questions");
    EXPECT_EQ(nlohmann::json::parse(ui.app.TakeEditorUpdate())["target"], "");
}

// Phones: a tap on a field starts its editing at once (the page's editor takes the focus within the
// tap), and the field is scrolled into what the keyboard leaves of the screen.
TEST(Ui, ATapStartsEditingAndTheFieldStaysInWhatThePhonesKeyboardLeaves) {
    UiHarness ui;
    ui.app.EnableBrowserEditing();
    ui.Click("Start a new assessment");
    ui.Click("Go to the questions");
    const SeenItem* evidence = ui.Find("##evidence");
    ASSERT_NE(evidence, nullptr);
    ASSERT_TRUE(ui.app.EditTextFieldAt(evidence->min.x + 10, evidence->min.y + 10));
    EXPECT_FALSE(ui.app.EditTextFieldAt(2, 2)) << "no field there";
    ui.Frame();
    nlohmann::json update = nlohmann::json::parse(ui.app.TakeEditorUpdate());
    EXPECT_EQ(update["target"].get<std::string>().rfind("evidence:", 0), 0u);
    EXPECT_EQ(update["kind"], "lines");
    EXPECT_EQ(update["focus"], true);
    EXPECT_EQ(update["selection"][0], -1) << "the tap itself places the caret in the page's field";
    ASSERT_GT(update["rect"][1].get<double>() + update["rect"][3].get<double>(), 300.0) << "the field starts lower";

    // The keyboard covers all but the top 300 CSS pixels.
    ui.app.KeepEditedFieldVisible(0, 300);
    ui.Frame(2);
    update = nlohmann::json::parse(ui.app.TakeEditorUpdate());
    const nlohmann::json& rect = update["rect"];
    const nlohmann::json& clip = update["clip"];
    EXPECT_LE(rect[1].get<double>() + rect[3].get<double>(), 300.0);
    EXPECT_EQ(clip, rect) << "the whole field is visible, none of it under the top bar";
}

TEST(Ui, ClickingAnOptionAnswersTheQuestion) {
    UiHarness ui;
    ui.Click("Start a new assessment");
    ui.Click("Go to the questions");
    Session& session = ui.app.GetSession();
    const Question& first = session.Definition().areas[0].questions[0];
    const std::string label = first.options[0].label.Get("en");
    ui.Click(label);
    const Answer* answer = session.FindAnswer(first.id);
    ASSERT_NE(answer, nullptr);
    EXPECT_EQ(answer->selected, std::vector<std::string>{first.options[0].id});
    const SeenItem* row = ui.Find(label);
    ASSERT_NE(row, nullptr);
    EXPECT_TRUE(row->flags & ImGuiItemStatusFlags_Checked) << "the chosen row shows as checked";
}

TEST(Ui, TheKeyboardAloneAnswersAQuestion) {
    UiHarness ui;
    ui.Click("Start a new assessment");
    ui.Click("Go to the questions");
    Session& session = ui.app.GetSession();
    // Tab to the first answer option of the first question, then Space.
    const Question& first = session.Definition().areas[0].questions[0];
    const std::string label = first.options[0].label.Get("en");
    for (int i = 0; i < 40 && !ui.HasFocus(label); ++i) ui.PressKey(ImGuiKey_Tab);
    ASSERT_TRUE(ui.HasFocus(label)) << "Tab never reached the first option";
    ui.PressKey(ImGuiKey_Space);
    ASSERT_NE(session.FindAnswer(first.id), nullptr) << "Tab never reached the first option";
}

TEST(Ui, ShortcutsMoveThroughTheQuestionnaire) {
    UiHarness ui;
    ui.Click("Start a new assessment");
    ui.Click("Go to the questions");
    Session& session = ui.app.GetSession();
    ui.PressKey(ImGuiKey_RightBracket);
    EXPECT_EQ(session.CurrentPosition().area, 1);
    ui.PressKey(ImGuiKey_LeftBracket);
    EXPECT_EQ(session.CurrentPosition().area, 0);
    ui.PressKey(ImGuiKey_N);
    EXPECT_EQ(session.CurrentPosition().question, 1) << "N goes to the next unanswered question";
}

TEST(Ui, TheSidebarListsEveryAreaAndOpensOne) {
    UiHarness ui;
    ui.Click("Start a new assessment");
    const IndexDefinition& definition = ui.app.GetSession().Definition();
    for (const Area& area : definition.areas) EXPECT_TRUE(ui.Sees(area.title.Get("en"))) << area.id;
    ui.Click(definition.areas[4].title.Get("en"));
    EXPECT_EQ(ui.app.GetUiState().screen, Screen::Questionnaire);
    EXPECT_EQ(ui.app.GetSession().CurrentPosition().area, 4);
}

TEST(Ui, NarrowScreensFoldTheSidebarIntoAMenu) {
    UiHarness ui(360, 740);
    ui.Click("Start a new assessment");
    const IndexDefinition& definition = ui.app.GetSession().Definition();
    EXPECT_FALSE(ui.Sees(definition.areas[0].title.Get("en")));
    ui.Click("Areas");
    EXPECT_TRUE(ui.Sees(definition.areas[0].title.Get("en")));
}

// A row of buttons wraps on a phone instead of running off the screen's edge, and stays one row
// where it fits.
TEST(Ui, ButtonRowsWrapOnANarrowScreen) {
    for (const float width : {360.0f, 1280.0f}) {
        SCOPED_TRACE(width);
        UiHarness ui(width, 740);
        ui.Frame(2);
        const SeenItem* start = ui.Find("Start a new assessment");
        const SeenItem* import = ui.Find("Import a JSON file");
        ASSERT_TRUE(start && import);
        EXPECT_LE(import->max.x, width);
        if (width < 400) EXPECT_GT(import->min.y, start->max.y);  // on the next line
        else EXPECT_FLOAT_EQ(import->min.y, start->min.y);        // beside it
    }
}

TEST(Ui, EveryScreenDrawsInEveryThemeAndTextSize) {
    UiHarness ui;
    ui.Click("Start a new assessment");
    Session& session = ui.app.GetSession();
    for (ThemeChoice theme : {ThemeChoice::Light, ThemeChoice::Dark, ThemeChoice::HighContrast})
        for (int size : {100, 200})
            for (Screen screen : {Screen::Start, Screen::Profile, Screen::Questionnaire, Screen::Results, Screen::Settings}) {
                session.SetTheme(theme);
                session.SetTextSize(size);
                ui.app.GetUiState().screen = screen;
                ui.Frame(2);
                EXPECT_GT(ImGui::GetDrawData()->TotalVtxCount, 100);
            }
}

// The results screen is long: the published part's lines scrolled out of view are stepped over,
// not laid out. Whatever is in view, the screen must be laid out as if all were drawn.
TEST(Ui, TheResultsScreenKeepsItsLayoutWhenBlocksOutOfViewAreSkipped) {
    for (const bool mirror : {true, false}) {
        SCOPED_TRACE(mirror ? "with the accessible mirror" : "without the mirror");
        UiHarness ui;
        ui.Click("Start a new assessment");
        Session& session = ui.app.GetSession();
        for (const Area& area : session.Definition().areas)
            for (const Question& question : area.questions)
                if (!question.options.empty()) session.SetAnswer(question.id, Choose(question.options.front().id));
        ASSERT_NE(session.CurrentPublishedPlace(), nullptr);
        ASSERT_NE(session.CurrentComparison(), nullptr);
        ui.app.GetSemantics().SetEnabled(mirror);
        ui.app.GetUiState().screen = Screen::Results;
        const auto layout = [&] {
            const SeenItem* above = ui.Find("Make an action plan");
            const SeenItem* below = ui.Find("Export as JSON");
            EXPECT_TRUE(above && below);
            return above && below ? below->min.y - above->min.y : 0.0f;
        };
        const auto texts = [&] { return ui.app.GetSemantics().Items().size(); };
        ui.Frame(3);
        // New scores: the next frame draws every line of the published part.
        session.SetCityField(CityField::Population, "250000");
        ui.Frame();
        const float drawnWhole = layout();
        const size_t textsWhole = texts();
        EXPECT_GT(drawnWhole, 1500) << "the published part lies between the two buttons";
        for (int wheel = 0; wheel < 12; ++wheel) {
            ImGui::GetIO().AddMousePosEvent(800, 500);
            ImGui::GetIO().AddMouseWheelEvent(0, -3);
            ui.Frame(2);
            EXPECT_FLOAT_EQ(layout(), drawnWhole) << "after " << wheel + 1 << " wheel steps";
            EXPECT_EQ(texts(), textsWhole) << "the mirror has every line";
        }
    }
}

// Opened from file://, browsers such as Chromium share one storage among all local files.
TEST(Ui, OpenedFromALocalFileTheStartScreenAndSettingsSayOtherLocalFilesCanReadTheStorage) {
    for (const bool localFile : {false, true}) {
        UiHarness ui;
        ui.platform.localFile = localFile;
        ui.app.GetSemantics().SetEnabled(true);
        ui.Frame(2);
        const auto shows = [&](const char* key) {
            const std::string text = ui.app.GetSession().Text().Get(key);
            for (const SemanticItem& item : ui.app.GetSemantics().Items())
                if (item.label == text) return true;
            return false;
        };
        EXPECT_EQ(shows("start.local_file_storage"), localFile);
        ui.app.GetUiState().screen = Screen::Settings;
        ui.Frame(2);
        EXPECT_EQ(shows("settings.local_file_storage"), localFile);
    }
}

}  // namespace
}  // namespace icc
