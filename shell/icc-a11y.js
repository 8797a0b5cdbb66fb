// The accessible mirror of the canvas. A canvas is only pixels to assistive technology, so this
// keeps a visually hidden DOM copy of the current screen, built from the app's own description of
// it (iccIndex.items(): role, label, state): landmarks, headings, native buttons, radio buttons,
// check boxes and text fields, and the results as a real table. It works both ways: using the
// mirror presses, focuses and edits the same items in the app, and the app's keyboard focus is
// announced through aria-activedescendant on the canvas.
'use strict';

(function () {
  var api = window.iccIndex;
  var mirror = document.getElementById('icc-mirror');
  var canvas = document.getElementById('canvas');
  var scheduled = false;
  var editing = null;      // a mirror text field with unsent changes: never rebuilt under the user
  var restoringFocus = false;

  var landmarks = {banner: ['header', 'banner'], navigation: ['nav', 'navigation'], main: ['main', 'main'],
                   status: ['div', 'status'], dialog: ['div', 'dialog']};

  function element(tag, attributes, text) {
    var node = document.createElement(tag);
    for (var name in attributes) node.setAttribute(name, attributes[name]);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function control(item, groupName) {
    var id = 'icc-item-' + item.id;
    switch (item.role) {
      case 'button':
      case 'link': {
        var button = element('button', {type: 'button', id: id, 'data-id': item.id}, item.label);
        if (item.role === 'link' && item.checked) button.setAttribute('aria-current', 'page');
        if (item.description) button.setAttribute('aria-description', item.description);
        return button;
      }
      case 'radio':
      case 'checkbox': {
        var label = element('label', {});
        var input = element('input', {type: item.role, id: id, 'data-id': item.id, name: groupName});
        input.checked = !!item.checked;
        label.append(input, ' ' + item.label);
        return label;
      }
      case 'textbox':
      case 'textarea': {
        var field = element('label', {}, item.label + ' ');
        var box = element(item.role === 'textbox' ? 'input' : 'textarea',
                          {id: id, 'data-id': item.id, 'data-target': item.target || ''});
        box.value = item.description || '';
        field.append(box);
        return field;
      }
      case 'heading':
        return element('h' + Math.min(6, Math.max(1, item.level || 2)), {}, item.label);
      default:
        return element('p', {}, item.label);
    }
  }

  function resultsTable() {
    var rows = api._call('resultsTable').rows || [];
    if (!rows.length) return null;
    var table = element('table', {});
    table.append(element('caption', {}, api._call('text', {key: 'results.table'}).text));
    var head = element('tr', {});
    ['results.area', 'results.score', 'results.sample', 'results.size_group', 'results.diversity_group']
      .forEach(function (key) { head.append(element('th', {scope: 'col'}, api._call('text', {key: key}).text)); });
    table.append(element('thead', {}).appendChild(head).parentNode);
    var body = element('tbody', {});
    rows.forEach(function (row) {
      var tr = element('tr', {});
      tr.append(element('th', {scope: 'row'}, row.area));
      var score = element('td', {}, row.score);
      score.title = row.explanation;
      tr.append(score);
      [row.sample, row.sizeGroup, row.diversityGroup].forEach(function (value) {
        tr.append(element('td', {}, value === null ? '—' : Math.round(value) + '%'));
      });
      body.append(tr);
    });
    table.append(body);
    return table;
  }

  function rebuild() {
    scheduled = false;
    if (editing) return;  // rebuilt when the edit is sent
    var items = api.items().items;
    var focusedId = document.activeElement && mirror.contains(document.activeElement)
      ? document.activeElement.getAttribute('data-id') : null;
    var regions = {};
    var order = [];
    var group = 0;
    var lastHeading = null;
    var radioGroup = null;
    var activeDescendant = null;
    items.forEach(function (item) {
      var region = regions[item.region];
      if (!region) {
        var spec = landmarks[item.region] || landmarks.main;
        region = regions[item.region] = element(spec[0], {role: spec[1], id: 'icc-mirror-' + item.region, tabindex: '-1'});
        if (item.region === 'dialog') region.setAttribute('aria-modal', 'true');
        order.push(item.region);
      }
      if (item.role === 'heading') { lastHeading = item.label; group++; radioGroup = null; }
      var node = control(item, 'icc-group-' + group);
      // Options of one question form a labelled group.
      if (item.role === 'radio' || item.role === 'checkbox') {
        if (!radioGroup) {
          radioGroup = element('div', {role: item.role === 'radio' ? 'radiogroup' : 'group'});
          if (lastHeading) radioGroup.setAttribute('aria-label', lastHeading);
          region.append(radioGroup);
        }
        radioGroup.append(node);
      } else {
        if (item.role !== 'heading') radioGroup = null;
        region.append(node);
      }
      if (item.focused && item.id) activeDescendant = 'icc-item-' + item.id;
    });
    if (api.state().screen === 'results' && regions.main) {
      var table = resultsTable();
      if (table) regions.main.append(table);
    }
    mirror.replaceChildren.apply(mirror, order.map(function (name) { return regions[name]; }));
    if (activeDescendant) canvas.setAttribute('aria-activedescendant', activeDescendant);
    else canvas.removeAttribute('aria-activedescendant');
    if (focusedId) {
      var again = mirror.querySelector('[data-id="' + focusedId + '"]');
      if (again) { restoringFocus = true; again.focus(); restoringFocus = false; }
    }
  }

  function schedule() {
    if (!scheduled) { scheduled = true; setTimeout(rebuild, 0); }
  }

  mirror.addEventListener('click', function (event) {
    var target = event.target.closest('[data-id]');
    if (!target || target.hasAttribute('data-target')) return;
    api._call('activate', {id: Number(target.getAttribute('data-id'))});
  });
  mirror.addEventListener('focusin', function (event) {
    var target = event.target.closest('[data-id]');
    if (target && !restoringFocus) api._call('focus', {id: Number(target.getAttribute('data-id'))});
  });
  mirror.addEventListener('input', function (event) {
    var target = event.target;
    if (!target.hasAttribute('data-target')) return;
    editing = target;
    api._call('setText', {target: target.getAttribute('data-target'), text: target.value});
  });
  mirror.addEventListener('focusout', function (event) {
    if (event.target === editing) { editing = null; schedule(); }
  });

  api._onSemanticsChanged = schedule;
  api.ready.then(function () {
    api.items();  // switches the app's description of each screen on
    var skip = document.getElementById('icc-skip');
    skip.textContent = api._call('text', {key: 'a11y.skip'}).text;
    skip.addEventListener('click', function (event) {
      event.preventDefault();
      var target = mirror.querySelector('#icc-mirror-main input, #icc-mirror-main button, #icc-mirror-main');
      if (target) target.focus();
    });
  });
})();
