// Browser glue for src/platform/web_platform.cpp: every browser service the app uses, in one file.
// Strings returned to C++ are malloc'd with stringToNewUTF8 and freed by the caller (TakeString in
// web_platform.cpp). No call here throws into wasm: failures come back as return values.
mergeInto(LibraryManager.library, {
  $ICC: {
    lastStorageError: '',
    // localStorage itself can throw on access (blocked third-party storage, some private modes).
    storage: function() {
      try { return window.localStorage || null; } catch (e) { return null; }
    },
    describeStorageError: function(e) {
      if (e && (e.name === 'QuotaExceededError' || e.code === 22 || e.code === 1014))
        return 'quota';
      return 'blocked';
    },
    // A list of strings for web_platform.cpp's StringList: each as "<its length in UTF-8
    // bytes>:<itself>", one after the other. Any string may hold any character (a storage key a
    // line feed), and reading it needs no JSON parser, which the start would otherwise compile.
    list: function(strings) {
      return strings.map(function(s) { return lengthBytesUTF8(s) + ':' + s; }).join('');
    },
  },

  icc_storage_available__deps: ['$ICC'],
  // Whether the page may use localStorage at all: a blocked one throws when reached or read. Only
  // read: a trial write at every start cost the start a round trip to the browser and sent a storage
  // event to every other tab. A write that fails (a full quota) is reported when it happens.
  icc_storage_available: function() {
    var s = ICC.storage();
    if (!s) return 0;
    try {
      s.getItem('__icc_probe__');
      return 1;
    } catch (e) {
      return 0;
    }
  },

  icc_storage_read__deps: ['$ICC', '$stringToNewUTF8'],
  icc_storage_read: function(key) {
    var s = ICC.storage();
    if (!s) { ICC.lastStorageError = 'blocked'; return -1; }
    try {
      var value = s.getItem(UTF8ToString(key));
      return value === null ? 0 : stringToNewUTF8(value);
    } catch (e) {
      ICC.lastStorageError = ICC.describeStorageError(e);
      return -1;
    }
  },

  icc_storage_write__deps: ['$ICC'],
  icc_storage_write: function(key, value) {
    var s = ICC.storage();
    if (!s) { ICC.lastStorageError = 'blocked'; return 0; }
    try {
      s.setItem(UTF8ToString(key), UTF8ToString(value));
      return 1;
    } catch (e) {
      ICC.lastStorageError = ICC.describeStorageError(e);
      return 0;
    }
  },

  icc_storage_remove__deps: ['$ICC'],
  icc_storage_remove: function(key) {
    var s = ICC.storage();
    if (!s) { ICC.lastStorageError = 'blocked'; return 0; }
    try {
      s.removeItem(UTF8ToString(key));
      return 1;
    } catch (e) {
      ICC.lastStorageError = ICC.describeStorageError(e);
      return 0;
    }
  },

  icc_storage_last_error__deps: ['$ICC', '$stringToNewUTF8'],
  icc_storage_last_error: function() { return stringToNewUTF8(ICC.lastStorageError); },

  icc_storage_keys__deps: ['$ICC', '$stringToNewUTF8'],
  icc_storage_keys: function(prefix) {
    var s = ICC.storage();
    var wanted = UTF8ToString(prefix);
    var keys = [];
    // (Built here: the library's $ICC object reaches the output as source, where a RegExp member is lost.)
    var loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    try {
      for (var i = 0; s && i < s.length; i++) {
        var key = s.key(i);
        // A key with a lone surrogate cannot travel as UTF-8; only removing everything reaches it.
        if (key !== null && key.indexOf(wanted) === 0 && !loneSurrogate.test(key)) keys.push(key);
      }
    } catch (e) { /* unreadable storage lists nothing */ }
    return stringToNewUTF8(ICC.list(keys));
  },

  // Removes every key under `prefix`, whatever it holds; returns how many were removed.
  icc_storage_remove_all__deps: ['$ICC'],
  icc_storage_remove_all: function(prefix) {
    var s = ICC.storage();
    var wanted = UTF8ToString(prefix);
    var removed = 0;
    try {
      for (var i = s ? s.length - 1 : -1; i >= 0; i--) {
        var key = s.key(i);
        if (key !== null && key.indexOf(wanted) === 0) { s.removeItem(key); removed++; }
      }
    } catch (e) { ICC.lastStorageError = ICC.describeStorageError(e); }
    return removed;
  },

  icc_download: function(name, mime, content) {
    var blob = new Blob([UTF8ToString(content)], {type: UTF8ToString(mime)});
    var url = URL.createObjectURL(blob);
    var link = document.createElement('a');
    link.href = url;
    link.download = UTF8ToString(name);
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function() { URL.revokeObjectURL(url); }, 1000);
  },

  icc_open_file_picker: function(accept) {
    var input = document.createElement('input');
    input.type = 'file';
    input.accept = UTF8ToString(accept);
    input.addEventListener('change', function() {
      if (input.files && input.files[0]) window.iccIndex._openPickedFile(input.files[0]);
    });
    input.click();
  },

  icc_copy_to_clipboard: function(text) {
    var value = UTF8ToString(text);
    if (navigator.clipboard) navigator.clipboard.writeText(value).catch(function() {});
  },

  icc_opened_from_file: function() { return window.location.protocol === 'file:' ? 1 : 0; },

  icc_url_parameter__deps: ['$stringToNewUTF8'],
  icc_url_parameter: function(name) {
    var value = new URLSearchParams(window.location.search).get(UTF8ToString(name));
    return value === null ? 0 : stringToNewUTF8(value);
  },

  icc_preferred_languages__deps: ['$ICC', '$stringToNewUTF8'],
  icc_preferred_languages: function() {
    var list = navigator.languages || [navigator.language || 'en'];
    return stringToNewUTF8(ICC.list(Array.prototype.slice.call(list)));
  },

  icc_fetch_language: function(language) {
    var code = UTF8ToString(language);
    // Never inside the call that asked: what arrives changes the session.
    setTimeout(function() { window.iccIndex._fetchLanguage(code); }, 0);
  },

  icc_prefers_dark: function() {
    return window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 1 : 0;
  },

  icc_now_iso__deps: ['$stringToNewUTF8'],
  // With milliseconds: two tabs merge answer by answer on these times, and a clearing in the same
  // second as the answer it clears must still be the later one.
  icc_now_iso: function() { return stringToNewUTF8(new Date().toISOString()); },

  icc_local_clock__deps: ['$stringToNewUTF8'],
  icc_local_clock: function() {
    var d = new Date();
    function two(n) { return (n < 10 ? '0' : '') + n; }
    return stringToNewUTF8(two(d.getHours()) + ':' + two(d.getMinutes()) + ':' + two(d.getSeconds()));
  },

  icc_new_id__deps: ['$stringToNewUTF8'],
  icc_new_id: function() {
    var id = (window.crypto && crypto.randomUUID) ? crypto.randomUUID()
      : Date.now().toString(36) + '-' + Math.random().toString(36).slice(2);
    return stringToNewUTF8(id);
  },

  icc_set_document_language: function(language) {
    document.documentElement.lang = UTF8ToString(language);
  },

  icc_announce: function(message) {
    var region = document.getElementById('icc-live');
    if (region) region.textContent = UTF8ToString(message);
  },

  icc_request_persistent_storage: function() {
    function answer(granted) { setTimeout(function() { Module._icc_on_persistence(granted); }, 0); }
    try {
      navigator.storage.persist().then(function(granted) { answer(granted ? 1 : 0); },
                                       function() { answer(-1); });
    } catch (e) {
      answer(-1);  // no storage manager (old browsers, some embedded contexts)
    }
  },

  // The canvas's CSS cursor for ImGuiMouseCursor `cursor` (None, Arrow, TextInput, ResizeAll, ResizeNS,
  // ResizeEW, ResizeNESW, ResizeNWSE, Hand, NotAllowed: -1 to 8).
  icc_set_cursor: function(cursor) {
    var names = ['default', 'text', 'move', 'ns-resize', 'ew-resize', 'nesw-resize', 'nwse-resize', 'pointer', 'not-allowed'];
    Module['canvas'].style.cursor = cursor < 0 ? 'none' : (names[cursor] || 'default');
  },

  // Sizes the canvas backbuffer in device pixels. glfwSetWindowSize would do it too, but it asks
  // for fullscreen whenever the size equals the screen's, which fails (and throws) without a click.
  icc_set_canvas_size__deps: ['$GLFW'],
  icc_set_canvas_size: function(width, height) {
    var canvas = Module['canvas'];
    if (canvas.width !== width) canvas.width = width;
    if (canvas.height !== height) canvas.height = height;
    if (GLFW.active) {
      GLFW.active.width = width;
      GLFW.active.height = height;
    }
  },

  // Tells the accessible mirror (shell/icc-a11y.js) that the screen's items changed.
  icc_semantics_changed: function() {
    if (window.iccIndex && window.iccIndex._onSemanticsChanged) window.iccIndex._onSemanticsChanged();
  },

  // The editor of a text field laid over the canvas (shell/icc-text.js): where, how, what (JSON).
  icc_text_editor: function(update) {
    if (window.iccIndex && window.iccIndex._textEditor) window.iccIndex._textEditor(JSON.parse(UTF8ToString(update)));
  },

  icc_signal_ready: function() { window.iccIndex._resolveReady(); },

  icc_hide_loading: function() {
    var loading = document.getElementById('loading');
    if (loading) loading.hidden = true;
  },
});
