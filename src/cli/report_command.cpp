// icc-index report --index INDEX [--benchmarks FILE] [--published FILE] [--lang LANG] [--i18n DIR] [--earlier ANSWERS]
// [--format html|csv] [--generated-at TEXT] ANSWERS [-o OUT]: writes the standalone HTML report of
// one answers file (or its scores as CSV). Contents: docs/REPORTS.md.
#include "cli/cli_files.h"
#include "cli/commands.h"

#include "core/assessment_io.h"
#include "core/carry_over.h"
#include "core/benchmarks.h"
#include "core/index_loader.h"
#include "core/report_csv.h"
#include "core/report_html.h"
#include "core/scoring.h"
#include "core/translations.h"

#include <cstdio>
#include <ctime>
#include <filesystem>
#include <optional>
#include <string>

namespace icc::cli {
namespace {

const char kReportUsage[] =
    "usage: icc-index report --index INDEX [--benchmarks FILE] [--published FILE] [--lang en|pl|uk|fr]\n"
    "                        [--i18n DIR]\n"
    "                        [--earlier ANSWERS] [--format html|csv] [--generated-at TEXT] ANSWERS [-o OUT]\n"
    "\n"
    "Writes the report of one answers file scored with the index definition INDEX: a standalone HTML\n"
    "file (default) or the scores as CSV, to OUT or to stdout. --benchmarks adds the comparison with\n"
    "other cities' averages, --published with their published results (kind icc-published-results),\n"
    "and --earlier the change since an earlier answers file. The report's wording comes from\n"
    "DIR/<lang>.json with DIR/en.json as fallback; DIR defaults to ../i18n beside the index file.\n"
    "--generated-at replaces the current UTC time in the report (for reproducible output).\n"
    "exit codes: 0 ok, 1 invalid input (a file could not be read or is invalid), 2 usage error\n";

struct Options {
    std::string indexPath;
    std::string benchmarksPath;
    std::string publishedPath;
    std::string language = "en";
    std::string i18nDir;
    std::string earlierPath;
    std::string format = "html";
    std::string generatedAt;
    std::string answersPath;
    std::string outputPath;
};

bool UsageError(const std::string& message) {
    std::fprintf(stderr, "icc-index report: %s\n\n%s", message.c_str(), kReportUsage);
    return false;
}

// A language code safe to use in a file name and in <html lang>: letters, digits and '-'.
bool IsLanguageCode(const std::string& code) {
    if (code.empty() || code.size() > 16) return false;
    for (const char c : code)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-')) return false;
    return true;
}

bool ParseOptions(const Arguments& args, Options& options) {
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        std::string* value = arg == "--index"          ? &options.indexPath
                             : arg == "--benchmarks"   ? &options.benchmarksPath
                             : arg == "--published"    ? &options.publishedPath
                             : arg == "--lang"         ? &options.language
                             : arg == "--i18n"         ? &options.i18nDir
                             : arg == "--earlier"      ? &options.earlierPath
                             : arg == "--format"       ? &options.format
                             : arg == "--generated-at" ? &options.generatedAt
                             : arg == "-o"             ? &options.outputPath
                                                       : nullptr;
        if (value) {
            if (i + 1 >= args.size()) return UsageError(arg + " needs a value");
            *value = args[++i];
        } else if (arg.size() > 1 && arg[0] == '-') {
            return UsageError("unknown option '" + arg + "'");
        } else if (!options.answersPath.empty()) {
            return UsageError("give one answers file (a report covers one assessment)");
        } else {
            options.answersPath = arg;
        }
    }
    if (options.indexPath.empty()) return UsageError("--index is required");
    if (options.answersPath.empty()) return UsageError("no answers file given");
    if (options.format != "html" && options.format != "csv") return UsageError("--format must be html or csv");
    if (!IsLanguageCode(options.language)) return UsageError("--lang must be a language code such as en, pl, uk or fr");
    return true;
}

std::optional<IndexDefinition> LoadIndex(const std::string& path) {
    const std::optional<std::string> text = ReadInputFileOrSay(path);
    if (!text) return std::nullopt;
    IndexLoadResult loaded = LoadIndexDefinition(*text);
    if (!loaded.definition) PrintProblems(path, loaded.problems);
    return std::move(loaded.definition);
}

// Reads an answers file and prints how it does not fit the definition (scoring ignores those answers).
std::optional<Assessment> LoadAnswers(const std::string& path, const IndexDefinition& definition) {
    const std::optional<std::string> text = ReadInputFileOrSay(path);
    if (!text) return std::nullopt;
    AssessmentLoadResult loaded = ReadAssessment(*text);
    if (!loaded.assessment) {
        PrintProblems(path, loaded.problems);
        return std::nullopt;
    }
    Problems warnings = DescribeCarryOver(CarryOverAnswers(*loaded.assessment, definition), definition);
    for (Problem& warning : CheckAgainstDefinition(*loaded.assessment, definition)) warnings.push_back(std::move(warning));
    PrintWarnings(path, warnings);
    return std::move(loaded.assessment);
}

std::optional<BenchmarkSet> LoadBenchmarkFile(const std::string& path, const IndexDefinition& definition) {
    const std::optional<std::string> text = ReadInputFileOrSay(path);
    if (!text) return std::nullopt;
    BenchmarkLoadResult loaded = LoadBenchmarks(*text);
    if (!loaded.benchmarks) {
        PrintProblems(path, loaded.problems);
        return std::nullopt;
    }
    WarnIfBenchmarksDoNotFit(path, definition, *loaded.benchmarks);
    return std::move(loaded.benchmarks);
}

// The report wording: DIR/<language>.json over DIR/en.json. English must be readable.
std::optional<Translations> LoadTranslations(const Options& options) {
    const std::filesystem::path dir = options.i18nDir.empty()
                                          ? std::filesystem::path(options.indexPath).parent_path() / ".." / "i18n"
                                          : std::filesystem::path(options.i18nDir);
    const auto load = [](const std::filesystem::path& path, std::unordered_map<std::string, std::string>& catalog) {
        std::string error;  // a missing catalog is reported below, as the report's wording
        const std::optional<std::string> text = ReadInputFile(path.string(), error);
        if (!text) return false;
        const Problems problems = Translations::Parse(*text, catalog);
        PrintProblems(path.string(), problems);
        return problems.empty() || !catalog.empty();
    };
    std::unordered_map<std::string, std::string> english, chosen;
    if (!load(dir / "en.json", english)) {
        std::fprintf(stderr, "%s: cannot read the English texts of the report (use --i18n DIR)\n",
                     (dir / "en.json").string().c_str());
        return std::nullopt;
    }
    if (options.language != "en" && !load(dir / (options.language + ".json"), chosen))
        std::fprintf(stderr, "%s: warning: no texts in this language; the report is in English\n",
                     (dir / (options.language + ".json")).string().c_str());
    Translations translations;
    translations.Set(options.language, std::move(chosen), std::move(english));
    return translations;
}

std::string CurrentUtcTime() {
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%d %H:%M UTC", &utc);
    return text;
}

}  // namespace

