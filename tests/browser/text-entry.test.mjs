// Text entry as in any web form (shell/icc-text.js): while a text field of the canvas is edited, a
// DOM field laid over it does the editing. The system clipboard both ways, select-all, insertText
// and IME composition, Polish and Ukrainian, undo, a long paste, a tap on a phone, keys that leave
// the field, the look before, during and after editing, and the accessible mirror updating in place.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {serve, launch, openPage, loadTool, settle, items, artifactsDir} from './lib.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const question = 'commitment.public-statement';

async function freshPage(options = {}) {
  const context = await browser.newContext({viewport: {width: 1280, height: 860}, ...options});
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: server.url});
  const {page, problems} = await openPage(context, server.url);
  await loadTool(page, server.url);
  return {context, page, problems};
}

// A new assessment on the profile screen, or (questionnaire) on the first area's questions.
async function newAssessment(page, questionnaire) {
  await page.evaluate((open) => {
    iccIndex.newAssessment();
    if (open) iccIndex.open(iccIndex.state().openId);
  }, questionnaire);
  await settle(page);
}

const fieldItem = async (page, target) => (await items(page)).find((item) => item.target === target);

// The element with the keyboard focus: its tag, class and text.
const focused = (page) => page.evaluate(() => {
  const element = document.activeElement;
  return {tag: element.tagName, className: element.className, value: element.value, id: element.id};
});

// Clicks the field editing `target` on the canvas and waits until the page's editor has the focus.
async function startEditing(page, target, at = 0.5) {
  const item = await fieldItem(page, target);
  assert.ok(item, `no field for ${target} on screen`);
  const box = await page.locator('#canvas').boundingBox();
  await page.mouse.click(box.x + item.rect[0] + item.rect[2] * at, box.y + item.rect[1] + Math.min(item.rect[3] / 2, 16));
  await page.waitForFunction(() => document.activeElement.classList.contains('icc-editor'), null, {timeout: 10000});
  return item;
}

const saved = (page) => page.evaluate(() => iccIndex.getAssessment());
async function evidenceIs(page, text) {
  await page.waitForFunction(([id, expected]) => iccIndex.getAssessment().answers[id]?.evidence === expected,
                             [question, text], {timeout: 10000});
}
async function cityNameIs(page, text) {
  await page.waitForFunction((expected) => iccIndex.getAssessment().city.name === expected, text, {timeout: 10000});
}

test('the system clipboard pastes into evidence and the city name; select-all + copy gives the field\'s text only', async () => {
  const {context, page, problems} = await freshPage();
  await newAssessment(page, false);
  await page.evaluate(() => navigator.clipboard.writeText('Gdańsk'));
  await startEditing(page, 'city.name');
  await page.keyboard.press('Control+V');
  await cityNameIs(page, 'Gdańsk');

  await page.evaluate(() => iccIndex.open(iccIndex.state().openId));
  await settle(page);
  const text = 'Resolution 45/2024 of the City Council\nIntercultural strategy 2024–2030';
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await startEditing(page, `evidence:${question}`);
  await page.keyboard.press('Control+V');
  await evidenceIs(page, text);

  // Select-all in the field selects the field's text, and copy copies exactly that.
  await page.evaluate(() => navigator.clipboard.writeText('nothing copied yet'));
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+C');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), text);
  // On the canvas, select-all and copy take nothing of the page (the mirror's hidden text least of all).
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.activeElement.id === 'canvas', null, {timeout: 10000});
  await page.evaluate(() => navigator.clipboard.writeText('nothing copied yet'));
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+C');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'nothing copied yet');
  assert.equal(await page.evaluate(() => String(window.getSelection())), '');
  assert.deepEqual(problems, []);
  await context.close();
});

test('insertText and IME composition (CDP) arrive in the field', async () => {
  const {context, page, problems} = await freshPage();
  await newAssessment(page, true);
  await startEditing(page, `evidence:${question}`);
  await page.keyboard.insertText('Dictated: ');
  await evidenceIs(page, 'Dictated: ');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Input.imeSetComposition', {text: 'zhongwen', selectionStart: 8, selectionEnd: 8});
  // The composition shows inline in the field while it lasts, and is not sent as final text.
  assert.equal((await focused(page)).value, 'Dictated: zhongwen');
  await cdp.send('Input.insertText', {text: '中文'});
  await evidenceIs(page, 'Dictated: 中文');
  assert.equal((await focused(page)).value, 'Dictated: 中文');

  await startEditing(page, `evidence:${question}`);  // still the same field: nothing lost
  assert.equal((await focused(page)).value, 'Dictated: 中文');
  assert.deepEqual(problems, []);
  await context.close();
});

