// The floor of `./build.sh bench` (scripts/bench.mjs): an empty Emscripten page that creates a
// WebGL 2 context and clears it once, in an animation frame, as the tool draws its first frame.
// Whatever the tool takes beyond this page's ready time is its own work.
#include <GLES3/gl3.h>
#include <emscripten.h>
#include <emscripten/html5.h>

static EM_BOOL OnFrame(double time, void* user) {
    (void)time;
    (void)user;
    glClearColor(0.93f, 0.95f, 0.96f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    EM_ASM(if (window.__benchMark) window.__benchMark(););
    return EM_FALSE;
}

int main(void) {
    EmscriptenWebGLContextAttributes attributes;
    emscripten_webgl_init_context_attributes(&attributes);
    attributes.majorVersion = 2;
    attributes.depth = EM_FALSE;
    EMSCRIPTEN_WEBGL_CONTEXT_HANDLE context = emscripten_webgl_create_context("#canvas", &attributes);
    if (context <= 0) return 1;
    emscripten_webgl_make_context_current(context);
    emscripten_request_animation_frame(OnFrame, 0);
    return 0;
}
