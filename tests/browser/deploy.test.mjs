// Deployment and privacy: the site works from any folder of any server under content-hashed file
// names; a whole session (clicks, API, results, export) makes no request to another origin and
// breaks no Content-Security-Policy rule; the single-file build works from disk (file://).
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import zlib from 'node:zlib';
import crypto from 'node:crypto';
import {pathToFileURL} from 'node:url';
import {serve, launch, openPage, loadTool, screenshot, settle, items, clickItem, siteDir} from './lib.mjs';
import {singleFile, copySite, watchCsp, cspViolations, recordRequests, requestsElsewhere, english} from './privacy-lib.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const api = (page, expression, argument) => page.evaluate(expression, argument);

// Clicks the item labelled `label` until `done` (a function run in the page) holds: on a busy
// machine a click can land while the screen is still settling, so it gets a second try.
async function clickUntil(page, label, role, done) {
  for (let attempt = 0; ; attempt++) {
    await clickItem(page, label, role);
    try {
      await page.waitForFunction(done, null, {timeout: 3000});
      return;
    } catch (error) {
      if (attempt === 1) throw error;
    }
  }
}

// Clicks the item labelled `label`, scrolling the tool's content down until it is on screen.
async function clickScrolledTo(page, label, role) {
  const canvas = await page.locator('#canvas').boundingBox();
  // The results screen is long (published results, the plan's targets): up to 40 wheel turns.
  for (let attempt = 0; attempt < 40; attempt++) {
    const item = (await items(page)).find((entry) => entry.label === label && entry.role === role && entry.rect);
    if (item && item.rect[1] >= 0 && item.rect[1] + item.rect[3] <= canvas.height - 60) return clickItem(page, label, role);
    await page.mouse.move(canvas.x + canvas.width * 0.6, canvas.y + canvas.height / 2);
    await page.mouse.wheel(0, 500);
    await settle(page);
  }
  throw new Error(`"${label}" never came into view`);
}

