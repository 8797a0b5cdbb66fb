// The editor of the app's text fields. While the user edits a text field of the canvas, a real
// <input> (one line) or <textarea> (evidence) lies exactly over it, in the field's font, size,
// colours and padding, and does the editing: the system clipboard, IME composition, on-screen
// keyboards, dictation, spell check in the interface language, undo and each platform's selection
// and word moves are the browser's own. Every change goes to the app as its own typing does
// (icc_on_editor_text: the field's code then validates and saves); leaving the field (Tab, Escape,
// Enter in one line, or focus elsewhere) hands it back to the canvas. The app says where the field
// is and how it looks after each frame that changed it (icc_text_editor in web/library_icc.js,
// src/app/text_field.cpp); an unchanged field costs no call either way.
//
// One element of each kind, made on first use and reused for every field, lying in a box cut to the
// visible part of the field. The accessible mirror (icc-a11y.js) keeps its own field for assistive
// technology; this one is for the eyes, the keyboard and the pointer, and is named like the field.
'use strict';

(function () {
  let api = window.iccIndex;
  let canvas = document.getElementById('canvas');
  let box = null;            // the visible part of the field: the editor is cut to it
  let editors = {};          // 'input' and 'textarea', made on first use
  let editor = null;         // the one in use
  let target = '';           // what it edits ("city.name", "evidence:<question id>")
  let handingBack = false;   // the editor is being hidden by us: its blur is not the user leaving
  // The UI font's ascent and descent (hhea) over its em: ImGui sizes a font by ascent - descent,
  // CSS by the em.
  let metrics = {em: 1, ascent: 0.8};

  // Reads unitsPerEm (head) and the ascent and descent (hhea) from a TrueType file.
  function fontMetrics(bytes) {
    let view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let tables = {};
    for (let i = 0, count = view.getUint16(4); i < count; i++) {
      let record = 12 + 16 * i;
      tables[String.fromCharCode(bytes[record], bytes[record + 1], bytes[record + 2], bytes[record + 3])] =
        view.getUint32(record + 8);
    }
    let units = view.getUint16(tables.head + 18);
    let ascent = view.getInt16(tables.hhea + 4), descent = view.getInt16(tables.hhea + 6);
    return {em: units / (ascent - descent), ascent: ascent / (ascent - descent)};
  }

  // The app's own font, from the bytes compiled into it (no request; the single file has no other).
  function loadFonts() {
    [0, 1].forEach(function (bold) {
      let pointer = Module._icc_font_data(bold), size = Module._icc_font_size(bold);
      if (!pointer || !size || !window.FontFace) return;
      let bytes = Module.HEAPU8.slice(pointer, pointer + size);
      if (!bold) metrics = fontMetrics(bytes);
      let face = new FontFace('ICC Noto Sans', bytes.buffer, {weight: bold ? '700' : '400'});
      document.fonts.add(face);
      face.load().catch(function () {});  // a font the browser refuses leaves its own in the field
    });
  }

  function sendText() {
    if (target) api._callWithTexts('icc_on_editor_text', null, [target, editor.value]);
  }

  // Hides the editor; the keyboard focus, if it had it, goes back to the canvas.
  function hide() {
    if (!editor) return;
    handingBack = true;
    if (document.activeElement === editor) canvas.focus({preventScroll: true});
    box.hidden = editor.hidden = true;
    handingBack = false;
    editor = null;
    target = '';
  }

  // The user left the field: `how` 0 focus went elsewhere, 1 Tab, 2 Shift+Tab, 3 Escape or Enter.
  function leave(how) {
    let left = target;
    hide();
    api._callWithTexts('icc_on_editor_left', null, [left], [how]);
  }

  function make(kind) {
    let element = document.createElement(kind);
    element.className = 'icc-editor';
    element.setAttribute('autocomplete', 'off');
    if (kind === 'textarea') element.setAttribute('wrap', 'off');  // ImGui's field does not wrap lines either
    // While an IME composes, the text is not final: it goes to the app when the composition ends.
    element.addEventListener('input', function (event) { if (!event.isComposing) sendText(); });
    element.addEventListener('compositionend', sendText);
    element.addEventListener('blur', function () {
      // Not when the window itself lost focus (the field keeps it), nor when we hide the editor.
      if (!handingBack && element === editor && document.activeElement !== element) leave(0);
    });
    // A wheel the field cannot use scrolls the screen around it, as over the canvas.
    element.addEventListener('wheel', function (event) {
      let room = event.deltaY < 0 ? element.scrollTop : element.scrollHeight - element.clientHeight - element.scrollTop;
      if (kind === 'textarea' && room > 0) return;
      let passed = new WheelEvent('wheel', event);
      canvas.dispatchEvent(passed);
      if (passed.defaultPrevented) event.preventDefault();
    }, {passive: false});
    box.append(element);
    return element;
  }

  // Keys in the editor (icc-shell.js hands them over: it keeps keys away from the canvas's handlers).
  api._editorKeydown = function (event) {
    if (!editor || event.target !== editor || event.isComposing || event.ctrlKey || event.altKey || event.metaKey) return;
    let how = 0;
    if (event.key === 'Tab') how = event.shiftKey ? 2 : 1;
    else if (event.key === 'Escape' || (event.key === 'Enter' && editor.tagName === 'INPUT')) how = 3;
    if (!how) return;
    event.preventDefault();
    // Escape, then Tab, leaves the tool, as from the canvas.
    if (event.key === 'Escape') api._canvasKey('Escape');
    leave(how);
  };

  function px(value) { return value + 'px'; }

  // Lays the editor over the field, in its look.
  function place(update) {
    let rect = update.rect, clip = update.clip, font = update.font, style = editor.style;
    box.style.left = px(clip[0]);
    box.style.top = px(clip[1]);
    box.style.width = px(Math.max(0, clip[2]));
    box.style.height = px(Math.max(0, clip[3]));
    // Inside the field's border: the canvas keeps drawing that (a border under 1 CSS pixel, as at
    // high pixel ratios, would come out thicker in CSS).
    let border = update.border;
    style.left = px(rect[0] - clip[0] + border);
    style.top = px(rect[1] - clip[1] + border);
    style.width = px(Math.max(0, rect[2] - 2 * border));
    style.height = px(Math.max(0, rect[3] - 2 * border));
    style.fontSize = px(font.size * metrics.em);
    style.lineHeight = px(font.size);
    style.fontWeight = font.bold ? '700' : '400';
    // ImGui puts the text at the padding (its border lies inside it) and its baseline at its
    // rounded ascent; CSS puts the baseline at the font's ascent within the line.
    let lift = font.ascent - font.size * metrics.ascent;
    style.paddingTop = px(Math.max(0, update.padding[1] - border + lift));
    style.paddingBottom = px(Math.max(0, update.padding[1] - border - lift));
    style.paddingLeft = style.paddingRight = px(Math.max(0, update.padding[0] - border));
    style.borderRadius = px(Math.max(0, update.radius - border));
    style.color = style.caretColor = update.colours.text;
    style.backgroundColor = update.colours.background;
    style.setProperty('--icc-selection', update.colours.selection);
    editor.lang = update.lang;
    editor.setAttribute('aria-label', update.label);
    let number = update.kind === 'integer' || update.kind === 'decimal';
    editor.spellcheck = !number;
    editor.setAttribute('inputmode', update.kind === 'integer' ? 'numeric' : number ? 'decimal' : 'text');
    if (editor.tagName === 'INPUT') editor.setAttribute('enterkeyhint', 'done');
  }

  // After a frame that moved, restyled, started or ended the field being edited (src/app/main_web.cpp).
  api._textEditor = function (update) {
    if (!update.target) { hide(); return; }
    if (!box) {
      box = document.createElement('div');
      box.className = 'icc-editor-box';
      canvas.after(box);
    }
    let kind = update.kind === 'lines' ? 'textarea' : 'input';
    let element = editors[kind] || (editors[kind] = make(kind));
    if (editor && element !== editor) {
      handingBack = true;  // another field's editor gives way: no leaving
      editor.hidden = true;
      handingBack = false;
    }
    editor = element;
    editor.hidden = false;
    target = update.target;
    box.hidden = false;
    place(update);
    if ('value' in update) {
      editor.value = update.value;  // only when the text is new to the editor: its undo history stays
      if (update.selection[0] >= 0) editor.setSelectionRange(update.selection[0], update.selection[1]);
    }
    if (update.focus && document.activeElement !== editor) editor.focus({preventScroll: true});
  };

  // A press on the canvas that started editing ends over the editor, which covers the point by
  // then: the release goes to the canvas too (its handler listens there only), or the app would hold
  // the button down and miss the next click.
  let pressedOnCanvas = false;
  canvas.addEventListener('mousedown', function (event) {
    pressedOnCanvas = true;
    // A right press on a text field lays the editor over it now, so that the context menu that
    // follows is the editor's: paste, spelling suggestions. The press must not then move the focus
    // from the editor to the canvas.
    if (event.button === 2 && Module.calledRun) {
      let rect = canvas.getBoundingClientRect();
      if (Module._icc_edit_field_at(event.clientX - rect.left, event.clientY - rect.top)) event.preventDefault();
    }
  }, true);
  window.addEventListener('mouseup', function (event) {
    if (!pressedOnCanvas) return;
    pressedOnCanvas = false;
    if (event.target !== canvas) canvas.dispatchEvent(new MouseEvent('mouseup', event));
  }, true);

  // Phones: the keyboard covers part of the screen; the field stays in what is left.
  function keepVisible() {
    if (!target || !window.visualViewport) return;
    let rect = canvas.getBoundingClientRect(), view = window.visualViewport;
    Module._icc_on_visible_band(view.offsetTop - rect.top, view.offsetTop + view.height - rect.top);
  }
  if (window.visualViewport) {
    window.visualViewport.addEventListener('resize', keepVisible);
    window.visualViewport.addEventListener('scroll', keepVisible);
  }

  api.ready.then(loadFonts);
})();
