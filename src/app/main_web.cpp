// The browser entry point: GLFW (Emscripten's JavaScript implementation) and WebGL 2 around the
// App, drawing only when something changed. There is no per-frame loop: input events, resizes and
// the app's own timers ask for a few frames, then the page goes quiet.
#include "app/app.h"
#include "app/embedded.h"
#include "app/webgl_renderer.h"
#include "platform/web_platform.h"

#include <imgui.h>
#include <imgui_impl_glfw.h>

#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <emscripten/html5.h>

#include <algorithm>
#include <cmath>

extern "C" void icc_signal_ready();
extern "C" void icc_set_canvas_size(int width, int height);
extern "C" void icc_semantics_changed();
extern "C" void icc_hide_loading();
extern "C" void icc_text_editor(const char* update);
extern "C" void icc_set_cursor(int cursor);

namespace {

// ImGui settles hover, focus and layout over a couple of frames after each event.
constexpr int kFramesPerEvent = 3;
// How long the start waits for the file of its language (milliseconds).
constexpr double kLongestLanguageWait = 3000;

struct Runtime {
    GLFWwindow* window = nullptr;
    icc::WebPlatform platform;
    icc::App* app = nullptr;
    icc::WebGlRenderer* renderer = nullptr;
    int framesWanted = 0;
    bool frameScheduled = false;
    bool readySignalled = false;
    long wakeTimer = 0;
    long languageWaitTimer = 0;  // ends the start's wait for the file of its language
    double wakeAt = 0;  // when wakeTimer fires, in emscripten_get_now() milliseconds
    int cursor = ImGuiMouseCursor_Arrow;
    unsigned semanticsGeneration = 0;
    double cssWidth = 0, cssHeight = 0, pixelRatio = 1;
};

Runtime runtime;

// CPU time of the most recent frames, for the benchmark (scripts/bench.mjs reads it through
// icc_frame_count and icc_frame_milliseconds): the whole frame, and its UI part (ImGui and our
// screens, without the WebGL calls). Ring buffers: no allocation, nothing to switch on.
constexpr int kTimedFrames = 256;
double frameMilliseconds[kTimedFrames] = {};
double uiMilliseconds[kTimedFrames] = {};
int framesDrawn = 0;

// When the start reached each step (performance.now() milliseconds), for the benchmark's phases
// (scripts/bench_side_by_side.mjs reads them through icc_start_milliseconds).
enum StartStep { kMainEntered, kContextCreated, kAppStarted, kFontsBuilt, kFirstFrameDrawn, kStartSteps };
double startMilliseconds[kStartSteps] = {};
void Stamp(StartStep step) {
    if (startMilliseconds[step] == 0) startMilliseconds[step] = emscripten_get_now();
}

EM_BOOL OnAnimationFrame(double, void*);

void RequestFrames(int count) {
    runtime.framesWanted = std::max(runtime.framesWanted, count);
    if (!runtime.frameScheduled) {
        runtime.frameScheduled = true;
        emscripten_request_animation_frame(OnAnimationFrame, nullptr);
    }
}

void OnWakeTimer(void*) {
    runtime.wakeTimer = 0;
    RequestFrames(1);
}

// The app's timer (the autosave's debounce) wakes the page once instead of polling. A timer set
// to fire no later than needed is kept: each key typed pushes the save back, and setting a timer
// on every frame costs more than the one frame an early one draws.
void ScheduleWake(double seconds) {
    if (seconds < 0) {
        if (runtime.wakeTimer) emscripten_clear_timeout(runtime.wakeTimer);
        runtime.wakeTimer = 0;
        return;
    }
    const double at = emscripten_get_now() + seconds * 1000.0;
    if (runtime.wakeTimer && runtime.wakeAt <= at) return;
    if (runtime.wakeTimer) emscripten_clear_timeout(runtime.wakeTimer);
    runtime.wakeAt = at;
    runtime.wakeTimer = emscripten_set_timeout(OnWakeTimer, seconds * 1000.0, nullptr);
}

// The canvas's backbuffer in device pixels.
struct Backbuffer {
    int width, height;
};
Backbuffer BackbufferSize() {
    return {std::max(1, static_cast<int>(std::lround(runtime.cssWidth * runtime.pixelRatio))),
            std::max(1, static_cast<int>(std::lround(runtime.cssHeight * runtime.pixelRatio)))};
}

void ApplyCanvasSize() {
    const Backbuffer backbuffer = BackbufferSize();
    icc_set_canvas_size(backbuffer.width, backbuffer.height);
    runtime.app->SetDisplay(static_cast<float>(runtime.cssWidth), static_cast<float>(runtime.pixelRatio));
}

// Draws one frame; returns the milliseconds spent before the WebGL calls.
double RunFrame() {
    double start = emscripten_get_now();
    icc::App& app = *runtime.app;
    if (app.FontsNeedRebuild()) {
        app.RebuildFonts();
        runtime.renderer->UploadFonts();
    }
    Stamp(kFontsBuilt);
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    app.Frame();
    ImGui::Render();
    double uiEnd = emscripten_get_now();

    int width = 0, height = 0;
    glfwGetFramebufferSize(runtime.window, &width, &height);
    runtime.renderer->Render(*ImGui::GetDrawData(), width, height, app.ClearColour());

    // The page's editor of a text field follows the field (shell/icc-text.js).
    std::string editor = app.TakeEditorUpdate();
    if (!editor.empty()) icc_text_editor(editor.c_str());
    // The accessible mirror updates only when what the screen means has changed.
    if (app.GetSemantics().Enabled() && app.GetSemantics().Generation() != runtime.semanticsGeneration) {
        runtime.semanticsGeneration = app.GetSemantics().Generation();
        icc_semantics_changed();
    }
    if (app.WantsAnotherFrame()) RequestFrames(kFramesPerEvent);
    ScheduleWake(app.SecondsUntilWake());
    // The mouse cursor ImGui wants, on the canvas (Emscripten's GLFW has no cursors: the backend is
    // told not to try, which otherwise touches the canvas's listeners on every frame).
    if (ImGui::GetMouseCursor() != runtime.cursor) {
        runtime.cursor = ImGui::GetMouseCursor();
        icc_set_cursor(runtime.cursor);
    }
    return uiEnd - start;
}

// Draws a frame and asks for the next one while frames are wanted.
void DrawFrame() {
    // A visit in a language the program does not ship starts once its file is here, the loading
    // screen up meanwhile: no moment of English. Its arrival asks for frames. On a connection slow
    // enough to keep it longer than kLongestLanguageWait, the tool starts in English and switches.
    if (!runtime.readySignalled && !runtime.app->GetSession().FetchingLanguage().empty() &&
        emscripten_get_now() - startMilliseconds[kMainEntered] < kLongestLanguageWait) {
        if (!runtime.languageWaitTimer)
            runtime.languageWaitTimer = emscripten_set_timeout([](void*) { RequestFrames(1); }, kLongestLanguageWait, nullptr);
        return;
    }
    double start = emscripten_get_now();
    uiMilliseconds[framesDrawn % kTimedFrames] = RunFrame();
    frameMilliseconds[framesDrawn++ % kTimedFrames] = emscripten_get_now() - start;
    if (!runtime.readySignalled) {
        Stamp(kFirstFrameDrawn);
        runtime.readySignalled = true;
        icc_hide_loading();
        icc_signal_ready();
    }
    if (--runtime.framesWanted > 0) RequestFrames(runtime.framesWanted);
}

EM_BOOL OnAnimationFrame(double, void*) {
    runtime.frameScheduled = false;
    DrawFrame();
    return EM_FALSE;
}

// Every input event wakes the page; ImGui's own GLFW callbacks (installed after ours) chain to these.
void OnCursor(GLFWwindow*, double, double) { RequestFrames(kFramesPerEvent); }
void OnButton(GLFWwindow*, int, int, int) { RequestFrames(kFramesPerEvent); }
void OnKey(GLFWwindow*, int, int, int, int) { RequestFrames(kFramesPerEvent); }
void OnChar(GLFWwindow*, unsigned int) { RequestFrames(kFramesPerEvent); }
void OnFocus(GLFWwindow*, int) { RequestFrames(kFramesPerEvent); }
void OnEnter(GLFWwindow*, int) { RequestFrames(kFramesPerEvent); }

// The wheel scrolls the tool while something in it can scroll that way; at the end of its range
// the event goes on to the page, so an embedded tool never traps the host page's scrolling.
EM_BOOL OnWheel(int, const EmscriptenWheelEvent* event, void*) {
    float steps = 0;
    if (event->deltaMode == DOM_DELTA_PIXEL) steps = static_cast<float>(event->deltaY) / 100.0f;
    else if (event->deltaMode == DOM_DELTA_LINE) steps = static_cast<float>(event->deltaY) / 3.0f;
    else steps = static_cast<float>(event->deltaY) * 80.0f;
    float stepsX = static_cast<float>(event->deltaX) / (event->deltaMode == DOM_DELTA_PIXEL ? 100.0f : 3.0f);
    ImGui::GetIO().AddMouseWheelEvent(-stepsX, -steps);
    RequestFrames(kFramesPerEvent);
    bool canScroll = steps < 0 ? runtime.app->CanScrollUnderMouse(-1) : runtime.app->CanScrollUnderMouse(1);
    return canScroll ? EM_TRUE : EM_FALSE;
}

const icc::embedded::File* UiFont(int bold) {
    return icc::embedded::Find(bold ? icc::kBoldFontFile : icc::kRegularFontFile);
}

}  // namespace

