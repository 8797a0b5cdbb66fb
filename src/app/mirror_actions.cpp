// What the page's accessible mirror of the canvas (shell/icc-a11y.js) can do: press an item, move
// ImGui's keyboard focus to an item, and change a text field. A press goes through ImGui like a
// real key press on the focused item, so the mirror and the canvas can never disagree.
#include "app/app.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <cstdlib>

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

bool App::SetText(const std::string& target, const std::string& text) {
    if (!session_.HasAssessment() || ui_.readOnly) return false;
    CityProfile city = session_.Current().city;
    auto number = [&](std::optional<double>& out) {
        char* end = nullptr;
        double value = std::strtod(text.c_str(), &end);
        if (text.empty()) out.reset();
        else if (end != text.c_str() && *end == '\0' && value >= 0) out = value;
        else return false;
        return true;
    };
    if (target == "city.name") {
        city.name = text;
    } else if (target == "city.year") {
        city.year = std::atoi(text.c_str());
    } else if (target == "city.population") {
        if (!number(city.population)) return false;
    } else if (target == "city.foreignBornPercent") {
        if (!number(city.foreignBornPercent) || (city.foreignBornPercent && *city.foreignBornPercent > 100)) return false;
    } else if (target.rfind("evidence:", 0) == 0) {
        std::string question = target.substr(9);
        session_.SetEvidence(question, text);
        ui_.evidenceDrafts.erase(question);
        return true;
    } else if (target.rfind("number:", 0) == 0) {
        std::string question = target.substr(7);
        std::optional<double> value;
        if (!number(value)) return false;
        if (value) {
            Answer answer;
            answer.number = value;
            session_.SetAnswer(question, answer);
        } else {
            session_.ClearAnswer(question);
        }
        ui_.numberDrafts.erase(question);
        return true;
    } else {
        return false;
    }
    session_.SetCity(city);
    ui_.profileFor.clear();  // the profile's edit buffers reload from the model
    return true;
}

}  // namespace icc
