// Long screens (the results) lay out only what is in view.
#pragma once

#include <imgui.h>

#include <cstddef>
#include <vector>

namespace icc {

// The heights of the blocks of a long screen as last drawn, so that a frame lays out only the
// blocks in view and steps over the others (the screen keeps its length and scroll position).
class BlockHeights {
public:
    // Call before the blocks: forgets every height when there are `count` blocks instead of the
    // number measured, or when the width or the text size changed since.
    void Begin(std::size_t count) {
        const float width = ImGui::GetContentRegionAvail().x;
        if (count == heights_.size() && width == width_ && ImGui::GetFontSize() == fontSize_) return;
        heights_.assign(count, -1);
        width_ = width;
        fontSize_ = ImGui::GetFontSize();
    }
    void Forget() { heights_.clear(); }
    // Block `i`: drawn by `draw`, unless it was drawn before and lies out of view. Then only
    // `describe` tells the accessible mirror what it holds. Not for child windows: ImGui sizes
    // one a frame late when it is submitted again.
    template <class Draw, class Describe>
    void Block(std::size_t i, Draw&& draw, Describe&& describe) {
        const ImVec2 top = ImGui::GetCursorScreenPos();
        const float height = heights_[i];
        if (height >= 0 && !ImGui::IsRectVisible(top, ImVec2(top.x + width_, top.y + height))) {
            // Each height includes the item spacing after the block's last item, as this Dummy adds.
            ImGui::Dummy(ImVec2(0, height - ImGui::GetStyle().ItemSpacing.y));
            describe();
            return;
        }
        const float before = ImGui::GetCursorPosY();
        draw();
        heights_[i] = ImGui::GetCursorPosY() - before;
    }

private:
    float width_ = -1, fontSize_ = -1;
    std::vector<float> heights_;
};

}  // namespace icc
