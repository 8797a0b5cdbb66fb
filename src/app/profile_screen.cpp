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

// Who answers what: the contributors, one added by name, and the one responsible for each area.
void DrawContributorsCard(Ui& ui) {
    Session& session = ui.session;
    const Assessment& assessment = session.Current();
    BeginCard(ui, "##contributors");
    Heading(ui, ui.Wording("contributors.title"));
    MutedText(ui, ui.Wording("contributors.help"));
    std::string removed;
    for (const std::string& name : assessment.contributors) {
        ImGui::PushID(name.c_str());
        ImGui::AlignTextToFramePadding();
        ImGui::Bullet();
        ImGui::SameLine();
        BodyText(ui, name.c_str());
        ImGui::SameLine();
        const std::string remove = FillTemplate(ui.Wording("contributors.remove"), {{"name", name}});
        if (SecondaryButton(ui, remove.c_str(), ImVec2(0, 0), 10)) removed = name;
        ImGui::PopID();
    }
    if (!removed.empty()) session.RemoveContributor(removed);
    Label(ui, ui.Wording("contributors.new"));
    const float width = std::min(ImGui::GetContentRegionAvail().x, ui.Pixels(360));
    TextField(ui, "##new-contributor", ui.Wording("contributors.new"), "contributor.new", TextKind::Line, ui.state.newContributor, width);
    if (SecondaryButton(ui, ui.Wording("contributors.add")) && !ui.state.newContributor.empty() &&
        session.AddContributor(ui.state.newContributor).ok())
        ui.state.newContributor.clear();

    if (!assessment.contributors.empty()) {
        ImGui::Dummy(ImVec2(0, ui.Pixels(8)));
        StrongText(ui, ui.Wording("contributors.responsible"));
        const float comboWidth = std::min(ImGui::GetContentRegionAvail().x, ui.Pixels(320));
        for (const Area& area : session.Definition().areas) {
            ImGui::PushID(area.id.c_str());
            const auto assigned = assessment.responsible.find(area.id);
            const std::string current = assigned == assessment.responsible.end() ? ui.Wording("contributors.nobody") : assigned->second;
            BodyText(ui, ui.IndexText(area.title).c_str());
            ImGui::SetNextItemWidth(comboWidth);
            if (ImGui::BeginCombo("##responsible", current.c_str())) {
                if (ImGui::Selectable(ui.Wording("contributors.nobody"), assigned == assessment.responsible.end()))
                    session.SetResponsible(area.id, "");
                Describe(ui, Role::Radio, ui.Wording("contributors.nobody"), assigned == assessment.responsible.end());
                for (const std::string& name : assessment.contributors) {
                    const bool chosen = assigned != assessment.responsible.end() && assigned->second == name;
                    if (ImGui::Selectable(name.c_str(), chosen)) session.SetResponsible(area.id, name);
                    Describe(ui, Role::Radio, name.c_str(), chosen);
                }
                ImGui::EndCombo();
            }
            const std::string label = FillTemplate(ui.Wording("contributors.responsible_for"), {{"area", ui.IndexText(area.title)}});
            Describe(ui, Role::Button, label.c_str(), false, current.c_str());
            ImGui::PopID();
        }
    }
    EndCard();
}

// Share a part: the answers of chosen areas as a file of this assessment, to come back merged.
void DrawShareCard(Ui& ui) {
    Session& session = ui.session;
    const Assessment& assessment = session.Current();
    BeginCard(ui, "##share");
    Heading(ui, ui.Wording("share.title"));
    MutedText(ui, ui.Wording("share.help"));
    // A contributor's own areas in one press.
    for (const std::string& name : assessment.contributors) {
        std::vector<std::string> areas;
        for (const auto& [areaId, responsible] : assessment.responsible)
            if (responsible == name) areas.push_back(areaId);
        if (areas.empty()) continue;
        const std::string label = FillTemplate(ui.Wording("share.export_of"), {{"name", name}});
        ImGui::PushID(name.c_str());
        if (SecondaryButton(ui, label.c_str())) session.ExportAreas(areas);
        ImGui::PopID();
    }
    StrongText(ui, ui.Wording("share.choose"));
    std::vector<std::string>& chosen = ui.state.shareAreas;
    for (const Area& area : session.Definition().areas) {
        const auto at = std::find(chosen.begin(), chosen.end(), area.id);
        if (AnswerRow(ui, ui.IndexText(area.title).c_str(), at != chosen.end(), true)) {
            if (at == chosen.end()) chosen.push_back(area.id);
            else chosen.erase(at);
        }
    }
    ImGui::BeginDisabled(chosen.empty());
    if (PrimaryButton(ui, ui.Wording("share.export"))) session.ExportAreas(chosen);
    ImGui::EndDisabled();
    EndCard();
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

    // Who answers what, after the way on: a city that answers alone never needs it.
    if (!ui.state.readOnly) {
        ImGui::Dummy(ImVec2(0, ui.Pixels(16)));
        DrawContributorsCard(ui);
        DrawShareCard(ui);
    }
}

}  // namespace icc
