// icc-index merge BASE OTHER... -o OUT [--prefer newer|base|other]: merges drafts of one
// assessment (core/assessment_merge.h, the merge the app's review and its two-tab sync use), and
// prints each conflict with how it was settled.
#include "cli/cli_files.h"
#include "cli/commands.h"

#include "core/assessment_io.h"
#include "core/assessment_merge.h"

#include <cstdio>
#include <optional>
#include <string>
#include <vector>

namespace icc::cli {
namespace {

const char kMergeUsage[] =
    "usage: icc-index merge BASE OTHER... -o OUT [--prefer newer|base|other]\n"
    "\n"
    "Merges answers files of one assessment (the same id and index), each OTHER into the result so\n"
    "far, question by question: answers only one file has are taken, identical ones pass, and\n"
    "differing evidence texts are kept from both, each marked with its contributor and date. Each\n"
    "conflict (a question answered differently, or a different city profile) is printed with both\n"
    "answers, who and when. Without --prefer a conflict leaves OUT unwritten (exit 3); with it,\n"
    "conflicts are settled by the answer changed last (newer), or the base's or the other's.\n"
    "exit codes: 0 written, 1 invalid input or files of different assessments or indexes,\n"
    "            2 usage error, 3 conflicts and no --prefer (nothing written)\n";

constexpr int kConflictExit = 3;

struct Options {
    std::vector<std::string> inputs;
    std::string outputPath;
    std::optional<MergeRule> prefer;
};

bool UsageError(const std::string& message) {
    std::fprintf(stderr, "icc-index merge: %s\n\n%s", message.c_str(), kMergeUsage);
    return false;
}

bool ParseOptions(const Arguments& args, Options& options) {
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        const bool hasValue = i + 1 < args.size();
        if (arg == "-o" || arg == "--prefer") {
            if (!hasValue) return UsageError(arg + " needs a value");
            const std::string& value = args[++i];
            if (arg == "-o") options.outputPath = value;
            else if (value == "newer") options.prefer = MergeRule::Newer;
            else if (value == "base") options.prefer = MergeRule::Base;
            else if (value == "other") options.prefer = MergeRule::Other;
            else return UsageError("--prefer takes newer, base or other, not '" + value + "'");
        } else if (arg.size() > 1 && arg[0] == '-') {
            return UsageError("unknown option '" + arg + "'");
        } else {
            options.inputs.push_back(arg);
        }
    }
    if (options.inputs.size() < 2) return UsageError("give the base file and at least one other");
    if (options.outputPath.empty()) return UsageError("-o OUT is required");
    return true;
}

// "yes", "a, b", "12.5", "don't know", "not answered (cleared)"; then who and when.
std::string Describe(const Answer& answer) {
    std::string text;
    if (answer.dontKnow) text = "don't know";
    else if (answer.number) {
        char number[40];
        std::snprintf(number, sizeof number, "%g", *answer.number);
        text = number;
    } else
        for (const std::string& option : answer.selected) text += (text.empty() ? "" : ", ") + option;
    if (text.empty()) text = "not answered";
    text += " — by " + (answer.updatedBy.empty() ? std::string("(unknown)") : answer.updatedBy) + ", " +
            (answer.updatedAt.empty() ? std::string("(no time)") : answer.updatedAt);
    if (!answer.evidence.empty()) {
        const std::string& evidence = answer.evidence;
        text += "; evidence: " + (evidence.size() > 80 ? evidence.substr(0, 77) + "..." : evidence);
    }
    return text;
}

std::string CityText(const CityProfile& city) {
    return city.name + (city.year ? " " + std::to_string(city.year) : std::string());
}

const char* RuleName(MergeRule rule) {
    switch (rule) {
    case MergeRule::Newer: return "newer";
    case MergeRule::Base: return "base";
    case MergeRule::Other: return "other";
    }
    return "newer";
}

// Prints the conflicts of one step and how they were settled (after SettleBy, if any).
void PrintConflicts(const MergePlan& plan, const std::string& baseName, const std::string& otherName,
                    const std::optional<MergeRule>& prefer) {
    const auto settled = [&](MergeSide side) {
        if (!prefer) return std::string("not settled");
        return std::string("settled by --prefer ") + RuleName(*prefer) + ": " +
               (side == MergeSide::Other ? otherName : baseName);
    };
    if (plan.cityConflict)
        std::printf("conflict: city profile\n  %s: %s\n  %s: %s\n  %s\n", baseName.c_str(), CityText(plan.base.city).c_str(),
                    otherName.c_str(), CityText(plan.other.city).c_str(), settled(plan.city).c_str());
    for (const MergeItem& item : plan.items) {
        if (!item.answerConflict) continue;
        std::printf("conflict: %s\n  %s: %s\n  %s: %s\n  %s\n", item.questionId.c_str(), baseName.c_str(),
                    Describe(item.base).c_str(), otherName.c_str(), Describe(item.other).c_str(),
                    settled(item.answer).c_str());
    }
}

}  // namespace

