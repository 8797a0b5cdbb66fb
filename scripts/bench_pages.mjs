// The pages the tool is measured against in `./build.sh bench` (scripts/bench.mjs):
//  - surveyjs/: SurveyJS (survey-core + survey-js-ui, the versions pinned in
//    tests/browser/package-lock.json, default theme without web fonts) rendering the same
//    questionnaire, generated here from the index file: every area a page, every question with
//    its options or a number field, its help and an evidence box, a progress bar and a table of
//    contents, answers autosaved to localStorage on every change.
//  - floor/: an empty Emscripten page that clears a WebGL 2 canvas once (benchmarks/floor.c,
//    built by the web preset): what any wasm + WebGL page costs on this machine.
// Both call window.__benchMark() when they are ready, as the tool resolves iccIndex.ready; the
// benchmark's init script defines it (a timestamp, no polling).
import fs from 'node:fs';
import path from 'node:path';
import {repoRoot} from '../tests/browser/lib.mjs';

const modules = path.join(repoRoot, 'tests/browser/node_modules');

// The SurveyJS form of one question of the index (FORMAT.md types), in `language`.
function surveyQuestion(question, language, english) {
  const text = (value) => (value && (value[language] ?? value.en)) ?? '';
  const base = {name: question.id, title: text(question.text), description: text(question.help)};
  const choices = (question.options ?? []).map((option) => ({value: option.id, text: text(option.label)}));
  // "Don't know" as the tool offers it: an exclusive choice.
  const dontKnow = question.allowDontKnow ? {showNoneItem: true, noneText: english['question.dont_know']} : {};
  const element = question.type === 'percentage' || question.type === 'number'
    ? {...base, type: 'text', inputType: 'number', min: 0, ...(question.type === 'percentage' ? {max: 100} : {})}
    : {...base, type: question.type === 'multipleChoice' ? 'checkbox' : 'radiogroup', choices, ...dontKnow};
  const evidence = {type: 'comment', name: `${question.id}.evidence`, title: english['question.evidence'],
                    description: english['question.evidence_help'], titleLocation: 'top'};
  return [element, evidence];
}

export function surveyDefinition(indexFile, language = 'en') {
  const index = JSON.parse(fs.readFileSync(indexFile, 'utf8'));
  const english = JSON.parse(fs.readFileSync(path.join(repoRoot, 'assets/i18n/en.json'), 'utf8'));
  const text = (value) => (value && (value[language] ?? value.en)) ?? '';
  return {
    title: text(index.title),
    showProgressBar: true,
    progressBarType: 'pages',
    showTOC: true,
    showQuestionNumbers: 'off',
    pages: index.areas.map((area) => ({
      name: area.id, title: text(area.title), description: text(area.description),
      elements: area.questions.flatMap((question) => surveyQuestion(question, language, english)),
    })),
  };
}

// The page's own script: build the model, restore what was saved, save on every change, render.
const surveyScript = `'use strict';
const key = 'bench-surveyjs-answers';
const survey = new Survey.Model(window.questionnaire);
try { const saved = localStorage.getItem(key); if (saved) survey.data = JSON.parse(saved); } catch (e) {}
const save = () => { try { localStorage.setItem(key, JSON.stringify(survey.data)); } catch (e) {} };
survey.onValueChanged.add(save);
survey.onCurrentPageChanged.add(save);
survey.onAfterRenderSurvey.add(() => { if (window.__benchMark) window.__benchMark(); });
survey.render(document.getElementById('survey'));
`;

// Writes the SurveyJS page into `folder`; returns the folder.
export function writeSurveyJsPage(folder, indexFile) {
  fs.rmSync(folder, {recursive: true, force: true});
  fs.mkdirSync(folder, {recursive: true});
  const copies = {
    'survey.core.min.js': 'survey-core/survey.core.min.js',
    'survey-js-ui.min.js': 'survey-js-ui/survey-js-ui.min.js',
    'survey-core.fontless.min.css': 'survey-core/survey-core.fontless.min.css',
  };
  for (const [name, source] of Object.entries(copies)) fs.copyFileSync(path.join(modules, source), path.join(folder, name));
  fs.writeFileSync(path.join(folder, 'questionnaire.js'), `window.questionnaire = ${JSON.stringify(surveyDefinition(indexFile))};\n`);
  fs.writeFileSync(path.join(folder, 'survey.js'), surveyScript);
  fs.writeFileSync(path.join(folder, 'index.html'), `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>SurveyJS: the same questionnaire</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="survey-core.fontless.min.css">
</head>
<body>
<div id="survey"></div>
<script src="survey.core.min.js"></script>
<script src="survey-js-ui.min.js"></script>
<script src="questionnaire.js"></script>
<script src="survey.js"></script>
</body>
</html>
`);
  return folder;
}

export function surveyJsVersion() {
  return JSON.parse(fs.readFileSync(path.join(modules, 'survey-core/package.json'), 'utf8')).version;
}
