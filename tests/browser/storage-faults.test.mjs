// Broken storage and two tabs in a real browser: nothing the user wrote is lost.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {serve, launch, openPage, loadTool, waitReady, screenshot} from './lib.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const prefix = 'icc-index/v1/assessment/';

test('corrupted saved entries are kept aside and the rest stays usable', async () => {
  const context = await browser.newContext();
  const {page, problems} = await openPage(context, server.url);
  await loadTool(page, server.url);
  const good = await page.evaluate(() => { const id = iccIndex.newAssessment(); iccIndex.setCity({name: 'Good'}); iccIndex.flush(); return id; });
  const saved = await page.evaluate((key) => localStorage.getItem(key), prefix + good);
  await page.evaluate(({prefix, saved}) => {
    localStorage.setItem(prefix + 'truncated', saved.slice(0, saved.length / 2));
    localStorage.setItem(prefix + 'wrong-types', saved.replace(/"city":\s*\{[^}]*\}/, '"city": 42'));
    localStorage.setItem(prefix + 'newer', saved.replace(/"formatVersion":\s*\d+/, '"formatVersion": 99'));
  }, {prefix, saved});
  await page.reload();
  await waitReady(page);
  const state = await page.evaluate(() => iccIndex.state());
  assert.equal(state.noticeCode, 'notice.kept_aside');
  const list = await page.evaluate(() => iccIndex.listAssessments());
  assert.deepEqual(list.map((entry) => entry.id), [good], 'only the readable assessment is listed');
  const kept = await page.evaluate(() => Object.keys(localStorage).filter((key) => key.includes('/backup/')));
  assert.equal(kept.length, 3, 'each unreadable entry is kept under a backup key');
  const texts = await page.evaluate((keys) => keys.map((key) => JSON.parse(localStorage.getItem(key)).text), kept);
  assert.ok(texts.some((text) => /"formatVersion":\s*99/.test(text)), 'the newer-format entry is kept intact');
  assert.equal((await page.evaluate((id) => iccIndex.open(id), good)).ok, true);
  await screenshot(page, 'storage-corrupted-start');
  assert.deepEqual(problems, []);
  await context.close();
});

test('reading storage that throws starts the tool in memory with a notice', async () => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    Storage.prototype.getItem = function () { throw new DOMException('denied', 'SecurityError'); };
  });
  const {page, problems} = await openPage(context, server.url);
  await loadTool(page, server.url);
  await page.evaluate(() => iccIndex.newAssessment());
  assert.equal((await page.evaluate(() => iccIndex.setCity({name: 'Kept'}))).ok, true);
  assert.equal((await page.evaluate(() => iccIndex.getAssessment())).city.name, 'Kept');
  assert.deepEqual(problems, []);
  await context.close();
});

test('two tabs on one assessment keep the answers of both', async () => {
  const context = await browser.newContext();
  const {page: first, problems: firstProblems} = await openPage(context, server.url);
  await loadTool(first, server.url);
  const id = await first.evaluate(() => { const id = iccIndex.newAssessment(); iccIndex.flush(); return id; });
  const {page: second, problems: secondProblems} = await openPage(context, server.url);
  await loadTool(second, server.url);
  assert.equal((await second.evaluate(() => iccIndex.state())).openId, id);

  await first.evaluate(() => { iccIndex.setAnswer('commitment.public-statement', 'yes'); iccIndex.flush(); });
  await second.evaluate(() => { iccIndex.setAnswer('commitment.strategy', 'no'); iccIndex.flush(); });
  // Each tab hears of the other's save through a storage event, delivered when the browser gets to it.
  const hasBoth = () => {
    const answers = iccIndex.getAssessment().answers;
    return answers['commitment.public-statement'] && answers['commitment.strategy'];
  };
  await first.waitForFunction(hasBoth);
  await second.waitForFunction(hasBoth);
  for (const page of [first, second]) {
    const answers = (await page.evaluate(() => iccIndex.getAssessment())).answers;
    assert.equal(answers['commitment.public-statement']?.selected[0], 'yes');
    assert.equal(answers['commitment.strategy']?.selected[0], 'no');
  }
  await first.reload();
  await waitReady(first);
  const answers = (await first.evaluate(() => iccIndex.getAssessment())).answers;
  assert.ok(answers['commitment.public-statement'] && answers['commitment.strategy'], 'both survive a reload');
  assert.deepEqual([...firstProblems, ...secondProblems], []);
  await context.close();
});

test('megabytes of text cross into the app whole (through the heap, not the 5 MB wasm stack)', async () => {
  const context = await browser.newContext();
  const {page, problems} = await openPage(context, server.url);
  await loadTool(page, server.url);
  await page.evaluate(() => iccIndex.newAssessment());
  // 1.5 million characters: what ccall's string arguments would reserve 6 MB of stack for.
  const evidence = 'Minutes of the council meeting. '.repeat(47000);
  assert.equal((await page.evaluate((text) => iccIndex.setEvidence('commitment.public-statement', text), evidence)).ok, true);
  const exported = await page.evaluate(() => iccIndex.getAssessment());
  assert.equal(exported.answers['commitment.public-statement'].evidence, evidence);
  // The same file, as another assessment, imported the way a drop does.
  await page.evaluate((text) => {
    const file = JSON.parse(text);
    file.id = crypto.randomUUID();
    iccIndex.openFile(new File([JSON.stringify(file)], 'large.json', {type: 'application/json'}));
  }, JSON.stringify(exported));
  await page.waitForFunction(() => iccIndex.listAssessments().length === 2, null, {timeout: 20000});
  assert.equal((await page.evaluate(() => iccIndex.getAssessment())).answers['commitment.public-statement'].evidence.length,
               evidence.length);
  assert.deepEqual(problems, []);
  await context.close();
});
