// Every sentence in the user's language: each screen of the tool, in each interface language, read
// through the real page (its accessible mirror, live region, links and title), must hold only words
// of that language's catalog (assets/i18n) or texts of the data files (the index, the comparison
// figures, the published results) as the app shows them in that language; no catalog key either.
// Names the user typed, numbers and web addresses aside. Also: ?lang=fr and the browser's preferred
// language choose French, and the statement link leads to the French statement.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {serve, launch, openPage, loadTool, settle, screenshot, repoRoot} from './lib.mjs';

const languages = ['en', 'pl', 'uk', 'fr'];
const readJson = (file) => JSON.parse(fs.readFileSync(path.join(repoRoot, file), 'utf8'));
const catalogs = Object.fromEntries(languages.map((l) => [l, readJson(`assets/i18n/${l}.json`)]));
const dataFiles = fs.readdirSync(path.join(repoRoot, 'assets'), {withFileTypes: true})
  .filter((entry) => entry.isDirectory() && entry.name !== 'i18n')
  .flatMap((entry) => fs.readdirSync(path.join(repoRoot, 'assets', entry.name))
    .filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json'))
    .map((name) => readJson(`assets/${entry.name}/${name}`)));
const index = readJson('assets/index/icc-2019.json');

const words = (text) => (text.normalize('NFC').toLowerCase().match(/\p{L}+/gu) || []);

// A localized text of a data file: an object of language codes to strings, English among them.
const isLocalized = (value) => value && typeof value === 'object' && !Array.isArray(value) &&
  typeof value.en === 'string' && Object.entries(value).every(([k, v]) => /^[a-z]{2,3}$/.test(k) && typeof v === 'string');

// Whole texts a screen in `language` may show that no catalog words: the data files' texts in that
// language, and the names of cities in the data (plain strings under "city"). Where a data text has
// no version in that language the app shows its English, and so may the screen: completing the
// index's translations is checked on the index itself (scripts/check_index_texts.py); this test is
// about what the tool's own code puts on the screen. `untranslated` collects those English texts.
function dataTexts(language, untranslated) {
  const texts = new Set();
  for (const file of dataFiles) {
    const walk = (value) => {
      if (isLocalized(value)) {
        if (value[language]) texts.add(value[language]);
        else { texts.add(value.en); untranslated?.add(value.en); }
      } else if (Array.isArray(value)) {
        value.forEach(walk);
      } else if (value && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) {
          if (typeof v === 'string' && k === 'city') texts.add(v);
          else walk(v);
        }
      }
    };
    walk(file);
  }
  return [...texts];
}

// The words of a catalog's texts, their {placeholders} left out.
function catalogWords(language) {
  const vocabulary = new Set();
  for (const text of Object.values(catalogs[language])) for (const word of words(text.replace(/\{[a-z_]+\}/g, ' '))) vocabulary.add(word);
  return vocabulary;
}

// A phrase as a pattern that matches it only as whole words.
const escaped = (phrase) => phrase.normalize('NFC').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const asWholeWords = (phrase) => new RegExp(`(?<![\\p{L}])${escaped(phrase)}(?![\\p{L}])`, 'gu');

// The texts of `shown` that hold a word neither the catalog nor the data files give in `language`,
// `userTexts` (what the test typed) aside.
export function foreignTexts(shown, language, userTexts, untranslated) {
  const vocabulary = catalogWords(language);
  const whole = [...userTexts, ...dataTexts(language, untranslated)].sort((a, b) => b.length - a.length).map(asWholeWords);
  const problems = [];
  for (const text of shown) {
    let rest = text.normalize('NFC').replace(/https?:\/\/\S+/g, ' ');
    for (const phrase of whole) rest = rest.replace(phrase, ' ');
    const unknown = words(rest).filter((word) => !vocabulary.has(word));
    if (unknown.length) problems.push(`"${text}" (${[...new Set(unknown)].join(', ')})`);
    const key = text.match(/[a-z0-9]+\.[a-z_.]+/g)?.find((name) => name in catalogs.en);
    if (key) problems.push(`"${text}" (the catalog key ${key}, a text missing from en.json)`);
  }
  return problems;
}

