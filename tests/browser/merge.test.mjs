// Several departments, one assessment (issue 18), in two browsers: the mayor's office shares the
// education department's part, the department answers it on its own computer and sends it back,
// and the mayor's office reviews the one conflict, confirms the merge, and can go back.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {serve, launch, openPage, loadTool, screenshot, settle, items, clickItem, tabTo, repoRoot} from './lib.mjs';
import {english} from './privacy-lib.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

// Question ids from the shipped definition, not written here (the index is revised now and then).
const index = JSON.parse(fs.readFileSync(path.join(repoRoot, 'assets/index/icc-2019.json'), 'utf8'));
const choiceIn = (area) => area.questions.find((question) => (question.options || []).length >= 2);
const [mayorsArea, educationArea, secondArea] = index.areas.filter((area) => choiceIn(area)).slice(0, 3);
const mayors = choiceIn(mayorsArea), drafted = choiceIn(educationArea), second = choiceIn(secondArea);

// What `action` (run in the page with `argument`) downloads: {name, text}.
async function downloadOf(page, action, argument) {
  const download = page.waitForEvent('download');
  await page.evaluate(action, argument);
  const stream = await (await download).createReadStream();
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return {name: (await download).suggestedFilename(), text: Buffer.concat(chunks).toString('utf8')};
}

// Imports `file` as a drop would, and waits until `state()` has the fields of `expected`.
async function openFileIn(page, file, expected) {
  await page.evaluate(({name, text}) => iccIndex.openFile(new File([text], name, {type: 'application/json'})), file);
  await page.waitForFunction((fields) => {
    const state = iccIndex.state();
    return Object.entries(fields).every(([key, value]) => state[key] === value);
  }, expected, {timeout: 10000});
  await settle(page);
}

