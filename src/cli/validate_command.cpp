// icc-index validate FILE...: checks index definition, benchmark, published-results and answers files, choosing the
// validator by each file's "kind", and prints "FILE: ok (...)" or one line per problem.
#include "cli/cli_files.h"
#include "cli/commands.h"

#include "core/assessment_io.h"
#include "core/benchmarks.h"
#include "core/index_loader.h"
#include "core/json_guard.h"
#include "core/published_results.h"

#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

namespace icc::cli {
namespace {

const char kValidateUsage[] =
    "usage: icc-index validate FILE...\n"
    "\n"
    "Checks index definition, benchmark, published-results and answers files (chosen by their\n"
    "\"kind\") and prints "
    "\"FILE: ok (...)\" or one line per problem: \"FILE: /json/pointer: what is wrong\".\n"
    "exit codes: 0 all files ok, 1 a file has problems or cannot be read, 2 usage error\n";

// What a validator found in one file: its problems, or when there are none a short summary.
struct Validation {
    Problems problems;
    std::string summary;  // e.g. "17 areas, 86 questions"
};

using Validator = Validation (*)(std::string_view json);

// "1 area", "17 areas".
std::string CountOf(std::size_t count, const char* noun) {
    return std::to_string(count) + " " + noun + (count == 1 ? "" : "s");
}

Validation ValidateIndexDefinition(std::string_view json) {
    IndexLoadResult result = LoadIndexDefinition(json);
    Validation validation{std::move(result.problems), {}};
    if (result.definition) {
        std::size_t questions = 0;
        for (const Area& area : result.definition->areas) questions += area.questions.size();
        validation.summary = CountOf(result.definition->areas.size(), "area") + ", " + CountOf(questions, "question");
    }
    return validation;
}

Validation ValidateBenchmarks(std::string_view json) {
    BenchmarkLoadResult result = LoadBenchmarks(json);
    Validation validation{std::move(result.problems), {}};
    if (result.benchmarks)
        validation.summary = CountOf(result.benchmarks->samples.size(), "sample") + ", " +
                             CountOf(result.benchmarks->sizeGroups.size() + result.benchmarks->diversityGroups.size(),
                                     "comparison group");
    return validation;
}

Validation ValidatePublishedResults(std::string_view json) {
    PublishedResultsLoadResult result = LoadPublishedResults(json);
    Validation validation{std::move(result.problems), {}};
    if (result.published)
        validation.summary = CountOf(result.published->results.size(), "result") + ", " +
                             CountOf(result.published->sampleSizes.size(), "sample size") + ", " +
                             CountOf(result.published->sources.size(), "source");
    return validation;
}

Validation ValidateAssessment(std::string_view json) {
    AssessmentLoadResult result = ReadAssessment(json);
    Validation validation{std::move(result.problems), {}};
    if (result.assessment)
        validation.summary = CountOf(result.assessment->answers.size(), "answer") +
                             (result.migrated ? ", format " + std::to_string(result.sourceFormatVersion) +
                                                    ", migrated when imported"
                                              : std::string());
    return validation;
}

struct KindValidator {
    const char* kind;
    Validator validate;
};

// One row per file kind ("kind" in the file -> validator).
const KindValidator kValidators[] = {
    {kIndexDefinitionKind, ValidateIndexDefinition},
    {kBenchmarksKind, ValidateBenchmarks},
    {kPublishedResultsKind, ValidatePublishedResults},
    {kAssessmentKind, ValidateAssessment},
};

std::string KnownKinds() {
    std::string list;
    for (const KindValidator& row : kValidators) list += (list.empty() ? "" : ", ") + std::string(row.kind);
    return list;
}

// Looks up the validator for the file's kind; the problem says why none applies.
Validation ValidateByKind(std::string_view json) {
    Validation validation;
    const std::optional<nlohmann::json> root = ParseJsonSafely(json, validation.problems);
    if (!root) return validation;
    const auto kind = root->is_object() ? root->find("kind") : root->end();
    if (!root->is_object() || kind == root->end() || !kind->is_string()) {
        validation.problems.push_back({"/kind", "kind is required to tell what the file is (one of: " + KnownKinds() + ")"});
        return validation;
    }
    for (const KindValidator& row : kValidators) {
        if (kind->get_ref<const std::string&>() == row.kind) return row.validate(json);
    }
    validation.problems.push_back({"/kind", "kind \"" + kind->get<std::string>() +
                                                "\" is not one this tool validates (it knows: " + KnownKinds() + ")"});
    return validation;
}

// Prints the result for one file; returns true when the file is ok.
bool ValidateFile(const std::string& path) {
    std::string error;
    const std::optional<std::string> text = ReadInputFile(path, error);
    if (!text) {
        std::printf("%s: %s\n", path.c_str(), error.c_str());
        return false;
    }
    const Validation validation = ValidateByKind(*text);
    for (const Problem& problem : validation.problems) {
        if (problem.path.empty()) std::printf("%s: %s\n", path.c_str(), problem.message.c_str());
        else std::printf("%s: %s: %s\n", path.c_str(), problem.path.c_str(), problem.message.c_str());
    }
    if (validation.problems.empty()) std::printf("%s: ok (%s)\n", path.c_str(), validation.summary.c_str());
    return validation.problems.empty();
}

}  // namespace

int RunValidate(const Arguments& args) {
    if (args.size() == 1 && (args[0] == "--help" || args[0] == "-h")) {
        std::fputs(kValidateUsage, stdout);
        return 0;
    }
    if (args.empty()) {
        std::fputs(kValidateUsage, stderr);
        return 2;
    }
    for (const std::string& arg : args) {
        if (arg.size() > 1 && arg[0] == '-') {
            std::fprintf(stderr, "icc-index validate: unknown option '%s'\n\n%s", arg.c_str(), kValidateUsage);
            return 2;
        }
    }
    bool allOk = true;
    for (const std::string& path : args) allOk = ValidateFile(path) && allOk;
    return allOk ? 0 : 1;
}

}  // namespace icc::cli
