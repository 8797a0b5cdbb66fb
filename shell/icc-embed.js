// URL parameters that need another file of the site (README, "Embedding"):
//   ?index=<definition.json>              uses that index definition instead of the built-in one
//   ?view=results&data=<export.json>      shows an exported assessment read-only (a published result)
// The files are fetched from the page's own origin only (the Content-Security-Policy allows no
// other) and validated by the core loaders in the wasm; a file that fails leaves a notice and the
// tool as it was. (lang, theme and storage=none are read by the app itself.)
'use strict';

(function () {
  var parameters = new URLSearchParams(window.location.search);
  var indexName = parameters.get('index');
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

  var index = fetchText(indexName);
  var data = fetchText(dataName);
  // Resolves with what each option did ({index, results}: the API's answers), once both are applied.
  window.iccIndex.optionsApplied = window.iccIndex.ready.then(function (api) {
    return index.then(function (file) {
      var applied = {};
      if (file) applied.index = api.loadIndex(file.text, file.name);
      return data.then(function (dataFile) {
        if (dataFile) applied.results = api.showResults(dataFile.text, dataFile.name);
        return applied;
      });
    });
  });
})();
