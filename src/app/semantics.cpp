#include "app/semantics.h"

#include <imgui_internal.h>

#include <cstring>

namespace icc {

void Semantics::BeginFrame(float pixelsPerCssPixel) {
    scale_ = pixelsPerCssPixel > 0 ? pixelsPerCssPixel : 1;
    previous_.swap(items_);
    items_.clear();
}

namespace {

// Regions follow the child windows App::Frame lays out.
Region RegionOf(const ImGuiWindow* window) {
    for (; window; window = window->ParentWindow) {
        if (window->Flags & ImGuiWindowFlags_Popup) return Region::Dialog;
        if (std::strstr(window->Name, "##topbar")) return Region::Banner;
        if (std::strstr(window->Name, "##sidebar")) return Region::Navigation;
        if (std::strstr(window->Name, "##status")) return Region::Status;
    }
    return Region::Main;
}

}  // namespace

const SemanticItem* Semantics::Find(unsigned id) const {
    for (const SemanticItem& item : items_)
        if (item.id == id) return &item;
    return nullptr;
}

void Semantics::AddLastItem(Role role, const char* label, bool checked, const char* description, const char* target) {
    if (!enabled_) return;
    ImGuiContext& g = *GImGui;
    SemanticItem item;
    item.role = role;
    item.label = label ? label : "";
    if (description) item.description = description;
    item.checked = checked;
    if (target) item.target = target;
    item.id = g.LastItemData.ID;
    item.windowId = g.CurrentWindow ? g.CurrentWindow->ID : 0;
    item.region = RegionOf(g.CurrentWindow);
    item.focused = item.id != 0 && g.NavId == item.id;
    ImRect rect = g.LastItemData.Rect;
    item.min = ImVec2(rect.Min.x / scale_, rect.Min.y / scale_);
    item.max = ImVec2(rect.Max.x / scale_, rect.Max.y / scale_);
    items_.push_back(std::move(item));
}

void Semantics::AddText(Role role, const char* text, int level) {
    if (!enabled_) return;
    SemanticItem item;
    item.role = role;
    item.label = text ? text : "";
    item.level = level;
    item.region = RegionOf(GImGui->CurrentWindow);
    items_.push_back(std::move(item));
}

void Semantics::EndFrame() {
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
