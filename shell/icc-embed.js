// URL parameters that need another file of the site (README, "Embedding"):
//   ?index=<definition.json>              uses that index definition instead of the built-in one
//   ?benchmarks=<figures.json>            compares with those figures instead of the built-in ones
//   ?view=results&data=<export.json>      shows an exported assessment read-only (a published result)
// The files are fetched from the page's own origin only (the Content-Security-Policy allows no
// other) and validated by the core loaders in the wasm; a file that fails leaves a notice and the
// tool as it was. (lang, theme and storage=none are read by the app itself.)
'use strict';

(function () {
  var parameters = new URLSearchParams(window.location.search);
  var indexName = parameters.get('index');
  var benchmarksName = parameters.get('benchmarks');
  var dataName = parameters.get('view') === 'results' ? parameters.get('data') : null;

  // Starts at once, in parallel with the wasm download. A file that cannot be fetched becomes empty
  // text: the loader then reports it in a notice that names the file (the reason goes to the console).
  function fetchText(name) {
    if (!name) return Promise.resolve(null);
    function unavailable(reason) {
      console.warn('Intercultural Cities Index: ' + name + ' was not loaded (' + reason + ')');
      return {name: name, text: ''};
    }
    var url = new URL(name, window.location.href);
    if (url.origin !== window.location.origin) return Promise.resolve(unavailable('not on this site'));
    return fetch(url.href, {credentials: 'same-origin'}).then(function (response) {
      if (!response.ok) return unavailable('HTTP ' + response.status);
      return response.text().then(function (text) { return {name: name, text: text}; });
    }, function (error) { return unavailable(String(error)); });
  }

  var files = [fetchText(indexName), fetchText(benchmarksName), fetchText(dataName)];
  // Resolves with what each option did ({index, benchmarks, results}: the API's answers), once all
  // are applied, in that order: the figures and the results must fit the index.
  window.iccIndex.optionsApplied = window.iccIndex.ready.then(function (api) {
    return Promise.all(files).then(function (loaded) {
      var index = loaded[0], benchmarks = loaded[1], data = loaded[2];
      var applied = {};
      if (index) applied.index = api.loadIndex(index.text, index.name);
      if (benchmarks) applied.benchmarks = api.loadBenchmarks(benchmarks.text, benchmarks.name, false);
      if (data) applied.results = api.showResults(data.text, data.name);
      return applied;
    });
  });
})();
