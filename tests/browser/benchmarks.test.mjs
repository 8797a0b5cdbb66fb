// The city's own comparison figures, as a user brings them in: Settings → "Import comparison
// figures" through the browser's real file picker; the results beside the imported averages; the
// file kept in localStorage across a reload; the built-in figures back on request.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {serve, launch, openPage, loadTool, waitReady, screenshot, settle, clickItem, items, repoRoot} from './lib.mjs';
import {english} from './privacy-lib.mjs';

let server, browser, folder;
before(async () => {
  server = await serve();
  browser = await launch();
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'icc-figures-'));
});
after(async () => {
  await browser?.close();
  await server?.close();
  fs.rmSync(folder, {recursive: true, force: true});
});

// The built-in file made into a city's own, with a whole-network sample.
function ownFiguresFile() {
  const figures = JSON.parse(fs.readFileSync(path.join(repoRoot, 'assets/benchmarks/icc-benchmarks.json'), 'utf8'));
  figures.id = 'from-our-analysis';
  figures.title = {en: 'Averages from our 2025 analysis'};
  figures.samples = [{id: 'network-2025', group: '', cities: 150, date: '2025-06', overall: 61, areas: {commitment: 72}}];
  const file = path.join(folder, 'our-analysis-figures.json');
  fs.writeFileSync(file, JSON.stringify(figures));
  return file;
}

async function goTo(page, screen, labelKey) {
  await clickItem(page, english(labelKey), 'button');
  await page.waitForFunction((name) => iccIndex.state().screen === name, screen);
  await settle(page);
}

test('own comparison figures are imported in Settings, compared with, and kept', async () => {
  const context = await browser.newContext({viewport: {width: 1280, height: 2000}});
  const {page, problems} = await openPage(context, server.url);
  await loadTool(page, server.url);
  await page.evaluate(() => { iccIndex.newAssessment(); iccIndex.setAnswer('commitment.public-statement', 'yes'); });
  assert.equal((await page.evaluate(() => iccIndex.state())).benchmarksId, 'icc-benchmarks-2020');

  await goTo(page, 'settings', 'topbar.settings');
  const chooser = page.waitForEvent('filechooser');
  await clickItem(page, english('settings.benchmarks_import'), 'button');
  await (await chooser).setFiles(ownFiguresFile());
  await page.waitForFunction(() => iccIndex.state().ownBenchmarks);
  assert.equal((await page.evaluate(() => iccIndex.state())).benchmarksId, 'from-our-analysis');
  await settle(page);
  await screenshot(page, 'settings-own-benchmarks');
  // What the figures are is in the accessible mirror too.
  const said = (await items(page)).map((item) => item.label);
  const current = english('settings.benchmarks_current').replace('{title}', 'Averages from our 2025 analysis');
  assert.ok(said.includes(current), said.join(' | '));

  await goTo(page, 'results', 'topbar.results');
  const commitment = (await page.evaluate(() => iccIndex._call('mirror').table.rows))[0];
  assert.equal(commitment.sample, 72, JSON.stringify(commitment));

  await page.reload();
  await waitReady(page);
  const state = await page.evaluate(() => iccIndex.state());
  assert.equal(state.benchmarksId, 'from-our-analysis', 'the figures are kept in this browser');
  assert.equal(state.ownBenchmarks, true);

  await goTo(page, 'settings', 'topbar.settings');
  await clickItem(page, english('settings.benchmarks_builtin'), 'button');
  await page.waitForFunction(() => !iccIndex.state().ownBenchmarks);
  assert.equal((await page.evaluate(() => iccIndex.state())).benchmarksId, 'icc-benchmarks-2020');
  assert.equal(await page.evaluate(() => localStorage.getItem('icc-index/v1/benchmarks')), null);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a file that is not comparison figures changes nothing and says why', async () => {
  const context = await browser.newContext({viewport: {width: 1280, height: 2000}});
  const {page, problems} = await openPage(context, server.url);
  await loadTool(page, server.url);
  const broken = path.join(folder, 'not-figures.json');
  fs.writeFileSync(broken, '{"formatVersion": 1, "kind": "icc-assessment"}');
  await goTo(page, 'settings', 'topbar.settings');
  const chooser = page.waitForEvent('filechooser');
  await clickItem(page, english('settings.benchmarks_import'), 'button');
  await (await chooser).setFiles(broken);
  await page.waitForFunction(() => iccIndex.state().notice.includes('not-figures.json'));
  const state = await page.evaluate(() => iccIndex.state());
  assert.equal(state.benchmarksId, 'icc-benchmarks-2020');
  assert.equal(state.ownBenchmarks, false);
  assert.deepEqual(problems, []);
  await context.close();
});
