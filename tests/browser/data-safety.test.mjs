// Nothing a city writes is lost or locked away, in a real browser with real localStorage: a
// half-typed year, damaged entries, ids that break keys, storage=none, two tabs, and notices on
// the screen the user is on.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {serve, launch, openPage, loadTool, waitReady, screenshot, settle, items, clickItem} from './lib.mjs';
import {english} from './privacy-lib.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const prefix = 'icc-index/v1/assessment/';
const savedIdle = (page) => page.waitForFunction(() => { const s = iccIndex.state(); return !s.savePending; });

test('a half-typed year on the canvas is never saved: after a reload the assessment is listed and opens with its answers', async () => {
  const context = await browser.newContext({viewport: {width: 1280, height: 900}});
  const {page, problems} = await openPage(context, server.url);
  await loadTool(page, server.url);
  await clickItem(page, english('start.new'), 'button');
  const id = (await page.evaluate(() => iccIndex.state())).openId;
  assert.equal((await page.evaluate(() => iccIndex.getAssessment())).city.year, new Date().getUTCFullYear(),
               'the year starts as this year');
  await page.evaluate(() => iccIndex.setAnswer('commitment.strategy', 'yes'));
  await clickItem(page, english('profile.year'), 'textbox');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('2');
  await settle(page);
  const field = (await items(page)).find((item) => item.target === 'city.year');
  assert.equal(field.description, '2', 'the field keeps the typed text');
  const message = english('value.out_of_range').replace('{min}', '1000').replace('{max}', '9999');
  assert.ok((await items(page)).some((item) => item.label === message), 'the problem shows beside the field');
  await screenshot(page, 'data-safety-year-typed');
  await savedIdle(page);
  await page.reload();
  await waitReady(page);
  const list = await page.evaluate(() => iccIndex.listAssessments());
  assert.deepEqual(list.map((entry) => [entry.id, entry.problem]), [[id, '']]);
  assert.equal((await page.evaluate(() => iccIndex.state())).openId, id, 'it reopens');
  const assessment = await page.evaluate(() => iccIndex.getAssessment());
  assert.equal(assessment.answers['commitment.strategy'].selected[0], 'yes');
  assert.equal(assessment.city.year, new Date().getUTCFullYear());
  assert.equal(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('/backup/')).length), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

// Leaving the page writes the change the autosave was still waiting for. The page's wasm is split
// (cmake/SplitWasm.cmake) and a page being left may not fetch the deferred part: what leaving
// runs must be in the part a visit has, even one that never opened anything else.
test('a name typed just before a reload is kept, and leaving the page needs nothing it has not loaded', async () => {
  const context = await browser.newContext({viewport: {width: 1280, height: 900}});
  const {page, problems} = await openPage(context, server.url);
  const deferred = [];
  page.on('request', (request) => { if (request.url().includes('index-deferred.')) deferred.push(request.url()); });
  await loadTool(page, server.url);
  await clickItem(page, english('start.new'), 'button');
  await clickItem(page, english('profile.name'), 'textbox');
  await page.keyboard.type('Gdańsk');
  await page.waitForFunction(() => iccIndex.state().savePending);
  await page.reload();
  await waitReady(page);
  // Checked before the test's own API calls, which may need it.
  assert.deepEqual(deferred, [], 'typing, saving, leaving and coming back never needed the deferred part');
  assert.equal((await page.evaluate(() => iccIndex.getAssessment())).city.name, 'Gdańsk');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the API and the mirror refuse values the reader would refuse, with a code', async () => {
  const context = await browser.newContext();
  const {page, problems} = await openPage(context, server.url);
  await loadTool(page, server.url);
  await page.evaluate(() => iccIndex.newAssessment());
  const replies = await page.evaluate(() => [
    iccIndex.setCity({population: 2000000000}),
    iccIndex.setCity({year: 2}),
    iccIndex.setAnswer('education.school-concentration', 12),  // answered by bands since 2019.2
    iccIndex._call('setText', {target: 'evidence:', text: 'x'}),
    iccIndex._call('setText', {target: 'city.year', text: '2'}),
  ]);
  assert.deepEqual(replies.map((reply) => reply.code),
                   ['value.out_of_range', 'value.out_of_range', 'value.wrong_kind', 'value.unknown_question',
                    'value.out_of_range']);
  await page.evaluate(() => iccIndex.flush());
  await page.reload();
  await waitReady(page);
  assert.equal((await page.evaluate(() => iccIndex.listAssessments()))[0].problem, '');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a saved entry whose key holds a line feed never breaks the start, and "Delete all" removes it', async () => {
  const context = await browser.newContext();
  const {page, problems} = await openPage(context, server.url);
  await loadTool(page, server.url);
  const good = await page.evaluate(() => { const id = iccIndex.newAssessment(); iccIndex.setCity({name: 'Good'}); iccIndex.flush(); return id; });
  const saved = await page.evaluate((key) => localStorage.getItem(key), prefix + good);
  await page.evaluate(({prefix, saved}) => {
    localStorage.setItem(prefix + 'x\ny', saved.replace(/"id": "[^"]*"/, '"id": "x\\ny"'));
    localStorage.setItem('icc-index/v1/position/' + JSON.parse(saved).id, '{"area": "x"}');
    localStorage.setItem('icc-index/v1/backup/2026-01-01T00:00:00Z/z', '{"id": 5}');
  }, {prefix, saved});
  await page.reload();
  await waitReady(page);
  const state = await page.evaluate(() => iccIndex.state());
  assert.equal(state.openId, good, 'the last assessment reopens');
  assert.deepEqual((await page.evaluate(() => iccIndex.listAssessments())).map((entry) => entry.id), [good]);
  assert.equal(state.noticeCode, 'notice.kept_aside');
  assert.ok(state.notice.includes('/id'), state.notice);
  const backups = (await page.evaluate(() => Object.keys(localStorage))).filter((key) => key.includes('/backup/'));
  assert.equal(backups.length, 2, 'the bad entry was moved aside, the damaged backup kept');
  const removed = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('icc-index/')).length);
  assert.equal((await page.evaluate(() => iccIndex.deleteAll())).removed, removed);
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('icc-index/'))), []);
  assert.ok((await page.evaluate(() => iccIndex.state())).notice.includes(String(removed)));
  assert.deepEqual(problems, []);
  await context.close();
});

