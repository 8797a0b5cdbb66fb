// The page's side of the app: the Emscripten Module settings, window.iccIndex (the API used by
// tests and embedding sites), and canvas sizing for crisp text at any devicePixelRatio.
'use strict';

(function () {
  // The page's message for a browser that never ran this script stays off (icc.css).
  document.documentElement.classList.add('icc-script-ran');
  let resolveReady, rejectReady;
  // Calls an exported function with `texts` copied to the wasm heap (then freed) and `numbers`
  // after them. Not ccall's 'string' arguments: those are copied onto the 5 MB wasm stack, which a
  // large import (up to 16 MB) or a large index sent through the API would overflow. Returns
  // {value: the function's result}, or null when the heap cannot hold the texts.
  function callWithTexts(name, returnType, texts, numbers) {
    let pointers = texts.map(function (text) {
      let size = Module.lengthBytesUTF8(text) + 1;
      let pointer = Module._malloc(size);
      if (pointer) Module.stringToUTF8(text, pointer, size);
      return pointer;
    });
    try {
      if (pointers.indexOf(0) !== -1) return null;
      let args = pointers.concat(numbers || []);
      return {value: Module.ccall(name, returnType, args.map(function () { return 'number'; }), args)};
    } finally {
      pointers.forEach(function (pointer) { if (pointer) Module._free(pointer); });
    }
  }
  // Every call goes through one exported function with a JSON request (src/app/api.cpp).
  function call(name, args) {
    let request = Object.assign({call: name}, args || {});
    let response = callWithTexts('icc_api', 'string', [JSON.stringify(request)]);
    return response ? JSON.parse(response.value) : {ok: false, error: 'the request is too large for this browser'};
  }
  // Those waiting for a language's file (setLanguage), by language.
  let languageWaiters = [];
  let api = window.iccIndex = {
    // Resolves after the first frame is drawn. The calls below work once it has resolved.
    ready: new Promise(function (resolve, reject) { resolveReady = resolve; rejectReady = reject; }),
    _resolveReady: function () { resolveReady(api); },
    _call: call,  // for the page's own scripts (icc-a11y.js, icc-text.js)
    _callWithTexts: callWithTexts,
    listAssessments: function () { return call('listAssessments').assessments; },
    newAssessment: function () { return call('newAssessment').id; },
    open: function (id) { return call('open', {id: id}); },
    setAnswer: function (questionId, value) { return call('setAnswer', {questionId: questionId, value: value}); },
    setEvidence: function (questionId, text) { return call('setEvidence', {questionId: questionId, text: text}); },
    confirmAnswer: function (questionId) { return call('confirmAnswer', {questionId: questionId}); },
    setCity: function (city) { return call('setCity', city); },
    getAssessment: function () { return call('getAssessment'); },
    scores: function () { return call('scores'); },
    // A Promise of {ok, language}: a language the program does not ship is fetched first.
    setLanguage: function (language) {
      let result = call('setLanguage', {language: language});
      if (!result.fetching) return Promise.resolve({ok: result.ok, language: result.language});
      return new Promise(function (resolve) { languageWaiters.push({language: language, resolve: resolve}); });
    },
    state: function () { return call('state'); },
    flush: function () { return call('flush'); },
    // Several departments, one assessment (docs/API.md, "Contributors and merging"): who uses this
    // browser, the contributors and who is responsible for each area, a part to share, the review
    // of an imported file of an assessment saved here, and the person's choices in it.
    setUserName: function (name) { return call('setUserName', {name: name}); },
    addContributor: function (name) { return call('addContributor', {name: name}); },
    removeContributor: function (name) { return call('removeContributor', {name: name}); },
    setResponsible: function (areaId, name) { return call('setResponsible', {areaId: areaId, name: name || ''}); },
    exportAreas: function (areaIds) { return call('exportAreas', {areas: areaIds}); },
    mergeReview: function () { return call('mergeReview'); },
    mergeChoose: function (choice) { return call('mergeChoose', choice); },
    mergeTakeNewer: function () { return call('mergeTakeNewer'); },
    mergeConfirm: function () { return call('mergeConfirm'); },
    mergeCancel: function () { return call('mergeCancel'); },
    // Removes every key of this tool from the browser's storage, as Settings does ({ok, removed}).
    deleteAll: function () { return call('deleteAll'); },
    // Embedding (shell/icc-embed.js fetches the files named by ?index= and ?view=results&data=):
    // another index definition, and an exported assessment shown read-only. `source` names the file
    // in any notice (only its base name is shown). `problem`, when the file could not be fetched,
    // is why (docs/API.md, "Problem codes"): the call then only reports it.
    loadIndex: function (text, source, problem) {
      return call('loadIndex', {text: text, source: source || '', problem: problem || ''});
    },
    showResults: function (text, source, problem) {
      return call('showResults', {text: text, source: source || '', problem: problem || ''});
    },
    // Comparison figures (a benchmark file, assets/benchmarks/FORMAT.md) in place of the built-in
    // ones: for this visit (?benchmarks=), or `keep` to save them in this browser as Settings does.
    loadBenchmarks: function (text, source, keep, problem) {
      return call('loadBenchmarks', {text: text, source: source || '', keep: !!keep, problem: problem || ''});
    },
    // What the current screen shows, item by item: role, label, state, and place (CSS pixels
    // relative to the canvas). The first call switches collection on for the frames after it.
    items: function () { return call('items'); },
    // Resolves once the app has drawn every frame it asked for, so that what an input or a call
    // changed is on screen (tests wait on this rather than on a fixed time). Timers the app set for
    // later (autosave, tooltips) are not waited for.
    drawn: function () {
      return new Promise(function (resolve) {
        (function check() {
          requestAnimationFrame(function () { if (Module._icc_frame_pending()) check(); else resolve(); });
        })();
      });
    },
    // Imports a File as an assessment (what a drop on the page does).
    openFile: function (file) { readFile(file, false); },
    // A File from the app's own picker (web/library_icc.js): it goes where the picker was opened for.
    _openPickedFile: function (file) { readFile(file, true); },
  };

  // The file of an interface language the program does not ship (src/model/language_files.h): named
  // in index.html (cmake/VersionSite.cmake), or held in the single file as a data block
  // (cmake/InlineSingleFile.cmake). The app asks for it through web/library_icc.js.
  function languageFileText(language) {
    let block = document.querySelector('script[type="application/json"][data-icc-language="' + language + '"]');
    if (block) return Promise.resolve(block.textContent);
    let link = document.querySelector('link[rel="icc-language"][hreflang="' + language + '"]');
    if (!link) return Promise.reject(new Error('no file of ' + language));
    let controller = new AbortController();
    let timer = setTimeout(function () { controller.abort(); }, 20000);
    return fetch(link.href, {signal: controller.signal}).then(function (response) {
      if (!response.ok) throw new Error('HTTP ' + response.status);
      return response.text();
    }).finally(function () { clearTimeout(timer); });
  }
  api._fetchLanguage = function (language) {
    languageFileText(language).then(function (text) {
      let bundle = JSON.parse(text);
      if (bundle.format !== 'icc-language/1' || bundle.language !== language) throw new Error('not the file of ' + language);
      let files = {};
      Object.keys(bundle.files).forEach(function (name) { files[name] = JSON.stringify(bundle.files[name]); });
      let result = call('addLanguage', {language: language, files: files});
      if (!result.ok) throw new Error('refused');
      return result;
    }).catch(function () {
      return call('languageUnavailable', {language: language});
    }).then(function (result) {
      languageWaiters = languageWaiters.filter(function (waiter) {
        if (waiter.language !== language) return true;
        waiter.resolve({ok: result.language === language, language: result.language});
        return false;
      });
    });
  };

  // Keys reach the app only when the canvas has focus. Emscripten's GLFW listens on the whole
  // window (capture phase) and swallows Tab, so without this a host page's fields, the accessible
  // mirror and leaving the tool with the keyboard would all break. Registered before GLFW's, so
  // it runs first. Escape then Tab leaves the canvas (the tool keeps Tab for its own controls).
  // Keys in the editor of a text field (icc-text.js) are its own: it sees them here, since stopping
  // them here also keeps them from its listeners.
  let lastCanvasKey = '';
  let heldInCanvas = new Set();
  ['keydown', 'keypress', 'keyup'].forEach(function (type) {
    window.addEventListener(type, function (event) {
      let leaving = event.key === 'Tab' && lastCanvasKey === 'Escape';
      // Shift alone is the first half of Shift+Tab: it must not undo the Escape before it.
      if (type === 'keydown' && event.target === canvas && event.key !== 'Shift') lastCanvasKey = event.key;
      let toCanvas = event.target === canvas && !leaving;
      // A key pressed in the canvas and released elsewhere (the Tab that moved into a text field's
      // editor) is released in the app too, or it would stay held there.
      if (type === 'keydown' && toCanvas) heldInCanvas.add(event.code);
      if (type === 'keyup' && heldInCanvas.delete(event.code)) toCanvas = true;
      if (toCanvas) return;
      event.stopImmediatePropagation();
      if (type === 'keydown' && api._editorKeydown) api._editorKeydown(event);
    }, true);
  });
  // The editor's Escape counts as the canvas's: Escape, then Tab, leaves the tool.
  api._canvasKey = function (key) { lastCanvasKey = key; };

  // What only the running app can act on is listened to from when main() has returned (see
  // onRuntimeInitialized below), not while the page starts: each listener costs the start a little.
  function listenWhileRunning() {
    // The theme "follow the system" follows the system's colour scheme while the page is open.
    if (window.matchMedia) {
      window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', function (event) {
        call('colorScheme', {dark: event.matches});
      });
    }

    // Leaving the page: the autosave waiting for its debounce is written now, and if storage could
    // not keep the open assessment's changes the browser asks before the page goes.
    function flushOnLeave() { call('flush'); }
    window.addEventListener('pagehide', flushOnLeave);
    document.addEventListener('visibilitychange', function () { if (document.hidden) flushOnLeave(); });
    window.addEventListener('beforeunload', function (event) {
      call('flush');
      if (call('state').unsavedChanges) { event.preventDefault(); event.returnValue = ''; }
    });

    // Another tab of this browser saved: the app merges its answers into the open assessment.
    // Which keys are the tool's is the app's to say (its key prefix lives in AssessmentStore only); a
    // null key is storage cleared altogether.
    window.addEventListener('storage', function (event) {
      if (event.storageArea === window.localStorage)
        call('externalChange', {key: event.key || '', value: event.newValue});
    });

    // Touch. Emscripten's GLFW turns a touch into a press at the last *mouse* position (it never reads
    // the touch's own), so a tap could press whatever the previous tap pressed. Touches are kept from
    // it: a tap reaches the app as the browser's compatibility mouse events, and a one-finger drag
    // scrolls what is under the finger.
    // A tap on a text field gives the keyboard focus to its editor at once (icc_edit_field_at), while the
    // browser still counts the tap as the user's: only then does a phone open its keyboard.
    let touchY = null;
    let tapAt = null;
    ['touchstart', 'touchmove', 'touchend', 'touchcancel'].forEach(function (type) {
      window.addEventListener(type, function (event) {
        if (event.target !== canvas) return;
        event.stopImmediatePropagation();
        let touch = event.touches[0];
        let rect = canvas.getBoundingClientRect();
        if (type === 'touchstart' && event.touches.length === 1) {
          touchY = touch.clientY;
          tapAt = {x: touch.clientX, y: touch.clientY};
        } else if (type === 'touchmove' && touchY !== null) {
          Module._icc_on_touch_scroll(touch.clientX - rect.left, touch.clientY - rect.top, touchY - touch.clientY);
          touchY = touch.clientY;
          if (tapAt && Math.hypot(touch.clientX - tapAt.x, touch.clientY - tapAt.y) > 10) tapAt = null;
        } else {
          let ended = event.changedTouches[0];
          if (type === 'touchend' && tapAt && !event.touches.length && ended)
            Module._icc_edit_field_at(ended.clientX - rect.left, ended.clientY - rect.top);
          touchY = null;
          tapAt = null;
        }
      }, {capture: true, passive: true});
    });
  }

  // Files the page reads (imports here, URL options in icc-embed.js) are read as bytes and decoded
  // as strictly as the command-line tool reads them: File.text() would turn invalid UTF-8 into
  // U+FFFD and accept the file, and a NUL would cut the text where it reaches C++ as a C string.
  // The problem codes are the app's (App::ReportFileProblem), which words them for the user.
  let MAX_FILE_BYTES = 16 * 1024 * 1024;
  api._maxFileBytes = MAX_FILE_BYTES;
  api._decodeFile = function (bytes) {
    let text;
    try {
      text = new TextDecoder('utf-8', {fatal: true}).decode(bytes);
    } catch (e) {
      return {text: '', problem: 'not-utf8'};
    }
    return bytes.indexOf(0) === -1 ? {text: text, problem: ''} : {text: '', problem: 'nul'};
  };
  function readFile(file, fromPicker) {
    function deliver(text, problem) {
      if (!callWithTexts('icc_on_file_opened', null, [file.name, text, problem], [fromPicker ? 1 : 0]))
        callWithTexts('icc_on_file_opened', null, [file.name, '', 'too-large'], [fromPicker ? 1 : 0]);
    }
    if (file.size > MAX_FILE_BYTES) deliver('', 'too-large');
    else file.arrayBuffer().then(function (buffer) {
      let decoded = api._decodeFile(new Uint8Array(buffer));
      deliver(decoded.text, decoded.problem);
    }, function () { deliver('', 'unreadable'); });
  }

  // A JSON file dropped anywhere on the page is imported; text dropped on a field (a text field's
  // editor, the mirror's fields) is the field's.
  function onField(event) {
    let files = event.dataTransfer && Array.prototype.indexOf.call(event.dataTransfer.types, 'Files') !== -1;
    return !files && event.target.closest && event.target.closest('input, textarea');
  }
  document.addEventListener('dragover', function (event) { if (!onField(event)) event.preventDefault(); });
  document.addEventListener('drop', function (event) {
    if (onField(event)) return;
    event.preventDefault();
    let file = event.dataTransfer && event.dataTransfer.files && event.dataTransfer.files[0];
    if (file && Module.calledRun) api.openFile(file);
  });

  let canvas = document.getElementById('canvas');
  // The loading message (index.html) is shown if the tool is not ready after a moment.
  let loadingText = setTimeout(function () { document.getElementById('icc-loading-text').hidden = false; }, 500);
  let keepLoadingTextHidden = function () { clearTimeout(loadingText); };
  api.ready.then(keepLoadingTextHidden, keepLoadingTextHidden);

  // The wasm is compiled from the moment this script runs, while it downloads and the page's other
  // scripts load (Emscripten's loader would start only once index.js has loaded and run). The
  // site's index.html names the file in its preload link; the single file, which holds the wasm
  // inline and has no such link, leaves it to the loader.
  let preloaded = document.querySelector('link[rel="preload"][as="fetch"][type="application/wasm"]');
  let compiling = null;
  if (preloaded && WebAssembly.compileStreaming) {
    let load = function () { return fetch(preloaded.href, {credentials: 'same-origin'}); };
    compiling = WebAssembly.compileStreaming(load()).catch(function () {
      // A server that does not send application/wasm: compile once the whole file is there.
      return load().then(function (response) { return response.arrayBuffer(); }).then(WebAssembly.compile);
    });
  }

  // The wasm side owns the backbuffer size; it learns the CSS size and the pixel ratio from here.
  function reportCanvasSize() {
    if (!Module.calledRun) return;
    let rect = canvas.getBoundingClientRect();
    Module._icc_on_canvas_resize(rect.width, rect.height, window.devicePixelRatio || 1);
  }
  new ResizeObserver(reportCanvasSize).observe(canvas);
  // Browser zoom changes devicePixelRatio without always resizing the element.
  function watchPixelRatio() {
    let query = window.matchMedia('(resolution: ' + (window.devicePixelRatio || 1) + 'dppx)');
    query.addEventListener('change', function () { reportCanvasSize(); watchPixelRatio(); }, {once: true});
  }
  watchPixelRatio();

  window.Module = {
    canvas: canvas,
    // Emscripten's hook for a module compiled elsewhere: instantiates the one compiling above.
    instantiateWasm: compiling ? function (imports, receiveInstance) {
      compiling.then(function (module) {
        return WebAssembly.instantiate(module, imports).then(function (instance) {
          receiveInstance(instance, module);
        });
      }).catch(function (error) { window.Module.onAbort(String(error)); });
      return {};
    } : undefined,
    // The site's wasm is split in two (cmake/SplitWasm.cmake): what a visit runs while it fills in
    // the questionnaire, and the rest (results, reports, exports, imports, merging, the plan),
    // fetched the first time one of its functions is called. The call waits for it, so the file is
    // read synchronously (as bytes, through the one text encoding that keeps them) and compiled at
    // once; its functions take their places in the page's table.
    loadSplitModule: function (file, imports) {
      // Emscripten asks for index.<hash>.deferred.wasm; the site names it index-deferred.<hash>.wasm,
      // so the servers' rule for versioned files (README, "Deploying") covers it too.
      let request = new XMLHttpRequest();
      request.open('GET', file.replace(/index\.([0-9a-f]{10})\.deferred\.wasm$/, 'index-deferred.$1.wasm'), false);
      request.overrideMimeType('text/plain; charset=x-user-defined');
      request.send(null);
      if (request.status !== 200) throw new Error('the deferred wasm could not be loaded: ' + request.status);
      let text = request.responseText;
      let bytes = new Uint8Array(text.length);
      for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
      return new WebAssembly.Instance(new WebAssembly.Module(bytes), imports);
    },
    // Called just before main(), which draws the first frame (or waits for a language's file):
    // the listeners follow in the next task.
    onRuntimeInitialized: function () { setTimeout(listenWhileRunning); },
    print: function (text) { console.log(text); },
    printErr: function (text) { console.warn(text); },
    onAbort: function (what) {
      keepLoadingTextHidden();
      document.getElementById('icc-statement').hidden = false;
      let loading = document.getElementById('loading');
      loading.hidden = false;
      loading.textContent = 'The tool stopped because of an internal error. Your saved answers are kept in this browser.';
      rejectReady(new Error('aborted: ' + what));
    },
  };
})();
