#include "ui_harness.h"

#include <imgui_internal.h>

#include <gtest/gtest.h>

namespace icc {

namespace {
std::map<ImGuiID, SeenItem> pendingBoxes;
std::map<std::string, SeenItem> building, lastFrame;
}  // namespace

std::map<std::string, SeenItem>& SeenItemsBuilding() { return building; }

}  // namespace icc

// ImGui calls these for every item while TestEngineHookItems is set (IMGUI_ENABLE_TEST_ENGINE).
void ImGuiTestEngineHook_ItemAdd(ImGuiContext*, ImGuiID id, const ImRect& bb, const ImGuiLastItemData*) {
    icc::pendingBoxes[id] = {bb.Min, bb.Max, 0, id};
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext*, ImGuiID id, const char* label, ImGuiItemStatusFlags flags) {
    auto box = icc::pendingBoxes.find(id);
    if (box == icc::pendingBoxes.end() || !label) return;
    // "Label##id" is shown as "Label".
    std::string shown(label, ImGui::FindRenderedTextEnd(label));
    icc::SeenItem item = box->second;
    item.flags = flags;
    // The first item with a label wins: answers like "Yes" repeat down the page.
    icc::building.emplace(shown.empty() ? label : shown, item);
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }

namespace icc {

UiHarness::UiHarness(float width, float height) {
    context_ = ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(width, height);
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    io.BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;
    app.Start();
    app.SetDisplay(width, 1);
    Frame(3);
}

UiHarness::~UiHarness() { ImGui::DestroyContext(context_); }

void UiHarness::Frame(int count) {
    ImGuiIO& io = ImGui::GetIO();
    for (int i = 0; i < count; ++i) {
        if (app.FontsNeedRebuild()) {
            app.RebuildFonts();
            unsigned char* pixels = nullptr;
            int w = 0, h = 0;
            io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
        }
        platform.seconds += 1.0 / 60.0;
        io.DeltaTime = 1.0f / 60.0f;
        GImGui->TestEngineHookItems = true;
        pendingBoxes.clear();
        building.clear();
        ImGui::NewFrame();
        app.Frame();
        ImGui::Render();
        lastFrame = building;
    }
}

bool UiHarness::Sees(const std::string& label) const { return lastFrame.count(label) > 0; }

const SeenItem* UiHarness::Find(const std::string& label) const {
    auto it = lastFrame.find(label);
    return it == lastFrame.end() ? nullptr : &it->second;
}

void UiHarness::Click(const std::string& label) {
    const SeenItem* item = Find(label);
    ASSERT_NE(item, nullptr) << "no item labelled \"" << label << "\" on screen";
    ClickAt(ImVec2((item->min.x + item->max.x) * 0.5f, (item->min.y + item->max.y) * 0.5f));
}

void UiHarness::ClickAt(ImVec2 point) {
    ImGuiIO& io = ImGui::GetIO();
    io.AddMousePosEvent(point.x, point.y);
    Frame();
    io.AddMouseButtonEvent(0, true);
    Frame();
    io.AddMouseButtonEvent(0, false);
    Frame(3);
}

void UiHarness::PressKey(ImGuiKey key, bool shift) {
    ImGuiIO& io = ImGui::GetIO();
    if (shift) io.AddKeyEvent(ImGuiMod_Shift, true);
    io.AddKeyEvent(key, true);
    Frame();
    io.AddKeyEvent(key, false);
    if (shift) io.AddKeyEvent(ImGuiMod_Shift, false);
    Frame(2);
}

bool UiHarness::HasFocus(const std::string& label) const {
    const SeenItem* item = Find(label);
    return item && GImGui->NavId == item->id && GImGui->NavId != 0;
}

void UiHarness::Type(const std::string& text) {
    ImGui::GetIO().AddInputCharactersUTF8(text.c_str());
    Frame(2);
}

}  // namespace icc
