#pragma once

namespace digest::ui {

// How the preview's Chromium is started. Call once before the first QApplication where it
// can be (main), and it is called again, harmlessly, before the first preview is made (so tests
// and benchmarks get the same engine as the application).
//
// - Qt Quick draws the preview with its software renderer: the page reaches the window as an
//   image instead of through an OpenGL scene graph composed into the widget window. On a
//   machine without a GPU driver (Mesa's llvmpipe) the OpenGL path costs ~170 ms of shader
//   compilation at start, ~50 MiB in the application process and a GL round trip per frame;
//   a text page does not need the GPU. QT_QUICK_BACKEND, when set, still chooses.
// - When Chromium's sandbox is off (as root, or QTWEBENGINE_DISABLE_SANDBOX), no zygote: the
//   zygote exists to start sandboxed renderers; without the sandbox it is two idle processes.
//   The renderer stays a separate process either way.
void configurePreviewEngine();

} // namespace digest::ui
