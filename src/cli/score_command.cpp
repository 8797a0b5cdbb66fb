// icc-index score --index INDEX [--benchmarks FILE] [--csv] ANSWERS...: scores answers files with
// an index definition and prints one JSON object per file (or one CSV row per file), then a
// summary across the files. Rules: docs/SCORING.md; output fields: docs/SCORING.md, "Command line".
#include "cli/cli_files.h"
#include "cli/commands.h"

#include "core/action_plan.h"
#include "core/assessment_io.h"
#include "core/carry_over.h"
#include "core/benchmarks.h"
#include "core/index_loader.h"
#include "core/published_results.h"
#include "core/report_csv.h"
#include "core/scores_json.h"
#include "core/scoring.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <deque>
#include <optional>
#include <string>

namespace icc::cli {
namespace {

using Json = nlohmann::ordered_json;

const char kScoreUsage[] =
    "usage: icc-index score --index INDEX [--benchmarks FILE] [--published FILE] [--csv] ANSWERS...\n"
    "\n"
    "Scores answers files (kind \"icc-assessment\") with the index definition INDEX and prints one\n"
    "JSON object per file, then {\"summary\": ...}. With --benchmarks, each result also compares the\n"
    "city with the benchmark averages; with --published (a file of kind \"icc-published-results\"),\n"
    "with the published results of single cities (comparison.publishedResults). With --csv, prints one CSV row per file (a column per area)\n"
    "and a last row \"mean\" instead; text cells that a spreadsheet would run as a formula get a\n"
    "leading apostrophe. A file with an action plan gets \"target\": the core, extended and area\n"
    "scores if every target of its plan were met. Problems go to stderr as \"FILE: /json/pointer: message\".\n"
    "exit codes: 0 ok, 1 invalid input (a file could not be read or is invalid), 2 usage error\n";

struct Options {
    std::string indexPath;
    std::string benchmarksPath;
    std::string publishedPath;
    bool csv = false;
    std::vector<std::string> answersPaths;
};

// Parses the arguments; nullopt (after printing why) on a usage error.
std::optional<Options> ParseOptions(const Arguments& args) {
    Options options;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        const bool takesValue = arg == "--index" || arg == "--benchmarks" || arg == "--published";
        if (takesValue && i + 1 >= args.size()) {
            std::fprintf(stderr, "icc-index score: %s needs a file\n\n%s", arg.c_str(), kScoreUsage);
            return std::nullopt;
        }
        if (arg == "--index") options.indexPath = args[++i];
        else if (arg == "--benchmarks") options.benchmarksPath = args[++i];
        else if (arg == "--published") options.publishedPath = args[++i];
        else if (arg == "--csv") options.csv = true;
        else if (arg.size() > 1 && arg[0] == '-') {
            std::fprintf(stderr, "icc-index score: unknown option '%s'\n\n%s", arg.c_str(), kScoreUsage);
            return std::nullopt;
        } else options.answersPaths.push_back(arg);
    }
    if (options.indexPath.empty() || options.answersPaths.empty()) {
        std::fprintf(stderr, "icc-index score: %s\n\n%s",
                     options.indexPath.empty() ? "--index is required" : "no answers file given", kScoreUsage);
        return std::nullopt;
    }
    return options;
}

Json OrNull(const std::optional<double>& value) { return value ? Json(*value) : Json(nullptr); }

Json ProblemsJson(const Problems& problems) {
    Json list = Json::array();
    for (const Problem& problem : problems) list.push_back({{"path", problem.path}, {"message", problem.message}});
    return list;
}

Json ComparedJson(const ComparedScore& score) {
    return {{"city", OrNull(score.city)},
            {"sample", OrNull(score.sample)},
            {"sizeGroup", OrNull(score.sizeGroup)},
            {"diversityGroup", OrNull(score.diversityGroup)}};
}

Json SampleJson(const std::optional<SampleReference>& sample) {
    if (!sample) return nullptr;
    return {{"sample", sample->sampleId}, {"group", sample->group}, {"cities", sample->cities},
            {"date", sample->date.empty() ? Json(nullptr) : Json(sample->date)}};  // absent values are null
}

Json ComparisonJson(const Comparison& comparison) {
    Json areas = Json::object();
    for (const AreaComparison& area : comparison.areas) areas[area.areaId] = ComparedJson(area.score);
    const auto ids = [](const std::vector<AreaHighlight>& highlights) {
        Json list = Json::array();
        for (const AreaHighlight& highlight : highlights) list.push_back(highlight.areaId);
        return list;
    };
    return {{"wholeSample", SampleJson(comparison.wholeSample)},
            {"sizeGroup", SampleJson(comparison.sizeSample)},
            {"diversityGroup", SampleJson(comparison.diversitySample)},
            {"coreIndex", ComparedJson(comparison.coreIndex)},
            {"areas", std::move(areas)},
            {"rankedAgainstSample", comparison.rankedAgainstSample},
            {"strongest", ids(comparison.strongest)},
            {"development", ids(comparison.development)}};
}

Json ProvenanceJson(const PublishedResults& published, const Provenance& provenance) {
    const PublishedSource* source = published.FindSource(provenance.source);
    return {{"source", source ? Json(source->title.Get("en")) : Json(nullptr)},
            {"url", source ? Json(source->url) : Json(nullptr)},
            {"certainty", CertaintyId(provenance.certainty)}};
}

// The city among the published results: every figure with its source (absent values are null).
Json PublishedJson(const PublishedResults& published, const PublishedPlace& place, const IndexDefinition& definition) {
    const auto resultHead = [&](const PublishedResult& result) {
        return Json{{"id", result.id},
                    {"city", result.city.Get("en")},
                    {"country", result.country},
                    {"year", result.year ? Json(*result.year) : Json(nullptr)},
                    {"indexVersion", result.edition == IndexEdition::NotStated ? Json(nullptr) : Json(EditionId(result.edition))}};
    };
    Json overall = Json::array();
    for (const PublishedMark& mark : place.overall) {
        const PublishedResult& result = published.results[mark.result];
        Json entry = resultHead(result);
        entry["min"] = mark.min;
        entry["max"] = mark.max;
        entry.update(ProvenanceJson(published, result.overall->provenance));
        overall.push_back(std::move(entry));
    }
    Json areas = Json::object();
    for (std::size_t a = 0; a < place.areas.size() && a < definition.areas.size(); ++a) {
        Json list = Json::array();
        for (const PublishedAreaMark& mark : place.areas[a]) {
            const PublishedResult& result = published.results[mark.result];
            const PublishedArea& figure = result.areas[mark.figure];
            Json entry = resultHead(result);
            entry["percent"] = OrNull(figure.percent);
            entry["sampleAverage"] = OrNull(figure.sampleAverage);
            entry["standing"] = figure.standing == AreaStanding::NotStated ? Json(nullptr) : Json(StandingId(figure.standing));
            entry.update(ProvenanceJson(published, figure.provenance));
            list.push_back(std::move(entry));
        }
        areas[definition.areas[a].id] = std::move(list);
    }
    Json sizes = Json::array();
    for (const PublishedSampleSize& size : published.sampleSizes) {
        Json entry{{"year", size.year}, {"date", size.date.empty() ? Json(nullptr) : Json(size.date)}, {"cities", size.cities}};
        entry.update(ProvenanceJson(published, size.provenance));
        sizes.push_back(std::move(entry));
    }
    return {{"file", published.id},
            {"cityEstimate", OrNull(place.cityEstimate)},
            {"place", place.cityEstimate ? Json{{"below", place.below}, {"level", place.level}, {"above", place.above}}
                                         : Json(nullptr)},
            {"overall", std::move(overall)},
            {"areas", std::move(areas)},
            {"sampleSizes", std::move(sizes)}};
}

// The published results and the city's place among them.
using PublishedView = std::pair<const PublishedResults&, const PublishedPlace&>;

Json ResultJson(const std::string& file, const Assessment& assessment, const AssessmentScores& scores,
                const Problems& warnings, const Comparison* comparison, const PublishedView* published,
                const IndexDefinition& definition) {
    Json result;
    result["file"] = file;
    result["city"] = assessment.city.name;
    result["year"] = assessment.city.year != 0 ? Json(assessment.city.year) : Json(nullptr);
    result.update(Json(ScoresJson(scores)));
    if (HasTargets(assessment)) {  // the index if every target of the plan were met
        const AssessmentScores target = Score(definition, WithTargetsMet(assessment));
        Json areas = Json::array();
        for (const AreaScore& area : target.areas) areas.push_back({{"id", area.areaId}, {"percent", OrNull(area.percent)}});
        result["target"] = {{"coreIndex", OrNull(target.coreIndex)}, {"extendedIndex", OrNull(target.extendedIndex)},
                            {"areas", std::move(areas)}};
    }
    if (comparison) result["comparison"] = ComparisonJson(*comparison);
    if (published) {
        if (!comparison) result["comparison"] = Json::object();
        result["comparison"]["publishedResults"] = PublishedJson(published->first, published->second, definition);
    }
    result["warnings"] = ProblemsJson(warnings);
    return result;
}

std::string Dump(const Json& json) { return json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace); }