test('Polish and Ukrainian typed and pasted, undone with Ctrl+Z, and saved while typing', async () => {
  const {context, page, problems} = await freshPage();
  await newAssessment(page, false);
  await startEditing(page, 'city.name');
  await page.keyboard.type('Łódź ');
  await cityNameIs(page, 'Łódź ');
  await page.evaluate(() => navigator.clipboard.writeText('і Київ'));
  await page.keyboard.press('Control+V');
  await cityNameIs(page, 'Łódź і Київ');
  await page.keyboard.press('Control+Z');
  await cityNameIs(page, 'Łódź ');
  await page.keyboard.type('Ґдиня');
  await cityNameIs(page, 'Łódź Ґдиня');
  // The autosave stores what was typed, as with the app's own typing.
  await page.waitForFunction(() => !iccIndex.state().savePending, null, {timeout: 10000});
  const id = (await page.evaluate(() => iccIndex.state())).openId;
  const stored = await page.evaluate((key) => localStorage.getItem(key), `icc-index/v1/assessment/${id}`);
  assert.match(stored, /Łódź Ґдиня/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a 20,000-character paste arrives whole', async () => {
  const {context, page, problems} = await freshPage();
  await newAssessment(page, true);
  const line = 'Evidence line with Polish ąęłńóśźż and Ukrainian їєґ letters, number ';
  let text = '';
  for (let n = 0; text.length < 20000; n++) text += `${line}${n}\n`;
  text = text.slice(0, 20000);
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await startEditing(page, `evidence:${question}`);
  await page.keyboard.press('Control+V');
  await evidenceIs(page, text);
  // Typing on at its end still reaches the app.
  await page.keyboard.press('Control+End');
  await page.keyboard.type('!');
  await evidenceIs(page, text + '!');
  assert.deepEqual(problems, []);
  await context.close();
});

test('Tab and Shift+Tab move on from the field, Enter and Escape go back to the canvas, Escape then Tab leaves it', async () => {
  const {context, page, problems} = await freshPage();
  await newAssessment(page, false);
  await startEditing(page, 'city.name');
  await page.keyboard.type('Turku');
  await page.keyboard.press('Tab');
  // The year is the next field: its own editor, asking phones for digits.
  await page.waitForFunction(() => document.activeElement.getAttribute('inputmode') === 'numeric', null, {timeout: 10000});
  await page.keyboard.press('Control+A');
  await page.keyboard.type('2025');
  await page.waitForFunction(() => iccIndex.getAssessment().city.year === 2025, null, {timeout: 10000});
  await page.keyboard.press('Shift+Tab');
  await page.waitForFunction(() => document.activeElement.value === 'Turku', null, {timeout: 10000});
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement.id === 'canvas', null, {timeout: 10000});
  await settle(page);
  assert.ok((await fieldItem(page, 'city.name')).focused, 'the keyboard is back on the field');

  await startEditing(page, 'city.population');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('inputmode')), 'decimal');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.activeElement.id === 'canvas', null, {timeout: 10000});
  await page.keyboard.press('Tab');
  const after = await focused(page);
  assert.notEqual(after.id, 'canvas', 'Escape, then Tab, left the canvas');
  assert.ok(!after.className.includes('icc-editor'));
  assert.equal((await saved(page)).city.name, 'Turku');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a tap on a text field of a phone focuses an editable element; the top bar fits 360 px', async () => {
  for (const width of [360, 393]) {
    const {context, page, problems} = await freshPage({viewport: {width, height: 780}, hasTouch: true, isMobile: true,
                                                       deviceScaleFactor: 2.75});
    await newAssessment(page, false);
    // The top bar fits in every language, with the areas menu closed and open.
    for (const language of ['pl', 'uk', 'fr', 'en']) {
      await page.evaluate((code) => iccIndex.setLanguage(code), language);
      for (const menu of ['closed', 'open']) {
        const banner = (await items(page)).filter((item) => item.region === 'banner' && item.rect);
        for (const item of banner)
          assert.ok(item.rect[0] >= 0 && item.rect[0] + item.rect[2] <= width, `${language}, menu ${menu}: ${item.label} fits in ${width} px`);
        await page.touchscreen.tap(banner[0].rect[0] + 10, banner[0].rect[1] + 10);  // the areas menu
        await settle(page);
      }
    }
    const name = await fieldItem(page, 'city.name');
    const box = await page.locator('#canvas').boundingBox();
    await page.touchscreen.tap(box.x + name.rect[0] + 30, box.y + name.rect[1] + name.rect[3] / 2);
    const editing = await focused(page);
    assert.equal(editing.tag, 'INPUT', 'the tap itself gave the focus to an editable element');
    assert.ok(editing.className.includes('icc-editor'));
    await page.keyboard.type('Київ');
    await cityNameIs(page, 'Київ');

    const population = await fieldItem(page, 'city.population');
    await page.touchscreen.tap(box.x + population.rect[0] + 30, box.y + population.rect[1] + population.rect[3] / 2);
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('inputmode')), 'decimal');
    await page.keyboard.type('2950000');
    await page.waitForFunction(() => iccIndex.getAssessment().city.population === 2950000, null, {timeout: 10000});
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('the accessible mirror updates in place: focus stays on its node, one API call per update', async () => {
  const {context, page, problems} = await freshPage();
  await newAssessment(page, true);
  await page.waitForFunction(() => document.querySelector('#icc-mirror [role=radiogroup] input'), null, {timeout: 10000});
  await page.evaluate(() => {
    const radio = document.querySelector('#icc-mirror [role=radiogroup] input');
    radio.focus();
    window.__focusedNode = radio;
    window.__calls = [];
    const original = iccIndex._call;
    iccIndex._call = (name, args) => { window.__calls.push(name); return original(name, args); };
  });
  await settle(page);
  await page.evaluate(() => { window.__calls = []; });
  // Answers from elsewhere change what the mirror shows: checked states, the progress texts.
  await page.evaluate((id) => iccIndex.setAnswer(id, 'yes'), question);
  await page.waitForFunction(() => window.__calls.length > 0, null, {timeout: 10000});
  await settle(page);
  await page.evaluate(() => iccIndex.setEvidence('commitment.public-statement', 'Changed elsewhere'));
  await page.waitForFunction(() => document.querySelector('#icc-mirror textarea')?.value === 'Changed elsewhere', null,
                             {timeout: 10000});
  const state = await page.evaluate(() => ({
    same: document.activeElement === window.__focusedNode,
    connected: window.__focusedNode.isConnected,
    calls: window.__calls,
    checked: [...document.querySelectorAll('#icc-mirror [role=radiogroup]')][0].querySelector('input:checked')?.parentNode.textContent,
  }));
  assert.ok(state.same && state.connected, 'the focused radio button is the same node, still focused');
  assert.ok(state.calls.length >= 2, 'two updates happened');
  assert.deepEqual([...new Set(state.calls)], ['mirror'], 'each update made one call, "mirror"');
  assert.match(state.checked, /Yes/);
  assert.deepEqual(problems, []);
  await context.close();
});

