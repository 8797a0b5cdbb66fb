// What a visitor pays, measured in headless Chromium (software WebGL) on loopback, plus the core's
// native Google Benchmark figures. Run by scripts/bench.sh (`./build.sh bench`), which builds first.
//
//   node scripts/bench.mjs --site <site folder> [--native-benchmark <program>] [--runs 5]
//                          [--json build/bench/bench.json] [--markdown BENCHMARKS.md]
//
// Each run is a cold load in a new browser context (no HTTP or code cache). Per run it records the
// files the page loads (their gzip -9 size: what a compressing web server sends), the time from
// navigation start to iccIndex.ready resolving, the wasm memory right after ready, idle CPU on each
// screen (DevTools Performance.getMetrics TaskDuration over 5 s of no input), the CPU time of 200
// input-driven frames on the busiest screens and of 200 frames typing in an evidence field holding
// 20,000 characters (timed inside wasm around RunFrame, read through
// icc_frame_count / icc_frame_milliseconds in src/app/main_web.cpp) and the wasm memory after a
// complete assessment. The figures reported are medians over the runs. The generated tables replace
// the part of BENCHMARKS.md between the bench:begin and bench:end markers; the rest is hand-written.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import {execFileSync} from 'node:child_process';
import {serve, launch, openPage, settle, clickItem, repoRoot} from '../tests/browser/lib.mjs';
import {writeSurveyJsPage, surveyJsVersion} from './bench_pages.mjs';
import {sideBySide, ratios} from './bench_side_by_side.mjs';

const options = {runs: 5, rounds: 9, json: 'build/bench/bench.json', markdown: 'BENCHMARKS.md', site: '', floor: '',
                 nativeBenchmark: ''};
for (let i = 2; i < process.argv.length; i += 2) {
  const key = process.argv[i].replace(/^--/, '').replace(/-(\w)/g, (_, c) => c.toUpperCase());
  if (!(key in options)) throw new Error(`unknown option ${process.argv[i]}`);
  options[key] = key === 'runs' || key === 'rounds' ? Number(process.argv[i + 1]) : process.argv[i + 1];
}
if (!options.site) throw new Error('--site <folder> is required');

// Issue 20: ready at least 3 times sooner than SurveyJS on the same questionnaire, 350 KB for
// everything the page loads, idle CPU at most 0.1 % of a core.
const budgets = {transferKB: 350, readyRatio: 3, idlePercent: 0.1, frameP95Ms: 4, memoryMB: 32};
const indexFile = path.join(repoRoot, 'assets/index/icc-2019.json');
const viewport = {width: 1280, height: 800};
const idleSeconds = 5;
const framesPerSample = 200;
const english = JSON.parse(fs.readFileSync(path.join(repoRoot, 'assets/i18n/en.json'), 'utf8'));
const definition = JSON.parse(fs.readFileSync(indexFile, 'utf8'));

const loadAverage = () => fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).map(Number);
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const round = (value, digits = 2) => Number(value.toFixed(digits));

// An answer for every question: the option or band worth the most points, as a complete assessment.
function completeAnswers() {
  const answers = [];
  for (const area of definition.areas) {
    for (const question of area.questions) {
      if (question.options?.length) {
        const best = question.options.reduce((a, b) => ((b.points ?? 0) > (a.points ?? 0) ? b : a));
        answers.push([question.id, question.type === 'multipleChoice' ? [best.id] : best.id]);
      } else if (question.bands?.length) {
        const band = question.bands[question.bands.length - 1];
        answers.push([question.id, band.min ?? 0]);
      }
    }
  }
  return answers;
}

// 20,000 characters of evidence in lines of about 70, with Polish and Ukrainian letters.
function longEvidence() {
  let text = '';
  for (let n = 0; text.length < 20000; n++) text += `Council resolution ${n}/2024: intercultural strategy, ąęłńóśźż їєґ\n`;
  return text.slice(0, 20000);
}

// Stamps performance.now(), from the page's own clock, when the wasm module is compiled and
// instantiated (Module.onRuntimeInitialized, just before main()) and when iccIndex.ready resolves.
function markReady() {
  Object.defineProperty(window, 'Module', {
    configurable: true,
    get() { return window.__iccModule; },
    set(module) {
      window.__iccModule = module;
      if (!module.onRuntimeInitialized) module.onRuntimeInitialized = () => { window.__iccRuntimeAt = performance.now(); };
    },
  });
  Object.defineProperty(window, 'iccIndex', {
    configurable: true,
    get() { return window.__iccIndexApi; },
    set(api) {
      window.__iccIndexApi = api;
      api.ready.then(() => { window.__iccReadyAt = performance.now(); });
    },
  });
}

