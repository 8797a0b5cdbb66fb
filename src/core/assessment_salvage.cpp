#include "core/assessment_salvage.h"

#include "core/json_guard.h"

#include <nlohmann/json.hpp>

namespace icc {

namespace {

using nlohmann::json;

// The unescaped tokens of a JSON pointer ("/answers/a~1b/selected" -> answers, a/b, selected).
std::vector<std::string> PointerTokens(const std::string& path) {
    std::vector<std::string> tokens;
    if (path.empty() || path[0] != '/') return tokens;
    std::string token;
    for (std::size_t i = 1; i <= path.size(); ++i) {
        if (i == path.size() || path[i] == '/') {
            tokens.push_back(token);
            token.clear();
        } else if (path[i] == '~' && i + 1 < path.size()) {
            token += path[++i] == '1' ? '/' : '~';
        } else {
            token += path[i];
        }
    }
    return tokens;
}

enum class Drop { Done, AlreadyGone, Impossible };

// Leaves out the part of `root` that `path` points into. Impossible for the parts a file cannot
// do without (what kind of file it is, which index it answers).
Drop DropPart(json& root, const std::string& path) {
    const std::vector<std::string> tokens = PointerTokens(path);
    if (tokens.empty()) return Drop::Impossible;
    const std::string& field = tokens[0];
    if (field == "kind" || field == "formatVersion" || field == "index" || field == "indexId") return Drop::Impossible;
    auto member = root.find(field);
    if (member == root.end()) return Drop::AlreadyGone;
    const bool keyed = field == "answers" || field == "evidence" || field == "city" || field == "responsible";
    if (keyed && tokens.size() > 1 && member->is_object()) {
        if (field == "city" && tokens[1] == "name") {
            if ((*member)["name"] == "") return Drop::AlreadyGone;
            (*member)["name"] = "";
            return Drop::Done;
        }
        return member->erase(tokens[1]) ? Drop::Done : Drop::AlreadyGone;
    }
    if (field == "answers") *member = json::object();
    else if (field == "city" && root.contains("index")) *member = json{{"name", ""}};
    else if (field == "city") *member = "";  // format 0 names the city at the top
    else root.erase(member);
    return Drop::Done;
}

}  // namespace

SalvageResult SalvageAssessment(std::string_view text) {
    SalvageResult result;
    Problems parseProblems;
    std::optional<json> root = ParseJsonSafely(text, parseProblems);
    if (!root || !root->is_object()) return result;
    // Each round leaves out at least one part or gives up, so this ends.
    for (;;) {
        AssessmentLoadResult loaded = ReadAssessmentThoroughly(root->dump(-1, ' ', false, json::error_handler_t::replace));
        if (loaded.assessment) {
            result.assessment = std::move(loaded.assessment);
            return result;
        }
        bool droppedAny = false;
        for (const Problem& problem : loaded.problems) {
            const Drop drop = DropPart(*root, problem.path);
            if (drop == Drop::Impossible) return result;
            if (drop == Drop::Done) result.dropped.push_back(problem);
            droppedAny |= drop == Drop::Done;
        }
        if (!droppedAny) return result;
    }
    return result;
}

}  // namespace icc