int RunMerge(const Arguments& args) {
    if (args.size() == 1 && (args[0] == "--help" || args[0] == "-h")) {
        std::fputs(kMergeUsage, stdout);
        return 0;
    }
    Options options;
    if (!ParseOptions(args, options)) return 2;
    std::vector<Assessment> drafts;
    for (const std::string& path : options.inputs) {
        const std::optional<std::string> text = ReadInputFileOrSay(path);
        if (!text) return 1;
        AssessmentLoadResult loaded = ReadAssessment(*text);
        if (!loaded.assessment) {
            PrintProblems(path, loaded.problems);
            return 1;
        }
        const Assessment& first = drafts.empty() ? *loaded.assessment : drafts.front();
        if (loaded.assessment->id != first.id) {
            std::fprintf(stderr, "%s: another assessment (id \"%s\", not \"%s\"); only drafts of one assessment merge\n",
                         path.c_str(), loaded.assessment->id.c_str(), first.id.c_str());
            return 1;
        }
        if (loaded.assessment->indexId != first.indexId || loaded.assessment->indexVersion != first.indexVersion) {
            std::fprintf(stderr, "%s: answers to index %s %s, not %s %s; only answers to one index merge\n", path.c_str(),
                         loaded.assessment->indexId.c_str(), loaded.assessment->indexVersion.c_str(),
                         first.indexId.c_str(), first.indexVersion.c_str());
            return 1;
        }
        drafts.push_back(std::move(*loaded.assessment));
    }
    Assessment merged = drafts.front();
    std::string mergedName = options.inputs.front();
    int unsettled = 0;
    for (std::size_t i = 1; i < drafts.size(); ++i) {
        MergePlan plan = PlanMerge(merged, drafts[i]);
        // Without a rule the conflicts are only listed; the base's side lets the listing go on.
        SettleBy(plan, options.prefer.value_or(MergeRule::Base));
        unsettled += plan.cityConflict ? 1 : 0;
        for (const MergeItem& item : plan.items) unsettled += item.answerConflict ? 1 : 0;
        PrintConflicts(plan, mergedName, options.inputs[i], options.prefer);
        merged = *ApplyMerge(plan);
        mergedName = "merged so far";
    }
    if (unsettled > 0 && !options.prefer) {
        std::fprintf(stderr, "icc-index merge: %d conflict%s and no --prefer: %s not written\n", unsettled,
                     unsettled == 1 ? "" : "s", options.outputPath.c_str());
        return kConflictExit;
    }
    if (!WriteTextFile(options.outputPath, WriteAssessment(merged))) {
        std::fprintf(stderr, "%s: cannot write the file\n", options.outputPath.c_str());
        return 1;
    }
    std::printf("%s: written (%zu answers, %d conflict%s settled)\n", options.outputPath.c_str(), merged.answers.size(),
                unsettled, unsettled == 1 ? "" : "s");
    return 0;
}

}  // namespace icc::cli