async function idlePercent(session, page) {
  await settle(page, 1500);  // the frames and timers an input or API call leaves behind
  const taskDuration = async () =>
    (await session.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value;
  const before = await taskDuration();
  await page.waitForTimeout(idleSeconds * 1000);
  return (100 * ((await taskDuration()) - before)) / idleSeconds;
}

const frameCount = (page) => page.evaluate(() => Module._icc_frame_count());

// Drives frames by input (mouse moves over the canvas, a wheel step every fourth move) and returns
// the CPU times of the last `framesPerSample` of them, measured inside wasm.
async function frameTimes(page) {
  const box = await page.locator('#canvas').boundingBox();
  const start = await frameCount(page);
  for (let step = 0; (await frameCount(page)) - start < framesPerSample; step++) {
    const x = box.x + box.width * (0.1 + 0.8 * ((step * 37) % 100) / 100);
    const y = box.y + box.height * (0.15 + 0.7 * ((step * 53) % 100) / 100);
    await page.mouse.move(x, y);
    if (step % 4 === 3) await page.mouse.wheel(0, step % 8 === 3 ? 300 : -200);
    await page.waitForTimeout(16);
  }
  return lastFrameTimes(page);
}

// Types into the evidence field of `questionId` (edited by the page's DOM field, shell/icc-text.js)
// until `framesPerSample` frames are drawn, and returns their CPU times.
async function typingFrameTimes(page, questionId) {
  const field = (await page.evaluate(() => iccIndex.items())).items.find((item) => item.target === `evidence:${questionId}`);
  const box = await page.locator('#canvas').boundingBox();
  await page.mouse.click(box.x + field.rect[0] + field.rect[2] / 2, box.y + field.rect[1] + 12);
  await page.waitForFunction(() => document.activeElement.classList.contains('icc-editor'));
  const start = await frameCount(page);
  for (let step = 0; (await frameCount(page)) - start < framesPerSample; step++) {
    await page.keyboard.type(step % 12 === 11 ? ' ' : 'x');
    await page.waitForTimeout(16);
  }
  return lastFrameTimes(page);
}

// The CPU times of the last `framesPerSample` frames, measured inside wasm.
function lastFrameTimes(page) {
  return page.evaluate((count) => {
    const times = {whole: [], ui: []};
    for (let ago = 0; ago < count; ago++) {
      times.whole.push(Module._icc_frame_milliseconds(ago, 0));
      times.ui.push(Module._icc_frame_milliseconds(ago, 1));
    }
    return times;
  }, framesPerSample);
}

const memoryBytes = (page) => page.evaluate(() => Module.HEAP8.length);

async function coldRun(browser, server) {
  const context = await browser.newContext({viewport});
  await context.addInitScript(markReady);
  const {page, problems} = await openPage(context, server.url);
  const responses = [];
  page.on('response', (response) => responses.push(response));
  const run = {loadAverageStart: loadAverage(), idle: {}, frames: {}};

  await page.goto(server.url);
  // No polling while the page starts: iccIndex exists once the page has loaded (icc-shell.js).
  run.readyMs = await page.evaluate(() => window.iccIndex.ready.then(() => window.__iccReadyAt));
  run.timing = await page.evaluate(() => {
    const wasm = performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('.wasm'));
    const navigation = performance.getEntriesByType('navigation')[0];
    return {htmlLoadedMs: navigation.responseEnd, wasmLoadedMs: wasm ? wasm.responseEnd : null,
            domContentLoadedMs: navigation.domContentLoadedEventEnd, runtimeInitializedMs: window.__iccRuntimeAt ?? null};
  });
  run.timerResolutionMs = await page.evaluate(() => {
    let smallest = Infinity;
    for (let i = 0, last = performance.now(); i < 100000; i++) {
      const now = performance.now();
      if (now > last) { smallest = Math.min(smallest, now - last); last = now; }
    }
    return smallest;
  });
  run.memoryAfterReadyBytes = await memoryBytes(page);
  run.files = [];
  for (const response of responses) {
    const body = await response.body().catch(() => Buffer.alloc(0));
    run.files.push({name: new URL(response.url()).pathname.replace(/^\//, '') || 'index.html', status: response.status(),
                    rawBytes: body.length, gzipBytes: zlib.gzipSync(body, {level: 9}).length});
  }

  const session = await context.newCDPSession(page);
  await session.send('Performance.enable');
  run.idle.start = await idlePercent(session, page);
  const id = await page.evaluate(() => iccIndex.newAssessment());
  run.idle.profile = await idlePercent(session, page);
  const rejected = await page.evaluate((answers) =>
    answers.filter(([question, value]) => !iccIndex.setAnswer(question, value).ok).map(([question]) => question),
    completeAnswers());
  if (rejected.length) problems.push(`answers refused: ${rejected.join(', ')}`);
  await page.evaluate(() => iccIndex.flush());
  await page.evaluate((assessmentId) => iccIndex.open(assessmentId), id);
  await settle(page);
  run.idle.questionnaire = await idlePercent(session, page);
  // Typing in an evidence field, empty and holding 20,000 characters (a long document pasted in).
  const firstQuestion = definition.areas[0].questions[0].id;
  for (const [name, text] of [['typing in an evidence', ''], ['typing in a 20,000-character evidence', longEvidence()]]) {
    await page.evaluate(([question, evidence]) => iccIndex.setEvidence(question, evidence), [firstQuestion, text]);
    await settle(page);
    run.frames[name] = await typingFrameTimes(page, firstQuestion);
    await page.keyboard.press('Escape');
    await page.evaluate((question) => iccIndex.setEvidence(question, ''), firstQuestion);
    await settle(page);
  }
  run.frames.questionnaire = await frameTimes(page);
  await clickItem(page, english['topbar.results'], 'button');
  run.idle.results = await idlePercent(session, page);
  run.frames.results = await frameTimes(page);
  run.memoryAfterAssessmentBytes = await memoryBytes(page);
  run.completeness = (await page.evaluate(() => iccIndex.scores())).completeness ?? null;
  await clickItem(page, english['topbar.settings'], 'button');
  run.idle.settings = await idlePercent(session, page);
  run.screensSeen = await page.evaluate(() => iccIndex.state().screen);
  run.loadAverageEnd = loadAverage();
  run.problems = problems;
  await context.close();
  return run;
}

function nativeBenchmarks(program) {
  if (!program) return null;
  const output = execFileSync(program, ['--benchmark_format=json', '--benchmark_repetitions=5',
                                        '--benchmark_report_aggregates_only=true'],
                              {encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'ignore']});
  const report = JSON.parse(output);
  return {
    context: report.context,
    medians: report.benchmarks.filter((b) => b.aggregate_name === 'median')
      .map((b) => ({name: b.run_name, cpuTime: round(b.cpu_time, 3), realTime: round(b.real_time, 3), unit: b.time_unit})),
  };
}

