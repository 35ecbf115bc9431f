// The page in a real browser (Debian's Chromium, driven by puppeteer-core):
// fills the form for a set of cases and reads the rendered deadlines against
// the CLI's, follows a shared link, downloads the .ics and parses it, runs
// axe-core in every state (zero violations allowed), does one case with the
// keyboard alone, loads links carrying markup and script in every parameter,
// and checks that the page makes no request after it has loaded. Screenshots
// go to FOICLOCK_WEB_DIR/screenshots/.
//
// Environment (set by CTest): FOICLOCK_WEB_DIR, FOICLOCK_CLI, FOICLOCK_CHROMIUM,
// FOICLOCK_NODE_MODULES.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, extname } from 'node:path';
import { pathToFileURL } from 'node:url';

const { FOICLOCK_WEB_DIR: webDir, FOICLOCK_CLI: cli, FOICLOCK_CHROMIUM: chromium,
  FOICLOCK_NODE_MODULES: nodeModules } = process.env;
if (!webDir || !cli || !chromium || !nodeModules) {
  console.error('browser.test.mjs: set FOICLOCK_WEB_DIR, FOICLOCK_CLI, FOICLOCK_CHROMIUM and ' +
    'FOICLOCK_NODE_MODULES');
  process.exit(2);
}
const require = createRequire(join(nodeModules, 'noop.js'));
const puppeteer = require('puppeteer-core');
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const shots = join(webDir, 'screenshots');
mkdirSync(shots, { recursive: true });
const pageUrl = pathToFileURL(join(webDir, 'index.html')).href;
const pageFiles = new Set(['index.html', 'foiclock.css', 'foiclock.js']
  .map((f) => pathToFileURL(join(webDir, f)).href));

export async function launch(profile) {
  return puppeteer.launch({
    executablePath: chromium,
    userDataDir: profile,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

let checks = 0;
async function check(name, fn) {
  try {
    await fn();
    checks++;
    console.log(`ok ${name}`);
  } catch (e) {
    console.error(`FAIL ${name}`);
    throw e;
  }
}

const profile = mkdtempSync(join(tmpdir(), 'foiclock-chromium-'));
const downloads = mkdtempSync(join(tmpdir(), 'foiclock-downloads-'));
const browser = await launch(profile);

// A page that records every request and every CSP violation, and fails the
// test on a script error.
async function openPage(url) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1024, height: 900 });
  const log = { requests: [], errors: [], ready: false, late: [] };
  page.on('request', (r) => {
    log.requests.push(r.url());
    if (log.ready && !r.url().startsWith('blob:')) log.late.push(r.url());
  });
  page.on('pageerror', (e) => log.errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') log.errors.push(m.text());
  });
  await page.evaluateOnNewDocument(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 20000 });
  log.ready = true;
  page.log = log;
  return page;
}

// No script errors, no CSP violations, nothing fetched but the page's three
// files (or, over HTTP, the same three paths), nothing at all after load.
async function assertQuiet(page, allowed = pageFiles) {
  assert.deepEqual(page.log.errors, [], 'script errors');
  assert.deepEqual(await page.evaluate(() => window.__violations), [], 'CSP violations');
  for (const u of page.log.requests) {
    const bare = u.replace(/#.*$/, '');
    assert.ok(allowed.has(bare) || u.startsWith('blob:'), `unexpected request ${u}`);
  }
  assert.deepEqual(page.log.late, [], 'requests after load');
}

async function axe(page, state) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) {
    // Through the debugging protocol, which the page's CSP does not govern.
    await page.evaluate(axeSource);
  }
  // preload: false, or axe fetches the stylesheet itself (a request the page
  // does not make, which its CSP rightly blocks).
  const result = await page.evaluate(() => window.axe.run(document, {
    preload: false,
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  }));
  const found = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
  assert.deepEqual(found, [], `axe-core in state '${state}'`);
  assert.ok(result.passes.length > 20, 'axe-core ran its rules');
}

async function shot(page, name) {
  await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
}

// The deadlines the page shows: [{rule, date, status}] in order.
async function rendered(page) {
  return page.$$eval('.app-deadline', (cards) => cards.map((c) => ({
    rule: c.dataset.rule,
    date: c.querySelector('.app-due').dataset.date || null,
    status: c.querySelector('[data-status]').dataset.status,
  })));
}