test('an import that fails while the questionnaire is open shows its notice on that screen', async () => {
  const context = await browser.newContext({viewport: {width: 1280, height: 900}});
  const {page, problems} = await openPage(context, server.url);
  await loadTool(page, server.url);
  await clickItem(page, english('start.new'), 'button');
  await clickItem(page, english('profile.to_questions'), 'button');
  assert.equal((await page.evaluate(() => iccIndex.state())).screen, 'questionnaire');
  await page.evaluate(() => iccIndex.openFile(new File(['{"kind": "icc-assessment", "answers": ['], 'broken.json')));
  await page.waitForFunction(() => iccIndex.state().notice.includes('broken.json'));
  const status = (await items(page)).find((item) => item.role === 'status' && item.label.includes('broken.json'));
  assert.ok(status, 'the notice is on the questionnaire screen');
  assert.equal((await page.evaluate(() => iccIndex.state())).screen, 'questionnaire');
  assert.ok((await page.locator('#icc-mirror').textContent()).includes('broken.json'), 'and in the mirror');
  await screenshot(page, 'data-safety-notice-questionnaire');
  assert.deepEqual(problems, []);
  await context.close();
});

test('storage=none reads nothing: an empty list, a stored id cannot be opened, delete touches nothing', async () => {
  const context = await browser.newContext();
  const {page, problems} = await openPage(context, server.url);
  await loadTool(page, server.url);
  const id = await page.evaluate(() => { const id = iccIndex.newAssessment(); iccIndex.setCity({name: 'Stored'}); iccIndex.flush(); return id; });
  const before = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
  await loadTool(page, server.url + '?storage=none');
  assert.deepEqual(await page.evaluate(() => iccIndex.listAssessments()), []);
  assert.equal((await page.evaluate((id) => iccIndex.open(id), id)).ok, false);
  await page.evaluate(() => { iccIndex.newAssessment(); iccIndex.setCity({name: 'In memory'}); iccIndex.flush(); });
  assert.equal(await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort())), before);
  assert.deepEqual(problems, []);
  await context.close();
});