function summarise(runs) {
  const byFile = new Map();
  for (const file of runs[0].files) byFile.set(file.name, file);
  const files = [...byFile.values()];
  const screens = Object.keys(runs[0].idle);
  const frames = {};
  for (const screen of Object.keys(runs[0].frames)) {
    const of = (part, statistic) => round(median(runs.map((r) => statistic(r.frames[screen][part]))), 3);
    frames[screen] = {medianMs: of('whole', median), p95Ms: of('whole', (t) => percentile(t, 95)),
                      maxMs: round(Math.max(...runs.map((r) => Math.max(...r.frames[screen].whole))), 3),
                      uiMedianMs: of('ui', median), uiP95Ms: of('ui', (t) => percentile(t, 95))};
  }
  return {
    transfer: {files, totalRawBytes: files.reduce((s, f) => s + f.rawBytes, 0),
               totalGzipBytes: files.reduce((s, f) => s + f.gzipBytes, 0)},
    readyMs: {median: round(median(runs.map((r) => r.readyMs)), 1), min: round(Math.min(...runs.map((r) => r.readyMs)), 1),
              max: round(Math.max(...runs.map((r) => r.readyMs)), 1),
              wasmLoadedMedian: round(median(runs.map((r) => r.timing.wasmLoadedMs ?? 0)), 1),
              runtimeInitializedMedian: round(median(runs.map((r) => r.timing.runtimeInitializedMs ?? 0)), 1)},
    idlePercent: Object.fromEntries(screens.map((s) => [s, round(median(runs.map((r) => r.idle[s])), 2)])),
    idlePercentMax: Object.fromEntries(screens.map((s) => [s, round(Math.max(...runs.map((r) => r.idle[s])), 2)])),
    frames,
    memory: {afterReadyBytes: median(runs.map((r) => r.memoryAfterReadyBytes)),
             afterAssessmentBytes: median(runs.map((r) => r.memoryAfterAssessmentBytes))},
    timerResolutionMs: median(runs.map((r) => r.timerResolutionMs)),
  };
}

