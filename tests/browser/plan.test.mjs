// From results to an action plan (issue 19): a plan made on the canvas (mouse and keyboard) and
// through the accessible mirror, saved across a reload, in the HTML report and the plan CSV, and
// a Polish plan. Question ids come from the shipped definition.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {serve, launch, openPage, loadTool, waitReady, screenshot, settle, items, clickItem, tabTo, repoRoot, artifactsDir} from './lib.mjs';
import {english} from './privacy-lib.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); fs.mkdirSync(artifactsDir, {recursive: true}); });
after(async () => { await browser?.close(); await server?.close(); });

const index = JSON.parse(fs.readFileSync(path.join(repoRoot, 'assets/index/icc-2019.json'), 'utf8'));
const polish = JSON.parse(fs.readFileSync(path.join(repoRoot, 'assets/i18n/pl.json'), 'utf8'));
const choiceIn = (area) => area.questions.find((question) => (question.options || []).length >= 2);
const best = (question) => question.options.reduce((a, b) => (b.points > a.points ? b : a));
const worst = (question) => question.options.reduce((a, b) => (b.points < a.points ? b : a));

async function downloadOf(page, press) {
  const download = page.waitForEvent('download');
  await press();
  const stream = await (await download).createReadStream();
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return {name: (await download).suggestedFilename(), text: Buffer.concat(chunks).toString('utf8')};
}

async function pressInMirror(page, label, role = 'button') {
  const selector = role === 'button' ? '#icc-mirror button' : `#icc-mirror input[type=${role}]`;
  await page.waitForFunction(({selector, label}) => [...document.querySelectorAll(selector)]
    .some((node) => (node.textContent || node.parentNode.textContent).trim() === label), {selector, label}, {timeout: 10000});
  await page.evaluate(({selector, label}) => {
    [...document.querySelectorAll(selector)].find((node) => (node.textContent || node.parentNode.textContent).trim() === label).click();
  }, {selector, label});
  await settle(page);
}

// Scrolls the canvas with the mouse wheel until the item is in view, then clicks it (the plan
// screen is longer than the window).
async function clickInView(page, label, role) {
  const canvas = await page.locator('#canvas').boundingBox();
  for (let i = 0; i < 40; i++) {
    const item = (await items(page)).find((it) => it.label === label && (!role || it.role === role) && it.rect);
    if (!item) throw new Error(`no item "${label}"`);
    const [, y, , height] = item.rect;
    if (y >= 60 && y + height <= canvas.height - 40) return clickItem(page, label, role);
    await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2);
    await page.mouse.wheel(0, y < 60 ? -300 : 300);
    await settle(page);
  }
  throw new Error(`"${label}" never came into view`);
}

async function plan(page) { return (await page.evaluate(() => iccIndex.getAssessment())).plan || []; }

// Every area answered at its worst but the first question of each area at its best, so that
// the comparison has areas for development and targets can raise them.
async function answerAll(page, city, year) {
  await page.evaluate(({areas, city, year}) => {
    iccIndex.newAssessment();
    iccIndex.setCity({name: city, year});
    for (const area of areas) for (const q of area) iccIndex.setAnswer(q.id, q.option);
    iccIndex.flush();
  }, {city, year, areas: index.areas.map((area) => area.questions.filter((q) => (q.options || []).length >= 2)
    .map((q, i) => ({id: q.id, option: (i === 0 ? best(q) : worst(q)).id})))});
  await settle(page);
}