// Everything the page says to a reader: text and the names, descriptions and titles of elements,
// in the mirror, the live region and the page's own links, and the document's title.
async function pageTexts(page) {
  await settle(page);
  return page.evaluate(() => {
    const texts = [document.title];
    const roots = [document.getElementById('icc-mirror'), document.getElementById('icc-live'),
                   ...document.querySelectorAll('body > a'), document.getElementById('canvas')];
    for (const root of roots) {
      if (!root) continue;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node.textContent);
      for (const element of [root, ...root.querySelectorAll('*')]) {
        for (const name of ['aria-label', 'aria-description', 'title', 'placeholder']) {
          if (element.hasAttribute(name)) texts.push(element.getAttribute(name));
        }
      }
    }
    return texts.map((text) => text.trim()).filter((text) => text);
  });
}

async function mirrorShows(page, text) {
  await page.waitForFunction((t) => document.getElementById('icc-mirror').textContent.includes(t), text, {timeout: 15000});
}

// Presses the mirror's button named `label`, as a screen-reader user would.
async function press(page, label) {
  await page.locator('#icc-mirror button').filter({hasText: label}).first().evaluate((button) => button.click());
  await settle(page);
}

function answerValue(question) {
  if (question.type === 'percentage') return 5;
  if (question.type === 'multipleChoice') return [question.options[0].id];
  return question.options ? question.options[0].id : 'yes';
}

// Answers every question but those of `skip` with its first option.
async function answerAll(page, skip = []) {
  const answers = index.areas.flatMap((area) => area.questions).filter((q) => !skip.includes(q.id))
    .map((question) => [question.id, answerValue(question)]);
  const refused = await page.evaluate((list) => list.map(([id, value]) => [id, iccIndex.setAnswer(id, value)])
    .filter(([, result]) => !result.ok), answers);
  assert.deepEqual(refused, []);
  await settle(page);
}

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('the check finds the English results sentences of a Polish screen', () => {
  assert.equal(foreignTexts(['86 of 86 questions answered (100%)'], 'pl', []).length, 1);
  assert.equal(foreignTexts(['Core index = weighted mean of 15 areas: (50×1)/1 = 50%'], 'pl', []).length, 1);
  assert.equal(foreignTexts(['Pytania z odpowiedzią: 86 z 86 (100%)', 'Kraków 2026'], 'pl', ['Kraków']).length, 0);
  assert.equal(foreignTexts(['Nothing is saved in this browser yet.'], 'en', []).length, 0);
  assert.ok(foreignTexts(['Results: results.title'], 'en', []).some((problem) => problem.includes('catalog key')));
});

