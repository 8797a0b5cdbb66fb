// The accessible mirror presses what the canvas has scrolled out of view: the press scrolls the
// item into view first (in a card that was out of view, ImGui draws nothing of the item until then).
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {serve, launch, openPage, loadTool, settle, items, clickItem} from './lib.mjs';
import {english} from './privacy-lib.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

// Presses the mirror's button labelled `label` (the last of them with `last`), as a screen reader
// user does (the mirror is visually hidden, so the click is the element's own).
async function pressInMirror(page, label, {last = false} = {}) {
  await page.waitForFunction((text) => [...document.querySelectorAll('#icc-mirror button')]
    .some((button) => button.textContent === text), label, {timeout: 10000});
  await page.evaluate(({text, last}) => {
    const buttons = [...document.querySelectorAll('#icc-mirror button')].filter((button) => button.textContent === text);
    buttons[last ? buttons.length - 1 : 0].click();
  }, {text: label, last});
  await settle(page);
}

test('at 1280×720 "Delete all my data" is pressed from the mirror although it is out of view', async () => {
  const context = await browser.newContext({viewport: {width: 1280, height: 720}});
  const {page, problems} = await openPage(context, server.url);
  await loadTool(page, server.url);
  await page.evaluate(() => { iccIndex.newAssessment(); iccIndex.flush(); });
  assert.equal((await page.evaluate(() => iccIndex.listAssessments())).length, 1);
  await clickItem(page, 'Settings', 'button');

  const deleteAll = english('settings.delete_all');
  const canvas = await page.locator('#canvas').boundingBox();
  const before = (await items(page)).find((item) => item.label === deleteAll);
  assert.ok(before.rect[1] > canvas.height, `"${deleteAll}" is in view at ${before.rect}: the test proves nothing`);

  await pressInMirror(page, deleteAll);
  const confirm = (await items(page)).find((item) => item.label === english('settings.delete_all_confirmed'));
  assert.ok(confirm, 'the press did not reach the button: no confirmation');
  assert.ok(confirm.rect[1] >= 0 && confirm.rect[1] < canvas.height, `the confirmation is out of view at ${confirm.rect}`);

  await pressInMirror(page, english('settings.delete_all_confirmed'));
  await page.waitForFunction(() => iccIndex.state().screen === 'start');
  assert.deepEqual(await page.evaluate(() => iccIndex.listAssessments()), []);
  assert.deepEqual(problems, []);
  await context.close();
});

// Out of view, the buttons of one card had one id between them (the card's): a press of "Delete"
// must not become a press of the card's "Continue".
test('the mirror presses the very button asked for in a card out of view', async () => {
  const context = await browser.newContext({viewport: {width: 1280, height: 720}});
  const {page, problems} = await openPage(context, server.url);
  await loadTool(page, server.url);
  await page.evaluate(() => {
    for (let i = 0; i < 6; i++) {
      iccIndex.newAssessment();
      iccIndex.setCity({name: `City ${i}`});
      iccIndex.flush();
    }
  });
  await clickItem(page, english('topbar.home'), 'button');
  const canvas = await page.locator('#canvas').boundingBox();
  const saved = await page.evaluate(() => iccIndex.listAssessments());
  const lastCity = saved[saved.length - 1].city;
  const deletes = (await items(page)).filter((item) => item.label === english('start.delete'));
  assert.equal(deletes.length, 6);
  assert.ok(deletes[5].rect[1] > canvas.height, `the last card is in view at ${deletes[5].rect}: the test proves nothing`);

  await pressInMirror(page, english('start.delete'), {last: true});
  assert.equal((await page.evaluate(() => iccIndex.state())).screen, 'start');  // "Continue" opens it
  const confirm = (await items(page)).find((item) => item.label === english('start.delete_confirmed'));
  assert.ok(confirm, 'the press did not reach the card\'s "Delete"');
  await pressInMirror(page, english('start.delete_confirmed'));
  const left = await page.evaluate(() => iccIndex.listAssessments());
  assert.equal(left.length, 5);
  assert.ok(!left.some((entry) => entry.city === lastCity), `${lastCity} is still saved`);
  assert.deepEqual(problems, []);
  await context.close();
});
