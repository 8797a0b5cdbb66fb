// What the page's accessible mirror of the canvas (shell/icc-a11y.js) can do: press an item, move
// ImGui's keyboard focus to an item, and change a text field. A press goes through ImGui like a
// real key press on the focused item, so the mirror and the canvas can never disagree.
#include "app/app.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <string_view>

namespace icc {

namespace {

// How many frames the mirror's press or focus may take to scroll its item into view before it is
// given up.
constexpr int kFramesToReachAnItem = 4;

// The item's place among the items with its role and label, which names it across frames (its
// id changes when a card out of view is drawn again, for all but buttons: Semantics::AddLastItem).
int OrdinalOf(const Semantics& semantics, const SemanticItem& item) {
    int ordinal = 0;
    for (const SemanticItem& other : semantics.Items()) {
        if (&other == &item) return ordinal;
        ordinal += other.role == item.role && other.label == item.label;
    }
    return ordinal;
}

const SemanticItem* FindByOrdinal(const Semantics& semantics, Role role, const std::string& label, int ordinal) {
    for (const SemanticItem& item : semantics.Items())
        if (item.role == role && item.label == label && ordinal-- == 0) return &item;
    return nullptr;
}

}  // namespace

bool App::ActivateItem(unsigned id) {
    const SemanticItem* item = semantics_.Find(id);
    if (ui_.readOnly || !item) return false;
    ReachItem(*item, true);
    return true;
}

bool App::FocusItem(unsigned id) {
    const SemanticItem* item = semantics_.Find(id);
    if (!item) return false;
    ReachItem(*item, false);
    return true;
}

void App::ReachItem(const SemanticItem& item, bool press) {
    pendingReach_ = PendingReach{item.role, item.label, OrdinalOf(semantics_, item), kFramesToReachAnItem, press};
    ReachPendingItem();
}

void App::ReachPendingItem() {
    if (!pendingReach_) return;
    PendingReach& pending = *pendingReach_;
    const SemanticItem* item = FindByOrdinal(semantics_, pending.role, pending.label, pending.ordinal);
    ImGuiWindow* window = item ? ImGui::FindWindowByID(item->windowId) : nullptr;
    if (!window || pending.framesLeft-- == 0) {
        pendingReach_.reset();
        return;
    }
    if (window->SkipItems) {
        // A card out of view: bring it into view; the next frame draws the item, with its real id.
        ImGui::ScrollToRectEx(window, window->Rect(), ImGuiScrollFlags_KeepVisibleEdgeY);
        return;
    }
    const bool press = pending.press;
    pendingReach_.reset();
    ImGui::SetFocusID(item->id, window);
    ImGuiContext& g = *GImGui;
    g.NavDisableHighlight = false;  // show the focus ring, as after keyboard navigation
    ImRect rect(item->min.x * pixelRatio_, item->min.y * pixelRatio_, item->max.x * pixelRatio_,
                item->max.y * pixelRatio_);
    ImGui::ScrollToRectEx(window, rect, ImGuiScrollFlags_KeepVisibleEdgeY);
    if (!press) return;
    // Space on the focused item, as a keyboard user would press it: it reaches items scrolled
    // out of view too, and ImGui's input queue spreads the press and release over frames.
    ImGuiIO& io = ImGui::GetIO();
    io.AddKeyEvent(ImGuiKey_Space, true);
    io.AddKeyEvent(ImGuiKey_Space, false);
}

// Through the same Session calls as typing on the canvas; the canvas field then shows the
// mirror's text, and its problem when the value rules refuse it.
ValueProblem App::SetText(const std::string& target, const std::string& text) {
    static const std::pair<const char*, CityField> kCityTargets[] = {
        {"city.name", CityField::Name},
        {"city.year", CityField::Year},
        {"city.population", CityField::Population},
        {"city.foreignBornPercent", CityField::ForeignBornPercent}};
    if (target == "user.name") {  // Settings: works without an open assessment
        ui_.userNameDraft = text;
        ui_.userNameLoaded = true;
        return ui_.userNameProblem = session_.SetUserName(text);
    }
    if (!session_.HasAssessment()) return {ValueProblem::Kind::UnknownQuestion};
    if (target == "contributor.new") {  // the profile's "add a contributor" field, added by its button
        ui_.newContributor = text;
        return CheckLength(text, kLongestContributor);
    }
    for (const auto& [name, field] : kCityTargets) {
        if (target != name) continue;
        const std::size_t index = static_cast<std::size_t>(field);
        ui_.profileFor = session_.Current().id;  // the drafts below are the field's text now
        ui_.cityDrafts[index] = text;
        return ui_.cityProblems[index] = session_.SetCityField(field, text);
    }
    const std::string_view evidence = "evidence:", number = "number:";
    if (target.rfind(evidence, 0) == 0) {
        const std::string question = target.substr(evidence.size());
        ValueProblem problem = session_.SetEvidence(question, text);
        if (problem.ok()) ui_.evidenceDrafts.erase(question);
        return problem;
    }
    if (target.rfind(number, 0) == 0) {
        const std::string question = target.substr(number.size());
        ValueProblem problem = session_.SetNumberText(question, text);
        if (problem.kind != ValueProblem::Kind::UnknownQuestion) {
            ui_.numberDrafts[question] = text;
            ui_.numberProblems[question] = problem;
        }
        return problem;
    }
    return {ValueProblem::Kind::UnknownQuestion};
}

}  // namespace icc