// Called by shell/icc-shell.js whenever the canvas changes size or the page's zoom changes.
extern "C" EMSCRIPTEN_KEEPALIVE void icc_on_canvas_resize(double cssWidth, double cssHeight, double pixelRatio) {
    runtime.cssWidth = cssWidth;
    runtime.cssHeight = cssHeight;
    runtime.pixelRatio = pixelRatio > 0 ? pixelRatio : 1;
    if (!runtime.app) return;  // main() reads the stored size
    ApplyCanvasSize();
    RequestFrames(kFramesPerEvent);
}

// When the start reached `step` (StartStep), in performance.now() milliseconds; 0 if not yet.
extern "C" EMSCRIPTEN_KEEPALIVE double icc_start_milliseconds(int step) {
    return step >= 0 && step < kStartSteps ? startMilliseconds[step] : -1;
}

// How many frames have been drawn since the start (for the benchmark).
extern "C" EMSCRIPTEN_KEEPALIVE int icc_frame_count() { return framesDrawn; }

// Whether a frame is still to be drawn (iccIndex.drawn() waits until none is).
extern "C" EMSCRIPTEN_KEEPALIVE int icc_frame_pending() { return runtime.frameScheduled ? 1 : 0; }

// CPU time in milliseconds of the frame drawn `ago` frames back (0: the last one), all of it or
// (uiOnly) its UI part; -1 when that frame is no longer (or not yet) recorded.
extern "C" EMSCRIPTEN_KEEPALIVE double icc_frame_milliseconds(int ago, int uiOnly) {
    if (ago < 0 || ago >= kTimedFrames || ago >= framesDrawn) return -1;
    int slot = (framesDrawn - 1 - ago) % kTimedFrames;
    return uiOnly ? uiMilliseconds[slot] : frameMilliseconds[slot];
}

