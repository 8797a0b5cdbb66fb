// Results: the index, each area beside the published averages, charts, strengths and areas for
// development with recommendations, every number with its explanation, change over time, exports.
#include "app/charts.h"
#include "app/published_view.h"
#include "app/screen_lines.h"
#include "app/ui.h"
#include "app/ui_kit.h"

#include "core/score_explanation.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace icc {

namespace {

std::string SampleText(const Ui& ui, const char* key, const std::optional<SampleReference>& sample) {
    std::string figure = sample ? FillTemplate(ui.Wording("results.sample_reference"),
                                               {{"group", sample->group.empty() ? std::string(ui.Wording("results.whole_sample"))
                                                                                : ui.IndexText(sample->groupLabel)},
                                                {"cities", std::to_string(sample->cities)},
                                                {"date", sample->date}})
                                : std::string(ui.Wording("results.no_sample"));
    return FillTemplate(ui.Wording(key), {{"figure", figure}});
}

// Each highlight as the lines of its card: the area and its score, the difference from the
// sample, the recommendations with their good-practice examples.
std::vector<std::vector<ResultsLine>> HighlightCards(const Ui& ui, const std::vector<AreaHighlight>& highlights) {
    using Kind = ResultsLine::Kind;
    const IndexDefinition& definition = ui.session.Definition();
    std::vector<std::vector<ResultsLine>> cards;
    for (const AreaHighlight& highlight : highlights) {
        ResultsLines card;
        card.Add(Kind::CardTitle, ui.IndexText(definition.areas[highlight.areaIndex].title) + " · " + FormatPercent(highlight.cityPercent));
        if (highlight.difference)
            card.Add(Kind::Muted, FillTemplate(ui.Wording("results.difference"),
                                               {{"points", (*highlight.difference >= 0 ? "+" : "") +
                                                               FormatNumber(std::round(*highlight.difference), 0)}}));
        for (const Recommendation& recommendation : highlight.recommendations) {
            card.Add(Kind::Bullet, ui.IndexText(recommendation.text));
            for (const GoodPractice& practice : recommendation.goodPractice) {
                card.Add(Kind::Example, FillTemplate(ui.Wording(practice.year ? "results.good_practice_dated" : "results.good_practice_example"),
                                                     {{"city", ui.IndexText(practice.city)},
                                                      {"title", ui.IndexText(practice.title)},
                                                      {"year", practice.year ? std::to_string(*practice.year) : std::string()}}));
                card.Add(Kind::Example, FillTemplate(ui.Wording("results.good_practice_address"), {{"url", practice.url}}));
            }
        }
        cards.push_back(card.Take());
    }
    return cards;
}

void Rebuild(const Ui& ui, ResultsCache& cache) {
    Session& session = ui.session;
    const IndexDefinition& definition = session.Definition();
    const AssessmentScores& scores = session.Scores();
    const Comparison* comparison = session.CurrentComparison();
    const AssessmentScores* earlier = session.EarlierScores();
    const std::string& language = session.Language();
    cache = ResultsCache{};
    cache.generation = session.ScoresGeneration();
    cache.language = language;
    const ExplanationTemplates templates(session.Text());
    for (size_t i = 0; i < definition.areas.size(); ++i) {
        ChartRow row;
        row.label = ui.IndexText(definition.areas[i].title);
        row.score = scores.areas[i].ShownPercent();
        if (comparison && i < comparison->areas.size()) {
            row.sample = comparison->areas[i].score.sample;
            row.sizeGroup = comparison->areas[i].score.sizeGroup;
            row.diversityGroup = comparison->areas[i].score.diversityGroup;
        }
        cache.scoreTexts.push_back(row.score ? FormatPercent(*row.score) : std::string(ui.Wording("results.no_score")));
        cache.explanations.push_back(ExplainArea(definition, scores, i, language, templates));
        const std::optional<long long> change =
            earlier ? ChangeSince(earlier->areas[i].ShownPercent(), row.score) : std::nullopt;
        cache.changes.push_back(change ? std::optional<double>(static_cast<double>(*change)) : std::nullopt);
        cache.changeTexts.push_back(
            change ? FillTemplate(ui.Wording("results.change_points"), {{"points", (*change > 0 ? "+" : "") + std::to_string(*change)}})
                   : "—");
        cache.rows.push_back(std::move(row));
    }
    cache.coreExplanation = ExplainIndex(definition, scores, false, language, templates);
    cache.completeness = ExplainCompleteness(scores, templates);
    if (comparison) {
        cache.strongest = HighlightCards(ui, comparison->strongest);
        cache.development = HighlightCards(ui, comparison->development);
        cache.samples = SampleText(ui, "results.compared_whole", comparison->wholeSample) + "\n" +
                        SampleText(ui, "results.compared_size", comparison->sizeSample) + "\n" +
                        SampleText(ui, "results.compared_diversity", comparison->diversitySample);
    }
}

ChartLegend Legend(const Ui& ui) {
    return {ui.Wording("report.legend_score"), ui.Wording("report.legend_sample"), ui.Wording("report.legend_size_group"),
            ui.Wording("report.legend_diversity_group"), ui.Wording("results.no_score")};
}

void DrawIndexCard(const Ui& ui, const ResultsCache& cache) {
    const AssessmentScores& scores = ui.session.Scores();
    BeginCard(ui, "##index");
    ImGui::TextUnformatted(ui.Wording("results.core_index"));
    ImGui::PushFont(ui.fonts.title);
    std::string core = scores.ShownCoreIndex() ? FormatPercent(*scores.ShownCoreIndex()) : ui.Wording("results.no_score");
    ImGui::TextUnformatted(core.c_str());
    ImGui::PopFont();
    Describe(ui, Role::Heading, (std::string(ui.Wording("results.core_index")) + ": " + core).c_str());
    if (const Comparison* comparison = ui.session.CurrentComparison(); comparison && comparison->coreIndex.sample) {
        std::string sample = FillTemplate(ui.Wording("results.sample_overall"), {{"percent", FormatPercent(*comparison->coreIndex.sample)}});
        MutedText(ui, sample.c_str());
    }
    if (scores.ShownExtendedIndex()) {
        std::string extended = FillTemplate(ui.Wording("results.extended_index"), {{"percent", FormatPercent(*scores.extendedIndex)}});
        ImGui::TextUnformatted(extended.c_str());
        ui.semantics.AddText(Role::Text, extended.c_str());
    }
    if (const AssessmentScores* target = ui.session.TargetScores()) {
        const auto shown = [&](const std::optional<double>& p) { return p ? FormatPercent(*p) : std::string(ui.Wording("results.no_score")); };
        StrongText(ui, FillTemplate(ui.Wording("plan.if_met"), {{"core", shown(target->coreIndex)},
                                                              {"extended", shown(target->extendedIndex)}}).c_str());
    }
    MutedText(ui, cache.completeness.c_str());
    MutedText(ui, cache.coreExplanation.c_str());
    EndCard();
}

void DrawHighlights(const Ui& ui, const char* headingKey, const std::vector<std::vector<ResultsLine>>& cards) {
    if (cards.empty()) return;
    Heading(ui, ui.Wording(headingKey));
    // Always drawn: a card is a child window, which ImGui sizes a frame late when it comes back.
    for (std::size_t n = 0; n < cards.size(); ++n) {
        ImGui::PushID(static_cast<int>(n));
        BeginCard(ui, "##highlight");
        for (const ResultsLine& line : cards[n]) DrawLine(ui, line);
        EndCard();
        ImGui::PopID();
    }
}

void DrawTable(const Ui& ui, const ResultsCache& cache) {
    const IndexDefinition& definition = ui.session.Definition();
    const AssessmentScores& scores = ui.session.Scores();
    const bool earlier = ui.session.Earlier() != nullptr;
    const AssessmentScores* target = ui.session.TargetScores();
    const int columns = 6 + (earlier ? 1 : 0) + (target ? 1 : 0);
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_BordersOuterH |
                                  ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("##scores", columns, flags)) return;
    ImGui::TableSetupColumn(ui.Wording("results.area"), ImGuiTableColumnFlags_WidthStretch, 3.2f);
    ImGui::TableSetupColumn(ui.Wording("results.score"), ImGuiTableColumnFlags_WidthStretch, 1);
    ImGui::TableSetupColumn(ui.Wording("results.answered"), ImGuiTableColumnFlags_WidthStretch, 1);
    ImGui::TableSetupColumn(ui.Wording("results.sample"), ImGuiTableColumnFlags_WidthStretch, 1);
    ImGui::TableSetupColumn(ui.Wording("results.size_group"), ImGuiTableColumnFlags_WidthStretch, 1);
    ImGui::TableSetupColumn(ui.Wording("results.diversity_group"), ImGuiTableColumnFlags_WidthStretch, 1);
    if (earlier) ImGui::TableSetupColumn(ui.Wording("results.change"), ImGuiTableColumnFlags_WidthStretch, 1);
    if (target) ImGui::TableSetupColumn(ui.Wording("results.target"), ImGuiTableColumnFlags_WidthStretch, 1);
    ImGui::TableHeadersRow();
    auto figure = [&](const std::optional<double>& value) {
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(value ? FormatPercent(*value).c_str() : "—");
    };
    for (size_t i = 0; i < definition.areas.size(); ++i) {
        const ChartRow& row = cache.rows[i];
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%zu. %s", i + 1, row.label.c_str());
        ImGui::TableNextColumn();
        // A selectable cell, so the explanation shows on keyboard focus as well as on hover.
        ImGui::PushID(static_cast<int>(i));
        ImGui::Selectable(cache.scoreTexts[i].c_str(), false);
        ImGui::PopID();
        Describe(ui, Role::Text, (row.label + ": " + cache.scoreTexts[i]).c_str(), false, cache.explanations[i].c_str());
        if (ImGui::IsItemHovered() || ImGui::IsItemFocused()) ImGui::SetTooltip("%s", cache.explanations[i].c_str());
        ImGui::TableNextColumn();
        ImGui::Text("%d/%d", scores.areas[i].answered, scores.areas[i].total);
        figure(row.sample);
        figure(row.sizeGroup);
        figure(row.diversityGroup);
        if (earlier) {
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(cache.changeTexts[i].c_str());
        }
        if (target) figure(target->areas[i].percent);
    }
    ImGui::EndTable();
}

