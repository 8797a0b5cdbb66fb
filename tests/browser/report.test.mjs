// The HTML report as a council member opens it: produced by the command-line tool (the same core
// code the app's "Download the report" uses), opened from disk in Chromium. No script, no request,
// the right numbers, accessible, and hostile texts shown as text.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {spawnSync} from 'node:child_process';
import {createRequire} from 'node:module';
import {launch, repoRoot, artifactsDir} from './lib.mjs';

const require = createRequire(import.meta.url);
const axePath = path.join(path.dirname(require.resolve('axe-core')), 'axe.min.js');
const cli = process.env.ICC_CLI || path.join(repoRoot, 'build/native/src/cli/icc-index');
const index = path.join(repoRoot, 'assets/index/icc-2019.json');
const benchmarks = path.join(repoRoot, 'assets/benchmarks/icc-benchmarks.json');
const sample = path.join(repoRoot, 'tests/data/report/sample-assessment.json');

let browser;
before(async () => { browser = await launch(); fs.mkdirSync(artifactsDir, {recursive: true}); });
after(async () => { await browser?.close(); });

function run(args) {
  const result = spawnSync(cli, args, {encoding: 'utf8'});
  assert.equal(result.status, 0, result.stderr);
  return result.stdout;
}

function writeReport(answers, name) {
  const out = path.join(artifactsDir, name);
  run(['report', '--index', index, '--benchmarks', benchmarks, answers, '-o', out]);
  return out;
}

// Opens a report from disk, recording every request and whether any script ran.
async function openReport(file) {
  const context = await browser.newContext({bypassCSP: true});
  const page = await context.newPage();
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto('file://' + file);
  return {context, page, requests};
}

test('the report has no script and no request, and its table holds the scores', async () => {
  const file = writeReport(sample, 'report-sample.html');
  const scored = JSON.parse(run(['score', '--index', index, '--benchmarks', benchmarks, sample]).split('\n')[0]);
  const {context, page, requests} = await openReport(file);
  assert.deepEqual(requests, ['file://' + file], 'the report loads nothing else');
  assert.equal(await page.locator('script').count(), 0);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  const cells = await page.evaluate(() => [...document.querySelectorAll('table')].map((table) => table.innerText));
  const text = cells.join('\n');
  for (const area of scored.areas.filter((a) => a.percent !== null).slice(0, 5))
    assert.match(text, new RegExp(`${Math.round(area.percent)}%`), area.id);
  assert.match(text, new RegExp(`${Math.round(scored.coreIndex)}%`), 'core index');
  assert.ok(await page.locator('svg[role=img] title').count() >= 2, 'charts have text alternatives');
  await page.screenshot({path: path.join(artifactsDir, 'report-sample.png'), fullPage: false});
  await page.addScriptTag({path: axePath});
  const result = await page.evaluate(() => window.axe.run(document, {resultTypes: ['violations']}));
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
  assert.deepEqual(serious, []);
  await context.close();
});

test('hostile texts in an import come out of the report as plain text', async () => {
  const answers = JSON.parse(fs.readFileSync(sample, 'utf8'));
  const hostile = '<script>window.pwned = 1</script>"><img src=x onerror="window.pwned=2">\u202Eevil';
  answers.city.name = hostile;
  const first = Object.keys(answers.answers)[0];
  answers.answers[first].evidence = hostile + ' ' + 'x'.repeat(100 * 1024);
  const input = path.join(artifactsDir, 'hostile-assessment.json');
  fs.writeFileSync(input, JSON.stringify(answers));
  const file = writeReport(input, 'report-hostile.html');
  const {context, page, requests} = await openReport(file);
  assert.equal(await page.evaluate(() => window.pwned), undefined, 'nothing ran');
  assert.equal(await page.locator('script, img[src=x]').count(), 0);
  assert.deepEqual(requests, ['file://' + file]);
  const body = await page.evaluate(() => document.body.textContent);
  assert.ok(body.includes('<script>window.pwned = 1</script>'), 'the text is shown as typed');
  assert.ok(body.includes('x'.repeat(100 * 1024)), 'a 100 KB text is intact');
  await context.close();
});

test("Kraków's report sets its estimate among the published results, each with its source", async () => {
  const answers = JSON.parse(fs.readFileSync(sample, 'utf8'));
  Object.assign(answers.city, {name: 'Kraków', population: 806200, foreignBornPercent: 7});
  const input = path.join(artifactsDir, 'krakow-assessment.json');
  fs.writeFileSync(input, JSON.stringify(answers));
  const file = path.join(artifactsDir, 'report-krakow.html');
  run(['report', '--index', index, '--benchmarks', benchmarks, '--published',
       path.join(repoRoot, 'assets/published/icc-published-results.json'), input, '-o', file]);
  const {context, page, requests} = await openReport(file);
  assert.deepEqual(requests, ['file://' + file], 'links to the sources are not requests');
  const section = page.locator('#published');
  const marks = await section.locator('svg g.row text').allTextContents();
  const labels = marks.filter((text) => / · \d{4} · /.test(text));
  assert.ok(labels.length >= 12, `a dozen published results with year and version: ${labels.join(' | ')}`);
  assert.equal(await section.locator('svg g.own').count(), 1, "the city's own estimate, marked once");
  const rows = await section.locator('table.published tbody tr').count();
  assert.ok(rows >= 12);
  const sources = await section.locator('table.published a[href^="http"]').count();
  assert.ok(sources >= rows, 'every result links to its source');
  const text = await page.evaluate(() => document.body.innerText);
  assert.ok(!/\[S[\w-]*\]/.test(text), 'no internal source key');
  await page.setViewportSize({width: 1000, height: 1400});
  await section.scrollIntoViewIfNeeded();
  await page.evaluate(() => document.getElementById('published').scrollIntoView());
  await page.screenshot({path: path.join(artifactsDir, 'report-published.png')});
  await context.close();
});