// Running means for the summary: per file index and per area.
struct Means {
    struct Mean {
        double sum = 0;
        int count = 0;
        void Add(const std::optional<double>& value) {
            if (value) sum += *value, ++count;
        }
        std::optional<double> Value() const { return count ? std::optional<double>(sum / count) : std::nullopt; }
    };
    Mean core, extended;
    std::vector<Mean> areas;
};

}  // namespace

int RunScore(const Arguments& args) {
    if (args.size() == 1 && (args[0] == "--help" || args[0] == "-h")) {
        std::fputs(kScoreUsage, stdout);
        return 0;
    }
    const std::optional<Options> options = ParseOptions(args);
    if (!options) return 2;

    const std::optional<std::string> indexText = ReadInputFileOrSay(options->indexPath);
    if (!indexText) return 1;
    const IndexLoadResult index = LoadIndexDefinition(*indexText);
    if (!index.definition) {
        PrintProblems(options->indexPath, index.problems);
        return 1;
    }
    const IndexDefinition& definition = *index.definition;

    std::optional<BenchmarkSet> benchmarks;
    if (!options->benchmarksPath.empty()) {
        const std::optional<std::string> text = ReadInputFileOrSay(options->benchmarksPath);
        if (!text) return 1;
        BenchmarkLoadResult loaded = LoadBenchmarks(*text);
        if (!loaded.benchmarks) {
            PrintProblems(options->benchmarksPath, loaded.problems);
            return 1;
        }
        benchmarks = std::move(loaded.benchmarks);
        WarnIfBenchmarksDoNotFit(options->benchmarksPath, definition, *benchmarks);
    }

    std::optional<PublishedResults> published;
    if (!options->publishedPath.empty() && !(published = LoadPublishedFileOrSay(options->publishedPath, definition)))
        return 1;

    const ScoringPlan plan = BuildScoringPlan(definition);
    Means means;
    means.areas.resize(definition.areas.size());
    int invalid = 0;
    // The CSV rows, written at the end by the core's writer (which guards every text cell against
    // spreadsheet formulas); a deque keeps the scores where the entries point.
    std::deque<AssessmentScores> csvScores;
    std::vector<BatchCsvEntry> csvEntries;
    for (const std::string& path : options->answersPaths) {
        std::string error;
        const std::optional<std::string> text = ReadInputFile(path, error);
        AssessmentLoadResult loaded;
        if (text) loaded = ReadAssessment(*text);
        else loaded.problems.push_back({"", error});
        if (!loaded.assessment) {
            ++invalid;
            PrintProblems(path, loaded.problems);
            if (!options->csv) std::puts(Dump({{"file", path}, {"problems", ProblemsJson(loaded.problems)}}).c_str());
            continue;
        }
        Assessment& assessment = *loaded.assessment;
        Problems warnings = DescribeCarryOver(CarryOverAnswers(assessment, definition), definition);
        PrintWarnings(path, warnings);  // in the CSV too, which has no place for them
        const AssessmentScores scores = Score(plan, assessment);
        means.core.Add(scores.coreIndex);
        means.extended.Add(scores.extendedIndex);
        for (std::size_t a = 0; a < scores.areas.size(); ++a) means.areas[a].Add(scores.areas[a].percent);
        if (options->csv) {
            csvEntries.push_back({path, assessment.city.name, assessment.city.year, &csvScores.emplace_back(scores)});
            continue;
        }
        for (Problem& warning : CheckAgainstDefinition(assessment, definition)) warnings.push_back(std::move(warning));
        std::optional<Comparison> comparison;
        if (benchmarks) comparison = Compare(definition, *benchmarks, assessment.city, scores);
        std::optional<PublishedPlace> place;
        if (published) place = PlaceAmongPublished(definition, *published, scores);
        const std::optional<PublishedView> view =
            published ? std::optional<PublishedView>(PublishedView{*published, *place}) : std::nullopt;
        std::puts(Dump(ResultJson(path, assessment, scores, warnings, comparison ? &*comparison : nullptr,
                                  view ? &*view : nullptr, definition))
                      .c_str());
    }

    const int scored = static_cast<int>(options->answersPaths.size()) - invalid;
    if (options->csv) {
        std::string csv = WriteBatchCsv(definition, csvEntries);
        // The last row: the means over the files that have a value (no completeness mean).
        csv += "mean," + std::to_string(scored) + " files,," + CsvNumberField(means.core.Value()) + "," +
               CsvNumberField(means.extended.Value()) + ",";
        for (const Means::Mean& area : means.areas) csv += "," + CsvNumberField(area.Value());
        std::fputs((csv + "\r\n").c_str(), stdout);
    } else {
        std::puts(Dump({{"summary",
                         {{"files", options->answersPaths.size()},
                          {"scored", scored},
                          {"invalid", invalid},
                          {"meanCoreIndex", OrNull(means.core.Value())},
                          {"meanExtendedIndex", OrNull(means.extended.Value())}}}})
                      .c_str());
    }
    return invalid ? 1 : 0;
}

}  // namespace icc::cli