// A one-finger drag on a touch screen (shell/icc-shell.js): scrolls what is under the finger.
extern "C" EMSCRIPTEN_KEEPALIVE void icc_on_touch_scroll(double cssX, double cssY, double cssDeltaY) {
    if (!runtime.app) return;
    runtime.app->TouchScroll(static_cast<float>(cssX), static_cast<float>(cssY), static_cast<float>(cssDeltaY));
    RequestFrames(kFramesPerEvent);
}

// The page's editor of a text field (shell/icc-text.js): its text changed; it was left (`how`: 0
// focus went elsewhere, 1 Tab, 2 Shift+Tab, 3 Escape or Enter).
extern "C" EMSCRIPTEN_KEEPALIVE void icc_on_editor_text(const char* target, const char* text) {
    if (!runtime.app) return;
    runtime.app->OnEditorText(target, text);
    RequestFrames(kFramesPerEvent);
}

extern "C" EMSCRIPTEN_KEEPALIVE void icc_on_editor_left(const char* target, int how) {
    if (!runtime.app || how < 0 || how > 3) return;
    runtime.app->OnEditorLeft(target, static_cast<icc::App::EditorExit>(how));
    RequestFrames(kFramesPerEvent);
}

// A tap or a right press on the canvas at (cssX, cssY): on a text field, its editing starts at
// once, within the event (a frame is drawn now, and the page's editor takes the focus in it):
// phones open their keyboard only for a focus given while handling the user's gesture, and the
// context menu that follows a right press is then the editor's (paste, spelling). Returns 1 when
// there was a text field there.
extern "C" EMSCRIPTEN_KEEPALIVE int icc_edit_field_at(double cssX, double cssY) {
    if (!runtime.app || !runtime.app->EditTextFieldAt(static_cast<float>(cssX), static_cast<float>(cssY))) return 0;
    RunFrame();
    RequestFrames(kFramesPerEvent);
    return 1;
}

// What the phone's keyboard leaves visible of the canvas changed (visualViewport, CSS pixels).
extern "C" EMSCRIPTEN_KEEPALIVE void icc_on_visible_band(double top, double bottom) {
    if (!runtime.app) return;
    runtime.app->KeepEditedFieldVisible(static_cast<float>(top), static_cast<float>(bottom));
    RequestFrames(kFramesPerEvent);
}

