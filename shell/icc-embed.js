// URL parameters that need another file of the site (README, "Embedding"):
//   ?index=<definition.json>              uses that index definition instead of the built-in one
//   ?benchmarks=<figures.json>            compares with those figures instead of the built-in ones
//   ?view=results&data=<export.json>      shows an exported assessment read-only (a published result)
// The files are fetched from the page's own origin only, never through a redirect (which could
// lead elsewhere), and validated by the core loaders in the wasm; a file that fails leaves a
// notice and the tool as it was. (lang, theme and storage=none are read by the app itself.)
'use strict';

(function () {
  let parameters = new URLSearchParams(window.location.search);
  let indexName = parameters.get('index');
  let benchmarksName = parameters.get('benchmarks');
  let dataName = parameters.get('view') === 'results' ? parameters.get('data') : null;
  let api = window.iccIndex;

  // The body's bytes, or null once it grows past the limit (the rest is then not downloaded).
  function readLimited(response, limit) {
    if (!response.body) return response.arrayBuffer().then(function (buffer) {
      return buffer.byteLength > limit ? null : new Uint8Array(buffer);
    });
    let reader = response.body.getReader(), chunks = [], size = 0;
    return reader.read().then(function next(part) {
      if (part.done) {
        let bytes = new Uint8Array(size), at = 0;
        chunks.forEach(function (chunk) { bytes.set(chunk, at); at += chunk.length; });
        return bytes;
      }
      size += part.value.length;
      if (size > limit) return reader.cancel().then(function () { return null; });
      chunks.push(part.value);
      return reader.read().then(next);
    });
  }

  // Starts at once, in parallel with the wasm download. Resolves with {name, text, problem}:
  // `problem` (a code the app words in the user's language) when the file could not be had.
  // The name goes to the app as given: the app shows only its base name (FileNameForNotice).
  function fetchText(name) {
    if (!name) return Promise.resolve(null);
    function failed(problem, detail) {
      console.warn('Intercultural Cities Index: a file named in the URL was not loaded (' + (detail || problem) + ')');
      return {name: name, text: '', problem: problem};
    }
    let url;
    try {
      url = new URL(name, window.location.href);
    } catch (e) {
      return Promise.resolve(failed('invalid-url'));
    }
    if (url.origin !== window.location.origin) return Promise.resolve(failed('other-origin'));
    return fetch(url.href, {credentials: 'same-origin', redirect: 'manual'}).then(function (response) {
      if (response.type === 'opaqueredirect') return failed('redirect');
      if (response.status === 404 || response.status === 410) return failed('not-found', 'HTTP ' + response.status);
      if (!response.ok) return failed('http-error', 'HTTP ' + response.status);
      let length = Number(response.headers.get('Content-Length'));
      if (length > api._maxFileBytes) return failed('too-large');
      return readLimited(response, api._maxFileBytes).then(function (bytes) {
        if (!bytes) return failed('too-large');
        let decoded = api._decodeFile(bytes);
        return decoded.problem ? failed(decoded.problem) : {name: name, text: decoded.text, problem: ''};
      });
    }).catch(function (error) { return failed('network', String(error)); });
  }

  let files = [fetchText(indexName), fetchText(benchmarksName), fetchText(dataName)];
  // Resolves with what each option did ({index, benchmarks, results}: the API's answers), once all
  // are applied, in that order: the figures and the results must fit the index. Each option is
  // applied (or reported) on its own: one that fails leaves the others to apply.
  api.optionsApplied = api.ready.then(function () {
    return Promise.all(files).then(function (loaded) {
      let index = loaded[0], benchmarks = loaded[1], data = loaded[2];
      let applied = {};
      if (index) applied.index = api.loadIndex(index.text, index.name, index.problem);
      if (benchmarks) applied.benchmarks = api.loadBenchmarks(benchmarks.text, benchmarks.name, false, benchmarks.problem);
      if (data) applied.results = api.showResults(data.text, data.name, data.problem);
      return applied;
    });
  });
})();