const kb = (bytes) => (bytes / 1024).toFixed(1);

// The tool's start, step by step (medians of the side-by-side loads): what each phase took.
const toolPhases = [
  ['htmlMs', 'navigation start → index.html received'],
  ['wasmMs', '→ index.wasm received'],
  ['runtimeMs', '→ wasm compiled and instantiated (Module.onRuntimeInitialized)'],
  ['mainMs', '→ main() entered'],
  ['contextMs', '→ GLFW window, WebGL context, ImGui context and renderer (shaders sent to the compiler)'],
  ['appStartedMs', '→ App::Start (settings, the catalogs from their tables, the saved list; the index is read then only if an assessment is saved)'],
  ['fontsMs', '→ the first frame\'s font atlas rasterised and uploaded'],
  ['firstFrameMs', '→ the first frame drawn (ImGui, the start screen, WebGL calls): ready'],
];

function sideBySideMarkdown(result) {
  const side = result.sideBySide;
  const lines = [];
  const loads = side.loadAverages.flat();
  lines.push(`Side by side (${side.rounds} rounds of cold loads, alternating ${side.pages.join(', ')}, a new browser context each, ` +
             `one Chromium): **tool** is this build; **surveyjs** is SurveyJS ${result.surveyJsVersion} (survey-core and ` +
             `survey-js-ui from npm, pinned in tests/browser/package-lock.json; default theme without web fonts) rendering the same ` +
             `questionnaire, generated from assets/index/icc-2019.json at bench time (scripts/bench_pages.mjs: ` +
             `every question with its options, help and an evidence box, one page per area, progress bar, table of contents, ` +
             `answers autosaved to localStorage)` + (side.pages.includes('floor') ? '; **floor** is an empty Emscripten page ' +
             'that clears a WebGL 2 canvas once (benchmarks/floor/floor.c)' : '') +
             `. Ready: the tool's iccIndex.ready (first frame drawn), SurveyJS's onAfterRenderSurvey, the floor's first clear, ` +
             `stamped with performance.now() by an init script (no polling). Load average (1 min) during these loads: ` +
             `${Math.min(...loads).toFixed(2)}–${Math.max(...loads).toFixed(2)}.`);
  lines.push('');
  lines.push('| Page | Ready, median | min – max | Transfer, gzip -9 | Raw | SurveyJS ready ÷ this page\'s, per round: median (min – max) |');
  lines.push('|---|---:|---:|---:|---:|---:|');
  for (const name of side.pages) {
    const p = side.summary[name];
    const r = ratios(side, name, 'surveyjs');
    lines.push(`| ${name} | ${p.readyMedianMs} ms | ${p.readyMinMs} – ${p.readyMaxMs} ms | ${kb(p.gzipBytes)} KB | ` +
               `${kb(p.rawBytes)} KB | ${name === 'surveyjs' ? '–' : `${r.median}× (${r.min} – ${r.max})`} |`);
  }
  lines.push('');
  lines.push('Where the time goes (the side-by-side loads; "reached at": median of the moment, "took": median of each ' +
             'load\'s time from the step before; the floor has only its first three steps):');
  lines.push('');
  const shown = side.pages.filter((name) => name !== 'surveyjs');
  lines.push(`| Step | ${shown.map((name) => `${name}: reached at | took`).join(' | ')} |`);
  lines.push(`|---|${shown.map(() => '---:|---:').join('|')}|`);
  for (const [key, label] of toolPhases) {
    const cells = shown.map((name) => {
      const p = side.summary[name];
      return typeof p.steps[key] === 'number' ? `${p.steps[key]} ms | ${p.phases[key]} ms` : '– | –';
    });
    if (cells.every((cell) => cell === '– | –')) continue;
    lines.push(`| ${label} | ${cells.join(' | ')} |`);
  }
  lines.push(`| ready signalled (after the last step) | ${shown.map((name) => `${side.summary[name].readyMedianMs} ms | ${side.summary[name].afterLastStepMs} ms`).join(' | ')} |`);
  return lines.join('\n');
}
const mark = (ok) => (ok ? '✔' : '✘');