// Pixels of a PNG, decoded by the page (WebGL clears its buffer, so the canvas cannot be read back).
async function pixels(page, png) {
  return page.evaluate(async (data) => {
    const image = new Image();
    image.src = 'data:image/png;base64,' + data;
    await image.decode();
    const copy = document.createElement('canvas');
    copy.width = image.width; copy.height = image.height;
    const context2d = copy.getContext('2d');
    context2d.drawImage(image, 0, 0);
    return {width: image.width, height: image.height, data: Array.from(context2d.getImageData(0, 0, image.width, image.height).data)};
  }, png.toString('base64'));
}

// How two same-sized images differ: the share of pixels off by more than `tolerance` in a channel,
// and the bounding box of the text (pixels far from the field's background colour) in each.
function compare(a, b, tolerance) {
  let differing = 0;
  const background = a.data.slice(4 * (a.width * Math.floor(a.height / 2) + a.width - 8), 4 * (a.width * Math.floor(a.height / 2) + a.width - 8) + 3);
  const ink = (image) => {
    const box = {left: Infinity, top: Infinity, right: -1, bottom: -1};
    for (let y = 0; y < image.height; y++) {
      for (let x = 0; x < image.width; x++) {
        const i = 4 * (y * image.width + x);
        const distance = Math.max(...[0, 1, 2].map((c) => Math.abs(image.data[i + c] - background[c])));
        if (distance > 100) {
          box.left = Math.min(box.left, x); box.right = Math.max(box.right, x);
          box.top = Math.min(box.top, y); box.bottom = Math.max(box.bottom, y);
        }
      }
    }
    return box;
  };
  for (let i = 0; i < a.data.length; i += 4)
    if ([0, 1, 2].some((c) => Math.abs(a.data[i + c] - b.data[i + c]) > tolerance)) differing++;
  return {differing: differing / (a.width * a.height), inkA: ink(a), inkB: ink(b)};
}

