// The city among the published ICC Index results of other cities, as a new user sees it: Kraków's
// profile (806,200 residents, 7 % foreign-born), every question answered, then the results screen
// and its accessible mirror show at least a dozen published results with year, version and source
// beside the city's own estimate, the published sample sizes, and good-practice pointers with the
// address to read about them and no internal source key. Screenshots for people to look at.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {serve, launch, openPage, loadTool, screenshot, settle, items, clickItem, repoRoot} from './lib.mjs';
import {english} from './privacy-lib.mjs';

const index = JSON.parse(fs.readFileSync(path.join(repoRoot, 'assets/index/icc-2019.json'), 'utf8'));
const published = JSON.parse(fs.readFileSync(path.join(repoRoot, 'assets/published/icc-published-results.json'), 'utf8'));
const catalogs = Object.fromEntries(['en', 'pl', 'uk', 'fr'].map((language) =>
  [language, JSON.parse(fs.readFileSync(path.join(repoRoot, `assets/i18n/${language}.json`), 'utf8'))]));

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

// Scrolls the results with the mouse wheel until the comparison section is at the top: it comes
// right after the last button of "change over time" (text lines carry no place on screen).
async function scrollToPublished(page, catalog) {
  const canvas = await page.locator('#canvas').boundingBox();
  await page.mouse.move(canvas.x + canvas.width * 0.6, canvas.y + canvas.height / 2);
  for (let i = 0; i < 80; i++) {
    const anchor = (await items(page)).find((item) => item.rect && item.label === catalog['results.compare_with_file']);
    if (anchor && anchor.rect[1] < 90) return;
    await page.mouse.wheel(0, anchor ? Math.max(30, anchor.rect[1] - 60) : 500);
    await settle(page);
  }
  throw new Error('never scrolled to the published results');
}

// Every question answered, with a mix of answers so that the estimate lies among the others.
async function answerEverything(page) {
  const answers = [];
  let n = 0;
  for (const area of index.areas)
    for (const question of area.questions) {
      n++;
      if (question.options) answers.push([question.id, question.type === 'multipleChoice'
        ? question.options.filter((_, i) => (i + n) % 2 === 0).map((o) => o.id)
        : question.options[n % question.options.length].id]);
      else answers.push([question.id, question.bands[n % question.bands.length].min]);
    }
  const failures = await page.evaluate((list) => list.map(([id, value]) => [id, iccIndex.setAnswer(id, value)])
    .filter(([, result]) => !result.ok), answers);
  assert.deepEqual(failures, []);
}

test("Kraków's results screen and mirror set its estimate among the published results", async () => {
  const context = await browser.newContext({viewport: {width: 1280, height: 1600}});
  const {page, problems} = await openPage(context, server.url);
  await loadTool(page, server.url);
  await page.evaluate(() => {
    iccIndex.newAssessment();
    iccIndex.setCity({name: 'Kraków', year: 2026, population: 806200, foreignBornPercent: 7});
  });
  await answerEverything(page);
  assert.equal((await page.evaluate(() => iccIndex.scores())).completeness, 100);
  await clickItem(page, english('topbar.results'), 'button');
  await page.waitForFunction(() => iccIndex.state().screen === 'results');
  await settle(page);

  const en = catalogs.en;
  const labels = (await items(page)).map((item) => item.label);
  const versions = [en['published.edition_classic'], en['published.edition_2019']];
  const marks = labels.filter((label) => /^.+ · (about )?\d{4} · .+: \d+(–\d+)?%$/.test(label) &&
                                         versions.some((version) => label.includes(' · ' + version + ': ')));
  assert.ok(marks.length >= 12, `a dozen published results with year and version: ${marks.join(' | ')}`);
  assert.ok(marks.includes('Odesa · 2017 · classic index: 70%'), marks.join(' | '));
  assert.ok(marks.includes('Hamamatsu · 2020 · 2019 index: 50–59%'), 'a range stays a range');
  const core = Math.round((await page.evaluate(() => iccIndex.scores())).coreIndex);
  const own = en['published.own_label'].replace('{city}', 'Kraków') + `: ${core}%`;
  assert.ok(labels.includes(own), `the city's own estimate is marked: ${own}`);
  assert.ok(labels.includes(en['published.worth']), 'what the comparison is worth');
  // Each result with its source and address; the sample sizes over time.
  const sources = labels.filter((label) => label.startsWith('Source: '));
  assert.ok(sources.length >= published.results.length, sources.length);
  assert.ok(sources.some((label) => label.includes('https://old.omr.gov.ua/en/essential/103457/?print')));
  assert.ok(labels.includes('2011-01-10: 17 cities (London Lewisham)'), 'the sample sizes over time');
  // Beside the areas: the published figures for each.
  assert.ok(labels.includes('Rochester, MN · 2020 · 2019 index: 35% (average 69%)'), 'commitment 35 against 69');
  // Good-practice pointers: where to read about them; no internal key anywhere.
  assert.ok(labels.some((label) => label.startsWith(en['results.good_practice_address'].replace('{url}', 'https://'))));
  const keys = labels.filter((label) => /\[S[\w-]*\]|\bS-(cam|lim|welc|mel2?|ua)\b/.test(label));
  assert.deepEqual(keys, [], 'no internal source key on the screen');

  // The same in the accessible mirror, as a screen reader reads it.
  await page.waitForFunction(() => document.getElementById('icc-mirror').textContent.includes('Odesa · 2017 · classic index: 70%'));
  const mirror = await page.evaluate(() => document.getElementById('icc-mirror').textContent);
  for (const mark of marks) assert.ok(mirror.includes(mark), `mirror: ${mark}`);
  assert.ok(mirror.includes(own));
  assert.ok(!/\[S[\w-]*\]/.test(mirror), 'no internal source key in the mirror');

  // Screenshots of the comparison: scrolled until its heading is at the top.
  await scrollToPublished(page, en);
  await screenshot(page, 'results-published-en');
  for (const language of ['pl', 'uk', 'fr']) {
    await page.evaluate((code) => iccIndex.setLanguage(code), language);
    await settle(page);
    const said = (await items(page)).map((item) => item.label);
    assert.ok(said.includes(catalogs[language]['published.heading']), language);
    assert.ok(said.some((label) => label.includes(' · ' + catalogs[language]['published.edition_classic'] + ': ')), language);
    await scrollToPublished(page, catalogs[language]);
    await screenshot(page, `results-published-${language}`);
  }
  await page.setViewportSize({width: 360, height: 800});
  await page.evaluate(() => iccIndex.setLanguage('en'));
  await settle(page);
  await scrollToPublished(page, en);
  await screenshot(page, 'results-published-360');
  assert.deepEqual(problems, []);
  await context.close();
});