for (const language of languages) {
  test(`every screen in ${language} speaks ${language} only`, async () => {
    const t = catalogs[language];
    const context = await browser.newContext({viewport: {width: 1280, height: 860}});
    const {page, problems} = await openPage(context, server.url);
    await loadTool(page, `${server.url}?lang=${language}`);
    assert.equal(await page.evaluate(() => iccIndex.state().language), language);
    assert.equal(await page.evaluate(() => document.documentElement.lang), language);
    const shown = {};
    const look = async (screen) => { shown[screen] = await pageTexts(page); };
    await mirrorShows(page, t['start.new']);
    await look('start');
    if (language !== 'en') await screenshot(page, `languages-${language}-start`);

    // An earlier assessment to compare with, half answered.
    await page.evaluate(() => {
      iccIndex.newAssessment();
      iccIndex.setCity({name: 'Kraków', year: 2025, population: 806200, foreignBornPercent: 7});
    });
    await answerAll(page, index.areas.slice(0, 8).flatMap((area) => area.questions.map((q) => q.id)));
    await page.evaluate(() => iccIndex.flush());

    await page.evaluate(() => {
      iccIndex.newAssessment();
      iccIndex.setCity({name: 'Kraków', year: 2026, population: 806200, foreignBornPercent: 7});
    });
    await mirrorShows(page, t['profile.groups_heading']);
    await look('profile');
    const first = index.areas[0].questions[0].id;
    await answerAll(page, [first]);
    await page.evaluate(() => iccIndex.open(iccIndex.state().openId));
    await mirrorShows(page, index.areas[0].title[language] ?? index.areas[0].title.en);
    await look('questionnaire, area 1');
    if (language !== 'en') await screenshot(page, `languages-${language}-questionnaire`);
    for (let area = 2; area <= index.areas.length; area++) {
      await press(page, t['area.next']);
      await look(`questionnaire, area ${area}`);
    }
    await page.evaluate((id) => iccIndex.setAnswer(id, 'yes'), first);
    await press(page, t['topbar.results']);
    await mirrorShows(page, t['results.table']);
    await look('results');
    if (language !== 'en') await screenshot(page, `languages-${language}-results`);
    const compare = (await page.evaluate(() => iccIndex.items())).items
      .find((item) => item.role === 'button' && item.label.includes('Kraków 2025'));
    assert.ok(compare, 'the results offer the earlier assessment to compare with');
    await page.evaluate((id) => iccIndex._call('activate', {id}), compare.id);
    await mirrorShows(page, t['results.stop_comparing']);
    await look('results compared with 2025');
    await press(page, t['topbar.settings']);
    await mirrorShows(page, t['settings.text_size']);
    await look('settings');
    await press(page, t['topbar.home']);
    await mirrorShows(page, t['start.saved_heading']);
    await look('start with saved assessments');

    const untranslated = new Set();
    const foreign = Object.entries(shown).flatMap(([screen, texts]) =>
      foreignTexts(texts, language, ['Kraków'], untranslated).map((problem) => `${screen}: ${problem}`));
    assert.deepEqual([...new Set(foreign)], []);
    if (language !== 'en' && untranslated.size)
      console.log(`${language}: ${untranslated.size} texts of the data files have no ${language} version (the app shows their English)`);
    assert.equal(Object.keys(shown).length, index.areas.length + 6);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('French comes from ?lang=fr and from a browser that prefers it, and the statement has a French page', async () => {
  const context = await browser.newContext({viewport: {width: 1280, height: 860}, locale: 'fr-CH'});
  const {page, problems} = await openPage(context, server.url);
  await loadTool(page, server.url);
  assert.equal(await page.evaluate(() => iccIndex.state().language), 'fr');
  await mirrorShows(page, catalogs.fr['start.new']);
  const statement = page.locator('#icc-statement');
  assert.equal(await statement.textContent(), catalogs.fr['a11y.statement']);
  assert.equal(await statement.getAttribute('href'), 'accessibility/fr.html');
  await page.evaluate(() => iccIndex.setLanguage('pl'));
  await settle(page);
  await page.waitForFunction((text) => document.getElementById('icc-statement').textContent === text,
                             catalogs.pl['a11y.statement'], {timeout: 10000});
  assert.equal(await statement.getAttribute('href'), 'accessibility/');
  assert.deepEqual(problems, []);
  // (a page of its own, which the browser asks for a favicon)
  await page.goto(`${server.url}accessibility/fr.html`);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');
  assert.match(await page.locator('h1').textContent(), /Déclaration d’accessibilité/);
  await context.close();

  const narrow = await browser.newContext({viewport: {width: 360, height: 740}});
  const opened = await openPage(narrow, server.url);
  await loadTool(opened.page, `${server.url}?lang=fr`);
  await opened.page.evaluate(() => { iccIndex.newAssessment(); iccIndex.open(iccIndex.state().openId); });
  await mirrorShows(opened.page, catalogs.fr['area.next_unanswered']);
  await screenshot(opened.page, 'languages-fr-questionnaire-360');
  assert.deepEqual(opened.problems, []);
  await narrow.close();
});

// The program ships English only; each other language is a file beside the page, fetched the first
// time it is chosen (src/model/language_files.h).
test('a language is fetched when first chosen, once; a visit in it starts in it; a file that cannot come leaves the tool as it was', async () => {
  const context = await browser.newContext({viewport: {width: 1280, height: 860}});
  const {page, problems} = await openPage(context, server.url);
  const fetched = [];
  page.on('request', (request) => { if (/icc-lang-/.test(request.url())) fetched.push(new URL(request.url()).pathname); });
  await loadTool(page, server.url);
  assert.deepEqual(fetched, [], 'a visit in English fetches no language file');
  const question = index.areas[0].questions[0];
  await page.evaluate((q) => { iccIndex.newAssessment(); iccIndex.open(iccIndex.state().openId); iccIndex.setAnswer(q.id, q.options[0].id); },
                      question);
  assert.deepEqual(await page.evaluate(() => iccIndex.setLanguage('pl')), {ok: true, language: 'pl'});
  assert.equal(fetched.length, 1);
  assert.match(fetched[0], /^\/icc-lang-pl\.[0-9a-f]{10}\.json$/, 'the file has a versioned name');
  await mirrorShows(page, question.text.pl);
  await page.evaluate(() => iccIndex.setLanguage('en'));
  assert.deepEqual(await page.evaluate(() => iccIndex.setLanguage('pl')), {ok: true, language: 'pl'});
  assert.equal(fetched.length, 1, 'fetched once a visit');
  assert.equal((await page.evaluate(() => iccIndex.getAssessment())).answers[question.id].selected[0], question.options[0].id);

  // The next visit starts in Polish: its first frame already is (the loading screen waits for the file).
  await page.evaluate(() => iccIndex.flush());
  await page.reload();
  const atReady = await page.evaluate(() => iccIndex.ready.then(() => ({language: iccIndex.state().language, lang: document.documentElement.lang,
                                                                     frames: Module._icc_frame_count()})));
  assert.deepEqual(atReady, {language: 'pl', lang: 'pl', frames: 1});
  assert.equal(fetched.length, 2);
  assert.deepEqual(problems, []);
  await context.close();

  // On a connection so slow that the file takes longer than 3 s, the tool starts in English and
  // switches once it is there.
  const slow = await browser.newContext({viewport: {width: 1280, height: 860}});
  const slowPage = (await openPage(slow, server.url)).page;
  await slowPage.route('**/icc-lang-pl*', (route) => setTimeout(() => route.continue(), 5000));
  await slowPage.goto(`${server.url}?lang=pl`);
  const started = await slowPage.evaluate(() => iccIndex.ready.then(() => ({language: iccIndex.state().language, at: performance.now()})));
  assert.equal(started.language, 'en');
  assert.ok(started.at >= 3000 && started.at < 4900, `ready at ${started.at} ms`);
  await mirrorShows(slowPage, catalogs.en['language.loading'].replace('{language}', catalogs.en['language.pl']));
  await slowPage.waitForFunction(() => iccIndex.state().language === 'pl', null, {timeout: 10000});
  await mirrorShows(slowPage, catalogs.pl['start.new']);
  await slow.close();

  const offline = await browser.newContext({viewport: {width: 1280, height: 860}});
  const opened = await openPage(offline, server.url);
  await opened.page.route('**/icc-lang-uk*', (route) => route.abort());
  await loadTool(opened.page, server.url);
  await opened.page.evaluate(() => { iccIndex.newAssessment(); iccIndex.open(iccIndex.state().openId); });
  assert.deepEqual(await opened.page.evaluate(() => iccIndex.setLanguage('uk')), {ok: false, language: 'en'});
  await mirrorShows(opened.page, catalogs.en['notice.language_unavailable'].replace('{language}', catalogs.en['language.uk']));
  assert.equal(await opened.page.evaluate(() => document.documentElement.lang), 'en');
  assert.ok(await opened.page.evaluate(() => iccIndex.state().openId), 'the assessment stays open');
  assert.deepEqual(opened.problems.filter((problem) => !/Failed to load resource/.test(problem)), []);
  await screenshot(opened.page, 'languages-file-unavailable');
  await offline.close();
});
