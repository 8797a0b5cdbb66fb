// The accessible mirror of the canvas. A canvas is only pixels to assistive technology, so this
// keeps a visually hidden DOM copy of the current screen, built from the app's own description of
// it (the "mirror" call: role, label, state), landmarks, headings, native buttons, radio buttons,
// check boxes and text fields, and the results as a real table, updated in place item by item. It works both ways: using the
// mirror presses, focuses and edits the same items in the app, and the app's keyboard focus is
// announced through aria-activedescendant on the canvas.
'use strict';

(function () {
  let api = window.iccIndex;
  let mirror = document.getElementById('icc-mirror');
  let canvas = document.getElementById('canvas');
  let scheduled = false;
  let restoringFocus = false;

  let landmarks = {banner: ['header', 'banner'], navigation: ['nav', 'navigation'], main: ['main', 'main'],
                   status: ['div', 'status'], dialog: ['div', 'dialog']};

  function element(tag, attributes, text) {
    let node = document.createElement(tag);
    for (let name in attributes) node.setAttribute(name, attributes[name]);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // The mirror's nodes by key: an item's role and ImGui id, or (text without an id) its role, level,
  // text and how many came before it. A kept node is patched, never replaced, so focus and a screen
  // reader's reading position survive updates.
  let nodes = new Map();
  let used = new Set();
  let lastTable = '';

  function keep(key, make) {
    let node = nodes.get(key);
    if (!node) nodes.set(key, node = make());
    used.add(key);
    return node;
  }

  function setText(node, text) { if (node.textContent !== text) node.textContent = text; }
  function setAttribute(node, name, value) {
    if (value === null || value === undefined || value === false) { if (node.hasAttribute(name)) node.removeAttribute(name); }
    else if (node.getAttribute(name) !== String(value)) node.setAttribute(name, value);
  }

  // A control's node, made or patched to show `item`.
  function control(item, key, groupName) {
    let id = 'icc-item-' + item.id;
    switch (item.role) {
      case 'button':
      case 'link': {
        let button = keep(key, function () { return element('button', {type: 'button', id: id, 'data-id': item.id}); });
        setText(button, item.label);
        setAttribute(button, 'aria-current', item.role === 'link' && item.checked ? 'page' : null);
        setAttribute(button, 'aria-description', item.description || null);
        return button;
      }
      case 'radio':
      case 'checkbox': {
        let label = keep(key, function () {
          let made = element('label', {});
          made.append(element('input', {type: item.role, id: id, 'data-id': item.id}), '');
          return made;
        });
        let input = label.firstChild;
        if (input.checked !== !!item.checked) input.checked = !!item.checked;
        if (input.name !== groupName) input.name = groupName;
        if (label.lastChild.data !== ' ' + item.label) label.lastChild.data = ' ' + item.label;
        return label;
      }
      case 'textbox':
      case 'textarea': {
        let field = keep(key, function () {
          let made = element('label', {});
          made.append('', element(item.role === 'textbox' ? 'input' : 'textarea', {id: id, 'data-id': item.id}));
          return made;
        });
        let box = field.lastChild;
        if (field.firstChild.data !== item.label + ' ') field.firstChild.data = item.label + ' ';
        setAttribute(box, 'data-target', item.target || '');
        // The field being typed in keeps what the user typed (a number not yet valid, say).
        if (document.activeElement !== box && box.value !== (item.description || '')) box.value = item.description || '';
        return field;
      }
      case 'heading':
        return keep(key, function () { return element('h' + Math.min(6, Math.max(1, item.level || 2)), {}, item.label); });
      default:
        return keep(key, function () { return element('p', {}, item.label); });
    }
  }

  function resultsTable(spec) {
    let table = element('table', {});
    table.append(element('caption', {}, spec.caption));
    let head = element('tr', {});
    spec.headings.forEach(function (text) { head.append(element('th', {scope: 'col'}, text)); });
    table.append(element('thead', {}).appendChild(head).parentNode);
    let body = element('tbody', {});
    spec.rows.forEach(function (row) {
      let tr = element('tr', {});
      tr.append(element('th', {scope: 'row'}, row.area));
      let score = element('td', {}, row.score);
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

  // Makes `parent`'s children exactly `children`, in order, moving only nodes out of place: gone
  // ones are removed first, so a kept node is never taken out and put back (which would lose focus).
  function reconcile(parent, children) {
    let wanted = new Set(children);
    Array.prototype.slice.call(parent.children).forEach(function (child) { if (!wanted.has(child)) child.remove(); });
    let next = parent.firstElementChild;
    children.forEach(function (child) {
      if (child === next) next = next.nextElementSibling;
      else parent.insertBefore(child, next);
    });
  }

  // The page's own texts around the canvas, in the interface language: worded again whenever the
  // app changes the page's lang. A French statement has a page of its own on the site; the
  // single-file build carries the statement inside the page (its link is a fragment there).
  let wordedLanguage = null;
  function wordPage() {
    let language = document.documentElement.lang;
    if (language === wordedLanguage) return;
    wordedLanguage = language;
    let word = function (key) { return api._call('text', {key: key}).text; };
    document.getElementById('icc-skip').textContent = word('a11y.skip');
    let statement = document.getElementById('icc-statement');
    statement.textContent = word('a11y.statement');
    if (statement.getAttribute('href').startsWith('accessibility/'))
      statement.setAttribute('href', language === 'fr' ? 'accessibility/fr.html' : 'accessibility/');
    document.title = word('app.name');
    canvas.setAttribute('aria-label', word('app.name'));
  }

  function update() {
    scheduled = false;
    wordPage();
    let view = api._call('mirror');  // the one call of an update
    let focused = document.activeElement;
    let focusedId = focused && mirror.contains(focused) ? focused.getAttribute('data-id') : null;
    used = new Set();
    let regions = {};
    let order = [];       // the regions, in the order of their first items
    let containers = [];  // regions and groups of options, each with its children in order
    let group = 0;
    let lastHeading = null;
    let radioGroup = null;
    let seen = {};
    let activeDescendant = null;
    view.items.forEach(function (item) {
      let region = regions[item.region];
      if (!region) {
        let spec = landmarks[item.region] || landmarks.main;
        let node = keep('region:' + item.region, function () {
          let made = element(spec[0], {role: spec[1], id: 'icc-mirror-' + item.region, tabindex: '-1'});
          if (item.region === 'dialog') made.setAttribute('aria-modal', 'true');
          return made;
        });
        region = regions[item.region] = {node: node, children: []};
        order.push(node);
        containers.push(region);
      }
      let key = item.role + ':' + item.id;
      if (!item.id) {
        let text = item.role + ':' + (item.level || 0) + ':' + item.label;
        seen[text] = (seen[text] || 0) + 1;
        key = text + '#' + seen[text];
      }
      if (item.role === 'heading') { lastHeading = item.label; group++; radioGroup = null; }
      let child = control(item, key, 'icc-group-' + group);
      // Options of one question form a labelled group.
      if (item.role === 'radio' || item.role === 'checkbox') {
        if (!radioGroup) {
          let role = item.role === 'radio' ? 'radiogroup' : 'group';
          radioGroup = {node: keep('group:' + key, function () { return element('div', {}); }), children: []};
          setAttribute(radioGroup.node, 'role', role);
          setAttribute(radioGroup.node, 'aria-label', lastHeading);
          region.children.push(radioGroup.node);
          containers.push(radioGroup);
        }
        radioGroup.children.push(child);
      } else {
        if (item.role !== 'heading') radioGroup = null;
        region.children.push(child);
      }
      if (item.focused && item.id) activeDescendant = 'icc-item-' + item.id;
    });
    if (view.table && regions.main) {
      let table = JSON.stringify(view.table);
      if (table !== lastTable || !nodes.has('table')) { nodes.set('table', resultsTable(view.table)); lastTable = table; }
      used.add('table');
      regions.main.children.push(nodes.get('table'));
    }
    containers.forEach(function (container) { reconcile(container.node, container.children); });
    reconcile(mirror, order);
    nodes.forEach(function (node, key) { if (!used.has(key)) nodes.delete(key); });
    setAttribute(canvas, 'aria-activedescendant', activeDescendant);
    if (focusedId && !mirror.contains(document.activeElement)) {
      let again = mirror.querySelector('[data-id="' + focusedId + '"]');
      if (again) { restoringFocus = true; again.focus(); restoringFocus = false; }
    }
  }

  function schedule() {
    if (!scheduled) { scheduled = true; setTimeout(update, 0); }
  }

  mirror.addEventListener('click', function (event) {
    let target = event.target.closest('[data-id]');
    if (!target || target.hasAttribute('data-target')) return;
    api._call('activate', {id: Number(target.getAttribute('data-id'))});
  });
  mirror.addEventListener('focusin', function (event) {
    let target = event.target.closest('[data-id]');
    if (target && !restoringFocus) api._call('focus', {id: Number(target.getAttribute('data-id'))});
  });
  mirror.addEventListener('input', function (event) {
    let target = event.target;
    if (!target.hasAttribute('data-target')) return;
    api._call('setText', {target: target.getAttribute('data-target'), text: target.value});
  });
  // A text field just left shows the app's value again (updates never change the focused one's).
  mirror.addEventListener('focusout', function (event) {
    if (event.target.hasAttribute('data-target')) schedule();
  });

  api._onSemanticsChanged = schedule;
  api.ready.then(function () {
    api._call('mirror');  // switches the app's description of each screen on
    wordPage();
    let skip = document.getElementById('icc-skip');
    skip.hidden = false;
    document.getElementById('icc-statement').hidden = false;
    skip.addEventListener('click', function (event) {
      event.preventDefault();
      let target = mirror.querySelector('#icc-mirror-main input, #icc-mirror-main button, #icc-mirror-main');
      if (target) target.focus();
    });
  });
})();
