// Compile-time configuration of Dear ImGui for this app (the one switch file, as imconfig.h intends).
#pragma once

// The app never reads or writes imgui.ini, and ships its own font.
#define IMGUI_DISABLE_FILE_FUNCTIONS
#define IMGUI_DISABLE_DEFAULT_FONT
// Nothing of the demo is linked; the obsolete API is kept out so new code cannot use it.
#define IMGUI_DISABLE_DEMO_WINDOWS
#define IMGUI_DISABLE_OBSOLETE_FUNCTIONS
#define IMGUI_DISABLE_OBSOLETE_KEYIO
// No metrics window, debug log or ID stack tool: nothing opens them (3.5 KB gzip of the wasm).
#define IMGUI_DISABLE_DEBUG_TOOLS
