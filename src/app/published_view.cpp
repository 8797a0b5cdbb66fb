// The results screen's "among the published results of other cities": what the comparison is
// worth, a chart of the published overall results with the city's estimate marked, the figures
// beside each area, every result with its source, and the published sample sizes over time.
// Every line is text in the mirror too; the wording is core/published_text.h's.
#include "app/published_view.h"

#include "app/screen_lines.h"
#include "app/ui_kit.h"

#include "core/published_text.h"
#include "core/score_explanation.h"

#include <imgui.h>

namespace icc {

namespace {

using Kind = ResultsLine::Kind;

std::string SourceLine(const Ui& ui, const PublishedResults& published, const Provenance& provenance) {
    const PublishedSource* source = published.FindSource(provenance.source);
    if (!source) return {};
    return FillTemplate(ui.Wording("published.source_line"), {{"source", ui.IndexText(source->title)},
                                                              {"certainty", CertaintyText(provenance.certainty, ui.session.Text())},
                                                              {"url", source->url}});
}

std::vector<ResultsLine> BuildLines(const Ui& ui, const PublishedResults& published, const PublishedPlace& place,
                                      const std::string& city) {
    const Session& session = ui.session;
    const Translations& text = session.Text();
    const std::string& language = session.Language();
    ResultsLines lines;
    lines.Add(Kind::Heading, ui.Wording("published.heading"));
    lines.Add(Kind::Body, ui.Wording("published.worth"));
    const std::string placeSentence = PublishedPlaceSentence(place, text);
    if (!placeSentence.empty()) lines.Add(Kind::Strong, placeSentence);
    lines.Gap(6);
    lines.Add(Kind::Muted, ui.Wording("published.chart_caption"));

    const std::string own = FillTemplate(ui.Wording("published.own_label"),
                                         {{"city", city.empty() ? std::string(ui.Wording("start.unnamed_city")) : city}});
    const auto addOwn = [&] {
        lines.Bar(own, PublishedFigureText(*place.cityEstimate, *place.cityEstimate), *place.cityEstimate, *place.cityEstimate, true);
    };
    bool ownDrawn = !place.cityEstimate;
    for (const PublishedMark& mark : place.overall) {
        if (!ownDrawn && mark.max <= *place.cityEstimate) {
            addOwn();
            ownDrawn = true;
        }
        lines.Bar(PublishedResultLabel(published.results[mark.result], text, language), PublishedFigureText(mark.min, mark.max),
                  mark.min, mark.max, false);
    }
    if (!ownDrawn) addOwn();

    lines.Add(Kind::Heading, ui.Wording("published.area_heading"));
    const IndexDefinition& definition = session.Definition();
    for (std::size_t a = 0; a < place.areas.size() && a < definition.areas.size(); ++a) {
        if (place.areas[a].empty()) continue;
        lines.Add(Kind::Strong, ui.IndexText(definition.areas[a].title));
        for (const PublishedAreaMark& mark : place.areas[a]) {
            const PublishedResult& result = published.results[mark.result];
            lines.Add(Kind::Muted, PublishedResultLabel(result, text, language) + ": " +
                                       PublishedAreaFigureText(result.areas[mark.figure], text));
        }
    }

    lines.Add(Kind::Heading, ui.Wording("published.list_heading"));
    for (const PublishedResult& result : published.results) {
        std::string line = PublishedResultLabel(result, text, language);
        if (result.overall) line += ": " + PublishedFigureText(result.overall->min, result.overall->max);
        lines.Add(Kind::Strong, std::move(line));
        for (const PublishedRank& rank : result.ranks) {
            std::string ranked = rank.of ? FillTemplate(text.Get("published.rank_of"), {{"position", std::to_string(rank.position)},
                                                                                     {"of", std::to_string(*rank.of)}})
                                         : FillTemplate(text.Get("published.rank"), {{"position", std::to_string(rank.position)}});
            if (!rank.group.Empty()) ranked += " " + FillTemplate(text.Get("published.rank_group"), {{"group", ui.IndexText(rank.group)}});
            lines.Add(Kind::Muted, std::move(ranked));
        }
        if (!result.note.Empty()) lines.Add(Kind::Muted, ui.IndexText(result.note));
        const Provenance& provenance = result.overall          ? result.overall->provenance
                                       : !result.ranks.empty() ? result.ranks.front().provenance
                                                               : result.areas.front().provenance;
        lines.Add(Kind::Muted, SourceLine(ui, published, provenance));
        lines.Gap(4);
    }

    lines.Add(Kind::Heading, ui.Wording("published.sizes_heading"));
    for (const PublishedSampleSize& size : published.sampleSizes)
        lines.Add(Kind::Muted, FillTemplate(ui.Wording("published.size_line"), {{"date", SampleSizeDate(size, text)},
                                                                                 {"cities", std::to_string(size.cities)},
                                                                                 {"report", ui.IndexText(size.report)}}));
    return lines.Take();
}

}  // namespace

void DrawPublishedResults(const Ui& ui) {
    const Session& session = ui.session;
    const PublishedResults* published = session.Published();
    const PublishedPlace* place = session.CurrentPublishedPlace();
    if (!published || !place) return;
    PublishedCache& cache = ui.state.published;
    const std::string& city = session.Current().city.name;
    if (cache.generation != session.ScoresGeneration() || cache.language != session.Language() || cache.city != city) {
        cache.lines = BuildLines(ui, *published, *place, city);
        cache.generation = session.ScoresGeneration();
        cache.language = session.Language();
        cache.city = city;
        cache.heights.Forget();
    }
    // The list is long: lines out of view are not laid out again, only stepped over.
    cache.heights.Begin(cache.lines.size());
    for (std::size_t i = 0; i < cache.lines.size(); ++i) {
        const ResultsLine& line = cache.lines[i];
        cache.heights.Block(i, [&] { DrawLine(ui, line); }, [&] { DescribeLine(ui.semantics, line); });
    }
}

}  // namespace icc