function cliTimeline(c) {
  const args = ['timeline', '--format', 'json'];
  for (const [k, v] of Object.entries(c)) {
    if (v === true) args.push(`--${k.replace(/_/g, '-')}`);
    else if (k === 'audience') args.push('--for', v);
    else args.push(`--${k.replace(/_/g, '-')}`, v);
  }
  const t = JSON.parse(execFileSync(cli, args, { encoding: 'utf8' }));
  return {
    deadlines: t.deadlines.map((d) => ({ rule: d.rule, date: d.due, status: d.status })),
    advice: t.advice.map((a) => a.text),
    status: t.deadlines.map((d) => d.status_text),
  };
}

// Types a date into its three fields; "2026-11-02" as 2 / 11 / 2026.
async function typeDate(page, field, isoDate) {
  const [y, m, d] = isoDate.split('-');
  for (const [part, v] of [['day', String(Number(d))], ['month', String(Number(m))], ['year', y]]) {
    await page.click(`#${field}-${part}`, { count: 3 });
    await page.type(`#${field}-${part}`, v);
  }
}

// ---- cases through the form ----
const cases = [
  { name: 'foia-responded', regime: 'foia', received: '2026-11-02', responded: '2026-11-24', ref: 'FOI-2026-0412', today: '2026-11-26' },
  // rules.md s.6: FOISA, received Thu 29 Mar 2018, due Fri 27 Apr 2018.
  { name: 'foisa-easter', regime: 'foisa', received: '2018-03-29', today: '2018-04-10' },
  // rules.md s.4: fees notice 22 Oct to fee 1 Nov 2018 moves 12 Nov to Fri 23 Nov 2018.
  { name: 'foia-fees', regime: 'foia', received: '2018-10-15', fee_notice: '2018-10-22', fee_paid: '2018-11-01', today: '2018-11-20' },
  // rules.md s.6: EIR extended, received Mon 15 Oct 2018, due Tue 11 Dec 2018.
  { name: 'eir-extended', regime: 'eir', received: '2018-10-15', pit_extension: true, today: '2018-12-12' },
  // rules.md s.6: SAR received Tue 18 Mar 2025 in Scotland, due Mon 21 Apr 2025.
  { name: 'sar-scotland', regime: 'sar', received: '2025-03-18', division: 'scotland', today: '2025-03-20' },
  { name: 'foia-review-appeal', regime: 'foia', received: '2024-01-08', responded: '2024-02-09', review_requested: '2024-02-20', review_responded: '2024-04-30', decision_notice: '2024-09-02', today: '2024-09-10' },
  { name: 'foia-clarification', regime: 'foia', received: '2026-11-02', clarification_requested: '2026-11-04', today: '2026-11-10' },
  // A complaint on Thu 10 Jan 2019, within six weeks of the review's outcome
  // (Fri 14 Dec 2018: Fri 25 Jan 2019), read by the authority; its extension
  // notice came on Fri 9 Nov 2018, within the 20 working days.
  { name: 'foia-complained-authority', regime: 'foia', received: '2018-10-15', extension_claimed: '2018-11-09', responded: '2018-12-05', review_requested: '2018-12-10', review_responded: '2018-12-14', complained: '2019-01-10', audience: 'authority', today: '2019-01-20' },
  // tests/cli/bands.t: the Keeper (FOISA s.22), 30 working days to Wed 5 May
  // 2021; an answer on 26 May 2020 judged on the Coronavirus (Scotland) Act
  // 2020's 60 working days (Wed 15 Jul 2020).
  { name: 'foisa-keeper', regime: 'foisa', received: '2021-03-22', public_records: true, responded: '2021-04-28', today: '2021-05-10' },
  { name: 'foisa-covid', regime: 'foisa', received: '2020-04-20', responded: '2020-05-26', today: '2020-06-01' },
  // DPA 2018 s.54(2): one month beginning with Thu 29 Oct 2026 ends Sat 28 Nov 2026; the
  // ICO's reading, Mon 30 Nov, is St Andrew's Day in Scotland, so Tue 1 Dec there.
  { name: 'le-sar-scotland', regime: 'le-sar', received: '2026-10-29', division: 'scotland', today: '2026-11-10' },
  // EIR reg 8: advance payment notified 22 Oct, paid 1 Nov 2018: due Fri 23 Nov 2018;
  // the time to pay ended on the 60th working day, Mon 21 Jan 2019.
  { name: 'eir-advance-payment', regime: 'eir', received: '2018-10-15', fee_notice: '2018-10-22', fee_paid: '2018-11-01', today: '2018-11-20' },
  // SI 2004/3364 reg 5: the 45th working day after Fri 1 Mar 2019 is Thu 9 May 2019.
  { name: 'foia-direction', regime: 'foia', received: '2019-03-01', direction: '2019-03-20', direction_days: '45', direction_ground: 'armed-forces', today: '2019-04-02' },
];
const EVENTS = ['clarification_requested', 'clarification_received', 'fee_notice', 'fee_paid',
  'extension_claimed', 'responded', 'review_requested', 'review_responded', 'complained',
  'decision_notice', 'direction', 'today'];