function markdown(result) {
  const s = result.summary;
  const load = (pair) => `${pair[0].toFixed(2)} → ${pair[1].toFixed(2)}`;
  const lines = [];
  lines.push(`Measured ${result.date} on ${result.machine.cpu} (${result.machine.cores} cores, ${result.machine.memoryGB} GB), ` +
             `${result.machine.os}; Chromium ${result.machine.chromium} headless with software WebGL (SwiftShader); ` +
             `node ${result.machine.node}; commit ${result.commit}. ${result.runs.length} cold loads (a new browser context each), ` +
             `viewport ${viewport.width}×${viewport.height}; figures are medians over the loads. ` +
             `Load average (1 min) at start → end of each load: ${result.runs.map((r) => load([r.loadAverageStart[0], r.loadAverageEnd[0]])).join('; ')}.`);
  lines.push('');
  lines.push('| Budget | Measured | Goal | |');
  lines.push('|---|---|---|---|');
  const idleWorst = Math.max(...Object.values(s.idlePercent));
  const frameWorst = Math.max(...Object.values(s.frames).map((f) => f.p95Ms));
  const memoryMB = s.memory.afterAssessmentBytes / (1 << 20);
  const side = result.sideBySide;
  const surveyRatio = ratios(side, 'tool', 'surveyjs');
  lines.push(`| Transfer, gzip -9, all files | ${kb(s.transfer.totalGzipBytes)} KB | ≤ ${budgets.transferKB} KB | ${mark(s.transfer.totalGzipBytes / 1024 <= budgets.transferKB)} |`);
  lines.push(`| Ready, SurveyJS's time over the tool's (median of the ${side.rounds} rounds, side by side) | ${surveyRatio.median}× sooner | ≥ ${budgets.readyRatio}× | ${mark(surveyRatio.median >= budgets.readyRatio)} |`);
  lines.push(`| Idle CPU, worst screen (median of loads) | ${idleWorst.toFixed(2)} % of a core | ≤ ${budgets.idlePercent} % | ${mark(idleWorst <= budgets.idlePercent)} |`);
  lines.push(`| Frame CPU p95, worst screen | ${frameWorst.toFixed(2)} ms | < ${budgets.frameP95Ms} ms | ${mark(frameWorst < budgets.frameP95Ms)} |`);
  lines.push(`| wasm memory after a complete assessment | ${memoryMB.toFixed(1)} MB | < ${budgets.memoryMB} MB | ${mark(memoryMB < budgets.memoryMB)} |`);
  lines.push('');
  lines.push(sideBySideMarkdown(result));
  lines.push('');
  lines.push('Files the page loads (what a server sends with gzip -9; the font and the index in English are inside the wasm):');
  lines.push('');
  lines.push('| File | Raw | gzip -9 |');
  lines.push('|---|---:|---:|');
  for (const file of s.transfer.files) lines.push(`| ${file.name} | ${file.rawBytes.toLocaleString('en')} B | ${file.gzipBytes.toLocaleString('en')} B |`);
  lines.push(`| **Total** | **${s.transfer.totalRawBytes.toLocaleString('en')} B** | **${s.transfer.totalGzipBytes.toLocaleString('en')} B** (${kb(s.transfer.totalGzipBytes)} KB) |`);
  lines.push('');
  lines.push('A visit in another language also loads that language\'s file (its catalog and its texts of the index, fetched when the ' +
             'language is first chosen): ' + languageFiles().map((file) => `${file.language} ${file.gzipBytes.toLocaleString('en')} B`).join(', ') +
             ' gzip -9.');
  lines.push('');
  lines.push(`Ready: median ${s.readyMs.median} ms (min ${s.readyMs.min}, max ${s.readyMs.max}); medians of the steps: ` +
             `the wasm file had arrived at ${s.readyMs.wasmLoadedMedian} ms, it was compiled and instantiated at ` +
             `${s.readyMs.runtimeInitializedMedian} ms (then main() and the first frame). Memory: ${kb(s.memory.afterReadyBytes)} KB after ready, ` +
             `${kb(s.memory.afterAssessmentBytes)} KB after a complete assessment (every question answered) on the results screen.`);
  lines.push('');
  lines.push('| Screen | Idle CPU, median (max) over the loads, % of a core |');
  lines.push('|---|---|');
  for (const [screen, value] of Object.entries(s.idlePercent)) lines.push(`| ${screen} | ${value.toFixed(2)} (${s.idlePercentMax[screen].toFixed(2)}) |`);
  lines.push('');
  lines.push(`Frame CPU time inside wasm (RunFrame: ImGui frame, our screens, WebGL calls), ${framesPerSample} frames driven by ` +
             `mouse moves and wheel steps per load (typing: keys typed into the page's editor of the field, one frame ` +
             `per key); median of the loads' medians and 95th percentiles; timer resolution ` +
             `${round(s.timerResolutionMs, 3)} ms:`);
  lines.push('');
  lines.push('| Screen | Median | 95th percentile | Max | UI part (before the WebGL calls): median | UI part: 95th percentile |');
  lines.push('|---|---:|---:|---:|---:|---:|');
  for (const [screen, f] of Object.entries(s.frames))
    lines.push(`| ${screen} | ${f.medianMs} ms | ${f.p95Ms} ms | ${f.maxMs} ms | ${f.uiMedianMs} ms | ${f.uiP95Ms} ms |`);
  if (result.native) {
    const c = result.native.context;
    lines.push('');
    lines.push(`Core, native (Google Benchmark, medians of 5 repetitions; ${c.num_cpus} CPUs at ${c.mhz_per_cpu} MHz, ` +
               `load average ${(c.load_avg || []).map((v) => v.toFixed(2)).join(' ')}; our code built RelWithDebInfo, the native preset):`);
    lines.push('');
    lines.push('| Benchmark | CPU time | Wall time |');
    lines.push('|---|---:|---:|');
    for (const b of result.native.medians) lines.push(`| ${b.name} | ${b.cpuTime} ${b.unit} | ${b.realTime} ${b.unit} |`);
  }
  const problems = result.runs.flatMap((r) => r.problems);
  if (problems.length) {
    lines.push('');
    lines.push(`Problems seen during the loads: ${[...new Set(problems)].join('; ')}`);
  }
  return lines.join('\n');
}

