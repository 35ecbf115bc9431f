// Benchmarks of the web page, in headless Chromium, printed as rows of the
// Markdown table tests/bench/run.sh writes (measure | result | target |
// verdict); run.sh calls it when the build has the page.
//   - page weight: everything the page loads, gzip-compressed (<= 300 KiB);
//   - navigation to the first deadline on screen, median of 10 loads with a
//     cold cache, each in a new browser context (<= 150 ms);
//   - the Nth working day through the JavaScript API, batched, on random
//     anchors 2005-2028 with N=20, side by side in the same page with two
//     JavaScript implementations of the same count: the way web calculators
//     do it (Date objects, a Set of ISO date strings; foiclock >= 100x) and
//     a tight loop over integer day numbers and a Set of them (>= 5x), all
//     three first checked to agree (foiclock >= 20 M queries/s).
//
// usage: node src/web/bench.mjs [WEB_DIR] [--quick]
//   WEB_DIR  the build tree's web/ directory (default build/web)
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const webDir = resolve(args.find((a) => !a.startsWith('--')) || 'build/web');
const require = createRequire(join(webDir, 'npm', 'node_modules', 'noop.js'));
const puppeteer = require('puppeteer-core');
const chromium = process.env.FOICLOCK_CHROMIUM || '/usr/bin/chromium';
const note = (s) => process.stderr.write(`bench.mjs: ${s}\n`);
const rows = [];
const row = (measure, result, target, ok) =>
  rows.push(`| ${measure} | ${result} | ${target} | ${ok ? 'met' : '**missed**'} |`);
const median = (v) => [...v].sort((a, b) => a - b)[Math.floor((v.length - 1) / 2)];

// ---- page weight ----
const files = ['index.html', 'foiclock.css', 'foiclock.js'];
const sizes = files.map((f) => gzipSync(readFileSync(join(webDir, f)), { level: 9 }).length);
const total = sizes.reduce((a, b) => a + b, 0) / 1024;
const wasmGz = gzipSync(readFileSync(join(webDir, 'foiclock.wasm')), { level: 9 }).length / 1024;
row('web page weight: everything it loads, gzip -9 (HTML / CSS / script with the module)',
  `${total.toFixed(0)} KiB (${sizes.map((s) => (s / 1024).toFixed(1)).join(' / ')}; the .wasm alone ${wasmGz.toFixed(0)} KiB)`,
  '<= 300 KiB', total <= 300);

