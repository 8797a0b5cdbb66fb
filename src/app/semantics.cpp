#include "app/semantics.h"

#include <imgui_internal.h>

namespace icc {

void Semantics::BeginFrame(float pixelsPerCssPixel) {
    scale_ = pixelsPerCssPixel > 0 ? pixelsPerCssPixel : 1;
    // The frame before last's items become this frame's slots: their strings keep their capacity,
    // so describing the same screen again (evidence texts included) allocates nothing.
    previous_.swap(items_);
    used_ = 0;
}

SemanticItem& Semantics::NextItem() {
    if (used_ == items_.size()) items_.emplace_back();
    SemanticItem& item = items_[used_++];
    item.label.clear();
    item.description.clear();
    item.target.clear();
    item.checked = item.focused = false;
    item.level = 0;
    item.id = item.windowId = 0;
    item.region = Region::Main;
    item.min = item.max = ImVec2();
    return item;
}

Region Semantics::RegionOfCurrentWindow() const {
    for (const ImGuiWindow* window = GImGui->CurrentWindow; window; window = window->ParentWindow)
        if (window->Flags & ImGuiWindowFlags_Popup) return Region::Dialog;
    return region_;
}

const SemanticItem* Semantics::Find(unsigned id) const {
    for (size_t i = 0; i < used_; ++i)
        if (items_[i].id == id) return &items_[i];
    return nullptr;
}

void Semantics::AddLastItem(Role role, const char* label, bool checked, const char* description, const char* target) {
    if (!enabled_) return;
    ImGuiContext& g = *GImGui;
    SemanticItem& item = NextItem();
    item.role = role;
    if (label) item.label = label;
    if (description) item.description = description;
    item.checked = checked;
    if (target) item.target = target;
    // In a window ImGui skips (a card out of view) nothing was drawn, and LastItemData is still the
    // window's own, the same for all its items: the id ImGui::Button gives an item of this label
    // (its label hashed in the current ID scope) names the item instead, unique on the screen.
    const bool skipped = g.CurrentWindow && g.CurrentWindow->SkipItems;
    item.id = skipped ? ImGui::GetID(label ? label : "") : g.LastItemData.ID;
    item.windowId = g.CurrentWindow ? g.CurrentWindow->ID : 0;
    item.region = RegionOfCurrentWindow();
    item.focused = item.id != 0 && g.NavId == item.id;
    ImRect rect = g.LastItemData.Rect;
    item.min = ImVec2(rect.Min.x / scale_, rect.Min.y / scale_);
    item.max = ImVec2(rect.Max.x / scale_, rect.Max.y / scale_);
}

void Semantics::AddText(Role role, const char* text, int level) {
    if (!enabled_) return;
    SemanticItem& item = NextItem();
    item.role = role;
    if (text) item.label = text;
    item.level = level;
    item.region = RegionOfCurrentWindow();
}

void Semantics::EndFrame() {
    items_.resize(used_);
    if (!enabled_) return;
    auto same = [](const SemanticItem& a, const SemanticItem& b) {
        return a.role == b.role && a.label == b.label && a.description == b.description && a.checked == b.checked &&
               a.focused == b.focused && a.id == b.id && a.target == b.target && a.min.x == b.min.x && a.min.y == b.min.y &&
               a.max.x == b.max.x && a.max.y == b.max.y;
    };
    bool changed = items_.size() != previous_.size();
    for (size_t i = 0; !changed && i < items_.size(); ++i) changed = !same(items_[i], previous_[i]);
    if (changed) ++generation_;
}

}  // namespace icc
