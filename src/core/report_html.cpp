// The standalone HTML report (docs/REPORTS.md), written section by section by ReportWriter.
//
// [SECTION] Index of this file
//   The style sheet and the writer's declaration
//   Formatting helpers     Number, Percent, cells, city and year
//   Write                  the document in its order:
//     Head, Cover, Overview, Overall, Charts, AreaTable, Published (among other cities' results),
//     Change (since an earlier assessment),
//     AreaDetails (AreaSection, QuestionRow, Recommendations), Conclusions (Highlights), Method
#include "core/report_html.h"

#include "core/html_escape.h"
#include "core/published_text.h"
#include "core/report_charts.h"
#include "core/score_explanation.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <initializer_list>
#include <optional>
#include <utility>

namespace icc {
namespace {

// The report's stylesheet: system fonts, screen and A4 print (docs/REPORTS.md, "Layout").
const char kStyle[] = R"css(
:root { --ink: #1c2430; --muted: #5a6472; --accent: #1f5aa6; --accent-dark: #12355b; --line: #d5dbe3;
  --stripe: #f5f7fa; --note: #fff7e0; --note-line: #d9a300; }
* { box-sizing: border-box; }
html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif;
  font-size: 16px; line-height: 1.55; color: var(--ink); background: #fff; }
body { margin: 0; }
.cover { background: var(--accent-dark); color: #fff; padding: 3rem 1.5rem 2rem; }
.cover > *, main, .colophon { max-width: 56rem; margin-left: auto; margin-right: auto; }
main, .colophon { padding: 0 1.5rem; }
.kicker { text-transform: uppercase; letter-spacing: .08em; font-size: .8rem; margin: 0; opacity: .85; }
h1 { font-size: 2.1rem; line-height: 1.2; margin: .35em auto .3em; font-weight: 700; }
h2 { font-size: 1.55rem; line-height: 1.25; margin: 2.4em 0 .8em; padding-bottom: .25em; border-bottom: 2px solid var(--accent); }
h3 { font-size: 1.2rem; line-height: 1.3; margin: 1.8em 0 .6em; }
h4 { font-size: 1rem; margin: 1.3em 0 .4em; }
p, ul, ol, dl { margin: 0 0 .9em; }
.subtitle { font-size: 1.05rem; margin-top: 0; opacity: .92; }
.disclaimer { margin-top: 1.5rem; padding: .8em 1.1em; border-left: 4px solid #f2c14e; background: rgba(255,255,255,.08);
  font-size: .92rem; }
.disclaimer strong { display: block; }
.notice { padding: .75em 1em; border-left: 4px solid var(--note-line); background: var(--note); }
.muted, figcaption, .explain { color: var(--muted); }
.explain { font-size: .9rem; }
th .explain { font-weight: 400; }
dl.profile { display: grid; grid-template-columns: max-content 1fr; gap: .4em 2em; padding: 1em 1.25em;
  border: 1px solid var(--line); border-radius: 8px; }
dl.profile dt { color: var(--muted); }
dl.profile dd { margin: 0; font-weight: 600; }
.headline { display: flex; flex-wrap: wrap; gap: 1rem; margin: 1rem 0 1.25rem; }
.score-card { flex: 1 1 15rem; border: 1px solid var(--line); border-top: 4px solid var(--accent); border-radius: 8px;
  padding: .9rem 1.2rem; }
.score-card p { margin: 0; }
.score-card .value { font-size: 2.8rem; font-weight: 700; line-height: 1.15; color: var(--accent-dark); }
.tag { display: inline-block; font-size: .75rem; font-weight: 600; padding: .05em .6em; border-radius: 1em;
  border: 1px solid currentColor; vertical-align: middle; white-space: nowrap; }
.tag-partial { color: #8a5a00; }
table { width: 100%; border-collapse: collapse; margin: .5rem 0 1.5rem; font-size: .9rem; }
caption { caption-side: top; text-align: left; font-weight: 600; color: var(--muted); padding: 0 0 .5em; }
th, td { text-align: left; vertical-align: top; padding: .5em .6em; border-bottom: 1px solid var(--line); }
thead th { font-size: .78rem; text-transform: uppercase; letter-spacing: .04em; border-bottom: 2px solid var(--ink);
  vertical-align: bottom; }
tbody tr:nth-child(even) { background: var(--stripe); }
tbody th { font-weight: 600; }
.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.evidence { white-space: pre-wrap; overflow-wrap: anywhere; }
.questions tbody th { width: 36%; }
.questions td:nth-child(2) { width: 22%; }
.questions .evidence { width: 34%; }
a { color: var(--accent); text-decoration-thickness: 1px; text-underline-offset: 2px; }
.status { display: inline-block; font-size: .78rem; font-weight: 600; padding: .05em .55em; border-radius: 1em;
  border: 1px solid; white-space: nowrap; }
.status-full { color: #1e6b3a; background: #eaf6ee; }
.status-partly { color: #7a5200; background: #fff5dc; }
.status-none { color: #9b2c1f; background: #fdeceb; }
.status-missing { color: var(--muted); background: #fff; border-style: dashed; }
figure { margin: 1.25rem 0 2rem; }
figure svg { display: block; width: 100%; height: auto; max-width: 100%; }
figcaption { font-size: .88rem; margin-top: .5rem; }
.area { border-top: 1px solid var(--line); margin-top: 2rem; }
.area h3 { margin-top: 1.2em; }
.area-score { font-size: 1.05rem; }
.area-score strong { font-size: 1.5rem; color: var(--accent-dark); margin-right: .3em; }
.ideal { font-style: italic; }
.highlights > li { margin-bottom: 1.1em; }
.highlights ul { margin-top: .4em; }
.good-practice { display: block; color: var(--muted); font-size: .88rem; }
.url { overflow-wrap: anywhere; }
.table-scroll { overflow-x: auto; }
table.published { min-width: 34rem; }
.change-up::before { content: "\25B2\00A0"; }
.change-down::before { content: "\25BC\00A0"; }
.colophon { margin-top: 3rem; padding-top: 1rem; padding-bottom: 2rem; border-top: 1px solid var(--line);
  color: var(--muted); font-size: .85rem; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@page { size: A4; margin: 15mm; }
@media print {
  html { font-size: 10.5pt; }
  .cover { background: none; color: var(--ink); padding: 0 0 1rem; border-bottom: 3px solid var(--accent); }
  .disclaimer { background: var(--note); border-left-color: var(--note-line); }
  main, .colophon, .cover > * { max-width: none; padding-left: 0; padding-right: 0; }
  h2 { break-before: page; margin-top: 0; }
  #overview h2 { break-before: auto; margin-top: 1.5rem; }
  h2, h3, h4, caption { break-after: avoid; }
  tr, .score-card, dl.profile, .area-summary, .highlights > li { break-inside: avoid; }
  thead { display: table-header-group; }
  figure svg { max-height: 112mm; }  /* letterboxed by the viewBox: a chart shares its page */
  a { color: inherit; text-decoration: none; }
  tbody tr:nth-child(even), .status, .tag { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
)css";

using Values = std::initializer_list<std::pair<const char*, std::string>>;

class ReportWriter {
public:
    explicit ReportWriter(const ReportInput& input)
        : in_(input),
          definition_(input.definition),
          scores_(input.scores),
          language_(input.language.empty() ? std::string("en") : input.language),
          ownComparison_(input.comparison ? Comparison{}
                                          : Compare(input.definition, BenchmarkSet{}, input.assessment.city,
                                                    input.scores)),
          comparison_(input.comparison ? *input.comparison : ownComparison_),
          templates_(input.translations) {}

    std::string Write();

private:
    // Report wording from the catalog, escaped.
    std::string Wording(const char* key) const { return EscapeHtmlContained(in_.translations.Get(key)); }
    // Report wording with {placeholders} filled by `values`, which must already be HTML.
    std::string FilledWording(const char* key, Values values) const { return FillTemplate(Wording(key), values); }
    // A text of the index definition or the benchmarks, in the report's language, escaped.
    std::string IndexText(const LocalizedText& text) const { return EscapeHtmlContained(text.Get(language_)); }
    // A text the city wrote, escaped and isolated from the text around it.
    static std::string UserText(const std::string& text) { return "<bdi>" + EscapeHtmlContained(text) + "</bdi>"; }

    std::string Number(double value, int decimals) const;
    std::string Percent(const std::optional<double>& percent) const;
    std::string Missing() const;
    std::string PercentCell(const std::optional<double>& percent) const;
    std::string CityName() const;
    std::string Year(int year) const;
    std::string SampleLabel(const SampleReference& sample) const;
    std::string AreaTitle(std::size_t area) const { return IndexText(definition_.areas[area].title); }
    std::size_t AreaCount() const { return std::min(definition_.areas.size(), scores_.areas.size()); }
    const AreaComparison* AreaCompared(std::size_t area) const;

    void Head();
    void Cover();
    void Overview();
    void Overall();
    void Charts();
    void AreaTable();
    void Published();
    void PublishedAreaLine(std::size_t area);
    std::string SourceLink(const Provenance& provenance) const;
    void Change();
    void AreaDetails();
    void AreaSection(std::size_t area);
    void QuestionRow(const Question& question, const QuestionScore& score);
    void Recommendations(const std::vector<Recommendation>& recommendations);
    void Conclusions();
    void Highlights(const std::vector<AreaHighlight>& highlights, bool withRecommendations);
    void Method();

    const ReportInput& in_;
    const IndexDefinition& definition_;
    const AssessmentScores& scores_;
    std::string language_;
    Comparison ownComparison_;  // when no comparison is given: strongest and weakest areas by score
    const Comparison& comparison_;
    const ExplanationTemplates templates_;  // the explanations' wording, as the screen has it
    std::string out_;
};

std::string ReportWriter::Number(double value, int decimals) const {
    const std::string plain = FormatNumber(value, decimals);
    const std::size_t point = plain.find('.');
    const std::size_t digitsStart = plain[0] == '-' ? 1 : 0;
    const std::size_t integerEnd = point == std::string::npos ? plain.size() : point;
    const std::string thousands = Wording("report.number.thousands_separator");
    std::string text = plain.substr(0, digitsStart);
    for (std::size_t i = digitsStart; i < integerEnd; ++i) {
        if (i > digitsStart && (integerEnd - i) % 3 == 0) text += thousands;
        text += plain[i];
    }
    if (point != std::string::npos) text += Wording("report.number.decimal_separator") + plain.substr(point + 1);
    return text;
}

std::string ReportWriter::Percent(const std::optional<double>& percent) const {
    return percent ? EscapeHtml(FormatPercent(*percent)) : Wording("report.no_score");
}

std::string ReportWriter::Missing() const {
    return "<span aria-hidden=\"true\">\u2014</span><span class=\"sr-only\">" + Wording("report.not_available") + "</span>";
}

std::string ReportWriter::PercentCell(const std::optional<double>& percent) const {
    return "<td class=\"num\">" + (percent ? EscapeHtml(FormatPercent(*percent)) : Missing()) + "</td>";
}

std::string ReportWriter::CityName() const {
    return in_.assessment.city.name.empty() ? Wording("report.unnamed_city") : UserText(in_.assessment.city.name);
}

std::string ReportWriter::Year(int year) const { return year ? std::to_string(year) : Wording("report.not_given"); }

std::string ReportWriter::SampleLabel(const SampleReference& sample) const {
    const std::string size = FilledWording("report.sample_size", {{"cities", std::to_string(sample.cities)},
                                                      {"date", EscapeHtmlContained(sample.date)}});
    if (sample.group.empty()) return FilledWording("report.whole_sample", {{"size", size}});
    return FilledWording("report.group_sample", {{"group", IndexText(sample.groupLabel)}, {"size", size}});
}

const AreaComparison* ReportWriter::AreaCompared(std::size_t area) const {
    if (!in_.comparison || area >= in_.comparison->areas.size()) return nullptr;
    return &in_.comparison->areas[area];
}

std::string ReportWriter::Write() {
    out_.reserve(64 * 1024);
    out_ += "<!DOCTYPE html>\n<html lang=\"" + EscapeHtml(language_) + "\">\n";
    Head();
    out_ += "<body>\n";
    Cover();
    out_ += "<main>\n";
    Overview();
    Overall();
    Published();
    Change();
    AreaDetails();
    Conclusions();
    Method();
    out_ += "</main>\n<footer class=\"colophon\">\n<p>" +
            FilledWording("report.generated", {{"timestamp", EscapeHtmlContained(in_.generatedAt)},
                                   {"index", IndexText(definition_.title)},
                                   {"version", EscapeHtmlContained(definition_.version)}}) +
            "</p>\n</footer>\n</body>\n</html>\n";
    return std::move(out_);
}

void ReportWriter::Head() {
    const std::string title = FilledWording("report.document_title", {{"city", EscapeHtmlContained(in_.assessment.city.name)},
                                                          {"year", Year(in_.assessment.city.year)}});
    out_ += "<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            "<meta name=\"description\" content=\"" + title + "\">\n<title>" + title + "</title>\n<style>" + kStyle +
            "</style>\n</head>\n";
}

void ReportWriter::Cover() {
    out_ += "<header class=\"cover\">\n<p class=\"kicker\">" + IndexText(definition_.title) + " \u00b7 " +
            FilledWording("report.version", {{"version", EscapeHtmlContained(definition_.version)}}) + "</p>\n<h1>" +
            FilledWording("report.heading", {{"city", CityName()}}) + "</h1>\n<p class=\"subtitle\">" +
            FilledWording("report.subtitle", {{"year", Year(in_.assessment.city.year)},
                                  {"timestamp", EscapeHtmlContained(in_.generatedAt)}}) +
            "</p>\n<div class=\"disclaimer\" role=\"note\"><strong>" + Wording("report.disclaimer_heading") + "</strong> " +
            (definition_.disclaimer.Empty() ? Wording("report.disclaimer") : IndexText(definition_.disclaimer)) +
            "</div>\n</header>\n";
}

void ReportWriter::Overview() {
    const CityProfile& city = in_.assessment.city;
    out_ += "<section id=\"overview\" aria-labelledby=\"overview-heading\">\n<h2 id=\"overview-heading\">" +
            Wording("report.overview") + "</h2>\n<p>" + Wording("report.overview_intro") + "</p>\n<h3>" + Wording("report.profile") +
            "</h3>\n<dl class=\"profile\">\n";
    const auto row = [this](const char* key, const std::string& value) {
        out_ += "<dt>" + Wording(key) + "</dt><dd>" + value + "</dd>\n";
    };
    row("report.city", CityName());
    row("report.year", Year(city.year));
    row("report.population", city.population ? Number(*city.population, 0) : Wording("report.not_given"));
    row("report.foreign_born", city.foreignBornPercent ? Number(*city.foreignBornPercent, 1) + "%" : Wording("report.not_given"));
    if (in_.comparison) {
        const auto group = [this](const std::optional<SampleReference>& sample) {
            return sample ? IndexText(sample->groupLabel) : Wording("report.no_group");
        };
        row("report.size_group", group(in_.comparison->sizeSample));
        row("report.diversity_group", group(in_.comparison->diversitySample));
    }
    row("report.completeness", EscapeHtmlContained(ExplainCompleteness(scores_, templates_)));
    out_ += "</dl>\n";
    if (scores_.partial)
        out_ += "<p class=\"notice\" role=\"note\">" +
                FilledWording("report.partial", {{"answered", std::to_string(scores_.answered)},
                                     {"total", std::to_string(scores_.total)},
                                     {"percent", EscapeHtml(FormatPercent(scores_.completenessPercent))}}) +
                "</p>\n";
    out_ += "</section>\n";
}

void ReportWriter::Overall() {
    const std::string partialTag =
        scores_.partial ? " <span class=\"tag tag-partial\">" + Wording("report.partial_tag") + "</span>" : std::string();
    out_ += "<section id=\"overall\" aria-labelledby=\"overall-heading\">\n<h2 id=\"overall-heading\">" +
            Wording("report.overall") + "</h2>\n<div class=\"headline\">\n";
    const auto card = [&](const char* key, const std::optional<double>& value, const char* noteKey) {
        out_ += "<div class=\"score-card\"><p>" + Wording(key) + "</p><p class=\"value\">" + Percent(value) + partialTag +
                "</p><p class=\"muted\">" + Wording(noteKey) + "</p></div>\n";
    };
    card("report.core_index", scores_.coreIndex, "report.core_index_note");
    card("report.extended_index", scores_.extendedIndex, "report.extended_index_note");
    out_ += "</div>\n";
    out_ += "<p class=\"explain\">" + EscapeHtmlContained(ExplainIndex(definition_, scores_, false, language_, templates_)) +
            "<br>" + EscapeHtmlContained(ExplainIndex(definition_, scores_, true, language_, templates_)) + "</p>\n";
    for (std::size_t g = 0; g < definition_.groups.size() && g < scores_.groups.size(); ++g)
        out_ += "<p><strong>" + IndexText(definition_.groups[g].title) + ": " + Percent(scores_.groups[g].percent) +
                "</strong><br><span class=\"explain\">" +
                EscapeHtmlContained(ExplainGroup(definition_, scores_, g, language_, templates_)) + "</span></p>\n";

    if (in_.comparison) {
        const Comparison& c = *in_.comparison;
        out_ += "<table class=\"benchmarks\">\n<caption>" + Wording("report.core_vs_benchmarks_caption") +
                "</caption>\n<thead><tr><th scope=\"col\">" + Wording("report.col.compared_with") +
                "</th><th scope=\"col\" class=\"num\">" + Wording("report.col.core_index") + "</th></tr></thead>\n<tbody>\n";
        out_ += "<tr><th scope=\"row\">" + CityName() + "</th>" + PercentCell(c.coreIndex.city) + "</tr>\n";
        const auto row = [&](const std::optional<SampleReference>& sample, const std::optional<double>& value) {
            if (sample) out_ += "<tr><th scope=\"row\">" + SampleLabel(*sample) + "</th>" + PercentCell(value) + "</tr>\n";
        };
        row(c.wholeSample, c.coreIndex.sample);
        row(c.sizeSample, c.coreIndex.sizeGroup);
        row(c.diversitySample, c.coreIndex.diversityGroup);
        out_ += "</tbody>\n</table>\n";
    }
    Charts();
    AreaTable();
    out_ += "</section>\n";
}

void ReportWriter::Charts() {
    const Translations& t = in_.translations;
    ScoreChart chart;
    std::string values;
    for (std::size_t a = 0; a < AreaCount(); ++a) {
        chart.labels.push_back(definition_.areas[a].title.Get(language_));
        chart.scores.push_back(scores_.areas[a].percent);
        values += (values.empty() ? "" : "; ") + chart.labels.back() + ": " +
                  (chart.scores.back() ? FormatPercent(*chart.scores.back()) : std::string(t.Get("report.no_score")));
    }
    chart.scoreLegend = t.Get("report.legend_score");
    chart.noScoreLabel = t.Get("report.no_score");
    std::string benchmarkValues;
    if (in_.comparison) {
        const auto series = [&](const char* key, ChartMarker marker, std::optional<double> ComparedScore::*member) {
            ChartSeries line{t.Get(key), marker, {}};
            std::string figures;
            for (std::size_t a = 0; a < AreaCount(); ++a) {
                const AreaComparison* compared = AreaCompared(a);
                line.values.push_back(compared ? compared->score.*member : std::nullopt);
                if (line.values.back())
                    figures += (figures.empty() ? "" : ", ") + chart.labels[a] + " " + FormatPercent(*line.values.back());
            }
            if (figures.empty()) return;
            benchmarkValues += " " + FillTemplate(t.Get("report.chart_benchmark_values"),
                                                  {{"series", line.legend}, {"values", figures}});
            chart.benchmarks.push_back(std::move(line));
        };
        series("report.legend_sample", ChartMarker::Diamond, &ComparedScore::sample);
        series("report.legend_size_group", ChartMarker::Triangle, &ComparedScore::sizeGroup);
        series("report.legend_diversity_group", ChartMarker::Circle, &ComparedScore::diversityGroup);
    }
    const std::string caption = scores_.partial ? " " + Wording("report.chart_partial") : std::string();

    chart.id = "bar-chart";
    chart.title = t.Get("report.bar_chart_title");
    chart.description = FillTemplate(t.Get("report.bar_chart_desc"), {{"values", values}}) + benchmarkValues;
    out_ += "<h3>" + Wording("report.bar_chart_title") + "</h3>\n<figure>\n" + BarChartSvg(chart) + "<figcaption>" +
            Wording("report.bar_chart_caption") + caption + "</figcaption>\n</figure>\n";

    chart.id = "radar-chart";
    chart.title = t.Get("report.radar_chart_title");
    chart.description = FillTemplate(t.Get("report.radar_chart_desc"), {{"values", values}}) + benchmarkValues;
    const std::string radar = RadarChartSvg(chart);
    if (radar.empty()) return;
    out_ += "<h3>" + Wording("report.radar_chart_title") + "</h3>\n<figure>\n" + radar + "<figcaption>" +
            Wording("report.radar_chart_caption") + caption + "</figcaption>\n</figure>\n";
}

void ReportWriter::AreaTable() {
    // Comparison columns only for the averages the benchmark file has for some area.
    struct Column {
        const char* key;
        std::optional<double> ComparedScore::*member;
    };
    std::vector<Column> columns;
    for (const Column column : {Column{"report.col.sample", &ComparedScore::sample},
                                Column{"report.col.size_group", &ComparedScore::sizeGroup},
                                Column{"report.col.diversity_group", &ComparedScore::diversityGroup}}) {
        for (std::size_t a = 0; a < AreaCount(); ++a)
            if (const AreaComparison* compared = AreaCompared(a); compared && compared->score.*column.member) {
                columns.push_back(column);
                break;
            }
    }
    out_ += "<h3>" + Wording("report.area_table") + "</h3>\n<table class=\"areas\">\n<caption>" +
            Wording("report.area_table_caption") + "</caption>\n<thead><tr><th scope=\"col\">" + Wording("report.col.area") +
            "</th><th scope=\"col\" class=\"num\">" + Wording("report.col.score") + "</th><th scope=\"col\" class=\"num\">" +
            Wording("report.col.points") + "</th><th scope=\"col\" class=\"num\">" + Wording("report.col.answered") + "</th>";
    for (const Column& column : columns) out_ += "<th scope=\"col\" class=\"num\">" + Wording(column.key) + "</th>";
    out_ += "<th scope=\"col\">" + Wording("report.col.explanation") + "</th></tr></thead>\n<tbody>\n";
    for (std::size_t a = 0; a < AreaCount(); ++a) {
        const Area& area = definition_.areas[a];
        const AreaScore& score = scores_.areas[a];
        out_ += "<tr><th scope=\"row\"><a href=\"#area-" + EscapeHtml(area.id) + "\">" + AreaTitle(a) + "</a>" +
                (area.optional ? " <span class=\"tag\">" + Wording("report.optional_tag") + "</span>" : std::string()) +
                "</th>" + PercentCell(score.percent) + "<td class=\"num\">" +
                FilledWording("report.points_value", {{"points", Number(score.points, 2)}, {"max", Number(score.maxPoints, 2)}}) +
                "</td><td class=\"num\">" +
                FilledWording("report.answered_value", {{"answered", std::to_string(score.answered)},
                                            {"total", std::to_string(score.total)}}) +
                "</td>";
        for (const Column& column : columns) {
            const AreaComparison* compared = AreaCompared(a);
            out_ += PercentCell(compared ? compared->score.*column.member : std::nullopt);
        }
        out_ += "<td class=\"explain\">" + EscapeHtmlContained(ExplainArea(definition_, scores_, a, language_, templates_)) +
                "</td></tr>\n";
    }
    out_ += "</tbody>\n</table>\n";
}

std::string ReportWriter::SourceLink(const Provenance& provenance) const {
    const PublishedSource* source = in_.published->FindSource(provenance.source);
    if (!source) return Missing();
    const std::string title = IndexText(source->title);
    return (IsWebAddress(source->url) ? "<a href=\"" + EscapeHtml(source->url) + "\">" + title + "</a>" : title) +
           " <span class=\"muted\">(" + EscapeHtmlContained(CertaintyText(provenance.certainty, in_.translations)) + ")</span>";
}

// The city's estimate among the published overall results of other cities: what the comparison
// is worth, a chart, the table with every figure's source, and the published sample sizes.
void ReportWriter::Published() {
    if (!in_.published || !in_.publishedPlace) return;
    const PublishedResults& published = *in_.published;
    const PublishedPlace& place = *in_.publishedPlace;
    const Translations& t = in_.translations;
    out_ += "<section id=\"published\" aria-labelledby=\"published-heading\">\n<h2 id=\"published-heading\">" +
            Wording("published.heading") + "</h2>\n<p class=\"notice\" role=\"note\">" + Wording("published.worth") + "</p>\n";
    const std::string placeSentence = PublishedPlaceSentence(place, t);
    if (!placeSentence.empty()) out_ += "<p>" + EscapeHtmlContained(placeSentence) + "</p>\n";

    std::vector<PublishedBar> bars;
    std::string values;
    bool ownDrawn = !place.cityEstimate;
    const auto addOwn = [&] {
        const std::string label = FillTemplate(t.Get("published.own_label"), {{"city", in_.assessment.city.name.empty()
                                                                                       ? std::string(t.Get("report.unnamed_city"))
                                                                                       : in_.assessment.city.name}});
        bars.push_back({label, *place.cityEstimate, *place.cityEstimate, PublishedFigureText(*place.cityEstimate, *place.cityEstimate), true});
        values += (values.empty() ? "" : "; ") + label + ": " + bars.back().value;
        ownDrawn = true;
    };
    for (const PublishedMark& mark : place.overall) {
        if (!ownDrawn && mark.max <= *place.cityEstimate) addOwn();
        bars.push_back({PublishedResultLabel(published.results[mark.result], t, language_), mark.min, mark.max,
                        PublishedFigureText(mark.min, mark.max), false});
        values += (values.empty() ? "" : "; ") + bars.back().label + ": " + bars.back().value;
    }
    if (!ownDrawn) addOwn();
    out_ += "<figure>\n" +
            PublishedChartSvg("published-chart", t.Get("published.chart_title"),
                              FillTemplate(t.Get("published.chart_desc"), {{"values", values}}), bars) +
            "<figcaption>" + Wording("published.chart_caption") + "</figcaption>\n</figure>\n";

    out_ += "<div class=\"table-scroll\">\n<table class=\"published\">\n<caption>" + Wording("published.table_caption") +
            "</caption>\n<thead><tr><th scope=\"col\">" + Wording("published.col_result") + "</th><th scope=\"col\" class=\"num\">" +
            Wording("published.col_overall") + "</th><th scope=\"col\">" + Wording("published.col_rank") +
            "</th><th scope=\"col\">" + Wording("published.col_source") + "</th></tr></thead>\n<tbody>\n";
    for (const PublishedResult& result : published.results) {
        std::string ranks;
        for (const PublishedRank& rank : result.ranks) {
            std::string text = rank.of ? FillTemplate(t.Get("published.rank_of"), {{"position", std::to_string(rank.position)},
                                                                                 {"of", std::to_string(*rank.of)}})
                                       : FillTemplate(t.Get("published.rank"), {{"position", std::to_string(rank.position)}});
            if (!rank.group.Empty()) text += " " + FillTemplate(t.Get("published.rank_group"), {{"group", rank.group.Get(language_)}});
            ranks += (ranks.empty() ? "" : "<br>") + EscapeHtmlContained(text);
        }
        // Every distinct source of the result's figures.
        std::vector<const Provenance*> sources;
        const auto addSource = [&](const Provenance& provenance) {
            for (const Provenance* known : sources)
                if (known->source == provenance.source) return;
            sources.push_back(&provenance);
        };
        if (result.overall) addSource(result.overall->provenance);
        for (const PublishedRank& rank : result.ranks) addSource(rank.provenance);
        for (const PublishedArea& area : result.areas) addSource(area.provenance);
        std::string sourceCell;
        for (const Provenance* provenance : sources) sourceCell += (sourceCell.empty() ? "" : "<br>") + SourceLink(*provenance);
        const std::string note = result.note.Empty() ? std::string() : "<br><span class=\"explain\">" + IndexText(result.note) + "</span>";
        out_ += "<tr><th scope=\"row\">" + EscapeHtmlContained(PublishedResultLabel(result, t, language_)) + note + "</th>" +
                (result.overall ? "<td class=\"num\">" + EscapeHtml(PublishedFigureText(result.overall->min, result.overall->max)) + "</td>"
                                : "<td class=\"num\">" + Missing() + "</td>") +
                "<td>" + (ranks.empty() ? Missing() : ranks) + "</td><td>" + sourceCell + "</td></tr>\n";
    }
    out_ += "</tbody>\n</table>\n</div>\n";

    if (!published.sampleSizes.empty()) {
        out_ += "<h3>" + Wording("published.sizes_heading") + "</h3>\n<div class=\"table-scroll\">\n<table class=\"sample-sizes\">\n<caption>" +
                Wording("published.sizes_caption") + "</caption>\n<thead><tr><th scope=\"col\">" + Wording("published.col_date") +
                "</th><th scope=\"col\" class=\"num\">" + Wording("published.col_cities") + "</th><th scope=\"col\">" +
                Wording("published.col_report") + "</th><th scope=\"col\">" + Wording("published.col_source") +
                "</th></tr></thead>\n<tbody>\n";
        for (const PublishedSampleSize& size : published.sampleSizes)
            out_ += "<tr><th scope=\"row\">" + EscapeHtmlContained(SampleSizeDate(size, t)) + "</th><td class=\"num\">" +
                    std::to_string(size.cities) + "</td><td>" + (size.report.Empty() ? Missing() : IndexText(size.report)) +
                    "</td><td>" + SourceLink(size.provenance) + "</td></tr>\n";
        out_ += "</tbody>\n</table>\n</div>\n";
    }
    out_ += "</section>\n";
}

// "Published figures for this area: …" under the area's own score.
void ReportWriter::PublishedAreaLine(std::size_t area) {
    if (!in_.published || !in_.publishedPlace || area >= in_.publishedPlace->areas.size()) return;
    std::string figures;
    for (const PublishedAreaMark& mark : in_.publishedPlace->areas[area]) {
        const PublishedResult& result = in_.published->results[mark.result];
        figures += (figures.empty() ? "" : " \u00b7 ") +
                   EscapeHtmlContained(PublishedResultLabel(result, in_.translations, language_) + ": " +
                                       PublishedAreaFigureText(result.areas[mark.figure], in_.translations));
    }
    if (!figures.empty())
        out_ += "<p class=\"explain\">" + FilledWording("published.area_line", {{"figures", figures}}) + "</p>\n";
}

void ReportWriter::Change() {
    if (!in_.earlierScores) return;
    const AssessmentScores& earlier = *in_.earlierScores;
    const int earlierYear = in_.earlierAssessment ? in_.earlierAssessment->city.year : 0;
    const std::string since = earlierYear ? std::to_string(earlierYear) : Wording("report.earlier_assessment");
    out_ += "<section id=\"change\" aria-labelledby=\"change-heading\">\n<h2 id=\"change-heading\">" +
            FilledWording("report.change", {{"earlier", since}}) + "</h2>\n<table class=\"change\">\n<caption>" +
            FilledWording("report.change_caption", {{"earlier", since}}) + "</caption>\n<thead><tr><th scope=\"col\">" +
            Wording("report.col.area") + "</th><th scope=\"col\" class=\"num\">" +
            FilledWording("report.col.then", {{"earlier", since}}) + "</th><th scope=\"col\" class=\"num\">" + Wording("report.col.now") +
            "</th><th scope=\"col\" class=\"num\">" + Wording("report.col.change") + "</th></tr></thead>\n<tbody>\n";
    const auto row = [&](const std::string& title, const std::optional<double>& then, const std::optional<double>& now) {
        std::string change = Missing();
        if (const std::optional<long long> since = ChangeSince(then, now)) {
            const long long difference = *since;
            if (difference == 0) change = Wording("report.no_change");
            else
                change = "<span class=\"" + std::string(difference > 0 ? "change-up" : "change-down") + "\">" +
                         FilledWording("report.change_points",
                           {{"change", (difference > 0 ? "+" : "\u2212") + std::to_string(std::llabs(difference))}}) +
                         "</span>";
        }
        out_ += "<tr><th scope=\"row\">" + title + "</th>" + PercentCell(then) + PercentCell(now) +
                "<td class=\"num\">" + change + "</td></tr>\n";
    };
    row(Wording("report.core_index"), earlier.coreIndex, scores_.coreIndex);
    row(Wording("report.extended_index"), earlier.extendedIndex, scores_.extendedIndex);
    for (std::size_t a = 0; a < AreaCount(); ++a) {
        const AreaScore* then = earlier.FindArea(definition_.areas[a].id);
        row(AreaTitle(a), then ? then->percent : std::nullopt, scores_.areas[a].percent);
    }
    out_ += "</tbody>\n</table>\n<p class=\"explain\">" + Wording("report.change_note") + "</p>\n</section>\n";
}

void ReportWriter::AreaDetails() {
    out_ += "<section id=\"areas\" aria-labelledby=\"areas-heading\">\n<h2 id=\"areas-heading\">" +
            Wording("report.areas") + "</h2>\n<p>" + Wording("report.areas_intro") + "</p>\n";
    for (std::size_t a = 0; a < AreaCount(); ++a) AreaSection(a);
    out_ += "</section>\n";
}

void ReportWriter::AreaSection(std::size_t index) {
    const Area& area = definition_.areas[index];
    const AreaScore& score = scores_.areas[index];
    const std::string id = "area-" + EscapeHtml(area.id);
    out_ += "<section class=\"area\" id=\"" + id + "\" aria-labelledby=\"" + id + "-heading\">\n<h3 id=\"" + id +
            "-heading\">" + std::to_string(index + 1) + ". " + AreaTitle(index) + "</h3>\n<div class=\"area-summary\">\n";
    if (!area.description.Empty()) out_ += "<p class=\"ideal\">" + IndexText(area.description) + "</p>\n";
    out_ += "<p class=\"area-score\"><strong>" + Percent(score.percent) + "</strong>" +
            "<span class=\"explain\">" + EscapeHtmlContained(ExplainArea(definition_, scores_, index, language_, templates_)) +
            "</span><br>" +
            FilledWording(score.dontKnow ? "report.area_answered_dont_know" : "report.area_answered",
              {{"answered", std::to_string(score.answered)},
               {"total", std::to_string(score.total)},
               {"dont_know", std::to_string(score.dontKnow)}});
    if (const AreaComparison* compared = AreaCompared(index)) {
        std::string figures;
        const auto add = [&](const char* key, const std::optional<double>& value) {
            if (value) figures += (figures.empty() ? "" : " \u00b7 ") + FilledWording(key, {{"percent", Percent(value)}});
        };
        add("report.sample_figure", compared->score.sample);
        add("report.size_group_figure", compared->score.sizeGroup);
        add("report.diversity_group_figure", compared->score.diversityGroup);
        if (!figures.empty()) out_ += "<br>" + figures;
    }
    out_ += "</p>\n";
    PublishedAreaLine(index);
    if (area.optional) out_ += "<p class=\"muted\">" + Wording("report.optional_area") + "</p>\n";
    out_ += "</div>\n<table class=\"questions\">\n<caption>" + FilledWording("report.questions_caption", {{"area", AreaTitle(index)}}) +
            "</caption>\n<thead><tr><th scope=\"col\">" + Wording("report.col.question") + "</th><th scope=\"col\">" +
            Wording("report.col.answer") + "</th><th scope=\"col\" class=\"num\">" + Wording("report.col.points") +
            "</th><th scope=\"col\">" + Wording("report.col.evidence") + "</th></tr></thead>\n<tbody>\n";
    for (std::size_t q = 0; q < area.questions.size(); ++q)
        QuestionRow(area.questions[q], q < score.questions.size() ? score.questions[q] : QuestionScore{});
    out_ += "</tbody>\n</table>\n";
    if (!area.recommendations.empty() && !(score.percent && *score.percent >= 100)) {
        out_ += "<h4>" + Wording("report.suggestions") + "</h4>\n";
        Recommendations(area.recommendations);
    }
    out_ += "</section>\n";
}

void ReportWriter::QuestionRow(const Question& question, const QuestionScore& score) {
    const auto found = in_.assessment.answers.find(question.id);
    const Answer* answer = found == in_.assessment.answers.end() ? nullptr : &found->second;
    std::string chosen;
    if (answer && !answer->dontKnow) {
        for (const std::string& selected : answer->selected) {
            const AnswerOption* option = FindOption(question, selected);
            const std::string label = option ? IndexText(option->label) : UserText(selected);  // an unknown id, as written
            chosen += (chosen.empty() ? "" : "<br>") + label;
        }
        if (answer->number) {
            std::string value = Number(*answer->number, 2) + EscapeHtmlContained(question.unit);
            for (std::size_t b = 0; b < question.bands.size(); ++b) {
                const NumberBand& band = question.bands[b];
                const bool last = b + 1 == question.bands.size();  // the last band includes its max (SCORING.md)
                const double number = *answer->number;
                if (number >= band.min && (number < band.max || (last && number <= band.max)) && !band.label.Empty()) {
                    value = FilledWording("report.answer_in_band", {{"value", value}, {"band", IndexText(band.label)}});
                    break;
                }
            }
            chosen += (chosen.empty() ? "" : "<br>") + value;
        }
    }
    const char* statusKey = "report.status.unanswered";
    const char* statusClass = "missing";
    switch (score.status) {
        case QuestionStatus::Scored:
            statusKey = score.points >= question.maxPoints ? "report.status.full"
                        : score.points > 0                 ? "report.status.partly"
                                                           : "report.status.none";
            statusClass = score.points >= question.maxPoints ? "full" : score.points > 0 ? "partly" : "none";
            break;
        case QuestionStatus::DontKnow: statusKey = "report.status.dont_know"; break;
        case QuestionStatus::Unusable: statusKey = "report.status.unusable"; break;
        case QuestionStatus::Unanswered: break;
    }
    const std::string status = "<span class=\"status status-" + std::string(statusClass) + "\">" + Wording(statusKey) + "</span>";
    out_ += "<tr><th scope=\"row\">" + IndexText(question.text) + "</th><td>" + (chosen.empty() ? status : chosen + "<br>" + status) +
            "</td><td class=\"num\">" +
            FilledWording("report.points_value", {{"points", Number(score.points, 2)}, {"max", Number(question.maxPoints, 2)}}) +
            "</td><td class=\"evidence\">" + (answer && !answer->evidence.empty() ? UserText(answer->evidence) : Missing()) +
            "</td></tr>\n";
}

void ReportWriter::Recommendations(const std::vector<Recommendation>& recommendations) {
    out_ += "<ul class=\"recommendations\">\n";
    for (const Recommendation& recommendation : recommendations) {
        out_ += "<li>" + IndexText(recommendation.text);
        if (!recommendation.goodPractice.empty()) {
            std::string practice;
            for (const GoodPractice& pointer : recommendation.goodPractice) {
                // The title links to where to read about it; the address is printed too, for paper.
                const std::string link = IsWebAddress(pointer.url)
                                             ? "<a href=\"" + EscapeHtml(pointer.url) + "\">" + IndexText(pointer.title) + "</a>"
                                             : IndexText(pointer.title);
                practice += (practice.empty() ? "" : "; ") +
                            FilledWording(pointer.year ? "report.good_practice_dated" : "report.good_practice_example",
                                          {{"city", IndexText(pointer.city)},
                                           {"title", link},
                                           {"year", pointer.year ? std::to_string(*pointer.year) : std::string()},
                                           {"url", "<span class=\"url\">" + EscapeHtmlContained(pointer.url) + "</span>"}});
            }
            out_ += "<span class=\"good-practice\">" + FilledWording("report.good_practice", {{"examples", practice}}) + "</span>";
        }
        out_ += "</li>\n";
    }
    out_ += "</ul>\n";
}

void ReportWriter::Conclusions() {
    out_ += "<section id=\"conclusions\" aria-labelledby=\"conclusions-heading\">\n<h2 id=\"conclusions-heading\">" +
            Wording("report.conclusions") + "</h2>\n<p>" +
            Wording(comparison_.rankedAgainstSample ? "report.ranked_by_sample" : "report.ranked_by_score") + "</p>\n";
    out_ += "<h3>" + Wording("report.strongest") + "</h3>\n";
    Highlights(comparison_.strongest, false);
    out_ += "<h3>" + Wording("report.development") + "</h3>\n";
    Highlights(comparison_.development, true);
    out_ += "</section>\n";
}

void ReportWriter::Highlights(const std::vector<AreaHighlight>& highlights, bool withRecommendations) {
    if (highlights.empty()) {
        out_ += "<p>" + Wording("report.no_highlights") + "</p>\n";
        return;
    }
    out_ += "<ol class=\"highlights\">\n";
    for (const AreaHighlight& highlight : highlights) {
        if (highlight.areaIndex >= AreaCount()) continue;
        std::string figures = Percent(highlight.cityPercent);
        if (highlight.sampleAverage && highlight.difference) {
            const long long difference = std::llround(*highlight.difference);
            figures = FilledWording("report.highlight_vs_sample",
                        {{"percent", figures},
                         {"average", Percent(highlight.sampleAverage)},
                         {"difference", (difference > 0 ? "+" : difference < 0 ? "\u2212" : "") +
                                            std::to_string(std::llabs(difference))}});
        }
        out_ += "<li><strong><a href=\"#area-" + EscapeHtml(highlight.areaId) + "\">" + AreaTitle(highlight.areaIndex) +
                "</a></strong>: " + figures;
        if (withRecommendations && !highlight.recommendations.empty()) Recommendations(highlight.recommendations);
        out_ += "</li>\n";
    }
    out_ += "</ol>\n";
}

void ReportWriter::Method() {
    out_ += "<section id=\"method\" aria-labelledby=\"method-heading\">\n<h2 id=\"method-heading\">" +
            Wording("report.method") + "</h2>\n<p>" + Wording("report.method_scoring") + "</p>\n<ul>\n<li>" +
            Wording(definition_.unanswered == MissingAnswerRule::ZeroPoints ? "report.method_unanswered_zero"
                                                                      : "report.method_unanswered_excluded") +
            "</li>\n<li>" +
            Wording(definition_.dontKnow == MissingAnswerRule::ZeroPoints ? "report.method_dont_know_zero"
                                                                    : "report.method_dont_know_excluded") +
            "</li>\n<li>" + Wording("report.method_rounding") + "</li>\n</ul>\n";
    if (in_.benchmarks) {
        out_ += "<p>" + FilledWording("report.method_benchmarks", {{"title", IndexText(in_.benchmarks->title)},
                                                       {"source", EscapeHtmlContained(in_.benchmarks->source)}}) +
                "</p>\n";
        if (in_.comparison) {
            out_ += "<ul>\n";
            for (const std::optional<SampleReference>* sample :
                 {&in_.comparison->wholeSample, &in_.comparison->sizeSample, &in_.comparison->diversitySample}) {
                if (!*sample) continue;
                std::string source;
                for (const BenchmarkSample& candidate : in_.benchmarks->samples)
                    if (candidate.id == (*sample)->sampleId) source = candidate.source;
                out_ += "<li>" + SampleLabel(**sample) +
                        (source.empty() ? std::string() : ": " + EscapeHtmlContained(source)) + "</li>\n";
            }
            out_ += "</ul>\n";
            if (!in_.comparison->wholeSample && !in_.comparison->sizeSample && !in_.comparison->diversitySample)
                out_ += "<p>" + Wording("report.no_samples_for_city") + "</p>\n";
        }
        out_ += "<p>" + Wording("report.method_comparison_indicative") + "</p>\n";
    } else {
        out_ += "<p>" + Wording("report.method_no_benchmarks") + "</p>\n";
    }
    // Not the file's "source": it names research keys (assets/index/SOURCES.md) no reader can resolve.
    out_ += "<p>" + FilledWording("report.method_index", {{"title", IndexText(definition_.title)},
                                              {"version", EscapeHtmlContained(definition_.version)}}) +
            "</p>\n</section>\n";
}

}  // namespace

std::string WriteHtmlReport(const ReportInput& input) { return ReportWriter(input).Write(); }

}  // namespace icc