void DrawOverTime(Ui& ui, const ResultsCache& cache) {
    Session& session = ui.session;
    Heading(ui, ui.Wording("results.over_time"));
    if (const Assessment* earlier = session.Earlier()) {
        std::string with = FillTemplate(ui.Wording("results.compared_with"),
                                        {{"city", earlier->city.name}, {"year", std::to_string(earlier->city.year)},
                                         {"date", earlier->updatedAt.substr(0, 10)}});
        MutedText(ui, with.c_str());
        std::vector<std::string> labels;
        for (const ChartRow& row : cache.rows) labels.push_back(row.label);
        DrawChangeChart(ui, labels, cache.changes, cache.changeTexts);
        if (const PlanProgress* progress = session.Progress())
            StrongText(ui, FillTemplate(ui.Wording("plan.progress_summary"),
                                        {{"met", std::to_string(progress->targetsMet)}, {"targets", std::to_string(progress->targets)},
                                         {"year", std::to_string(earlier->city.year)}}).c_str());
        if (SecondaryButton(ui, ui.Wording("results.stop_comparing"))) session.ClearEarlier();
        return;
    }
    MutedText(ui, ui.Wording("results.over_time_help"));
    for (const SavedSummary& saved : session.Saved()) {
        if (saved.id == session.Current().id || !saved.problem.empty()) continue;
        std::string label = FillTemplate(ui.Wording("results.compare_with_saved"),
                                         {{"city", saved.city.empty() ? ui.Wording("start.unnamed_city") : saved.city},
                                          {"year", std::to_string(saved.year)}, {"date", saved.updatedAt.substr(0, 10)}});
        ImGui::PushID(saved.id.c_str());
        if (SecondaryButton(ui, label.c_str())) session.SetEarlier(saved.id);
        ImGui::PopID();
    }
    if (SecondaryButton(ui, ui.Wording("results.compare_with_file"))) PickFile(ui, UiState::FilePurpose::Earlier);
}

}  // namespace