test('the site works from a nested folder, under versioned file names', async () => {
  const copy = copySite('city/services/icc-index');
  const nested = await serve(copy.root);
  try {
    const context = await browser.newContext({viewport: {width: 1100, height: 760}});
    const {page, problems} = await openPage(context, nested.url);
    const urls = recordRequests(page);
    const url = `${nested.url}city/services/icc-index/`;
    await loadTool(page, url);
    assert.equal((await api(page, () => iccIndex.state())).screen, 'start');
    // A language other than English comes as a file of its own, fetched from the same folder.
    assert.deepEqual(await page.evaluate(() => iccIndex.setLanguage('uk')), {ok: true, language: 'uk'});
    // Every file but index.html carries a content hash, so a new release never meets an old cache.
    const files = urls.filter((u) => u !== url).map((u) => new URL(u).pathname.split('/').pop());
    assert.ok(files.some((name) => /^index\.[0-9a-f]{10}\.wasm$/.test(name)), files.join(' '));
    assert.ok(files.some((name) => /^icc-lang-uk\.[0-9a-f]{10}\.json$/.test(name)), files.join(' '));
    for (const name of files) assert.match(name, /^[a-z0-9-]+\.[0-9a-f]{10}\.(js|css|wasm|json)$/);
    const html = fs.readFileSync(`${copy.target}/index.html`, 'utf8');
    assert.doesNotMatch(html, /(src|href)="\//, 'an absolute path in index.html');
    assert.deepEqual(problems, []);
    await context.close();
  } finally {
    await nested.close();
    copy.remove();
  }
});

test('the precompressed copies beside the files are what a server sends, and the page starts from them', async () => {
  // Every copy decodes to its file (scripts/precompress.mjs), and is smaller.
  const files = fs.readdirSync(siteDir).filter((name) => /\.(html|js|css|wasm|json)$/.test(name));
  for (const name of files) {
    const body = fs.readFileSync(`${siteDir}/${name}`);
    for (const [suffix, decode] of [['.br', zlib.brotliDecompressSync], ['.gz', zlib.gunzipSync]]) {
      const copy = fs.readFileSync(`${siteDir}/${name}${suffix}`);
      assert.ok(copy.length < body.length, `${name}${suffix} is not smaller`);
      assert.ok(decode(copy).equals(body), `${name}${suffix} does not decode to ${name}`);
    }
  }
  const compressing = await serve(siteDir, {precompressed: true});
  try {
    const context = await browser.newContext({viewport: {width: 1100, height: 760}});
    const {page, problems} = await openPage(context, compressing.url);
    const encodings = {};
    page.on('response', (response) => { encodings[new URL(response.url()).pathname.split('/').pop() || 'index.html'] = response.headers()['content-encoding']; });
    await loadTool(page, compressing.url);
    assert.equal((await api(page, () => iccIndex.state())).screen, 'start');
    assert.deepEqual(await page.evaluate(() => iccIndex.setLanguage('fr')), {ok: true, language: 'fr'});
    // Chromium asks for brotli over HTTPS only; over plain HTTP, as here, the gzip copies come.
    assert.ok(Object.keys(encodings).some((name) => name.endsWith('.wasm')), JSON.stringify(encodings));
    assert.ok(Object.keys(encodings).some((name) => name.startsWith('icc-lang-fr.')), JSON.stringify(encodings));
    for (const [name, encoding] of Object.entries(encodings))
      assert.ok(['br', 'gzip'].includes(encoding), `${name} was sent as ${encoding}, not a precompressed copy`);
    assert.deepEqual(problems, []);
    await context.close();
  } finally {
    await compressing.close();
  }
});

test('a full session asks nothing of any other origin and breaks no CSP rule', async () => {
  const context = await browser.newContext({viewport: {width: 1280, height: 860}, acceptDownloads: true});
  await watchCsp(context);
  const {page, problems} = await openPage(context, server.url);
  const urls = recordRequests(page);
  await loadTool(page, server.url);

  // Clicks: a new assessment, the city's name, the first answer of the first question.
  await clickUntil(page, english('start.new'), 'button', () => iccIndex.state().screen === 'profile');
  await clickItem(page, english('profile.name'), 'textbox');
  await page.keyboard.type('Gdansk');
  await page.waitForFunction(() => iccIndex.getAssessment().city.name === 'Gdansk', null, {timeout: 10000});
  await clickUntil(page, english('profile.to_questions'), 'button', () => iccIndex.state().screen === 'questionnaire');
  const firstOption = (await items(page)).find((item) => item.role === 'radio');
  await clickUntil(page, firstOption.label, 'radio', () => iccIndex.scores().answered === 1);
  // The API: another answer.
  assert.equal((await api(page, () => iccIndex.setAnswer('commitment.public-statement', 'yes'))).ok, true);

  // The results, and the export as a download.
  await clickUntil(page, english('topbar.results'), 'button', () => iccIndex.state().screen === 'results');
  await screenshot(page, 'deploy-results');
  const download = page.waitForEvent('download');
  await clickScrolledTo(page, english('results.export_json'), 'button');
  const file = await (await download).path();
  const exported = JSON.parse(fs.readFileSync(file, 'utf8'));
  assert.equal(exported.kind, 'icc-assessment');
  assert.equal(exported.city.name, 'Gdansk');
  assert.equal(exported.answers['commitment.public-statement'].selected[0], 'yes');
  await api(page, () => iccIndex.flush());
  await settle(page);

  const elsewhere = requestsElsewhere(urls, [server.url]);
  console.log(`requests during the session: ${urls.length}, to other origins: ${elsewhere.length}`);
  assert.deepEqual(elsewhere, [], 'requests to another origin');
  assert.deepEqual(await cspViolations(page), [], 'Content-Security-Policy violations');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the page forbids other origins, any other inline code and plugins in its CSP', async () => {
  const context = await browser.newContext();
  await watchCsp(context);
  const {page, problems} = await openPage(context, server.url);
  await loadTool(page, server.url);
  const policy = await page.evaluate(() =>
    document.querySelector('meta[http-equiv="Content-Security-Policy"]').content);
  for (const directive of ["default-src 'self'", "connect-src 'self'", "object-src 'none'", "style-src 'self'"])
    assert.ok(policy.includes(directive), `the policy lacks ${directive}`);
  assert.doesNotMatch(policy, /'unsafe-inline'|'unsafe-eval'|\*|https?:/);
  // The page's one script is inline (cmake/VersionSite.cmake), and the policy allows exactly it.
  assert.equal(await page.locator('script[src]').count(), 0, 'a script loaded from a file');
  const inline = await page.locator('script:not([src])').allTextContents();
  assert.equal(inline.length, 1, 'one inline script');
  const hash = crypto.createHash('sha256').update(inline[0], 'utf8').digest('base64');
  assert.match(policy, new RegExp(`(^|; )script-src 'sha256-${hash.replace(/[+/]/g, '\\$&')}' 'wasm-unsafe-eval'(;|$)`));
  // The policy really applies: a fetch to another origin and a script put into the page are refused
  // and reported.
  const refused = await page.evaluate(() => fetch('http://example.invalid/x').then(() => false, () => true));
  assert.equal(refused, true);
  const ran = await page.evaluate(() => new Promise((resolve) => {
    const script = document.createElement('script');
    script.textContent = 'window.__injectedRan = true;';
    document.body.append(script);
    setTimeout(() => resolve(window.__injectedRan === true), 100);
  }));
  assert.equal(ran, false, 'a script put into the page ran');
  const violations = await cspViolations(page);
  assert.equal(violations.length, 2, violations.join('; '));
  assert.match(violations[0], /^connect-src blocked http:\/\/example\.invalid/);
  assert.match(violations[1], /^script-src(-elem)? blocked inline/);
  assert.deepEqual(problems.filter((p) => !/example\.invalid|Content Security Policy|Failed to fetch/.test(p)), []);
  await context.close();
});

test('a server policy that does not allow the page\'s script gets a message on the page, not a spinner alone', async () => {
  const strict = await serve(siteDir, {headers: {'Content-Security-Policy': "script-src 'self' 'wasm-unsafe-eval'"}});
  try {
    const context = await browser.newContext();
    await watchCsp(context);
    const page = await context.newPage();
    await page.goto(strict.url);
    const message = page.locator('.icc-not-started');
    await message.waitFor({state: 'visible', timeout: 15000});
    assert.match(await message.innerText(), /Content-Security-Policy/);
    assert.equal(await page.locator('.spinner').isVisible(), false, 'the spinner goes with the message');
    assert.ok((await cspViolations(page)).some((violation) => /^script-src(-elem)? blocked inline/.test(violation)));
    await context.close();
  } finally {
    await strict.close();
  }
  // Where the script runs, the message never shows, also after the moment it would.
  const context = await browser.newContext();
  const {page, problems} = await openPage(context, server.url);
  await loadTool(page, server.url);
  await page.waitForTimeout(6500);
  assert.equal(await page.locator('.icc-not-started').isVisible(), false);
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('.spinner')).animationName), 'spin');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the single-file build works from disk: no server, no request, saves across a reload', async () => {
  assert.ok(fs.existsSync(singleFile), `${singleFile} is missing: build the web preset first`);
  const raw = fs.statSync(singleFile).size;
  const {gzipSync} = await import('node:zlib');
  const gzip = gzipSync(fs.readFileSync(singleFile), {level: 9}).length;
  console.log(`single file: ${(raw / 1024).toFixed(0)} KiB, ${(gzip / 1024).toFixed(0)} KiB gzipped`);
  const context = await browser.newContext({viewport: {width: 1100, height: 760}});
  await watchCsp(context);
  const url = pathToFileURL(singleFile).href;
  const {page, problems} = await openPage(context, 'file://');
  const urls = recordRequests(page);
  await loadTool(page, url);
  await api(page, () => iccIndex.newAssessment());
  await api(page, () => iccIndex.setCity({name: 'Offline'}));
  assert.equal((await api(page, () => iccIndex.setAnswer('commitment.public-statement', 'yes'))).ok, true);
  await api(page, () => iccIndex.flush());
  assert.equal((await api(page, () => iccIndex.state())).storage, 'working');
  await page.reload();
  await loadTool(page, url);
  const after = await api(page, () => iccIndex.getAssessment());
  assert.equal(after.city.name, 'Offline');
  assert.equal(after.answers['commitment.public-statement'].selected[0], 'yes');
  await screenshot(page, 'deploy-single-file');
  // The accessibility statement travels inside the file: its link shows it, its back link closes it.
  await page.locator('a[href="#accessibility-statement"]').focus();
  await page.keyboard.press('Enter');
  const statement = page.locator('#accessibility-statement h1');
  await statement.waitFor({state: 'visible'});
  assert.equal(await statement.textContent(), 'Accessibility statement');
  await screenshot(page, 'deploy-single-file-statement');
  await page.getByRole('link', {name: 'Back to the Intercultural Cities Index tool'}).click();
  await statement.waitFor({state: 'hidden'});
  assert.deepEqual(requestsElsewhere(urls, [url]), []);
  assert.deepEqual(await cspViolations(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});
