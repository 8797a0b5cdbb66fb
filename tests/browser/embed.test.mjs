// Embedding: the demo city page with the tool in cross-origin iframes (page and tool on two servers,
// the tool reached as localhost), the host page's scrolling, inputs and keyboard focus, blocked
// third-party storage, and the URL parameters that fetch files of the tool's own site.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {serve, launch, openPage, loadTool, screenshot, settle, items, siteDir, repoRoot} from './lib.mjs';
import {copySite, english, fixture, watchCsp, cspViolations, recordRequests, requestsElsewhere} from './privacy-lib.mjs';

let server, host, hostFolder, browser, hostOrigin, toolOrigin;
before(async () => {
  server = await serve();
  toolOrigin = `http://localhost:${server.port}/`;
  // The demo page, served by a second server, with its iframes pointed at the tool's origin.
  hostFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'icc-host-'));
  fs.cpSync(path.join(siteDir, 'embed-demo'), hostFolder, {recursive: true});
  const page = path.join(hostFolder, 'index.html');
  fs.writeFileSync(page, fs.readFileSync(page, 'utf8').replaceAll('src="../?', `src="${toolOrigin}?`));
  host = await serve(hostFolder);
  hostOrigin = host.url;
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  await host?.close();
  fs.rmSync(hostFolder, {recursive: true, force: true});
});

