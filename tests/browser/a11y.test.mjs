// The accessible mirror of the canvas: axe-core on every screen, the questionnaire as a screen
// reader sees it, and a whole area answered through the mirror alone giving the same scores as
// the same answers clicked on the canvas.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import {createRequire} from 'node:module';
import {serve, launch, openPage, loadTool, screenshot, settle, items, clickItem} from './lib.mjs';

const require = createRequire(import.meta.url);
const axePath = path.join(path.dirname(require.resolve('axe-core')), 'axe.min.js');

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

// The mirror is rebuilt after the frame that changed the screen: wait until it shows `text`.
async function mirrorShows(page, text) {
  await page.waitForFunction((t) => document.getElementById('icc-mirror').textContent.includes(t), text,
                             {timeout: 10000});
}

async function axeViolations(page) {
  await page.addScriptTag({path: axePath});
  const result = await page.evaluate(() => window.axe.run(document, {resultTypes: ['violations']}));
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
}

test('axe-core finds no serious or critical violation on any screen', async () => {
  // axe is injected as a script; the page's CSP would rightly refuse it.
  const context = await browser.newContext({viewport: {width: 1280, height: 860}, bypassCSP: true});
  const {page, problems} = await openPage(context, server.url);
  await loadTool(page, server.url);
  await mirrorShows(page, 'Start a new assessment');
  const found = {start: await axeViolations(page)};
  await page.evaluate(() => iccIndex.newAssessment());
  await mirrorShows(page, 'City name');
  found.profile = await axeViolations(page);
  await page.evaluate(() => iccIndex.open(iccIndex.state().openId));
  await mirrorShows(page, 'Question 1 of');
  found.questionnaire = await axeViolations(page);
  await clickItem(page, 'Results', 'button');
  await mirrorShows(page, 'Every number');
  found.results = await axeViolations(page);
  await clickItem(page, 'Settings', 'button');
  await mirrorShows(page, 'Text size');
  found.settings = await axeViolations(page);
  for (const [screen, violations] of Object.entries(found)) assert.deepEqual(violations, [], screen);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the questionnaire reads as labelled groups of radio buttons with their state', async () => {
  const context = await browser.newContext({viewport: {width: 1280, height: 860}});
  const {page, problems} = await openPage(context, server.url);
  await loadTool(page, server.url);
  await page.evaluate(() => { iccIndex.newAssessment(); iccIndex.open(iccIndex.state().openId); });
  await page.evaluate(() => iccIndex.setAnswer('commitment.public-statement', 'yes'));
  await mirrorShows(page, 'Question 1 of');
  // The sidebar's items can arrive a frame after the questions: wait for them too.
  await page.waitForFunction(() => document.querySelector('#icc-mirror nav button'), null, {timeout: 10000});
  const snapshot = await page.locator('#icc-mirror main').ariaSnapshot();
  const question = await page.evaluate(() => document.querySelector('#icc-mirror [role=radiogroup]').getAttribute('aria-label'));
  assert.ok(question.length > 20, 'the first group is named by its question');
  assert.match(snapshot, /radiogroup "Has the city council/);
  assert.match(snapshot, /radio "Yes, fully in place" \[checked\]/);
  assert.match(snapshot, /radio "No"/);
  assert.match(snapshot, /textbox "Evidence"/);
  assert.match(snapshot, /heading "Commitment" \[level=1\]/);
  const navigation = await page.locator('#icc-mirror nav').ariaSnapshot();
  assert.match(navigation, /button "Commitment"/);
  assert.deepEqual(problems, []);
  await context.close();
});

// The radio buttons of the screen grouped by question (each question's text is a level-3 heading).
function questionGroups(list) {
  const groups = [];
  for (const item of list) {
    if (item.role === 'heading' && item.level === 3) groups.push([]);
    else if ((item.role === 'radio' || item.role === 'checkbox') && groups.length) groups[groups.length - 1].push(item);
  }
  return groups.filter((group) => group.length);
}

// Chooses the first option of every question of the first area, as a mouse user or as a
// screen-reader user in the mirror, and returns the scores.
async function answerFirstAreaWithFirstOptions(page, viaMirror) {
  const total = await page.evaluate(() => iccIndex.scores().areas[0].total);
  const box = await page.locator('#canvas').boundingBox();
  for (let step = 0; step < 60; step++) {
    const answered = await page.evaluate(() => iccIndex.scores().areas[0].answered);
    if (answered === total) break;
    if (viaMirror) {
      const radio = page.locator('#icc-mirror main :is([role=radiogroup], [role=group])').nth(answered).locator('input').first();
      await radio.focus();
      await page.keyboard.press('Space');
    } else {
      const open = questionGroups(await items(page)).find((group) => !group.some((item) => item.checked));
      const first = open && open[0];
      if (first && first.rect[1] > 0 && first.rect[1] + first.rect[3] < box.height - 60) {
        await page.mouse.click(box.x + first.rect[0] + 24, box.y + first.rect[1] + first.rect[3] / 2);
      } else {
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        await page.mouse.wheel(0, 300);
      }
    }
    await settle(page);
  }
  return page.evaluate(() => iccIndex.scores());
}

test('an area answered through the mirror alone scores as the canvas does', async () => {
  const run = async (viaMirror) => {
    const context = await browser.newContext({viewport: {width: 1280, height: 860}});
    const {page, problems} = await openPage(context, server.url);
    await loadTool(page, server.url);
    await page.evaluate(() => { iccIndex.newAssessment(); iccIndex.open(iccIndex.state().openId); });
    await mirrorShows(page, 'Question 1 of');
    const scores = await answerFirstAreaWithFirstOptions(page, viaMirror);
    await screenshot(page, viaMirror ? 'a11y-answered-through-mirror' : 'a11y-answered-on-canvas');
    assert.deepEqual(problems, []);
    await context.close();
    return scores;
  };
  const mirror = await run(true);
  assert.equal(mirror.areas[0].answered, mirror.areas[0].total);
  const canvas = await run(false);
  assert.equal(canvas.areas[0].answered, canvas.areas[0].total);
  assert.equal(mirror.areas[0].percent, canvas.areas[0].percent);
  assert.equal(mirror.coreIndex, canvas.coreIndex);
});

test('a skip link leads into the questionnaire and Escape then Tab leaves the canvas', async () => {
  const context = await browser.newContext({viewport: {width: 1280, height: 860}});
  const {page, problems} = await openPage(context, server.url);
  await loadTool(page, server.url);
  await page.evaluate(() => { iccIndex.newAssessment(); iccIndex.open(iccIndex.state().openId); });
  await mirrorShows(page, 'Question 1 of');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'icc-skip');
  await page.keyboard.press('Enter');
  assert.ok(await page.evaluate(() => document.getElementById('icc-mirror').contains(document.activeElement)));
  await page.locator('#canvas').focus();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  assert.notEqual(await page.evaluate(() => document.activeElement.id), 'canvas', 'focus left the canvas');
  assert.deepEqual(problems, []);
  await context.close();
});
