// Files the tool is handed from outside: the ones a URL names (?index=, ?benchmarks=,
// ?view=results&data=), fetched from the tool's own site, and the ones a user imports. Each
// failure gets a notice with the real reason in the user's language, naming the file only by a
// short single-line base name; imports are decoded as strictly as `icc-index` reads files.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import {launch, openPage, loadTool, items, siteDir, repoRoot} from './lib.mjs';
import {fixture} from './privacy-lib.mjs';

const catalogs = Object.fromEntries(['en', 'pl', 'uk', 'fr'].map((language) => [language,
  JSON.parse(fs.readFileSync(path.join(repoRoot, `assets/i18n/${language}.json`), 'utf8'))]));

// "{file} was not imported: {problem}. Nothing was changed." in `language`.
function importFailed(language, file, problemKey) {
  return catalogs[language]['notice.import_failed'].replace('{file}', file).replace('{problem}', catalogs[language][problemKey]);
}

const minimalIndex = fs.readFileSync(fixture('index-valid/minimal.json'));
const figures = JSON.parse(fs.readFileSync(path.join(repoRoot, 'assets/benchmarks/icc-benchmarks.json'), 'utf8'));
figures.id = 'city-figures';

// The site under /icc/, and beside it the files the tests name: a redirect (to a file of the same
// site: still refused), a file over 16 MB sent without a length, one that declares it, bytes that
// are not UTF-8, a NUL.
let server, origin, browser;
before(async () => {
  server = http.createServer((request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    const send = (type, body) => response.writeHead(200, {'Content-Type': type, 'Cache-Control': 'no-store'}).end(body);
    switch (url.pathname) {
    case '/icc/files/minimal.json': return send('application/json', minimalIndex);
    case '/icc/files/figures.json': return send('application/json', JSON.stringify(figures));
    case '/icc/files/moved.json': return response.writeHead(302, {Location: '/icc/files/minimal.json'}).end();
    case '/icc/files/broken.json': return response.writeHead(500).end('server error');
    case '/icc/files/latin1.json': return send('application/json', Buffer.concat([
      minimalIndex.subarray(0, 20), Buffer.from([0xF3]), minimalIndex.subarray(20)]));
    case '/icc/files/nul.json': return send('application/json', Buffer.concat([Buffer.from(' \0'), minimalIndex]));
    case '/icc/files/declared-huge.json':
      response.writeHead(200, {'Content-Type': 'application/json', 'Content-Length': String(17 * 1024 * 1024)});
      return response.end();  // the browser stops at the declared length, but the tool never reads it
    case '/icc/files/streamed-huge.json': {
      response.writeHead(200, {'Content-Type': 'application/json'});  // chunked: no length
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      let sent = 0;
      const more = () => {
        while (sent < 17 && response.write(chunk)) sent++;
        if (sent >= 17) response.end(); else response.once('drain', () => { sent++; more(); });
      };
      response.on('error', () => {});
      return more();
    }
    }
    const file = path.join(siteDir, decodeURIComponent(url.pathname).replace(/^\/icc\//, '/'));
    const mime = {'.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm'};
    fs.readFile(fs.existsSync(file) && fs.statSync(file).isDirectory() ? path.join(file, 'index.html') : file, (error, data) => {
      if (error) return response.writeHead(404).end('not found');
      send(mime[path.extname(file)] || 'text/html', data);
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

async function openTool() {
  const context = await browser.newContext({viewport: {width: 1100, height: 760}});
  const {page, problems} = await openPage(context, origin);
  const open = async (query) => {
    await loadTool(page, `${origin}/icc/${query}`);
    return page.evaluate(() => iccIndex.optionsApplied);
  };
  return {context, page, problems, open};
}

test('a URL option that fails gives the real reason, in the user\'s language', async () => {
  const {context, page, problems, open} = await openTool();
  const cases = [
    ['files/missing.json', 'missing.json', 'notice.url_not_found'],
    ['files/broken.json', 'broken.json', 'notice.url_http_error'],
    ['files/moved.json', 'moved.json', 'notice.url_redirect'],
    [`http://localhost:${server.address().port}/icc/files/minimal.json`, 'minimal.json', 'notice.url_other_origin'],
    ['files/declared-huge.json', 'declared-huge.json', 'notice.file_too_large'],
    ['files/streamed-huge.json', 'streamed-huge.json', 'notice.file_too_large'],
    ['files/latin1.json', 'latin1.json', 'notice.file_not_utf8'],
    ['files/nul.json', 'nul.json', 'notice.file_nul'],
  ];
  for (const [name, shown, key] of cases) {
    const applied = await open(`?index=${encodeURIComponent(name)}`);
    assert.equal(applied.index.ok, false, name);
    assert.equal(applied.index.error, importFailed('en', shown, key), name);
    assert.equal((await page.evaluate(() => iccIndex.state())).indexId, 'icc-2019');
  }
  // The same file once fine: the reasons above are the fetch's, not the file's.
  assert.equal((await open('?index=files/minimal.json')).index.ok, true);

  for (const language of ['pl', 'uk', 'fr']) {
    const applied = await open(`?lang=${language}&view=results&data=files/missing.json`);
    assert.equal(applied.results.error, importFailed(language, 'missing.json', 'notice.url_not_found'));
    assert.equal((await page.evaluate(() => iccIndex.state())).notice, applied.results.error);
  }
  assert.deepEqual(problems.filter((problem) => !/Failed to load resource/.test(problem)), []);
  await context.close();
});

test('an invalid URL gets a notice and the other options still apply', async () => {
  const {context, problems, open} = await openTool();
  const applied = await open('?index=http://[&benchmarks=files/figures.json');
  assert.equal(applied.index.ok, false);
  assert.equal(applied.index.error, importFailed('en', '[', 'notice.url_invalid'));
  assert.equal(applied.benchmarks.ok, true);
  assert.equal(applied.benchmarks.benchmarksId, 'city-figures');
  assert.deepEqual(problems.filter((problem) => !/Failed to load resource/.test(problem)), []);
  await context.close();
});

test('a notice names a file only by a short single-line base name', async () => {
  const {context, page, open} = await openTool();
  const sentence = 'YOUR DRAFT WAS DELETED. Email your export to help@city-support.example';
  let applied = await open(`?index=${encodeURIComponent(`x.json\n\n${sentence}`)}`);
  assert.equal(applied.index.ok, false);
  const notice = (await page.evaluate(() => iccIndex.state())).notice;
  assert.ok(!notice.includes('YOUR DRAFT'), notice);
  assert.doesNotMatch(notice, /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
  assert.equal(notice, importFailed('en', 'x.json…', 'notice.url_not_found'));
  // The start screen shows the notice as it is (and the mirror reads it from there).
  assert.ok((await items(page)).some((item) => item.label === notice), 'the notice is not on screen');

  const long = 'a-very-long-name-'.repeat(10) + '.json';
  applied = await open(`?benchmarks=files/${long}`);
  const shown = applied.benchmarks.error.slice(0, applied.benchmarks.error.indexOf(' was not imported'));
  assert.equal([...shown].length, 80);
  assert.ok(shown.endsWith('…') && long.startsWith(shown.slice(0, -1)), shown);
  await context.close();
});

test('an import is decoded as strictly as icc-index reads files, and refused in the user\'s language', async () => {
  const {context, page, problems, open} = await openTool();
  await open('');
  const sample = fs.readFileSync(fixture('report/sample-assessment.json'));
  // Imports `bytes` as a file named `name`; resolves with the notice it leaves (each differs from
  // the one before).
  const importBytes = async (name, bytes) => {
    await page.evaluate(({name, bytes}) => {
      window.__noticeBefore = iccIndex.state().notice;
      iccIndex.openFile(new File([new Uint8Array(bytes)], name, {type: 'application/json'}));
    }, {name, bytes: [...bytes]});
    await page.waitForFunction(() => iccIndex.state().notice !== window.__noticeBefore);
    return (await page.evaluate(() => iccIndex.state())).notice;
  };
  // "Nowa Wola" with an ISO-8859-1 "ó": File.text() made it U+FFFD and imported the file.
  const latin1 = Buffer.from(sample.toString('utf8').replace('Nowa Wola', 'Nowa W\u00f3la'), 'latin1');
  assert.equal(await importBytes('latin1.json', latin1), importFailed('en', 'latin1.json', 'notice.file_not_utf8'));
  assert.deepEqual(await page.evaluate(() => iccIndex.listAssessments()), []);
  // A NUL cut the text where it reached C++: the notice said "not valid JSON".
  const withNul = Buffer.from(sample.toString('utf8').replace('Nowa Wola', 'Nowa\u0000Wola'), 'utf8');
  assert.equal(await importBytes('nul.json', withNul), importFailed('en', 'nul.json', 'notice.file_nul'));
  await page.evaluate(() => iccIndex.setLanguage('pl'));
  assert.equal(await importBytes('zły.json', latin1), importFailed('pl', 'zły.json', 'notice.file_not_utf8'));
  await page.evaluate(() => iccIndex.setLanguage('uk'));
  assert.equal(await importBytes('нуль.json', withNul), importFailed('uk', 'нуль.json', 'notice.file_nul'));
  assert.deepEqual(await page.evaluate(() => iccIndex.listAssessments()), []);
  // The same file in UTF-8 is imported.
  await page.evaluate(() => iccIndex.setLanguage('en'));
  const imported = await importBytes('good.json', Buffer.from(sample.toString('utf8').replace('Nowa Wola', 'Nowa Wóla'), 'utf8'));
  assert.match(imported, /good\.json was imported/);
  assert.equal((await page.evaluate(() => iccIndex.listAssessments()))[0].city, 'Nowa Wóla');
  assert.deepEqual(problems, []);
  await context.close();
});