async function openDemo(context) {
  await watchCsp(context);
  const {page, problems} = await openPage(context, 'http://');  // both origins are checked below
  const urls = recordRequests(page);
  await page.goto(hostOrigin);
  const frames = {};
  for (const name of ['icc-assessment', 'icc-results']) {
    // Chromium draws no frame in a cross-origin iframe that is out of view: bring each in view.
    await page.locator(`iframe[name="${name}"]`).scrollIntoViewIfNeeded();
    const frame = page.frame({name});
    await frame.waitForFunction(() => window.iccIndex && window.iccIndex.ready, null, {timeout: 30000});
    await frame.evaluate(() => window.iccIndex.optionsApplied);
    frames[name] = frame;
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  return {page, problems, urls, tool: frames['icc-assessment'], results: frames['icc-results']};
}

// Presses `key` one at a time until keyboard focus leaves `frame`, and returns the number of presses.
// Each press waits for focus to reach the frame's next element or leave the frame: focus crosses
// frames (processes) asynchronously, and a press sent too early would land in the next frame.
async function pressUntilFocusLeaves(page, frame, key) {
  await frame.evaluate(() => {
    if (window.focusMoves !== undefined) return;
    window.focusMoves = 0;
    document.addEventListener('focusin', () => window.focusMoves++, true);
  });
  for (let presses = 1; presses <= 400; presses++) {
    const moves = await frame.evaluate(() => window.focusMoves);
    await page.keyboard.press(key);
    await frame.waitForFunction((before) => window.focusMoves > before || !document.hasFocus(), moves);
    if (!(await frame.evaluate(() => document.hasFocus()))) return presses;
  }
  throw new Error(`focus did not leave the frame after 400 presses of ${key}`);
}

test('the demo page embeds the tool across origins; the page still scrolls, types and tabs', async () => {
  const context = await browser.newContext({viewport: {width: 1200, height: 900}});
  const {page, problems, urls, tool, results} = await openDemo(context);
  assert.ok(tool.url().startsWith(toolOrigin), tool.url());

  // Keyboard focus: Tab from the host's last link enters the tool. Inside, Tab moves between the
  // tool's own controls; Escape, then Tab, moves on through the rest of the tool's page (its
  // accessible mirror) and out to the host page's next stop; Shift+Tab comes back.
  // (The frames run in their own processes: focus moves between them asynchronously.)
  const focusedFrame = (name) => page.waitForFunction((expected) => document.activeElement.name === expected,
                                                      name, {timeout: 20000});
  await page.locator('nav a[href="#contact"]').focus();
  await page.keyboard.press('Tab');
  await focusedFrame('icc-assessment');
  await tool.locator('#canvas').focus();
  await page.keyboard.press('Tab');
  await tool.evaluate(() => iccIndex.drawn());
  assert.equal(await tool.evaluate(() => document.activeElement.id), 'canvas');
  await page.keyboard.press('Escape');
  console.log(`Tab presses from the canvas out to the host page: ${await pressUntilFocusLeaves(page, tool, 'Tab')}`);
  await focusedFrame('icc-results');
  assert.equal(await results.evaluate(() => document.activeElement.id), 'icc-skip');
  await page.keyboard.press('Shift+Tab');
  await focusedFrame('icc-assessment');
  // Backwards too: Escape, then Shift+Tab past the tool's skip link, back to the host's link.
  await tool.locator('#canvas').focus();
  await page.keyboard.press('Escape');
  await pressUntilFocusLeaves(page, tool, 'Shift+Tab');
  await page.waitForFunction(() => document.activeElement.getAttribute('href') === '#contact', null, {timeout: 20000});

  // The tool inside works through its API.
  // Storage in a cross-site iframe is the browser's choice: this headless Chromium, like a private
  // window, blocks it (the tool then runs in memory and says so; see the next test).
  const storage = (await tool.evaluate(() => iccIndex.state())).storage;
  console.log(`storage in the cross-site iframe: ${storage}`);
  assert.ok(storage === 'working' || storage === 'unavailable', storage);
  await tool.evaluate(() => iccIndex.newAssessment());
  assert.equal((await tool.evaluate(() => iccIndex.setAnswer('commitment.public-statement', 'yes'))).ok, true);
  // The published results are shown read-only.
  const shown = await results.evaluate(() => iccIndex.state());
  assert.equal(shown.readOnly, true);
  assert.equal(shown.screen, 'results');
  assert.equal((await results.evaluate(() => iccIndex.getAssessment())).city.name, 'City of Example');
  assert.equal((await results.evaluate(() => iccIndex.setAnswer('commitment.public-statement', 'no'))).ok, false);
  await screenshot(page, 'embed-demo-top');

  // The wheel over the host's own text scrolls the host page.
  const heading = await page.locator('h1').boundingBox();
  await page.mouse.move(heading.x + 20, heading.y + 5);
  await page.mouse.wheel(0, 500);
  await page.waitForFunction(() => window.scrollY > 0, null, {timeout: 20000});
  // The host page's own form still takes input.
  await page.locator('#newsletter-email').click();
  await page.keyboard.type('clerk@example.org');
  assert.equal(await page.locator('#newsletter-email').inputValue(), 'clerk@example.org');

  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, 'embed-demo');
  assert.deepEqual(requestsElsewhere(urls, [hostOrigin, toolOrigin]), []);
  assert.deepEqual(await cspViolations(tool), []);
  assert.deepEqual(await cspViolations(results), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('with third-party storage blocked the embedded tool runs in memory and says so', async () => {
  const context = await browser.newContext({viewport: {width: 1200, height: 900}});
  // What a browser blocking third-party storage does: localStorage throws inside the iframe.
  await context.addInitScript(() => {
    if (window !== window.top)
      Object.defineProperty(window, 'localStorage', {get() { throw new DOMException('blocked', 'SecurityError'); }});
  });
  const {page, problems, tool} = await openDemo(context);
  assert.equal((await tool.evaluate(() => iccIndex.state())).storage, 'unavailable');
  await tool.evaluate(() => iccIndex.newAssessment());
  assert.equal((await tool.evaluate(() => iccIndex.setCity({name: 'In memory'}))).ok, true);
  assert.equal((await tool.evaluate(() => iccIndex.getAssessment())).city.name, 'In memory');
  assert.equal((await tool.evaluate(() => iccIndex.state())).storageProblemCode, 'status.storage_unavailable');
  const status = (await items(tool)).find((item) => item.role === 'status');
  assert.ok(status && status.label === english('status.storage_unavailable'), `no storage notice on screen: ${status && status.label}`);
  // The tool's status line (with the notice) is its bottom row.
  await page.evaluate(() => document.querySelector('iframe[name="icc-assessment"]').scrollIntoView({block: 'end'}));
  await tool.evaluate(() => iccIndex.drawn());
  await screenshot(page, 'embed-storage-blocked');
  assert.deepEqual(problems, []);
  await context.close();
});

test('index=, view=results, lang= and theme=: files of the same site, validated first', async () => {
  const copy = copySite('icc');
  fs.mkdirSync(path.join(copy.target, 'files'));
  fs.copyFileSync(fixture('index-valid/minimal.json'), path.join(copy.target, 'files/minimal.json'));
  fs.writeFileSync(path.join(copy.target, 'files/broken.json'), '{"formatVersion": 1, "kind": "icc-index-definition"');
  const site = await serve(copy.root);
  const base = `${site.url}icc/`;
  try {
    const context = await browser.newContext({viewport: {width: 1100, height: 760}});
    await watchCsp(context);
    const {page, problems} = await openPage(context, site.url);
    const open = async (query) => {
      await loadTool(page, base + query);
      return page.evaluate(() => iccIndex.optionsApplied);
    };

    let applied = await open('?index=files/minimal.json');
    assert.equal(applied.index.ok, true);
    assert.equal((await page.evaluate(() => iccIndex.state())).indexId, 'test-index');
    await page.evaluate(() => iccIndex.newAssessment());
    assert.equal((await page.evaluate(() => iccIndex.getAssessment())).index.id, 'test-index');

    // A broken file and one on another origin change nothing and say why.
    applied = await open('?index=files/broken.json');
    assert.equal(applied.index.ok, false);
    let state = await page.evaluate(() => iccIndex.state());
    assert.equal(state.indexId, 'icc-2019');
    assert.match(state.notice, /broken\.json/);
    applied = await open(`?index=${encodeURIComponent(`http://localhost:${site.port}/icc/files/minimal.json`)}`);
    assert.equal(applied.index.ok, false);
    assert.equal((await page.evaluate(() => iccIndex.state())).indexId, 'icc-2019');

    // A published result: shown, never editable, never stored.
    await page.evaluate(() => localStorage.clear());
    applied = await open('?view=results&data=embed-demo/example-results.json&lang=pl&theme=dark');
    assert.equal(applied.results.ok, true);
    state = await page.evaluate(() => iccIndex.state());
    assert.equal(state.readOnly, true);
    assert.equal(state.screen, 'results');
    assert.equal(state.language, 'pl');
    assert.equal((await page.evaluate(() => iccIndex.setCity({name: 'Changed'}))).ok, false);
    assert.equal(await page.evaluate(() => iccIndex.newAssessment()), undefined);  // refused: no new id
    await settle(page);
    await screenshot(page, 'embed-results-view');
    assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), []);

    // Comparison figures named by the page: used for this visit and never stored; a broken file
    // leaves the built-in figures and says which file.
    const figures = JSON.parse(fs.readFileSync(path.join(repoRoot, 'assets/benchmarks/icc-benchmarks.json'), 'utf8'));
    figures.id = 'city-figures';
    fs.writeFileSync(path.join(copy.target, 'files/figures.json'), JSON.stringify(figures));
    applied = await open('?benchmarks=files/figures.json');
    assert.equal(applied.benchmarks.ok, true);
    assert.equal((await page.evaluate(() => iccIndex.state())).benchmarksId, 'city-figures');
    assert.deepEqual(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.includes('benchmarks'))), []);
    applied = await open('?benchmarks=files/figures.json&view=results&data=embed-demo/example-results.json');
    assert.equal(applied.benchmarks.ok, true);
    assert.equal(applied.results.ok, true);
    assert.equal((await page.evaluate(() => iccIndex.state())).benchmarksId, 'city-figures');
    applied = await open('?benchmarks=files/broken.json');
    assert.equal(applied.benchmarks.ok, false);
    state = await page.evaluate(() => iccIndex.state());
    assert.equal(state.benchmarksId, 'icc-benchmarks-2020');
    assert.match(state.notice, /broken\.json/);

    assert.deepEqual(await cspViolations(page), []);
    assert.deepEqual(problems, []);
    await context.close();
  } finally {
    await site.close();
    copy.remove();
  }
});
