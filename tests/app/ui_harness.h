// Drives the real App through ImGui without a GPU: builds frames, finds widgets by their label
// through ImGui's test-engine hooks, and injects mouse and keyboard input.
#pragma once

#include "app/app.h"
#include "support/memory_platform.h"

#include <imgui.h>

#include <map>
#include <string>

namespace icc {

struct SeenItem {
    ImVec2 min, max;
    int flags = 0;  // ImGuiItemStatusFlags
    unsigned id = 0;
};

class UiHarness {
public:
    explicit UiHarness(float width = 1280, float height = 900);
    ~UiHarness();

    void Frame(int count = 1);
    // Whether an item with this label was drawn in the last frame (the first one, top to bottom).
    bool Sees(const std::string& label) const;
    const SeenItem* Find(const std::string& label) const;
    // Clicks the item with this label (the frame settles afterwards). Fails the test if absent.
    void Click(const std::string& label);
    // Clicks this point (widgets without a test-engine label, such as a combo, through their place).
    void ClickAt(ImVec2 point);
    void PressKey(ImGuiKey key, bool shift = false);
    // Whether keyboard focus is on the item with this label.
    bool HasFocus(const std::string& label) const;
    void Type(const std::string& text);

    MemoryPlatform platform;
    App app{platform};

private:
    ImGuiContext* context_ = nullptr;
};

// What the hooks saw in the frame being built and in the last complete one.
std::map<std::string, SeenItem>& SeenItemsBuilding();

}  // namespace icc