test('a plan made on the canvas with the mouse and the keyboard is saved, scored and survives a reload', async () => {
  const context = await browser.newContext({viewport: {width: 1280, height: 900}, acceptDownloads: true});
  const {page, problems} = await openPage(context, server.url);
  await loadTool(page, server.url);
  await answerAll(page, 'Lublin', 2026);
  await clickItem(page, english('topbar.results'), 'button');
  await clickInView(page, english('results.open_plan'), 'button');
  assert.equal((await page.evaluate(() => iccIndex.state())).screen, 'plan');
  await clickInView(page, english('plan.add_recommendation'), 'button');
  let actions = await plan(page);
  assert.equal(actions.length, 1);
  const area = index.areas.find((a) => a.id === actions[0].area);
  assert.ok(area.recommendations.some((r) => r.text.en === actions[0].title), 'the recommendation is the title');

  await clickInView(page, english('plan.field.department'), 'textbox');
  await page.keyboard.type('Culture department');
  await clickInView(page, english('plan.field.deadline'), 'textbox');
  await page.keyboard.type('2027-06-30');
  await clickInView(page, english('plan.status.inProgress'), 'radio');
  await clickInView(page, english('plan.target_add'), 'button');
  const question = choiceIn(area) && area.questions.filter((q) => (q.options || []).length >= 2)[1];
  await clickInView(page, question.text.en, 'radio');
  await clickInView(page, best(question).label.en, 'radio');
  // The keyboard: Tab to "Add an action of your own" and press Space.
  const own = await tabTo(page, english('plan.add_own'), 200);
  assert.ok(own);
  await page.keyboard.press('Space');
  await settle(page);
  actions = await plan(page);
  assert.equal(actions.length, 2);
  assert.equal(actions[0].department, 'Culture department');
  assert.equal(actions[0].deadline, '2027-06-30');
  assert.equal(actions[0].status, 'inProgress');
  assert.deepEqual(actions[0].targets, [{question: question.id, selected: [best(question).id]}]);
  const labels = (await items(page)).map((item) => item.label);
  assert.ok(labels.some((label) => label.startsWith(english('plan.if_met').split('{')[0])), 'the target index is shown');
  await screenshot(page, 'plan-screen-action');
  for (let i = 0; i < 30; i++) await page.mouse.wheel(0, -400);
  await settle(page);
  await screenshot(page, 'plan-screen');

  await page.evaluate(() => iccIndex.flush());
  await page.reload();
  await waitReady(page);
  const reloaded = await plan(page);
  assert.equal(reloaded.length, 2);
  assert.equal(reloaded[0].department, 'Culture department');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a plan made through the accessible mirror, deleted and undone; the report and the CSV hold it', async () => {
  const context = await browser.newContext({viewport: {width: 1280, height: 900}, acceptDownloads: true});
  const {page, problems} = await openPage(context, server.url);
  await loadTool(page, server.url);
  await answerAll(page, 'Gdańsk', 2026);
  await pressInMirror(page, english('topbar.results'));
  await pressInMirror(page, english('results.open_plan'));
  await pressInMirror(page, english('plan.add_own'));
  const [action] = await plan(page);
  const area = index.areas.find((a) => a.id === action.area);
  await page.fill(`#icc-mirror [data-target="plan.title:${action.id}"]`, '=Open a one-stop shop for newcomers');
  await page.fill(`#icc-mirror [data-target="plan.department:${action.id}"]`, 'Social affairs, city hall');
  await page.fill(`#icc-mirror [data-target="plan.deadline:${action.id}"]`, '2027-12-31');
  await page.fill(`#icc-mirror [data-target="plan.indicator:${action.id}"]`, 'Shop opened; 500 visits a year');
  await settle(page);
  await pressInMirror(page, english('plan.status.done'), 'radio');
  await pressInMirror(page, english('plan.target_add'));
  const question = area.questions.filter((q) => (q.options || []).length >= 2)[1];
  await pressInMirror(page, question.text.en, 'radio');
  await pressInMirror(page, best(question).label.en, 'radio');
  let [saved] = await plan(page);
  assert.equal(saved.title, '=Open a one-stop shop for newcomers');
  assert.equal(saved.status, 'done');
  assert.equal(saved.targets.length, 1);

  await pressInMirror(page, english('plan.delete'));
  assert.equal((await plan(page))[0].removed, true);
  await pressInMirror(page, english('plan.undo'));
  [saved] = await plan(page);
  assert.equal(saved.removed, undefined);
  assert.equal(saved.indicator, 'Shop opened; 500 visits a year');

  const csv = await downloadOf(page, () => pressInMirror(page, english('plan.export_csv')));
  assert.match(csv.name, /-plan\.csv$/);
  const rows = csv.text.split('\r\n');
  assert.equal(rows[0], 'area,area_title,action,department,deadline,targets,indicator,status');
  assert.ok(rows[1].startsWith(`${area.id},`), rows[1]);
  assert.ok(rows[1].includes(`,'=Open a one-stop shop for newcomers,"Social affairs, city hall",2027-12-31,`), 'guarded and quoted: ' + rows[1]);
  assert.ok(rows[1].endsWith(',done'), rows[1]);

  const report = await downloadOf(page, () => pressInMirror(page, english('results.export_report')));
  const file = path.join(artifactsDir, 'plan-report.html');
  fs.writeFileSync(file, report.text);
  const reader = await context.newPage();
  await reader.goto('file://' + file);
  const table = await reader.evaluate(() => document.querySelector('#plan table.plan')?.innerText || '');
  assert.match(table, /=Open a one-stop shop for newcomers/);
  assert.match(table, /Social affairs, city hall/);
  assert.match(table, /2027-12-31/);
  assert.match(table, new RegExp(english('plan.status.done')));
  assert.match(table, new RegExp(question.id));
  await reader.evaluate(() => document.querySelector('#plan').scrollIntoView());
  await reader.screenshot({path: path.join(artifactsDir, 'plan-report.png')});
  await reader.emulateMedia({media: 'print'});
  await reader.pdf({path: path.join(artifactsDir, 'plan-report.pdf'), format: 'A4'});
  assert.deepEqual(problems, []);
  await context.close();
});

test('a Polish plan: the screen, the report and the CSV in Polish', async () => {
  const context = await browser.newContext({viewport: {width: 1280, height: 900}, acceptDownloads: true});
  const {page, problems} = await openPage(context, server.url);
  await loadTool(page, server.url);
  await page.evaluate(() => iccIndex.setLanguage('pl'));
  await answerAll(page, 'Poznań', 2026);
  await pressInMirror(page, polish['topbar.results']);
  await pressInMirror(page, polish['results.open_plan']);
  await pressInMirror(page, polish['plan.add_recommendation']);
  const [action] = await plan(page);
  await page.fill(`#icc-mirror [data-target="plan.department:${action.id}"]`, 'Wydział Spraw Społecznych');
  await settle(page);
  await pressInMirror(page, polish['plan.status.inProgress'], 'radio');
  await page.setViewportSize({width: 390, height: 844});
  await settle(page);
  await screenshot(page, 'plan-screen-pl-phone');
  const csv = await downloadOf(page, () => pressInMirror(page, polish['plan.export_csv']));
  const area = index.areas.find((a) => a.id === action.area);
  assert.ok(csv.text.split('\r\n')[1].startsWith(`${area.id},${area.title.pl},`), csv.text);
  assert.match(csv.text, /Wydział Spraw Społecznych/);
  const report = await downloadOf(page, () => pressInMirror(page, polish['results.export_report']));
  assert.match(report.text, new RegExp(`<h2 id="plan-heading">${polish['report.plan']}</h2>`));
  assert.match(report.text, new RegExp(`<td>${polish['plan.status.inProgress']}</td>`));
  assert.deepEqual(problems, []);
  await context.close();
});