const profile = mkdtempSync(join(tmpdir(), 'foiclock-bench-'));
const browser = await puppeteer.launch({
  executablePath: chromium,
  userDataDir: profile,
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  // ---- navigation to the first deadline ----
  const url = `${pathToFileURL(join(webDir, 'index.html')).href}#received=2026-06-01&today=2026-06-02`;
  const loads = [];
  const nLoads = 10;
  note(`first deadline: ${nLoads} cold loads`);
  for (let i = 0; i < nLoads + 1; i++) {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setCacheEnabled(false);
    // Time from navigation start (performance.now() is 0 there) to the first
    // deadline's element entering the document.
    await page.evaluateOnNewDocument(() => {
      new MutationObserver((_, obs) => {
        if (document.querySelector('.app-due')) {
          window.__firstDeadline = performance.now();
          obs.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(url);
    await page.waitForFunction(() => window.__firstDeadline !== undefined, { timeout: 30000 });
    const t = await page.evaluate(() => window.__firstDeadline);
    const text = await page.$eval('.app-due', (e) => e.textContent);
    if (text !== 'Tuesday 30 June 2026') throw new Error(`first deadline ${text}`);
    // The first load warms the browser process itself, not the page's cache.
    if (i > 0) loads.push(t);
    await context.close();
  }
  const nav = median(loads);
  row(`web page: navigation to the first deadline on screen, headless Chromium, median of ${nLoads} cold loads (min / max)`,
    `${nav.toFixed(0)} ms (${Math.min(...loads).toFixed(0)} / ${Math.max(...loads).toFixed(0)})`,
    '<= 150 ms', nav <= 150);

  // ---- Nth working day, batched ----
  const page = await browser.newPage();
  await page.goto(pathToFileURL(join(webDir, 'index.html')).href);
  await page.waitForSelector('body[data-ready="true"]');
  const n = quick ? 200000 : 1000000;
  note(`Nth working day: ${n} anchors, N=20, in the page`);
  const r = await page.evaluate((count) => {
    const fc = window.foiclock;
    // Random anchors 2005-01-01 .. 2028-12-31 as day numbers since 1970.
    let s = 12345;
    const rand = () => {
      s = (Math.imul(s, 1103515245) + 12345) >>> 0;
      return s / 4294967296;
    };
    const lo = Date.UTC(2005, 0, 1) / 864e5;
    const hi = Date.UTC(2028, 11, 31) / 864e5;
    const anchors = new Int32Array(count);
    for (let i = 0; i < count; i++) anchors[i] = lo + Math.floor(rand() * (hi - lo + 1));
    // The same non-working weekdays, from the library.
    const hols = fc.holidays('uk', '2005-01-01', '2029-12-31').holidays.map((h) => h.date);
    const isoSet = new Set(hols);
    const daySet = new Set(hols.map((d) => Math.round(Date.parse(`${d}T00:00:00Z`) / 864e5) | 0));

    function byDates(anchor, N) {
      const d = new Date(anchor * 864e5);
      let k = 0;
      while (k < N) {
        d.setUTCDate(d.getUTCDate() + 1);
        const w = d.getUTCDay();
        if (w === 0 || w === 6 || isoSet.has(d.toISOString().slice(0, 10))) continue;
        k++;
      }
      return Math.round(d.getTime() / 864e5);
    }
    function byDayNumbers(anchor, N) {
      let day = anchor;
      let k = 0;
      while (k < N) {
        day++;
        const w = (day + 4) % 7; // 1970-01-01 was a Thursday; 0 is Sunday
        if (w === 0 || w === 6 || daySet.has(day)) continue;
        k++;
      }
      return day;
    }
    // Agreement first, on every anchor for the two fast ones.
    const out = new Int32Array(count);
    fc.addMany(anchors, 20, 'uk', out);
    for (let i = 0; i < count; i++) {
      if (byDayNumbers(anchors[i], 20) !== out[i]) throw new Error(`day numbers differ at ${anchors[i]}`);
      if (i % 50 === 0 && byDates(anchors[i], 20) !== out[i]) throw new Error(`Dates differ at ${anchors[i]}`);
    }
    function rate(fn, items, runs) {
      const v = [];
      for (let r = 0; r < runs; r++) {
        const t0 = performance.now();
        fn(items);
        v.push(items / ((performance.now() - t0) / 1000));
      }
      v.sort((a, b) => a - b);
      return v[Math.floor(v.length / 2)];
    }
    let sink = 0;
    const foiclock = rate((m) => { fc.addMany(anchors.subarray(0, m), 20, 'uk', out); sink += out[0]; }, count, 7);
    const ints = rate((m) => { for (let i = 0; i < m; i++) sink += byDayNumbers(anchors[i], 20); }, count, 5);
    const dates = rate((m) => { for (let i = 0; i < m; i++) sink += byDates(anchors[i], 20); }, Math.floor(count / 10), 3);
    return { foiclock, ints, dates, sink };
  }, n);
  const m = (v) => (v < 1e5 ? `${(v / 1e3).toFixed(1)} k` : `${(v / 1e6).toFixed(v < 1e7 ? 2 : 1)} M`);
  row('web page: Nth working day through the JavaScript API, batched (addMany), uk calendar, random anchors 2005-2028, N=20',
    `${m(r.foiclock)} queries/s`, '>= 20 M/s', r.foiclock >= 20e6);
  row('the same in JavaScript as web calculators do it (Date objects, a Set of ISO date strings), same page; foiclock is',
    `${m(r.dates)}/s; ${(r.foiclock / r.dates).toFixed(0)}x faster`, '>= 100x', r.foiclock / r.dates >= 100);
  row('the same as a tight JavaScript loop over integer day numbers and a Set of them, same page; foiclock is',
    `${m(r.ints)}/s; ${(r.foiclock / r.ints).toFixed(1)}x faster`, '>= 5x', r.foiclock / r.ints >= 5);
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}
console.log(rows.join('\n'));