test('two departments answer their own areas, one merge review settles the conflict, and the backup restores the before', async () => {
  const cityHall = await browser.newContext({viewport: {width: 1280, height: 900}, acceptDownloads: true});
  const school = await browser.newContext({viewport: {width: 1280, height: 900}, acceptDownloads: true});
  const {page: mayor, problems: mayorProblems} = await openPage(cityHall, server.url);
  const {page: teacher, problems: teacherProblems} = await openPage(school, server.url);
  await loadTool(mayor, server.url);
  await loadTool(teacher, server.url);

  // The mayor's office starts, names the education department, and drafts one of its answers.
  await mayor.evaluate(({mayors, drafted, educationArea, secondArea, mayorsArea}) => {
    iccIndex.setUserName("Mayor's office");
    iccIndex.newAssessment();
    iccIndex.setCity({name: 'Lublin'});
    iccIndex.addContributor('Education department');
    iccIndex.setResponsible(mayorsArea, "Mayor's office");
    iccIndex.setResponsible(educationArea, 'Education department');
    iccIndex.setResponsible(secondArea, 'Education department');
    iccIndex.setAnswer(mayors.id, mayors.options[0].id);
    iccIndex.setEvidence(mayors.id, 'Council resolution 12/2024');
    iccIndex.setAnswer(drafted.id, drafted.options[0].id);
    iccIndex.setEvidence(drafted.id, "Draft by the mayor's office");
    iccIndex.flush();
  }, {mayors, drafted, educationArea: educationArea.id, secondArea: secondArea.id, mayorsArea: mayorsArea.id});
  const id = (await mayor.evaluate(() => iccIndex.state())).openId;
  // The profile lists the contributors and who answers which area (below the way on).
  assert.equal((await mayor.evaluate(() => iccIndex.state())).screen, 'profile');
  await mayor.mouse.move(640, 500);
  await mayor.mouse.wheel(0, 900);
  await settle(mayor);
  assert.ok((await items(mayor)).some((item) => item.label === english('contributors.title')));
  await screenshot(mayor, 'merge-contributors');
  const part = await downloadOf(mayor, ([a, b]) => iccIndex.exportAreas([a, b]), [educationArea.id, secondArea.id]);
  assert.ok(!part.text.includes(`"${mayors.id}"`), 'the part holds only the chosen areas');

  // The education department, on its own computer, says who it is in Settings (through the
  // mirror's text field), imports the part and answers its areas.
  await clickItem(teacher, english('topbar.settings'), 'button');
  assert.equal((await teacher.evaluate(() => iccIndex._call('setText', {target: 'user.name', text: 'Education department'}))).ok, true);
  assert.equal((await teacher.evaluate(() => iccIndex.state())).userName, 'Education department');
  await openFileIn(teacher, part, {openId: id});
  assert.equal((await teacher.evaluate(() => iccIndex.state())).openId, id, 'the same assessment');
  const returned = await (async () => {
    await teacher.evaluate(({drafted, second}) => {
      iccIndex.setAnswer(drafted.id, drafted.options[1].id);
      iccIndex.setEvidence(drafted.id, 'School census 2025');
      iccIndex.setAnswer(second.id, second.options[0].id);
      iccIndex.setEvidence(second.id, 'Neighbourhood survey');
    }, {drafted, second});
    return downloadOf(teacher, ([a, b]) => iccIndex.exportAreas([a, b]), [educationArea.id, secondArea.id]);
  })();

  // Back at the mayor's office: the import opens the review, and nothing changes yet.
  const before = await mayor.evaluate(() => iccIndex.getAssessment());
  await openFileIn(mayor, returned, {screen: 'merge'});
  assert.equal((await mayor.evaluate(() => iccIndex.state())).screen, 'merge');
  const review = await mayor.evaluate(() => iccIndex.mergeReview());
  assert.deepEqual(review.taken, [second.id]);
  assert.equal(review.items[0].questionId, drafted.id, 'the conflict comes first');
  assert.equal(review.items[0].conflict, true);
  assert.equal(review.items[0].other.updatedBy, 'Education department');
  assert.equal(review.items[0].base.updatedBy, "Mayor's office");
  assert.equal(review.unsettled, 1);
  assert.deepEqual((await mayor.evaluate(() => iccIndex.getAssessment())).answers, before.answers);
  const shown = await items(mayor);
  for (const text of ["Draft by the mayor's office", 'School census 2025'])
    assert.ok(shown.some((item) => item.label.includes(text)), `both sides are on the screen: ${text}`);
  assert.ok(shown.some((item) => item.label === english('merge.here')) && shown.some((item) => item.label === english('merge.in_file')));
  await screenshot(mayor, 'merge-review');
  await mayor.setViewportSize({width: 360, height: 780});
  await settle(mayor);
  await screenshot(mayor, 'merge-review-narrow');
  await mayor.setViewportSize({width: 1280, height: 900});
  await settle(mayor);

  // The keyboard chooses the file's answer; the accessible mirror confirms.
  await tabTo(mayor, english('merge.take_file'));
  await mayor.keyboard.press('Space');
  await settle(mayor);
  assert.equal((await mayor.evaluate(() => iccIndex.mergeReview())).items[0].answer, 'other');
  await screenshot(mayor, 'merge-review-chosen');
  await mayor.waitForFunction((label) => [...document.querySelectorAll('#icc-mirror main button')]
    .some((button) => button.textContent.trim() === label && !button.disabled), english('merge.confirm'), {timeout: 10000});
  await mayor.locator('#icc-mirror main button', {hasText: english('merge.confirm')}).first().focus();
  await mayor.keyboard.press('Enter');
  await mayor.waitForFunction(() => iccIndex.state().screen !== 'merge', null, {timeout: 10000});

  const merged = await mayor.evaluate(() => iccIndex.getAssessment());
  for (const question of [mayors, drafted, second]) assert.ok(merged.answers[question.id], `${question.id} is answered`);
  assert.deepEqual(merged.answers[drafted.id].selected, [drafted.options[1].id]);
  assert.match(merged.answers[drafted.id].evidence, /Draft by the mayor's office/);
  assert.match(merged.answers[drafted.id].evidence, /School census 2025/);
  assert.match(merged.answers[drafted.id].evidence, /\[Education department · /);
  assert.equal(merged.answers[second.id].updatedBy, 'Education department');
  assert.equal(merged.answers[mayors.id].evidence, 'Council resolution 12/2024');
  assert.deepEqual([...merged.contributors].sort(), ['Education department', "Mayor's office"]);
  assert.equal((await mayor.evaluate(() => iccIndex.state())).noticeCode, 'notice.merged');

  await mayor.evaluate((area) => { iccIndex._call('open', {id: iccIndex.state().openId}); }, educationArea.id);
  await settle(mayor);
  await screenshot(mayor, 'merge-after-sidebar');

  // The backup on the start page restores the assessment as it was before the merge.
  await clickItem(mayor, english('topbar.home'), 'button');
  const progress = (await items(mayor)).map((item) => item.label).join('\n');
  assert.ok(progress.includes('Education department ('), `the start page shows who answers which areas:\n${progress}`);
  await screenshot(mayor, 'merge-start-progress');
  await clickItem(mayor, english('start.restore'), 'button');
  await clickItem(mayor, english('import.replace'), 'button');
  const restored = await mayor.evaluate(() => iccIndex.getAssessment());
  assert.equal(restored.id, id);
  assert.deepEqual(restored.answers, before.answers);
  assert.deepEqual([...mayorProblems, ...teacherProblems], []);
  await cityHall.close();
  await school.close();
});
