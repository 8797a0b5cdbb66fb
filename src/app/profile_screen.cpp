// The city profile: name, year, population and share of foreign-born residents, and the
// comparison groups they place the city in.
#include "app/ui.h"
#include "app/text_field.h"
#include "app/ui_kit.h"

#include "core/score_explanation.h"

#include <imgui.h>

#include <algorithm>

namespace icc {

namespace {

std::string NumberText(const std::optional<double>& value) {
    return value ? FormatNumber(*value, 2) : std::string();
}

void Label(const Ui& ui, const char* text) {
    ImGui::PushFont(ui.fonts.bold);
    ImGui::TextUnformatted(text);
    ImGui::PopFont();
}

struct ProfileField {
    CityField field;
    const char* labelKey;
    const char* helpKey;  // or nullptr
    const char* target;   // the mirror's and the API's name of the field
    const char* widgetId;
    TextKind kind;        // what the phone's keyboard offers
    float cssWidth;       // 0: as wide as the card allows, up to 420
};

const ProfileField kFields[] = {
    {CityField::Name, "profile.name", nullptr, "city.name", "##name", TextKind::Line, 0},
    {CityField::Year, "profile.year", nullptr, "city.year", "##year", TextKind::Integer, 180},
    {CityField::Population, "profile.population", "profile.population_help", "city.population", "##population", TextKind::Decimal, 240},
    {CityField::ForeignBornPercent, "profile.foreign_born", "profile.foreign_born_help", "city.foreignBornPercent", "##foreign", TextKind::Decimal, 240},
};

// One field: the typed text stays as typed; the Session takes it when the value rules do, and
// otherwise the problem shows beside the field until the text is right.
void DrawField(Ui& ui, const ProfileField& spec) {
    const std::size_t index = static_cast<std::size_t>(spec.field);
    std::string& draft = ui.state.cityDrafts[index];
    Label(ui, ui.Wording(spec.labelKey));
    if (spec.helpKey) MutedText(ui, ui.Wording(spec.helpKey));
    const float width = std::min(ImGui::GetContentRegionAvail().x, ui.Pixels(spec.cssWidth > 0 ? spec.cssWidth : 420));
    if (TextField(ui, spec.widgetId, ui.Wording(spec.labelKey), spec.target, spec.kind, draft, width))
        ui.state.cityProblems[index] = ui.session.SetCityField(spec.field, draft);
    FieldProblem(ui, ui.state.cityProblems[index]);
}

// The drafts of the profile fields as the open assessment has them (after opening, another tab).
void LoadProfileDrafts(UiState& state, const Assessment& assessment) {
    state.profileFor = assessment.id;
    state.cityDrafts = {assessment.city.name, assessment.city.year ? std::to_string(assessment.city.year) : "",
                        NumberText(assessment.city.population), NumberText(assessment.city.foreignBornPercent)};
    state.cityProblems = {};
}

}  // namespace

void DrawProfileScreen(Ui& ui) {
    Session& session = ui.session;
    if (ui.state.profileFor != session.Current().id) LoadProfileDrafts(ui.state, session.Current());

    Title(ui, ui.Wording("profile.title"));
    MutedText(ui, ui.Wording("profile.intro"));
    ImGui::Dummy(ImVec2(0, ui.Pixels(8)));
    ImGui::BeginDisabled(ui.state.readOnly);  // a published results page: the profile is shown, not edited
    BeginCard(ui, "##profile");
    for (const ProfileField& field : kFields) DrawField(ui, field);
    EndCard();
    ImGui::EndDisabled();

    // The comparison groups this profile implies.
    ImGui::Dummy(ImVec2(0, ui.Pixels(8)));
    Heading(ui, ui.Wording("profile.groups_heading"));
    const BenchmarkSet* benchmarks = session.Benchmarks();
    const CityProfile& saved = session.Current().city;
    const SizeGroup* size = benchmarks && saved.population ? SizeGroupFor(*benchmarks, *saved.population) : nullptr;
    const DiversityGroup* diversity =
        benchmarks && saved.foreignBornPercent ? DiversityGroupFor(*benchmarks, *saved.foreignBornPercent) : nullptr;
    std::string sizeText = FillTemplate(ui.Wording("profile.size_group"),
                                        {{"group", size ? ui.IndexText(size->label) : std::string(ui.Wording("profile.group_unknown"))}});
    std::string diversityText = FillTemplate(
        ui.Wording("profile.diversity_group"),
        {{"group", diversity ? ui.IndexText(diversity->label) : std::string(ui.Wording("profile.group_unknown"))}});
    ImGui::BulletText("%s", sizeText.c_str());
    ui.semantics.AddText(Role::Text, sizeText.c_str());
    ImGui::BulletText("%s", diversityText.c_str());
    ui.semantics.AddText(Role::Text, diversityText.c_str());
    MutedText(ui, ui.Wording("profile.groups_help"));

    ImGui::Dummy(ImVec2(0, ui.Pixels(12)));
    if (PrimaryButton(ui, ui.Wording("profile.to_questions"))) {
        session.SetPosition({0, 0});
        ui.state.screen = Screen::Questionnaire;
    }
}

}  // namespace icc