let sharedLink = null;
let sharedExpect = null;
const pages = [];
for (const { name, ...c } of cases) {
  await check(`form: ${name}`, async () => {
    const page = await openPage(pageUrl);
    pages.push(page);
    await axe(page, `${name}: empty form`);
    await page.click(`input[name="regime"][value="${c.regime}"]`);
    await typeDate(page, 'received', c.received);
    if (c.division) await page.select('#division', c.division);
    if (c.audience) await page.click(`#audience-${c.audience}`);
    await page.click('#more summary');
    for (const f of EVENTS) if (c[f]) await typeDate(page, f, c[f]);
    if (c.pit_extension) await page.click('#pit_extension');
    if (c.public_records) await page.click('#public_records');
    if (c.direction_days) await page.type('#direction_days', c.direction_days);
    if (c.direction_ground) await page.select('#direction_ground', c.direction_ground);
    if (c.ref) await page.type('#ref', c.ref);
    await page.click('#calculate');
    await page.waitForSelector('#results:not([hidden])');
    const shown = await rendered(page);
    const { regime, ...rest } = c;
    const expected = cliTimeline({ regime, ...rest });
    assert.deepEqual(shown, expected.deadlines);
    // The advice and each status, in the library's words.
    assert.deepEqual(await page.$$eval('#advice-list li', (li) => li.map((e) => e.textContent)),
      expected.advice);
    assert.ok(expected.advice.length > 0);
    const statusRows = await page.$$eval('.app-deadline [data-status]',
      (tags) => tags.map((t) => t.parentElement.textContent.trim()));
    expected.status.forEach((text, i) => {
      const [head, ...tail] = text.split(': ');
      assert.equal(statusRows[i].toLowerCase(), [head, ...tail].join(' ').toLowerCase());
    });
    const focused = await page.evaluate(() => document.activeElement.id);
    assert.equal(focused, 'results-heading', 'the results take focus');
    assert.match(await page.evaluate(() => window.location.hash), /received=/);
    await axe(page, `${name}: results`);
    await shot(page, name);
    await assertQuiet(page);
    if (!sharedLink) {
      sharedLink = await page.$eval('#share-link', (a) => a.href);
      sharedExpect = shown;
    }
  });
}

await check('the worked examples show the dates the legal notes give', async () => {
  const due = (i) => pages[i].$eval('.app-deadline .app-due', (e) => e.textContent);
  assert.equal(await due(1), 'Friday 27 April 2018');
  assert.equal(await due(2), 'Friday 23 November 2018');
  assert.equal(await pages[3].$eval('.app-deadline[data-rule="eir.extended"] .app-due',
    (e) => e.textContent), 'Tuesday 11 December 2018');
  assert.equal(await due(4), 'Monday 21 April 2025');
});

await check('a shared link reproduces the case', async () => {
  assert.ok(sharedLink.startsWith(`${pageUrl}#`));
  const page = await openPage(sharedLink);
  await page.waitForSelector('#results:not([hidden])');
  assert.deepEqual(await rendered(page), sharedExpect);
  assert.equal(await page.$eval('#ref', (e) => e.value), 'FOI-2026-0412');
  assert.equal(await page.$eval('#received-day', (e) => e.value), '2');
  await axe(page, 'shared link');
  await shot(page, 'shared-link');
  await assertQuiet(page);
  // Following another link in the same tab recomputes.
  await page.evaluate(() => { window.location.hash = 'received=2018-03-29&regime=foisa&today=2018-04-10'; });
  await page.waitForFunction(() => document.querySelector('.app-due')?.textContent === 'Friday 27 April 2018');
  await page.close();
});

