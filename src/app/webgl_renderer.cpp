#include "app/webgl_renderer.h"

#include <GLES3/gl3.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <initializer_list>

namespace icc {

namespace {

enum Attribute : GLuint { kPosition, kUv, kColour };

// The font atlas is a one-channel (alpha) texture: the UI draws no images.
constexpr const char* kVertexShader = R"(#version 300 es
uniform mat4 projection;
in vec2 position;
in vec2 uv;
in vec4 colour;
out vec2 fragmentUv;
out vec4 fragmentColour;
void main() {
    fragmentUv = uv;
    fragmentColour = colour;
    gl_Position = projection * vec4(position, 0.0, 1.0);
})";

constexpr const char* kFragmentShader = R"(#version 300 es
precision mediump float;
uniform sampler2D atlas;
in vec2 fragmentUv;
in vec4 fragmentColour;
out vec4 outColour;
void main() {
    outColour = vec4(fragmentColour.rgb, fragmentColour.a * texture(atlas, fragmentUv).r);
})";

GLuint CompileShader(GLenum type, const char* source) {
    GLuint shader = glCreateShader(type);
    glShaderSource(shader, 1, &source, nullptr);
    glCompileShader(shader);
    return shader;
}

// Reports a program that did not link (only then are the shaders' logs read).
void ReportLinkFailure(GLuint program, GLuint vertex, GLuint fragment) {
    char log[1024];
    for (GLuint shader : {vertex, fragment}) {
        glGetShaderInfoLog(shader, sizeof log, nullptr, log);
        if (log[0]) std::fprintf(stderr, "WebGL shader: %s\n", log);
    }
    glGetProgramInfoLog(program, sizeof log, nullptr, log);
    std::fprintf(stderr, "WebGL program did not link: %s\n", log);
}

}  // namespace

// The shaders are compiled and linked here, but nothing that waits for the compiler (the link
// status, the uniforms' locations, even making the program current) is asked before the first
// frame is drawn: meanwhile the GPU process compiles while the app starts and rasterises its fonts
// (BENCHMARKS.md, "Start").
WebGlRenderer::WebGlRenderer() {
    vertexShader_ = CompileShader(GL_VERTEX_SHADER, kVertexShader);
    fragmentShader_ = CompileShader(GL_FRAGMENT_SHADER, kFragmentShader);
    program_ = glCreateProgram();
    glAttachShader(program_, vertexShader_);
    glAttachShader(program_, fragmentShader_);
    glBindAttribLocation(program_, kPosition, "position");
    glBindAttribLocation(program_, kUv, "uv");
    glBindAttribLocation(program_, kColour, "colour");
    glLinkProgram(program_);

    // One vertex array with its buffers, bound for good: nothing else draws in this context.
    glGenVertexArrays(1, &vertexArray_);
    glBindVertexArray(vertexArray_);
    glGenBuffers(1, &vertexBuffer_);
    glGenBuffers(1, &indexBuffer_);
    glBindBuffer(GL_ARRAY_BUFFER, vertexBuffer_);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, indexBuffer_);
    glEnableVertexAttribArray(kPosition);
    glEnableVertexAttribArray(kUv);
    glEnableVertexAttribArray(kColour);
    const GLsizei stride = sizeof(ImDrawVert);
    glVertexAttribPointer(kPosition, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(ImDrawVert, pos)));
    glVertexAttribPointer(kUv, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(ImDrawVert, uv)));
    glVertexAttribPointer(kColour, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride, reinterpret_cast<void*>(offsetof(ImDrawVert, col)));

    glEnable(GL_BLEND);
    glBlendEquation(GL_FUNC_ADD);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glDisable(GL_CULL_FACE);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_STENCIL_TEST);
    glActiveTexture(GL_TEXTURE0);

    ImGui::GetIO().BackendRendererName = "icc_webgl";
}

// The first frame's wait for the shader compiler, when it has had the whole start to work.
void WebGlRenderer::FinishProgram() {
    programFinished_ = true;
    GLint linked = GL_FALSE;
    glGetProgramiv(program_, GL_LINK_STATUS, &linked);
    if (!linked) ReportLinkFailure(program_, vertexShader_, fragmentShader_);
    glUseProgram(program_);  // WebGL checks the program is linked: it too waits for the compiler
    glDeleteShader(vertexShader_);
    glDeleteShader(fragmentShader_);
    vertexShader_ = fragmentShader_ = 0;
    glUniform1i(glGetUniformLocation(program_, "atlas"), 0);
    projectionLocation_ = glGetUniformLocation(program_, "projection");
}

