// Bundles the page into OUT_DIR (the build tree's web/ directory, which
// already holds foiclock.wasm):
//   index.html    the page, with the date inputs expanded from their markers
//   foiclock.css  the GOV.UK Design System styles the page uses
//   foiclock.js   one classic script: the module, the WebAssembly as base64,
//                 the page's code (no ES modules, no fetch: works from file://)
//   foiclock.mjs, node.mjs  the module for Node, beside foiclock.wasm
//
// usage: node build.mjs OUT_DIR NODE_MODULES_DIR
import { readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const [outDir, nodeModules] = process.argv.slice(2);
if (!outDir || !nodeModules) {
  console.error('usage: node build.mjs OUT_DIR NODE_MODULES_DIR');
  process.exit(2);
}
const here = dirname(fileURLToPath(import.meta.url));
const read = (name) => readFileSync(join(here, name), 'utf8');

// ---- styles ----
const require = createRequire(join(nodeModules, 'noop.js'));
const sass = require('sass');
const css = sass.compile(join(here, 'page.scss'), {
  loadPaths: [nodeModules],
  style: 'compressed',
  quietDeps: true,
  silenceDeprecations: ['import'],
}).css;
if (/GDS Transport|url\(/.test(css)) {
  throw new Error('foiclock.css would load a font or an image');
}
writeFileSync(join(outDir, 'foiclock.css'), `${css}\n`);

// ---- the page ----
function escapeHtml(s) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

// A GOV.UK date input: a fieldset with day, month and year fields.
function dateInput(id, legend, hint) {
  const hintId = `${id}-hint`;
  const parts = [['day', 'Day', 2], ['month', 'Month', 2], ['year', 'Year', 4]];
  const items = parts.map(([part, label, width]) => `
          <div class="govuk-date-input__item">
            <div class="govuk-form-group">
              <label class="govuk-label govuk-date-input__label" for="${id}-${part}">${label}</label>
              <input class="govuk-input govuk-date-input__input govuk-input--width-${width}" id="${id}-${part}" name="${id}-${part}" type="text" inputmode="numeric" autocomplete="off">
            </div>
          </div>`).join('');
  const legendClass = id === 'received' ? 'govuk-fieldset__legend--m' : 'govuk-fieldset__legend--s';
  const legendInner = id === 'received'
    ? `<h2 class="govuk-fieldset__heading">${escapeHtml(legend)}</h2>`
    : escapeHtml(legend);
  return `<div class="govuk-form-group" id="${id}-group">
      <fieldset class="govuk-fieldset" role="group" id="${id}-fieldset"${hint ? ` aria-describedby="${hintId}"` : ''}>
        <legend class="govuk-fieldset__legend ${legendClass}">${legendInner}</legend>
        ${hint ? `<div id="${hintId}" class="govuk-hint">${escapeHtml(hint)}</div>` : ''}
        <p id="${id}-error" class="govuk-error-message" hidden></p>
        <div class="govuk-date-input" id="${id}">${items}
        </div>
      </fieldset>
    </div>`;
}

const html = read('index.html').replace(/\{\{date:([a-z_]+)\|([^|]*)\|([^}]*)\}\}/g,
  (_, id, legend, hint) => dateInput(id, legend, hint));
if (html.includes('{{')) throw new Error('index.html has a marker build.mjs does not know');
writeFileSync(join(outDir, 'index.html'), html);

// ---- the script ----
const moduleSource = read('foiclock.mjs');
const exportLine = /^export \{[^}]*\};\s*$/m;
if (!exportLine.test(moduleSource)) throw new Error('foiclock.mjs has no export line');
const wasm = readFileSync(join(outDir, 'foiclock.wasm'));
const script = [
  '// foiclock deadline calculator: the library as WebAssembly, and the page.',
  '"use strict";',
  '(function () {',
  moduleSource.replace(exportLine, ''),
  `const WASM_BASE64 = "${wasm.toString('base64')}";`,
  read('page.js'),
  '})();',
  '',
].join('\n');
writeFileSync(join(outDir, 'foiclock.js'), script);

for (const f of ['foiclock.mjs', 'node.mjs']) copyFileSync(join(here, f), join(outDir, f));