// The calendar as the page offers it: downloaded through the browser,
// parsed with ical.js, its events the rendered deadlines, and its bytes the
// CLI's 'timeline --format ics' for the same case at the same export time.
const ICAL = (await import(pathToFileURL(require.resolve('ical.js')).href)).default;
for (const i of [0, 1]) await check(`the .ics download is a calendar of the deadlines: ${cases[i].name}`, async () => {
  const page = pages[i];
  // A tab in the background runs no animation frames, which clicking waits for.
  await page.bringToFront();
  const { name, today, ...c } = cases[i];
  assert.ok(await page.$eval('#ics-line', (e) => !e.hidden), 'the page offers the calendar');
  for (const f of readdirSync(downloads)) rmSync(join(downloads, f));
  const session = await page.createCDPSession();
  await session.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
  await page.click('#ics-download');
  let file = null;
  for (let k = 0; k < 100 && !file; k++) {
    await new Promise((r) => setTimeout(r, 100));
    file = readdirSync(downloads).find((f) => f.endsWith('.ics'));
  }
  assert.ok(file, 'a .ics file was downloaded');
  assert.equal(file, c.ref ? `${c.ref}.ics` : 'foi-deadlines.ics');
  const text = readFileSync(join(downloads, file), 'utf8');
  const cal = new ICAL.Component(ICAL.parse(text));
  assert.equal(cal.name, 'vcalendar');
  const events = cal.getAllSubcomponents('vevent');
  const dues = (await rendered(page)).filter((d) => d.date);
  assert.ok(dues.length > 0);
  // One all-day event per dated deadline, on the date the page shows.
  const starts = events.map((e) => e.getFirstPropertyValue('dtstart'));
  assert.ok(starts.every((d) => d.isDate), 'all-day events');
  assert.deepEqual(starts.map((d) => d.toString()).sort(), dues.map((d) => d.date).sort());
  // UIDs name the rule, the regime and the reference (ics.h), each once.
  const uids = events.map((e) => e.getFirstPropertyValue('uid'));
  assert.equal(new Set(uids).size, uids.length);
  for (const d of dues) {
    const want = c.ref ? `${d.rule}~${c.regime}~~${c.ref}@foiclock` : null;
    if (want) assert.ok(uids.includes(want), `no event ${want} in ${uids.join(' ')}`);
    else assert.ok(uids.some((u) => u.startsWith(`${d.rule}~${c.regime}~~`)), `no event for ${d.rule}`);
  }
  if (c.ref) assert.ok(events.every((e) => e.getFirstPropertyValue('summary').includes(c.ref)));
  // The same file from the CLI at the page's export time.
  const stamp = events[0].getFirstPropertyValue('dtstamp').toUnixTime();
  const args = ['timeline', '--format', 'ics'];
  for (const [k, v] of Object.entries(c)) {
    if (v === true) args.push(`--${k.replace(/_/g, '-')}`);
    else args.push(`--${k.replace(/_/g, '-')}`, v);
  }
  const cliText = execFileSync(cli, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'],
    env: { ...process.env, SOURCE_DATE_EPOCH: String(stamp) } });
  assert.equal(text, cliText);
  // The export time is the page's clock's (the click was seconds ago).
  assert.ok(Math.abs(Date.now() / 1000 - stamp) < 600, `DTSTAMP ${stamp} is not now`);
  await assertQuiet(page);
});

// ---- the keyboard alone, and the error summary ----
await check('keyboard only: tab order, error summary takes focus and links to the field', async () => {
  const page = await openPage(pageUrl);
  const order = [];
  const focusVisible = [];
  for (let i = 0; i < 9; i++) {
    await page.keyboard.press('Tab');
    order.push(await page.evaluate(() => document.activeElement.id || document.activeElement.tagName));
    focusVisible.push(await page.evaluate(() => {
      const s = getComputedStyle(document.activeElement);
      return s.outlineStyle !== 'none' || s.boxShadow !== 'none';
    }));
  }
  assert.deepEqual(order.slice(0, 8), ['skip-link', 'regime', 'received-day', 'received-month',
    'received-year', 'division', 'audience', 'SUMMARY']);
  assert.ok(focusVisible.every(Boolean), `focus not visible at ${order[focusVisible.indexOf(false)]}`);
  // Back to the date of receipt, and type an impossible date.
  for (let i = 0; i < 6; i++) await page.keyboard.down('Shift'), await page.keyboard.press('Tab'), await page.keyboard.up('Shift');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'received-day');
  await page.keyboard.type('30');
  await page.keyboard.press('Tab');
  await page.keyboard.type('2');
  await page.keyboard.press('Tab');
  await page.keyboard.type('2026');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#error-summary:not([hidden])');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'error-summary');
  const message = "'30/2/2026' is not a valid date: February 2026 has no day 30 (it has 28 days)";
  assert.equal(await page.$eval('#error-list a', (a) => a.textContent), message);
  assert.equal(await page.$eval('#received-error', (p) => p.textContent), `Error: ${message}`);
  assert.match(await page.$eval('#received-fieldset', (f) => f.getAttribute('aria-describedby')),
    /received-error/);
  assert.match(await page.title(), /^Error: /);
  await axe(page, 'error');
  await shot(page, 'error');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('data-field')), 'received');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'received-day');
  // The link did not replace the case in the address.
  assert.equal(await page.evaluate(() => window.location.hash), '');
  // Corrected, by keyboard: the error goes, the deadline comes.
  await page.keyboard.down('Control'), await page.keyboard.press('a'), await page.keyboard.up('Control');
  await page.keyboard.type('27');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#results:not([hidden])');
  assert.equal(await page.$eval('#error-summary', (e) => e.hidden), true);
  // Fri 27 Feb 2026 + 20 working days: Mon 2 .. Fri 27 March less St Patrick's
  // Day (Tue 17 March, Northern Ireland, which FOIA counts) is Mon 30 March.
  assert.equal(await page.$eval('.app-due', (e) => e.textContent), 'Monday 30 March 2026');
  await axe(page, 'corrected');
  await assertQuiet(page);
  await page.close();
});

