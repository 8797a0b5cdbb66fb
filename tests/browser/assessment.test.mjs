// The assessment as a user meets it in Chromium: mouse and keyboard answers, autosave and reload,
// languages, and storage that fails.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {serve, launch, openPage, loadTool, waitReady, screenshot, settle, findItem, clickItem, tabTo, items} from './lib.mjs';
import {english} from './privacy-lib.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const api = (page, expression, argument) => page.evaluate(expression, argument);

async function freshPage(options = {}) {
  const context = await browser.newContext({viewport: {width: 1280, height: 860}, ...options});
  const {page, problems} = await openPage(context, server.url);
  return {context, page, problems};
}

test('mouse and keyboard answers are saved and come back after a reload', async () => {
  const {context, page, problems} = await freshPage();
  await loadTool(page, server.url);
  await clickItem(page, 'Start a new assessment', 'button');
  assert.equal((await api(page, () => iccIndex.state())).screen, 'profile');
  await clickItem(page, 'City name', 'textbox');
  await page.keyboard.type('Lodz');
  await page.waitForFunction(() => iccIndex.getAssessment().city.name === 'Lodz', null, {timeout: 10000});
  await screenshot(page, 'assessment-profile');
  await clickItem(page, 'Go to the questions', 'button');

  const definitionQuestion = await api(page, () => iccIndex.getAssessment());
  assert.equal(definitionQuestion.city.name, 'Lodz');
  // Mouse: the first option of the first question.
  const firstOption = (await items(page)).find((item) => item.role === 'radio');
  await clickItem(page, firstOption.label, 'radio');
  // Keyboard: Tab to the evidence field, type.
  await tabTo(page, 'Evidence');
  await page.keyboard.type('Council resolution 12/2024');
  // Every key reaches the app in the frames after it; the autosave comes about 300 ms after the
  // last change (later on a busy machine).
  await page.waitForFunction(() => Object.values(iccIndex.getAssessment().answers)
    .some((answer) => answer.evidence === 'Council resolution 12/2024'), null, {timeout: 10000});
  await page.waitForFunction(() => !iccIndex.state().savePending, null, {timeout: 10000});
  const state = await api(page, () => iccIndex.state());
  assert.match(state.lastSaved, /^\d\d:\d\d:\d\d$/);
  const before = await api(page, () => iccIndex.getAssessment());
  const answered = Object.entries(before.answers);
  assert.equal(answered.length, 1);
  assert.equal(answered[0][1].evidence, 'Council resolution 12/2024');
  await screenshot(page, 'assessment-answered');

  await page.reload();
  await waitReady(page);
  const after = await api(page, () => iccIndex.getAssessment());
  assert.deepEqual(after.answers, before.answers);
  assert.equal(after.city.name, 'Lodz');
  assert.equal((await api(page, () => iccIndex.state())).screen, 'questionnaire');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the keyboard alone answers a question (Tab, then Space)', async () => {
  const {context, page, problems} = await freshPage();
  await loadTool(page, server.url);
  await api(page, () => iccIndex.newAssessment());
  await clickItem(page, 'Go to the questions', 'button');
  const firstOption = (await items(page)).find((item) => item.role === 'radio');
  await page.locator('#canvas').focus();
  const focused = await tabTo(page, firstOption.label);
  await screenshot(page, 'assessment-keyboard-focus');
  assert.ok(focused.focused);
  await page.keyboard.press('Space');
  await settle(page);
  const scores = await api(page, () => iccIndex.scores());
  assert.equal(scores.answered, 1);
  const option = (await items(page)).find((item) => item.label === firstOption.label);
  assert.equal(option.checked, true);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the language switches live, with English as the fallback', async () => {
  const {context, page, problems} = await freshPage();
  await loadTool(page, server.url);
  await api(page, () => iccIndex.newAssessment());
  await api(page, () => iccIndex.open(iccIndex.state().openId));
  await api(page, () => iccIndex.setLanguage('pl'));
  await settle(page);
  assert.equal((await api(page, () => iccIndex.state())).language, 'pl');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'pl');
  const headings = (await items(page)).filter((item) => item.role === 'heading').map((item) => item.label);
  assert.ok(headings.includes('Zaangażowanie'), `Polish area title missing: ${headings.join(' | ')}`);
  await screenshot(page, 'assessment-polish');
  await api(page, () => iccIndex.setLanguage('uk'));
  await settle(page);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'uk');
  await screenshot(page, 'assessment-ukrainian');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a full storage quota shows a warning and loses nothing held in memory', async () => {
  const {context, page, problems} = await freshPage();
  await loadTool(page, server.url);
  await api(page, () => iccIndex.newAssessment());
  await api(page, () => iccIndex.open(iccIndex.state().openId));
  await page.evaluate(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  const questionId = (await api(page, () => iccIndex.scores())).areas[0].id + '.public-statement';
  assert.equal((await api(page, (id) => iccIndex.setAnswer(id, 'yes'), questionId)).ok, true);
  await api(page, () => iccIndex.flush());
  await settle(page);
  const state = await api(page, () => iccIndex.state());
  assert.equal(state.storage, 'failing');
  assert.equal(state.storageProblemCode, 'status.storage_full');
  const status = (await items(page)).find((item) => item.role === 'status');
  assert.ok(status && status.label === english('status.storage_full'), 'the warning is on screen');
  assert.ok(await findItem(page, english('status.export_now'), 'button'), 'an export is offered');
  assert.equal((await api(page, () => iccIndex.getAssessment())).answers[questionId].selected[0], 'yes');
  await screenshot(page, 'assessment-quota-full');
  assert.deepEqual(problems, []);
  await context.close();
});