function writeMarkdown(file, generated) {
  const begin = '<!-- bench:begin (written by scripts/bench.mjs) -->';
  const end = '<!-- bench:end -->';
  let text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : `# Benchmarks\n\n${begin}\n${end}\n`;
  if (!text.includes(begin) || !text.includes(end)) text += `\n${begin}\n${end}\n`;
  text = text.slice(0, text.indexOf(begin) + begin.length) + '\n' + generated + '\n' + text.slice(text.indexOf(end));
  fs.writeFileSync(file, text);
}

// The site's language files (icc-lang-<code>.<hash>.json), which an English visit does not load.
function languageFiles() {
  return fs.readdirSync(path.resolve(options.site)).filter((name) => /^icc-lang-[a-z]+\.[0-9a-f]+\.json$/.test(name)).sort().map((name) => ({
    language: name.split('.')[0].replace('icc-lang-', ''),
    gzipBytes: zlib.gzipSync(fs.readFileSync(path.join(path.resolve(options.site), name)), {level: 9}).length,
  }));
}

const server = await serve(path.resolve(options.site));
const browser = await launch();
const chromiumVersion = browser.version();
const runs = [];
let sideBySideResult;
try {
  for (let i = 0; i < options.runs; i++) {
    runs.push(await coldRun(browser, server));
    console.log(`load ${i + 1}/${options.runs}: ready ${runs[i].readyMs.toFixed(1)} ms, load average ${runs[i].loadAverageStart[0]}`);
  }
  const surveyJs = writeSurveyJsPage(path.join(path.dirname(path.resolve(options.json)), 'surveyjs'), indexFile);
  const pages = [{name: 'tool', root: options.site}, {name: 'surveyjs', root: surveyJs}];
  if (options.floor) pages.push({name: 'floor', root: options.floor});
  sideBySideResult = await sideBySide(pages, {rounds: options.rounds, viewport, browser, log: console.log});
} finally {
  await browser.close();
  await server.close();
}
const git = (...args) => execFileSync('git', args, {cwd: repoRoot, encoding: 'utf8'}).trim();
const result = {
  date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  commit: git('rev-parse', '--short', 'HEAD') + (git('status', '--porcelain', '--untracked-files=no') ? ' (with uncommitted changes)' : ''),
  machine: {cpu: os.cpus()[0].model.trim(), cores: os.cpus().length, memoryGB: Math.round(os.totalmem() / 2 ** 30),
            os: `${os.type()} ${os.release()}`, node: process.version, chromium: chromiumVersion},
  budgets,
  summary: summarise(runs),
  native: nativeBenchmarks(options.nativeBenchmark),
  surveyJsVersion: surveyJsVersion(),
  sideBySide: sideBySideResult,
  runs,
};
fs.mkdirSync(path.dirname(path.resolve(options.json)), {recursive: true});
fs.writeFileSync(options.json, JSON.stringify(result, null, 1));
writeMarkdown(options.markdown, markdown(result));
console.log(markdown(result));