test('two tabs: an answer cleared in one never comes back from the other, and "Delete all" reaches the other', async () => {
  const context = await browser.newContext();
  const {page: first, problems: firstProblems} = await openPage(context, server.url);
  await loadTool(first, server.url);
  const id = await first.evaluate(() => {
    const id = iccIndex.newAssessment();
    iccIndex.setAnswer('commitment.strategy', 'yes');
    iccIndex.flush();
    return id;
  });
  const {page: second, problems: secondProblems} = await openPage(context, server.url);
  await loadTool(second, server.url);
  assert.equal((await second.evaluate(() => iccIndex.state())).openId, id);

  await first.evaluate(() => { iccIndex.setAnswer('commitment.strategy', null); iccIndex.flush(); });
  await second.waitForFunction(() => !(iccIndex.getAssessment().answers['commitment.strategy']?.selected || []).length);
  await second.evaluate(() => { iccIndex.setAnswer('commitment.public-statement', 'yes'); iccIndex.flush(); });
  await first.waitForFunction(() => iccIndex.getAssessment().answers['commitment.public-statement']);
  for (const page of [first, second]) {
    const answers = (await page.evaluate(() => iccIndex.getAssessment())).answers;
    assert.deepEqual(answers['commitment.strategy']?.selected || [], [], 'the cleared answer stays cleared');
  }

  await second.evaluate(() => iccIndex.setCity({name: 'Unsaved in the second tab'}));
  await first.evaluate(() => iccIndex.deleteAll());
  await second.waitForFunction(() => iccIndex.state().openId === '');
  await second.evaluate(() => iccIndex.flush());
  assert.deepEqual(await second.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('icc-index/v1/assessment/'))), []);
  assert.deepEqual([...firstProblems, ...secondProblems], []);
  await context.close();
});

test('with storage full, starting another assessment asks first and the export keeps the changes', async () => {
  const context = await browser.newContext({viewport: {width: 1280, height: 900}, acceptDownloads: true});
  const {page, problems} = await openPage(context, server.url);
  await loadTool(page, server.url);
  const first = await page.evaluate(() => { const id = iccIndex.newAssessment(); iccIndex.flush(); return id; });
  await page.evaluate(() => {
    Storage.prototype.setItem = function () { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
    iccIndex.setCity({name: 'Wrocław'});
    iccIndex.flush();
  });
  assert.equal((await page.evaluate(() => iccIndex.state())).unsavedChanges, true);
  await clickItem(page, english('topbar.home'), 'button');
  await clickItem(page, english('start.new'), 'button');
  const state = await page.evaluate(() => iccIndex.state());
  assert.equal(state.replacementPending, true, 'the new assessment waits for the user');
  assert.equal(state.openId, first);
  assert.ok((await items(page)).some((item) => item.label === english('unsaved.title')), 'the question is on screen');
  await screenshot(page, 'data-safety-unsaved-question');
  const download = page.waitForEvent('download');
  await clickItem(page, english('unsaved.export_then_continue'), 'button');
  const file = await download;
  const text = await (await file.createReadStream()).toArray();
  assert.match(Buffer.concat(text).toString('utf8'), /Wrocław/, 'the unsaved changes are in the file');
  const after = await page.evaluate(() => iccIndex.state());
  assert.notEqual(after.openId, first, 'then the new assessment opens');
  assert.equal(after.replacementPending, false);
  assert.deepEqual(problems, []);
  await context.close();
});