void DrawResultsScreen(Ui& ui) {
    Session& session = ui.session;
    const AssessmentScores& scores = session.Scores();
    ResultsCache& cache = ui.state.results;
    if (cache.generation != session.ScoresGeneration() || cache.language != session.Language()) Rebuild(ui, cache);

    Title(ui, ui.Wording("results.title"));
    const CityProfile& city = session.Current().city;
    if (!city.name.empty()) MutedText(ui, (city.name + (city.year ? " " + std::to_string(city.year) : "")).c_str());
    if (scores.partial) {
        std::string partial = FillTemplate(ui.Wording("results.partial"), {{"percent", FormatPercent(scores.completenessPercent)}});
        ImGui::PushStyleColor(ImGuiCol_ChildBg, ui.palette.warning);
        ImGui::PushStyleColor(ImGuiCol_Text, ui.palette.onWarning);
        ImGui::BeginChild("##partial", ImVec2(0, 0), ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding);
        ImGui::TextWrapped("%s", partial.c_str());
        ui.semantics.AddText(Role::Status, partial.c_str());
        ImGui::EndChild();
        ImGui::PopStyleColor(2);
    }
    ImGui::Dummy(ImVec2(0, ui.Pixels(4)));
    DrawIndexCard(ui, cache);

    if (!ui.state.readOnly) {
        ImGui::Dummy(ImVec2(0, ui.Pixels(4)));
        if (PrimaryButton(ui, ui.Wording("results.open_plan"))) ui.state.screen = Screen::Plan;
        MutedText(ui, ui.Wording("results.open_plan_help"));
    }
    if (!cache.samples.empty()) MutedText(ui, cache.samples.c_str());
    Heading(ui, ui.Wording("results.bar_chart"));
    ui.semantics.AddText(Role::Text, ui.Wording("results.charts_text_alternative"));
    DrawBarChart(ui, cache.rows, Legend(ui));
    ImGui::Dummy(ImVec2(0, ui.Pixels(8)));
    Heading(ui, ui.Wording("results.radar_chart"));
    DrawRadarChart(ui, cache.rows, Legend(ui));

    DrawHighlights(ui, "results.strongest", cache.strongest);
    DrawHighlights(ui, "results.development", cache.development);

    Heading(ui, ui.Wording("results.table"));
    MutedText(ui, ui.Wording("results.table_help"));
    DrawTable(ui, cache);
    ImGui::Dummy(ImVec2(0, ui.Pixels(8)));
    DrawOverTime(ui, cache);
    ImGui::Dummy(ImVec2(0, ui.Pixels(8)));
    DrawPublishedResults(ui);

    ImGui::Dummy(ImVec2(0, ui.Pixels(12)));
    Heading(ui, ui.Wording("results.export"));
    if (PrimaryButton(ui, ui.Wording("results.export_report"))) session.ExportHtmlReport();
    SameLineIfFits(ui, ui.Wording("results.export_json"));
    if (SecondaryButton(ui, ui.Wording("results.export_json"))) session.ExportJson();
    SameLineIfFits(ui, ui.Wording("results.export_csv"));
    if (SecondaryButton(ui, ui.Wording("results.export_csv"))) session.ExportCsv();
    MutedText(ui, ui.Wording("results.export_help"));
    const std::string& disclaimer = ui.IndexText(session.Definition().disclaimer);
    if (!disclaimer.empty()) MutedText(ui, disclaimer.c_str());
}

}  // namespace icc