int RunReport(const Arguments& args) {
    if (args.size() == 1 && (args[0] == "--help" || args[0] == "-h")) {
        std::fputs(kReportUsage, stdout);
        return 0;
    }
    Options options;
    if (!ParseOptions(args, options)) return 2;

    const std::optional<IndexDefinition> definition = LoadIndex(options.indexPath);
    if (!definition) return 1;
    const std::optional<Assessment> assessment = LoadAnswers(options.answersPath, *definition);
    if (!assessment) return 1;
    std::optional<BenchmarkSet> benchmarks;
    if (!options.benchmarksPath.empty() && !(benchmarks = LoadBenchmarkFile(options.benchmarksPath, *definition)))
        return 1;
    std::optional<PublishedResults> published;
    if (!options.publishedPath.empty() && !(published = LoadPublishedFileOrSay(options.publishedPath, *definition)))
        return 1;
    std::optional<Assessment> earlier;
    if (!options.earlierPath.empty() && !(earlier = LoadAnswers(options.earlierPath, *definition))) return 1;

    const ScoringPlan plan = BuildScoringPlan(*definition);
    const AssessmentScores scores = Score(plan, *assessment);
    std::optional<Comparison> comparison;
    if (benchmarks) comparison = Compare(*definition, *benchmarks, assessment->city, scores);

    std::string output;
    if (options.format == "csv") {
        output = WriteScoresCsv(*definition, scores, comparison ? &*comparison : nullptr);
    } else {
        const std::optional<Translations> translations = LoadTranslations(options);
        if (!translations) return 1;
        std::optional<AssessmentScores> earlierScores;
        if (earlier) earlierScores = Score(plan, *earlier);
        ReportInput input{*definition, *assessment, scores, *translations, options.language,
                          options.generatedAt.empty() ? CurrentUtcTime() : options.generatedAt};
        input.comparison = comparison ? &*comparison : nullptr;
        input.benchmarks = benchmarks ? &*benchmarks : nullptr;
        input.earlierAssessment = earlier ? &*earlier : nullptr;
        input.earlierScores = earlierScores ? &*earlierScores : nullptr;
        std::optional<PublishedPlace> place;
        if (published) place = PlaceAmongPublished(*definition, *published, scores);
        input.published = published ? &*published : nullptr;
        input.publishedPlace = place ? &*place : nullptr;
        output = WriteHtmlReport(input);
    }

    if (options.outputPath.empty()) {
        std::fwrite(output.data(), 1, output.size(), stdout);
        return std::fflush(stdout) == 0 ? 0 : 1;
    }
    if (!WriteTextFile(options.outputPath, output)) {
        std::fprintf(stderr, "%s: cannot write the file\n", options.outputPath.c_str());
        return 1;
    }
    return 0;
}

}  // namespace icc::cli
