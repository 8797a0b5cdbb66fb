// Draws Dear ImGui's draw lists with WebGL 2, in place of ImGui's OpenGL 3 backend. That backend
// saves and restores about thirty pieces of GL state around every frame, and in Chromium each of
// those queries (WebGL getParameter) may wait on the GPU process: they cost more than the UI itself
// (BENCHMARKS.md). The app owns the page's only GL context, so the state is set once here and is
// never read back.
#pragma once

#include <imgui.h>

namespace icc {

class WebGlRenderer {
public:
    // Needs the page's GL context to be current.
    WebGlRenderer();
    ~WebGlRenderer();
    WebGlRenderer(const WebGlRenderer&) = delete;
    WebGlRenderer& operator=(const WebGlRenderer&) = delete;

    // Uploads ImGui's font atlas (after the fonts were built or rebuilt).
    void UploadFonts();
    // Clears the framebuffer with `clear` and draws `data` on it.
    void Render(const ImDrawData& data, int framebufferWidth, int framebufferHeight, const ImVec4& clear);

private:
    void FinishProgram();

    unsigned vertexShader_ = 0;
    unsigned fragmentShader_ = 0;
    unsigned program_ = 0;
    unsigned vertexArray_ = 0;
    unsigned vertexBuffer_ = 0;
    unsigned indexBuffer_ = 0;
    unsigned fontTexture_ = 0;
    int projectionLocation_ = -1;
    bool programFinished_ = false;
};

}  // namespace icc