WebGlRenderer::~WebGlRenderer() {
    glDeleteTextures(1, &fontTexture_);
    glDeleteBuffers(1, &indexBuffer_);
    glDeleteBuffers(1, &vertexBuffer_);
    glDeleteVertexArrays(1, &vertexArray_);
    glDeleteProgram(program_);
}

void WebGlRenderer::UploadFonts() {
    ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    atlas.GetTexDataAsAlpha8(&pixels, &width, &height);
    if (!fontTexture_) {
        glGenTextures(1, &fontTexture_);
        glBindTexture(GL_TEXTURE_2D, fontTexture_);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
        glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    }
    glBindTexture(GL_TEXTURE_2D, fontTexture_);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, width, height, 0, GL_RED, GL_UNSIGNED_BYTE, pixels);
    atlas.SetTexID(static_cast<ImTextureID>(reinterpret_cast<void*>(static_cast<std::uintptr_t>(fontTexture_))));
}

void WebGlRenderer::Render(const ImDrawData& data, int framebufferWidth, int framebufferHeight, const ImVec4& clear) {
    glViewport(0, 0, framebufferWidth, framebufferHeight);
    glDisable(GL_SCISSOR_TEST);  // the clear covers the whole canvas
    glClearColor(clear.x, clear.y, clear.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    if (framebufferWidth <= 0 || framebufferHeight <= 0 || data.CmdListsCount == 0) return;
    if (!programFinished_) FinishProgram();
    glEnable(GL_SCISSOR_TEST);

    // ImGui's display coordinates (backbuffer pixels here, from DisplayPos) to clip space, y down.
    const float left = data.DisplayPos.x, right = data.DisplayPos.x + data.DisplaySize.x;
    const float top = data.DisplayPos.y, bottom = data.DisplayPos.y + data.DisplaySize.y;
    const float projection[16] = {
        2.0f / (right - left), 0, 0, 0,
        0, 2.0f / (top - bottom), 0, 0,
        0, 0, -1, 0,
        (right + left) / (left - right), (top + bottom) / (bottom - top), 0, 1,
    };
    glUniformMatrix4fv(projectionLocation_, 1, GL_FALSE, projection);

    const ImVec2 origin = data.DisplayPos, scale = data.FramebufferScale;
    ImTextureID boundTexture = nullptr;
    for (int list = 0; list < data.CmdListsCount; ++list) {
        const ImDrawList& drawList = *data.CmdLists[list];
        glBufferData(GL_ARRAY_BUFFER, drawList.VtxBuffer.Size * static_cast<GLsizeiptr>(sizeof(ImDrawVert)),
                     drawList.VtxBuffer.Data, GL_STREAM_DRAW);
        glBufferData(GL_ELEMENT_ARRAY_BUFFER, drawList.IdxBuffer.Size * static_cast<GLsizeiptr>(sizeof(ImDrawIdx)),
                     drawList.IdxBuffer.Data, GL_STREAM_DRAW);
        for (const ImDrawCmd& command : drawList.CmdBuffer) {
            if (command.UserCallback) {
                // The render state is this renderer's alone: there is nothing to reset.
                if (command.UserCallback != ImDrawCallback_ResetRenderState) command.UserCallback(&drawList, &command);
                continue;
            }
            const float minX = (command.ClipRect.x - origin.x) * scale.x, minY = (command.ClipRect.y - origin.y) * scale.y;
            const float maxX = (command.ClipRect.z - origin.x) * scale.x, maxY = (command.ClipRect.w - origin.y) * scale.y;
            if (maxX <= minX || maxY <= minY) continue;
            glScissor(static_cast<GLint>(minX), static_cast<GLint>(static_cast<float>(framebufferHeight) - maxY),
                      static_cast<GLsizei>(maxX - minX), static_cast<GLsizei>(maxY - minY));
            if (command.GetTexID() != boundTexture) {
                boundTexture = command.GetTexID();
                glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(reinterpret_cast<std::uintptr_t>(boundTexture)));
            }
            glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(command.ElemCount),
                           sizeof(ImDrawIdx) == 2 ? GL_UNSIGNED_SHORT : GL_UNSIGNED_INT,
                           reinterpret_cast<void*>(static_cast<std::uintptr_t>(command.IdxOffset * sizeof(ImDrawIdx))));
        }
    }
}

}  // namespace icc
