// Cold loads of several pages side by side, alternating (A B C A B C …, a new browser context
// each), so that a noisy machine weighs on every page alike. Used by scripts/bench.mjs for the
// tool against SurveyJS and the floor page (scripts/bench_pages.mjs), and on its own to compare
// builds of the tool, one change at a time:
//
//   node scripts/bench_side_by_side.mjs --page before=<site folder> --page after=<site folder> [--rounds 9]
//
// Ready is the moment the page says so: the tool's iccIndex.ready, the other pages'
// window.__benchMark() call. An init script stamps performance.now() then; nothing polls.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import {fileURLToPath} from 'node:url';
import {serve, launch} from '../tests/browser/lib.mjs';

export const loadAverage = () => fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).map(Number);
export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const round = (value, digits = 1) => Number(value.toFixed(digits));

// Runs in the page before its scripts: window.__benchReady resolves with performance.now() at
// ready; the tool's steps (Module.onRuntimeInitialized, just before main()) are stamped too.
function stampReady() {
  let resolveReady;
  window.__benchReady = new Promise((resolve) => { resolveReady = resolve; });
  window.__benchMark = () => {
    if (window.__benchReadyAt !== undefined) return;
    window.__benchReadyAt = performance.now();
    resolveReady(window.__benchReadyAt);
  };
  Object.defineProperty(window, 'iccIndex', {
    configurable: true,
    get() { return window.__benchApi; },
    set(api) { window.__benchApi = api; api.ready.then(() => window.__benchMark()); },
  });
  Object.defineProperty(window, 'Module', {
    configurable: true,
    get() { return window.__benchModule; },
    set(module) {
      window.__benchModule = module;
      const next = module.onRuntimeInitialized;
      module.onRuntimeInitialized = () => { window.__benchRuntimeAt = performance.now(); if (next) next(); };
    },
  });
}

// One cold load of `url`: ready, the steps before it, and every response's gzip -9 size.
async function coldLoad(browser, url, viewport) {
  const context = await browser.newContext({viewport});
  await context.addInitScript(stampReady);
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  const responses = [];
  page.on('response', (response) => responses.push(response));
  const loadAverageStart = loadAverage()[0];
  await page.goto(url);
  const readyMs = await page.evaluate(() => window.__benchReady);
  const steps = await page.evaluate(() => {
    const navigation = performance.getEntriesByType('navigation')[0];
    const wasm = performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('.wasm'));
    const of = {htmlMs: navigation.responseEnd, wasmMs: wasm ? wasm.responseEnd : null,
                runtimeMs: window.__benchRuntimeAt ?? null};
    // The tool's own stamps of its start (src/app/main_web.cpp), when it has them.
    const module = window.__benchModule;
    if (module && module._icc_start_milliseconds)
      for (const [step, name] of ['mainMs', 'contextMs', 'appStartedMs', 'fontsMs', 'firstFrameMs'].entries())
        of[name] = module._icc_start_milliseconds(step);
    return of;
  });
  const files = [];
  for (const response of responses) {
    const body = await response.body().catch(() => Buffer.alloc(0));
    files.push({name: new URL(response.url()).pathname.replace(/^\//, '') || 'index.html',
                rawBytes: body.length, gzipBytes: zlib.gzipSync(body, {level: 9}).length});
  }
  const loadAverageEnd = loadAverage()[0];
  await context.close();
  return {readyMs, steps, files, problems, loadAverageStart, loadAverageEnd,
          rawBytes: files.reduce((s, f) => s + f.rawBytes, 0), gzipBytes: files.reduce((s, f) => s + f.gzipBytes, 0)};
}

// pages: [{name, root}] (static folders, each served on its own origin). Returns every load and
// the medians per page.
export async function sideBySide(pages, {rounds = 9, viewport = {width: 1280, height: 800}, browser, log = () => {}} = {}) {
  const servers = [];
  const ownBrowser = !browser;
  browser = browser ?? await launch();
  const loads = Object.fromEntries(pages.map((p) => [p.name, []]));
  try {
    for (const p of pages) servers.push(await serve(path.resolve(p.root)));
    for (let round = 0; round < rounds; round++) {
      for (const [i, p] of pages.entries()) {
        const load = await coldLoad(browser, servers[i].url, viewport);
        loads[p.name].push(load);
        log(`round ${round + 1}/${rounds} ${p.name}: ready ${load.readyMs.toFixed(1)} ms, load average ${load.loadAverageStart}`);
      }
    }
  } finally {
    if (ownBrowser) await browser.close();
    for (const server of servers) await server.close();
  }
  const summary = {};
  for (const p of pages) {
    const of = loads[p.name];
    const stepNames = Object.keys(of[0].steps).filter((name) => of.every((l) => typeof l.steps[name] === 'number'));
    // Each step's own duration (from the step before it), per load, then the median: steadier on a
    // busy machine than the difference of two medians.
    const took = (load, i) => load.steps[stepNames[i]] - (i ? load.steps[stepNames[i - 1]] : 0);
    summary[p.name] = {
      readyMedianMs: round(median(of.map((l) => l.readyMs))),
      phases: Object.fromEntries(stepNames.map((name, i) => [name, round(median(of.map((l) => took(l, i))))])),
      afterLastStepMs: stepNames.length ? round(median(of.map((l) => l.readyMs - l.steps[stepNames.at(-1)]))) : null,
      readyMinMs: round(Math.min(...of.map((l) => l.readyMs))),
      readyMaxMs: round(Math.max(...of.map((l) => l.readyMs))),
      steps: Object.fromEntries(stepNames.map((name) => [name, round(median(of.map((l) => l.steps[name])))])),
      rawBytes: of[0].rawBytes, gzipBytes: of[0].gzipBytes, files: of[0].files,
      problems: [...new Set(of.flatMap((l) => l.problems))],
    };
  }
  return {rounds, pages: pages.map((p) => p.name), loads, summary,
          loadAverages: Object.values(loads).flat().map((l) => [l.loadAverageStart, l.loadAverageEnd])};
}

// Ready of `other` over ready of `name`, per round (the loads next to each other), and its median.
export function ratios(result, name, other) {
  const per = result.loads[name].map((load, i) => result.loads[other][i].readyMs / load.readyMs);
  return {median: round(median(per), 2), min: round(Math.min(...per), 2), max: round(Math.max(...per), 2)};
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const pages = [];
  let rounds = 9;
  for (let i = 2; i < process.argv.length; i += 2) {
    if (process.argv[i] === '--page') {
      const [name, root] = process.argv[i + 1].split('=');
      pages.push({name, root});
    } else if (process.argv[i] === '--rounds') rounds = Number(process.argv[i + 1]);
    else throw new Error(`unknown option ${process.argv[i]}`);
  }
  const result = await sideBySide(pages, {rounds, log: console.log});
  const loads = result.loadAverages.flat();
  console.log(`load average (1 min) during the run: ${Math.min(...loads)}–${Math.max(...loads)}`);
  for (const name of result.pages) {
    const s = result.summary[name];
    console.log(`${name}: ready median ${s.readyMedianMs} ms (${s.readyMinMs}–${s.readyMaxMs}), ` +
                `${s.gzipBytes.toLocaleString('en')} B gzip (${s.rawBytes.toLocaleString('en')} B raw); steps ${JSON.stringify(s.steps)}; ` +
                `each step took ${JSON.stringify(s.phases)}` +
                (s.problems.length ? `; problems: ${s.problems.join('; ')}` : ''));
  }
  for (const name of result.pages.slice(1))
    console.log(`${name} / ${result.pages[0]}: ${JSON.stringify(ratios(result, result.pages[0], name))}`);
}