test('a field looks the same before, during and after editing (screenshots compared around the field)', async () => {
  const {context, page, problems} = await freshPage();
  await newAssessment(page, true);
  await page.evaluate((id) => iccIndex.setEvidence(id, 'Council resolution 12/2024\nZaangażowanie — Залучення'), question);
  await page.evaluate(() => iccIndex.setCity({name: 'Łódź'}));
  await settle(page);
  fs.mkdirSync(artifactsDir, {recursive: true});
  for (const [target, screen] of [[`evidence:${question}`, 'questionnaire'], ['city.name', 'profile']]) {
    if (screen === 'profile') {
      await page.evaluate(() => iccIndex.newAssessment());
      await page.evaluate(() => iccIndex.setCity({name: 'Łódź'}));
      await settle(page);
    }
    const item = await fieldItem(page, target);
    const box = await page.locator('#canvas').boundingBox();
    // The field itself: the focus ring, drawn around it after a keyboard move, is left out.
    const clip = {x: box.x + item.rect[0], y: box.y + item.rect[1], width: item.rect[2], height: item.rect[3]};
    const away = {x: box.x + box.width - 40, y: box.y + box.height / 2};
    await page.mouse.move(away.x, away.y);
    await settle(page);
    const name = screen === 'profile' ? 'city-name' : 'evidence';
    const shot = async (phase) => {
      const png = await page.screenshot({clip});
      fs.writeFileSync(path.join(artifactsDir, `text-entry-${name}-${phase}.png`), png);
      return pixels(page, png);
    };
    const beforeEditing = await shot('before');
    await startEditing(page, target, 0.95);
    await page.mouse.move(away.x, away.y);
    // The caret blinks: compare with it hidden, so the pixels are the text's and the field's.
    await page.evaluate(() => { document.activeElement.style.caretColor = 'transparent'; });
    const during = await shot('during');
    await page.evaluate(() => { document.activeElement.style.caretColor = ''; });
    await page.mouse.click(away.x, away.y);  // leaves the field
    await page.waitForFunction(() => !document.activeElement.classList.contains('icc-editor'), null, {timeout: 10000});
    await page.mouse.move(away.x, away.y);
    await settle(page);
    const afterEditing = await shot('after');

    const same = compare(beforeEditing, afterEditing, 2);
    const editing = compare(beforeEditing, during, 48);
    console.log(`${name}: ${(100 * same.differing).toFixed(2)} % of pixels differ after editing, ` +
                `${(100 * editing.differing).toFixed(2)} % while editing; text box before ${JSON.stringify(editing.inkA)}, ` +
                `while editing ${JSON.stringify(editing.inkB)}`);
    assert.ok(same.differing < 0.001, `${name}: after editing it is the field from before (${same.differing})`);
    // The browser and ImGui rasterise the same font a little differently; where the text lies and
    // everything around it (border, background) must not move.
    assert.ok(editing.differing < 0.06, `${name}: the editor looks like the field (${editing.differing} of pixels differ)`);
    for (const side of ['left', 'top', 'bottom'])
      assert.ok(Math.abs(editing.inkA[side] - editing.inkB[side]) <= 1, `${name}: text ${side} ${editing.inkA[side]} vs ${editing.inkB[side]}`);
    assert.ok(Math.abs(editing.inkA.right - editing.inkB.right) <= 6, `${name}: text right ${editing.inkA.right} vs ${editing.inkB.right}`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('while a field is edited, another tab\'s save merges in and the typing goes on', async () => {
  const {context, page: first, problems} = await freshPage();
  const id = await first.evaluate(() => { const id = iccIndex.newAssessment(); iccIndex.open(id); iccIndex.flush(); return id; });
  await settle(first);
  const {page: second, problems: secondProblems} = await openPage(context, server.url);
  await loadTool(second, server.url);
  assert.equal((await second.evaluate(() => iccIndex.state())).openId, id);

  await startEditing(first, `evidence:${question}`);
  await first.keyboard.type('Typed in the first tab');
  await evidenceIs(first, 'Typed in the first tab');
  await second.evaluate(() => { iccIndex.setAnswer('commitment.strategy', 'no'); iccIndex.flush(); });
  await first.waitForFunction(() => iccIndex.getAssessment().answers['commitment.strategy']?.selected[0] === 'no', null,
                              {timeout: 10000});
  assert.ok((await focused(first)).className.includes('icc-editor'), 'the editor kept the focus');
  await first.keyboard.type(', and more');
  await evidenceIs(first, 'Typed in the first tab, and more');
  await first.evaluate(() => iccIndex.flush());
  await second.waitForFunction((q) => iccIndex.getAssessment().answers[q]?.evidence === 'Typed in the first tab, and more',
                               question, {timeout: 10000});
  assert.deepEqual([...problems, ...secondProblems], []);
  await context.close();
});

test('the editor stays on its field when the screen scrolls or resizes, and speaks the interface language', async () => {
  const {context, page, problems} = await freshPage();
  await newAssessment(page, true);
  await startEditing(page, `evidence:${question}`);
  // Where the editor is and where the field is, in CSS pixels of the page.
  const places = async () => {
    await settle(page);
    const field = await fieldItem(page, `evidence:${question}`);
    const box = await page.locator('#canvas').boundingBox();
    const editor = await page.evaluate(() => {
      const rect = document.activeElement.getBoundingClientRect();
      return [rect.x, rect.y, rect.width, rect.height];
    });
    return {field: [box.x + field.rect[0], box.y + field.rect[1], field.rect[2], field.rect[3]], editor};
  };
  const onField = ({field, editor}, what) => {
    // The editor lies inside the field's border (1 CSS pixel here).
    assert.ok(Math.abs(editor[0] - field[0] - 1) < 0.5 && Math.abs(editor[1] - field[1] - 1) < 0.5, `${what}: ${editor} on ${field}`);
    assert.ok(Math.abs(editor[2] - field[2] + 2) < 0.5 && Math.abs(editor[3] - field[3] + 2) < 0.5, `${what}: ${editor} on ${field}`);
  };
  const start = await places();
  onField(start, 'at the start');
  const box = await page.locator('#canvas').boundingBox();
  await page.mouse.move(box.x + box.width - 30, box.y + box.height / 2);
  await page.mouse.wheel(0, 120);
  const scrolled = await places();
  assert.ok(scrolled.field[1] < start.field[1], 'the screen scrolled');
  onField(scrolled, 'scrolled');
  await page.setViewportSize({width: 1000, height: 700});
  const resized = await places();
  assert.notEqual(resized.field[2], start.field[2], 'the field changed width');
  onField(resized, 'resized');
  assert.equal(await page.evaluate(() => document.activeElement.lang), 'en');
  await page.evaluate(() => iccIndex.setLanguage('uk'));
  await page.waitForFunction(() => document.activeElement.lang === 'uk', null, {timeout: 10000});
  assert.equal(await page.evaluate(() => document.activeElement.spellcheck), true);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a press that starts editing and is released over the editor leaves the next click working', async () => {
  const {context, page, problems} = await freshPage();
  await newAssessment(page, false);
  const name = await fieldItem(page, 'city.name');
  const box = await page.locator('#canvas').boundingBox();
  await page.mouse.move(box.x + name.rect[0] + 40, box.y + name.rect[1] + name.rect[3] / 2);
  await page.mouse.down();
  await page.waitForFunction(() => document.activeElement.classList.contains('icc-editor'), null, {timeout: 10000});
  await page.mouse.up();  // over the editor now, not the canvas
  await startEditing(page, 'city.population');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), 'Population');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a right click on a text field opens the editor\'s own context menu (paste, spelling)', async () => {
  const {context, page, problems} = await freshPage();
  await newAssessment(page, true);
  await page.evaluate(() => {
    document.addEventListener('contextmenu', (event) => { window.__menuFor = event.target.className; });
  });
  const field = await fieldItem(page, `evidence:${question}`);
  const box = await page.locator('#canvas').boundingBox();
  await page.mouse.click(box.x + field.rect[0] + 80, box.y + field.rect[1] + 20, {button: 'right'});
  await page.waitForFunction(() => window.__menuFor !== undefined, null, {timeout: 10000});
  assert.equal(await page.evaluate(() => window.__menuFor), 'icc-editor', 'the menu is the editor\'s');
  assert.ok((await focused(page)).className.includes('icc-editor'), 'and the editor has the focus');
  // A paste then goes into the field (with Ctrl+V: headless Chromium draws no menu to click).
  await page.evaluate(() => navigator.clipboard.writeText('Pasted from the menu'));
  await page.keyboard.press('Control+V');
  await evidenceIs(page, 'Pasted from the menu');
  assert.deepEqual(problems, []);
  await context.close();
});
