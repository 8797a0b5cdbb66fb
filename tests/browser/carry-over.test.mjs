// An assessment made with the previous version of the questionnaire (2019.1) opens with the
// current one: every answer kept, changed questions marked "To review" on the canvas, in the
// mirror and in the sidebar, until the user keeps or changes the answer.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {serve, launch, openPage, loadTool, waitReady, screenshot, settle, clickItem, findItem, repoRoot} from './lib.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const sample = fs.readFileSync(path.join(repoRoot, 'tests/data/report/sample-assessment.json'), 'utf8');

test('a 2019.1 file opens in 2019.2 with its changed answers to review, and keeping one settles it', async () => {
  const context = await browser.newContext({viewport: {width: 1280, height: 900}});
  const {page, problems} = await openPage(context, server.url);
  await loadTool(page, server.url);
  await page.evaluate((text) => iccIndex.openFile(new File([text], 'krakow-2019.1.json', {type: 'application/json'})),
                      sample);
  await page.waitForFunction(() => iccIndex.state().openId !== '', null, {timeout: 10000});
  await settle(page);
  const state = await page.evaluate(() => iccIndex.state());
  assert.ok(state.noticeCodes.includes('notice.carried_over'), JSON.stringify(state.noticeCodes));
  assert.ok(state.toReview > 10, `to review: ${state.toReview}`);
  const assessment = await page.evaluate(() => iccIndex.getAssessment());
  assert.equal(assessment.index.version, state.indexVersion);
  const original = JSON.parse(sample);
  for (const [id, answer] of Object.entries(original.answers))
    if (answer.evidence)
      assert.ok(Object.values(assessment.answers).some((a) => (a.evidence || '').includes(answer.evidence)), `${id}: evidence lost`);

  // Education: its concentration question replaced the old percentage question.
  await clickItem(page, 'Education', 'link');
  await page.waitForFunction(() => document.getElementById('icc-mirror').textContent.includes('To review'), null,
                             {timeout: 10000});
  assert.ok(await findItem(page, 'Keep this answer', 'button'), 'the mirror offers "Keep this answer"');
  await screenshot(page, 'carry-over-to-review');
  await clickItem(page, 'Keep this answer', 'button');
  await page.waitForFunction((before) => iccIndex.state().toReview === before - 1, state.toReview, {timeout: 10000});

  // Kept across a reload, and not carried a second time.
  await page.evaluate(() => iccIndex.flush());
  await page.reload();
  await waitReady(page);
  const reloaded = await page.evaluate(() => iccIndex.state());
  assert.equal(reloaded.toReview, state.toReview - 1);
  assert.ok(!reloaded.noticeCodes.includes('notice.carried_over'));
  assert.deepEqual(problems, []);
  await context.close();
});