// ---- hostile links ----
const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '"><script>window.__pwned=1</script>',
  "javascript:window.__pwned=1",
  '</p><svg onload=window.__pwned=1>',
];
const PARAMS = ['regime', 'received', 'clarification_requested', 'clarification_received',
  'fee_notice', 'fee_paid', 'responded', 'review_requested', 'review_responded',
  'decision_notice', 'direction', 'today', 'division', 'receipt_rule', 'ref', 'pit_extension',
  'public_records', 'direction_days', 'direction_ground'];
await check(`hostile links: ${PAYLOADS.length} payloads in each of ${PARAMS.length} parameters`, async () => {
  const page = await openPage(pageUrl);
  let n = 0;
  for (const param of PARAMS) {
    for (const payload of PAYLOADS) {
      const params = new URLSearchParams({ received: '2026-11-02', today: '2026-11-26' });
      params.set(param, payload);
      await page.goto('about:blank');
      page.log.ready = false;
      await page.goto(`${pageUrl}#${params}`);
      await page.waitForSelector('body[data-ready="true"]');
      page.log.ready = true;
      const state = await page.evaluate(() => ({
        pwned: window.__pwned,
        scripts: document.scripts.length,
        injected: document.querySelectorAll('img, svg, iframe, object, embed, main script').length,
        text: document.body.textContent,
        html: document.getElementById('main-content').innerHTML,
      }));
      assert.equal(state.pwned, undefined, `${param}: script ran`);
      assert.equal(state.scripts, 1, `${param}: a script element was added`);
      assert.equal(state.injected, 0, `${param}: an element was injected`);
      assert.ok(!/<(img|script|svg)/i.test(state.html), `${param}: markup in the page`);
      // A value that is shown is shown as the text it is.
      if (param === 'ref') assert.ok(state.text.includes(payload), 'the reference shown as text');
      if (param !== 'ref' && param !== 'pit_extension' && param !== 'public_records') {
        // Refused with the library's message, quoting the value as text,
        // next to the field it came in.
        assert.ok(await page.$eval('#error-summary', (e) => !e.hidden), `${param}: no error`);
        const shown = await page.$eval(`#${param}-error`, (e) => (e.hidden ? null : e.textContent));
        assert.ok(shown && shown.includes(payload.slice(0, 10)), `${param}: error not at the field`);
      }
      if (n++ === 0) {
        await axe(page, 'hostile link');
        await shot(page, 'hostile-link');
      }
    }
  }
  await assertQuiet(page, new Set([...pageFiles, 'about:blank']));
  await page.close();
});

// ---- over HTTP, with the CSP as a header too ----
await check('from a static HTTP host', async () => {
  const types = { '.html': 'text/html', '.css': 'text/css', '.js': 'text/javascript' };
  const server = createServer((req, res) => {
    const name = new URL(req.url, 'http://x').pathname.slice(1) || 'index.html';
    if (!['index.html', 'foiclock.css', 'foiclock.js'].includes(name)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'Content-Type': types[extname(name)],
      'Content-Security-Policy': "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'",
    });
    res.end(readFileSync(join(webDir, name)));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${server.address().port}/`;
  try {
    const page = await openPage(`${base}#received=2026-06-01&today=2026-06-02`);
    // The World Cup holiday in Scotland moves an English FOIA deadline (README).
    assert.equal(await page.$eval('.app-due', (e) => e.textContent), 'Tuesday 30 June 2026');
    await assertQuiet(page, new Set(['', 'index.html', 'foiclock.css', 'foiclock.js']
      .map((f) => base + f)));
    await page.close();
  } finally {
    server.close();
  }
});

await browser.close();
rmSync(profile, { recursive: true, force: true });
rmSync(downloads, { recursive: true, force: true });
console.log(`web.browser: ${checks} checks passed; screenshots in ${shots}`);
