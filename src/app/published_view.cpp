// The results screen's "among the published results of other cities": what the comparison is
// worth, a chart of the published overall results with the city's estimate marked, the figures
// beside each area, every result with its source, and the published sample sizes over time.
// Every line is text in the mirror too; the wording is core/published_text.h's.
#include "app/published_view.h"

#include "app/ui_kit.h"

#include "core/published_text.h"
#include "core/score_explanation.h"

#include <imgui.h>

namespace icc {

namespace {

// One row of the chart: its label on a line of its own (it fits 360 px), then the bar and value.
void DrawBarRow(const Ui& ui, const std::string& label, double min, double max, const std::string& value, bool own) {
    ImGui::PushStyleColor(ImGuiCol_Text, own ? ui.palette.accent : ImGui::GetColorU32(ImGuiCol_Text));
    if (own) ImGui::PushFont(ui.fonts.bold);
    ImGui::TextWrapped("%s", label.c_str());
    if (own) ImGui::PopFont();
    ImGui::PopStyleColor();
    const float width = ImGui::GetContentRegionAvail().x;
    const float valueWidth = ImGui::CalcTextSize("100–100%").x + ui.Pixels(8);
    const float plot = std::max(ui.Pixels(60), width - valueWidth);
    const float height = ImGui::GetTextLineHeight() * 0.7f;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImU32 fill = own ? ui.palette.accent : ui.palette.benchmark;
    draw->AddRectFilled(origin, ImVec2(origin.x + plot, origin.y + height), ImGui::GetColorU32(ImGuiCol_FrameBg), ui.Pixels(2));
    draw->AddRectFilled(origin, ImVec2(origin.x + plot * static_cast<float>(min / 100), origin.y + height), fill, ui.Pixels(2));
    if (max > min)  // a published range: its upper part lighter
        draw->AddRectFilled(ImVec2(origin.x + plot * static_cast<float>(min / 100), origin.y),
                            ImVec2(origin.x + plot * static_cast<float>(max / 100), origin.y + height),
                            (fill & 0x00FFFFFF) | (0x60u << 24));
    draw->AddText(ImVec2(origin.x + plot + ui.Pixels(8), origin.y + height * 0.5f - ImGui::GetTextLineHeight() * 0.5f),
                  ImGui::GetColorU32(ImGuiCol_Text), value.c_str());
    ImGui::Dummy(ImVec2(width, height + ui.Pixels(8)));
    ui.semantics.AddText(Role::Text, (label + ": " + value).c_str());
}

std::string SourceLine(const Ui& ui, const PublishedResults& published, const Provenance& provenance) {
    const PublishedSource* source = published.FindSource(provenance.source);
    if (!source) return {};
    return FillTemplate(ui.Wording("published.source_line"), {{"source", ui.IndexText(source->title)},
                                                              {"certainty", CertaintyText(provenance.certainty, ui.session.Text())},
                                                              {"url", source->url}});
}

}  // namespace

void DrawPublishedResults(const Ui& ui) {
    const Session& session = ui.session;
    const PublishedResults* published = session.Published();
    const PublishedPlace* place = session.CurrentPublishedPlace();
    if (!published || !place) return;
    const Translations& text = session.Text();
    const std::string& language = session.Language();

    Heading(ui, ui.Wording("published.heading"));
    BodyText(ui, ui.Wording("published.worth"));
    const std::string placeSentence = PublishedPlaceSentence(*place, text);
    if (!placeSentence.empty()) StrongText(ui, placeSentence.c_str());
    ImGui::Dummy(ImVec2(0, ui.Pixels(6)));
    MutedText(ui, ui.Wording("published.chart_caption"));

    const std::string own = FillTemplate(ui.Wording("published.own_label"),
                                         {{"city", session.Current().city.name.empty() ? std::string(ui.Wording("start.unnamed_city"))
                                                                                       : session.Current().city.name}});
    bool ownDrawn = !place->cityEstimate;
    for (const PublishedMark& mark : place->overall) {
        if (!ownDrawn && mark.max <= *place->cityEstimate) {
            DrawBarRow(ui, own, *place->cityEstimate, *place->cityEstimate, PublishedFigureText(*place->cityEstimate, *place->cityEstimate), true);
            ownDrawn = true;
        }
        DrawBarRow(ui, PublishedResultLabel(published->results[mark.result], text, language), mark.min, mark.max,
                   PublishedFigureText(mark.min, mark.max), false);
    }
    if (!ownDrawn) DrawBarRow(ui, own, *place->cityEstimate, *place->cityEstimate, PublishedFigureText(*place->cityEstimate, *place->cityEstimate), true);

    Heading(ui, ui.Wording("published.area_heading"));
    const IndexDefinition& definition = session.Definition();
    for (std::size_t a = 0; a < place->areas.size() && a < definition.areas.size(); ++a) {
        if (place->areas[a].empty()) continue;
        StrongText(ui, ui.IndexText(definition.areas[a].title).c_str());
        for (const PublishedAreaMark& mark : place->areas[a]) {
            const PublishedResult& result = published->results[mark.result];
            MutedText(ui, (PublishedResultLabel(result, text, language) + ": " +
                           PublishedAreaFigureText(result.areas[mark.figure], text)).c_str());
        }
    }

    Heading(ui, ui.Wording("published.list_heading"));
    for (const PublishedResult& result : published->results) {
        std::string line = PublishedResultLabel(result, text, language);
        if (result.overall) line += ": " + PublishedFigureText(result.overall->min, result.overall->max);
        StrongText(ui, line.c_str());
        for (const PublishedRank& rank : result.ranks) {
            std::string ranked = rank.of ? FillTemplate(text.Get("published.rank_of"), {{"position", std::to_string(rank.position)},
                                                                                     {"of", std::to_string(*rank.of)}})
                                         : FillTemplate(text.Get("published.rank"), {{"position", std::to_string(rank.position)}});
            if (!rank.group.Empty()) ranked += " " + FillTemplate(text.Get("published.rank_group"), {{"group", ui.IndexText(rank.group)}});
            MutedText(ui, ranked.c_str());
        }
        if (!result.note.Empty()) MutedText(ui, ui.IndexText(result.note).c_str());
        const Provenance& provenance = result.overall          ? result.overall->provenance
                                       : !result.ranks.empty() ? result.ranks.front().provenance
                                                               : result.areas.front().provenance;
        MutedText(ui, SourceLine(ui, *published, provenance).c_str());
        ImGui::Dummy(ImVec2(0, ui.Pixels(4)));
    }

    Heading(ui, ui.Wording("published.sizes_heading"));
    for (const PublishedSampleSize& size : published->sampleSizes)
        MutedText(ui, FillTemplate(ui.Wording("published.size_line"), {{"date", SampleSizeDate(size, text)},
                                                                        {"cities", std::to_string(size.cities)},
                                                                        {"report", ui.IndexText(size.report)}})
                          .c_str());
}

}  // namespace icc