test('without localStorage the tool runs in memory and says so', async () => {
  const {context, page, problems} = await freshPage();
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {get() { throw new DOMException('blocked', 'SecurityError'); }});
  });
  await loadTool(page, server.url);
  const state = await api(page, () => iccIndex.state());
  assert.equal(state.storage, 'unavailable');
  await api(page, () => iccIndex.newAssessment());
  assert.equal((await api(page, () => iccIndex.setCity({name: 'Memory'}))).ok, true);
  assert.equal((await api(page, () => iccIndex.getAssessment())).city.name, 'Memory');
  await screenshot(page, 'assessment-no-storage');
  assert.deepEqual(problems, []);
  await context.close();
});

test('screens in every theme and on a narrow phone screen', async () => {
  for (const [name, options] of [['light', {}], ['dark', {colorScheme: 'dark'}],
                                 ['narrow', {viewport: {width: 360, height: 740}, deviceScaleFactor: 2}]]) {
    const {context, page, problems} = await freshPage(options);
    await loadTool(page, server.url);
    await api(page, () => iccIndex.newAssessment());
    await api(page, () => iccIndex.setCity({name: 'Kraków', year: 2026, population: 804000, foreignBornPercent: 4.6}));
    await settle(page);
    await screenshot(page, `screen-${name}-profile`);
    await api(page, () => iccIndex.open(iccIndex.state().openId));
    await settle(page);
    await screenshot(page, `screen-${name}-questionnaire`);
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('on a touch screen a tap answers and a drag scrolls', async () => {
  const {context, page, problems} = await freshPage({viewport: {width: 360, height: 740}, deviceScaleFactor: 2,
                                                     hasTouch: true, isMobile: true});
  await loadTool(page, server.url);
  await api(page, () => { iccIndex.newAssessment(); iccIndex.open(iccIndex.state().openId); });
  await settle(page);
  const radio = (await items(page)).find((item) => item.role === 'radio');
  await page.touchscreen.tap(radio.rect[0] + 30, radio.rect[1] + radio.rect[3] / 2);
  // The tap reaches the app as the browser's compatibility mouse events, after the touch itself.
  await page.waitForFunction(() => iccIndex.scores().answered === 1);
  const touch = await context.newCDPSession(page);
  await touch.send('Input.dispatchTouchEvent', {type: 'touchStart', touchPoints: [{x: 180, y: 600}]});
  for (let y = 570; y > 200; y -= 30) await touch.send('Input.dispatchTouchEvent', {type: 'touchMove', touchPoints: [{x: 180, y}]});
  await touch.send('Input.dispatchTouchEvent', {type: 'touchEnd', touchPoints: []});
  await settle(page);
  const moved = (await items(page)).find((item) => item.label === radio.label && item.role === 'radio');
  assert.ok(moved.rect[1] < radio.rect[1] - 200, `the questionnaire scrolled (${radio.rect[1]} -> ${moved.rect[1]})`);
  assert.equal((await api(page, () => iccIndex.scores())).answered, 1, 'the drag pressed nothing');
  await screenshot(page, 'assessment-touch-scrolled');
  assert.deepEqual(problems, []);
  await context.close();
});

test('"follow the system" follows a change of the colour scheme while the page is open', async () => {
  const {context, page, problems} = await freshPage({colorScheme: 'light'});
  await loadTool(page, server.url);
  // The brightness of the page background, from a screenshot (WebGL cannot be read back).
  const brightness = async () => {
    const png = (await page.screenshot({clip: {x: 2, y: 300, width: 4, height: 4}})).toString('base64');
    return page.evaluate(async (data) => {
      const image = new Image();
      image.src = 'data:image/png;base64,' + data;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = 1;
      const context2d = canvas.getContext('2d');
      context2d.drawImage(image, 0, 0, 1, 1);
      const [r, g, b] = context2d.getImageData(0, 0, 1, 1).data;
      return (r + g + b) / 3;
    }, png);
  };
  assert.ok(await brightness() > 200, 'light at first');
  await page.emulateMedia({colorScheme: 'dark'});
  let dark = false;
  for (let attempt = 0; attempt < 20 && !dark; attempt++) {
    await settle(page);
    dark = await brightness() < 60;
  }
  assert.ok(dark, 'dark after the system changed');
  assert.deepEqual(problems, []);
  await context.close();
});
