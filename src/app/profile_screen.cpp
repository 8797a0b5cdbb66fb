// The city profile: name, year, population and share of foreign-born residents, and the
// comparison groups they place the city in.
#include "app/ui.h"
#include "app/text_field.h"
#include "app/ui_kit.h"

#include "core/score_explanation.h"

#include <imgui.h>

#include <cstdlib>

namespace icc {

namespace {

std::string NumberText(const std::optional<double>& value) {
    return value ? FormatNumber(*value, 2) : std::string();
}

// Empty text is "not given"; anything that is not a number of 0 or more is refused.
bool ParseNumber(const std::string& text, std::optional<double>& out) {
    if (text.empty()) {
        out.reset();
        return true;
    }
    char* end = nullptr;
    double value = std::strtod(text.c_str(), &end);
    if (end == text.c_str() || *end != '\0' || value < 0) return false;
    out = value;
    return true;
}

void Label(const Ui& ui, const char* text) {
    ImGui::PushFont(ui.fonts.bold);
    ImGui::TextUnformatted(text);
    ImGui::PopFont();
}

}  // namespace

void DrawProfileScreen(Ui& ui) {
    Session& session = ui.session;
    const Assessment& assessment = session.Current();
    UiState& state = ui.state;
    if (state.profileFor != assessment.id) {
        state.profileFor = assessment.id;
        state.cityName = assessment.city.name;
        state.cityYear = std::to_string(assessment.city.year);
        state.cityPopulation = NumberText(assessment.city.population);
        state.cityForeignBorn = NumberText(assessment.city.foreignBornPercent);
    }
    CityProfile city = assessment.city;
    bool changed = false;

    Title(ui, ui.T("profile.title"));
    MutedText(ui, ui.T("profile.intro"));
    ImGui::Dummy(ImVec2(0, ui.Px(8)));
    ImGui::BeginDisabled(ui.state.readOnly);  // a published results page: the profile is shown, not edited
    BeginCard(ui, "##profile");
    const float fieldWidth = std::min(ImGui::GetContentRegionAvail().x, ui.Px(420));

    Label(ui, ui.T("profile.name"));
    if (TextField(ui, "##name", ui.T("profile.name"), "city.name", TextKind::Line, state.cityName, fieldWidth)) {
        city.name = state.cityName;
        changed = true;
    }

    Label(ui, ui.T("profile.year"));
    if (TextField(ui, "##year", ui.T("profile.year"), "city.year", TextKind::Integer, state.cityYear, ui.Px(180))) {
        char* end = nullptr;
        long year = std::strtol(state.cityYear.c_str(), &end, 10);
        if (end != state.cityYear.c_str() && *end == '\0' && year >= 0 && year <= 2200) {
            city.year = static_cast<int>(year);
            changed = true;
        }
    }

    Label(ui, ui.T("profile.population"));
    MutedText(ui, ui.T("profile.population_help"));
    if (TextField(ui, "##population", ui.T("profile.population"), "city.population", TextKind::Decimal,
                  state.cityPopulation, ui.Px(240)) &&
        ParseNumber(state.cityPopulation, city.population))
        changed = true;
    std::optional<double> population;
    if (!ParseNumber(state.cityPopulation, population)) MutedText(ui, ui.T("profile.number_invalid"));

    Label(ui, ui.T("profile.foreign_born"));
    MutedText(ui, ui.T("profile.foreign_born_help"));
    if (TextField(ui, "##foreign", ui.T("profile.foreign_born"), "city.foreignBornPercent", TextKind::Decimal,
                  state.cityForeignBorn, ui.Px(240))) {
        std::optional<double> share;
        if (ParseNumber(state.cityForeignBorn, share) && (!share || *share <= 100)) {
            city.foreignBornPercent = share;
            changed = true;
        }
    }
    std::optional<double> share;
    if (!ParseNumber(state.cityForeignBorn, share) || (share && *share > 100))
        MutedText(ui, ui.T("profile.percent_invalid"));
    EndCard();
    ImGui::EndDisabled();
    if (changed) session.SetCity(city);

    // The comparison groups this profile implies.
    ImGui::Dummy(ImVec2(0, ui.Px(8)));
    Heading(ui, ui.T("profile.groups_heading"));
    const BenchmarkSet* benchmarks = session.Benchmarks();
    const CityProfile& saved = session.Current().city;
    const SizeGroup* size = benchmarks && saved.population ? SizeGroupFor(*benchmarks, *saved.population) : nullptr;
    const DiversityGroup* diversity =
        benchmarks && saved.foreignBornPercent ? DiversityGroupFor(*benchmarks, *saved.foreignBornPercent) : nullptr;
    std::string sizeText = FillTemplate(ui.T("profile.size_group"),
                                        {{"group", size ? ui.L(size->label) : std::string(ui.T("profile.group_unknown"))}});
    std::string diversityText = FillTemplate(
        ui.T("profile.diversity_group"),
        {{"group", diversity ? ui.L(diversity->label) : std::string(ui.T("profile.group_unknown"))}});
    ImGui::BulletText("%s", sizeText.c_str());
    ui.semantics.AddText(Role::Text, sizeText.c_str());
    ImGui::BulletText("%s", diversityText.c_str());
    ui.semantics.AddText(Role::Text, diversityText.c_str());
    MutedText(ui, ui.T("profile.groups_help"));

    ImGui::Dummy(ImVec2(0, ui.Px(12)));
    if (PrimaryButton(ui, ui.T("profile.to_questions"))) {
        session.SetPosition({0, 0});
        ui.state.screen = Screen::Questionnaire;
    }
}

}  // namespace icc