// The UI font's bytes and size (`bold` 0 or 1), for the page's editor to write in the same font.
extern "C" EMSCRIPTEN_KEEPALIVE const unsigned char* icc_font_data(int bold) {
    const icc::embedded::File* font = UiFont(bold);
    return font ? font->data : nullptr;
}

extern "C" EMSCRIPTEN_KEEPALIVE int icc_font_size(int bold) {
    const icc::embedded::File* font = UiFont(bold);
    return font ? static_cast<int>(font->size) : 0;
}

// Called when navigator.storage.persist() answers: 1 granted, 0 refused, -1 not supported.
extern "C" EMSCRIPTEN_KEEPALIVE void icc_on_persistence(int granted) {
    if (runtime.app) runtime.app->OnPersistenceKnown(granted);
    RequestFrames(kFramesPerEvent);
}

// The JavaScript API (window.iccIndex) calls into the app with a JSON request and gets JSON back.
// The returned string stays valid until the next call.
extern "C" EMSCRIPTEN_KEEPALIVE const char* icc_api(const char* request) {
    static std::string response;
    response = runtime.app ? runtime.app->HandleApiCall(request) : "{\"error\":\"not started\"}";
    // Reading calls (the accessible mirror makes many) leave an idle page idle.
    if (runtime.app && runtime.app->ApiCallChangedSomething()) RequestFrames(kFramesPerEvent);
    return response.c_str();
}

// A file the user picked (`fromPicker`: in the app's own picker) or dropped on the page, handed over
// as text. `problem` is "too-large" or "unreadable" when the browser could not hand the file over.
extern "C" EMSCRIPTEN_KEEPALIVE void icc_on_file_opened(const char* name, const char* content, const char* problem,
                                                        int fromPicker) {
    if (runtime.app) runtime.app->OnFileOpened(name, content, problem, fromPicker != 0);
    RequestFrames(kFramesPerEvent);
}

int main() {
    Stamp(kMainEntered);
    if (!glfwInit()) return 1;
    glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    // Colour only: the UI needs no depth or stencil buffer and no multisampling.
    glfwWindowHint(GLFW_DEPTH_BITS, 0);
    glfwWindowHint(GLFW_STENCIL_BITS, 0);
    glfwWindowHint(GLFW_SAMPLES, 0);
    // At the backbuffer size of the first frame (GLFW sizes the canvas to what it is asked for, and
    // each new size reallocates the backbuffer).
    if (runtime.cssWidth <= 0) {
        emscripten_get_element_css_size("#canvas", &runtime.cssWidth, &runtime.cssHeight);
        runtime.pixelRatio = emscripten_get_device_pixel_ratio();
    }
    const Backbuffer backbuffer = BackbufferSize();
    runtime.window = glfwCreateWindow(backbuffer.width, backbuffer.height, "Intercultural Cities Index", nullptr, nullptr);
    if (!runtime.window) return 1;
    glfwMakeContextCurrent(runtime.window);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.LogFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    io.ConfigInputTextCursorBlink = false;  // a blinking caret would keep the page drawing
    io.ConfigFlags |= ImGuiConfigFlags_NoMouseCursorChange;  // RunFrame sets the canvas's cursor itself

    glfwSetCursorPosCallback(runtime.window, OnCursor);
    glfwSetMouseButtonCallback(runtime.window, OnButton);
    glfwSetKeyCallback(runtime.window, OnKey);
    glfwSetCharCallback(runtime.window, OnChar);
    glfwSetWindowFocusCallback(runtime.window, OnFocus);
    glfwSetCursorEnterCallback(runtime.window, OnEnter);
    ImGui_ImplGlfw_InitForOpenGL(runtime.window, true);
    static icc::WebGlRenderer renderer;
    runtime.renderer = &renderer;
    Stamp(kContextCreated);
    // Replace the backend's document-wide wheel handler (which blocks the host page's scrolling).
    emscripten_set_wheel_callback(EMSCRIPTEN_EVENT_TARGET_DOCUMENT, nullptr, false, nullptr);
    emscripten_set_wheel_callback("#canvas", nullptr, false, OnWheel);

    static icc::App app(runtime.platform);
    runtime.app = &app;
    app.EnableBrowserEditing();
    app.Start();
    Stamp(kAppStarted);
    ApplyCanvasSize();
    // The first frame is drawn now, not at the next animation frame (up to 16 ms later): the
    // browser shows it at its next composite either way.
    runtime.framesWanted = kFramesPerEvent;
    DrawFrame();
    return 0;
}
