// What the current screen means, item by item, as the app draws it: role, label, state and place.
// It feeds the page's accessible mirror of the canvas and lets browser tests find controls by name.
// Collected only while someone asks for it, so an ordinary frame pays nothing.
#pragma once

#include <imgui.h>

#include <string>
#include <vector>

namespace icc {

enum class Role { Heading, Text, Button, Radio, Checkbox, TextField, TextArea, Link, Group, Status };

// The part of the window an item is in: the mirror turns these into landmarks.
enum class Region { Main, Banner, Navigation, Status, Dialog };

struct SemanticItem {
    Role role = Role::Text;
    std::string label;
    std::string description;  // help text, or the value of a field
    bool checked = false;     // radios, checkboxes, selected navigation entries
    bool focused = false;     // has ImGui's keyboard focus
    int level = 0;            // heading level
    unsigned id = 0;          // ImGui item id: actions from the mirror name it
    unsigned windowId = 0;    // the ImGui window holding it, to move focus there
    Region region = Region::Main;
    std::string target;       // text fields: what setText changes ("city.name", "evidence:<question id>")
    ImVec2 min, max;          // in CSS pixels, relative to the canvas
};

class Semantics {
public:
    bool Enabled() const { return enabled_; }
    void SetEnabled(bool enabled) { enabled_ = enabled; }
    void BeginFrame(float pixelsPerCssPixel);
    // Records the last ImGui item under `role` and `label`.
    void AddLastItem(Role role, const char* label, bool checked = false, const char* description = nullptr,
                     const char* target = nullptr);
    // Records text that is not an item (headings, help).
    void AddText(Role role, const char* text, int level = 0);
    // The landmark the items drawn from now on belong to (the frame draws the top bar, the
    // sidebar, the content and the status line in turn); items in a popup are always the dialog's.
    void SetRegion(Region region) { region_ = region; }
    const std::vector<SemanticItem>& Items() const { return items_; }
    const SemanticItem* Find(unsigned id) const;
    // Changes with every frame whose items differ, so the page rebuilds its mirror only then.
    unsigned Generation() const { return generation_; }
    void EndFrame();

private:
    bool enabled_ = false;
    float scale_ = 1;
    Region region_ = Region::Main;
    unsigned generation_ = 0;
    std::vector<SemanticItem> items_;
    std::vector<SemanticItem> previous_;
    size_t used_ = 0;  // items_ filled this frame; the rest are slots kept for their strings

    SemanticItem& NextItem();
    Region RegionOfCurrentWindow() const;
};

}  // namespace icc
