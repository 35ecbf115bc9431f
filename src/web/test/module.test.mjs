// The JavaScript module against the CLI: the same cases, generated at random
// over every regime, event, receipt rule and division (a few thousand), must
// give the CLI's JSON, field for field, and the same error messages; the
// working text must be the CLI's text output, line for line. Then the
// module's own contract: ISO strings in and out, exceptions carrying the
// library's message and the input at fault, the batched Nth working day.
//
// Environment (set by CTest): FOICLOCK_WEB_DIR (build/web), FOICLOCK_CLI.
// FOICLOCK_WEB_SEED fixes the random cases; FOICLOCK_WEB_CASES their number.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const webDir = process.env.FOICLOCK_WEB_DIR;
const cli = process.env.FOICLOCK_CLI;
if (!webDir || !cli) {
  console.error('module.test.mjs: set FOICLOCK_WEB_DIR and FOICLOCK_CLI');
  process.exit(2);
}
const { load, FoiclockError, CASE_FIELDS, CASE_EVENTS } = await import(pathToFileURL(join(webDir, 'node.mjs')).href);
const fc = await load();

let checks = 0;
function check(name, fn) {
  try {
    fn();
    checks++;
  } catch (e) {
    console.error(`FAIL ${name}`);
    throw e;
  }
}

function run(args, input) {
  const r = spawnSync(cli, args, { input, encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

// ---- a reproducible random source ----
let seed = Number(process.env.FOICLOCK_WEB_SEED || Date.now() % 1000000);
console.log(`seed ${seed} (FOICLOCK_WEB_SEED=${seed} repeats this run)`);
function random() {
  // mulberry32
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (list) => list[Math.floor(random() * list.length)];
const chance = (p) => random() < p;
const between = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));

const DAY = 86400000;
const iso = (days) => new Date(days * DAY).toISOString().slice(0, 10);
const daysOf = (s) => Date.parse(`${s}T00:00:00Z`) / DAY;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];

// The same date in one of the forms the library accepts.
function spell(days) {
  const s = iso(days);
  const [y, m, d] = s.split('-').map(Number);
  switch (between(0, 5)) {
    case 0: return `${d}/${m}/${y}`;
    case 1: return `${d} ${MONTHS[m - 1]} ${y}`;
    case 2: return `${s}T${String(between(0, 22)).padStart(2, '0')}:30:00Z`;
    default: return s;
  }
}

const REGIMES = ['foia', 'eir', 'foisa', 'eisr', 'sar', 'le-sar'];
const DIVISIONS = ['england-and-wales', 'scotland', 'northern-ireland'];
const REFS = ['FOI-2026-0412', 'a "quoted" ref', '<b>markup</b> & <script>x()</script>', 'é ü 😀',
  'tab\there', 'back\\slash', "O'Brien"];

// A case: events mostly in a plausible order, sometimes not (the library's
// conflict errors must match too).
function randomCase() {
  const c = { regime: pick(REGIMES) };
  let t = between(daysOf('2005-01-01'), daysOf('2028-06-30'));
  // FOISA around the Coronavirus (Scotland) Act 2020 band, where the limit
  // depends on the day of the answer.
  if (c.regime === 'foisa' && chance(0.3)) t = between(daysOf('2020-02-15'), daysOf('2020-06-05'));
  c.received = t;
  const step = () => (chance(0.05) ? -between(1, 5) : between(0, 40));
  if (chance(0.2)) {
    c.clarification_requested = t += step();
    if (chance(0.8)) c.clarification_received = t += step();
  }
  if (chance(0.15)) {
    c.fee_notice = t += step();
    if (chance(0.8)) c.fee_paid = t += step();
  }
  if (chance(0.2)) c.pit_extension = true;
  // The notice's date, on or after receipt (the CLI and the module name a
  // notice before receipt by their own words for it).
  // FOISA and law-enforcement subject access (before 5 February 2026) refuse
  // any extension, naming the input in their words: not generated.
  else if (chance(0.1) && !['foisa', 'le-sar'].includes(c.regime)) {
    c.extension_claimed = t + between(0, 40);
  }
  if (chance(0.6)) {
    c.responded = t += step();
    if (chance(0.5)) {
      c.review_requested = t += step();
      if (chance(0.6)) {
        c.review_responded = t += step();
        if (chance(0.3)) c.complained = t += step();
        if (chance(0.3)) c.decision_notice = t += step();
      }
    }
  }
  if (chance(0.3)) c.division = pick(DIVISIONS);
  if (chance(0.3)) c.receipt_rule = 'next-working-day';
  if (chance(0.05)) c.school = true;
  else if (chance(0.05)) c.public_records = true;
  if (chance(0.08)) {
    // The Commissioner's direction (SI 2004/3364): mostly valid, sometimes
    // out of range or without its ground, for the errors to agree.
    c.direction = c.received + between(-2, 30);
    c.direction_days = between(15, 64);
    if (chance(0.9)) c.direction_ground = pick(['armed-forces', 'outside-uk']);
  }
  if (chance(0.3)) c.ref = pick(REFS);
  if (chance(0.3)) c.audience = pick(['requester', 'authority']);
  c.today = between(c.received - 10, t + 200);
  return c;
}

const EVENT_OPTS = {
  received: '--received', clarification_requested: '--clarification-requested',
  clarification_received: '--clarification-received', fee_notice: '--fee-notice',
  fee_paid: '--fee-paid', responded: '--responded', review_requested: '--review-requested',
  review_responded: '--review-responded', decision_notice: '--decision-notice',
  complained: '--complained',
  direction: '--direction',
};

function strip(timeline) {
  return {
    ...timeline,
    deadlines: timeline.deadlines.map(({ working, ...rest }) => rest),
  };
}

// The CLI's JSON less what only the CLI says: how it read a date given with
// a time ("converted"); the page takes dates without a time.
function cliJson(text) {
  const o = JSON.parse(text);
  delete o.converted;
  return o;
}

// ---- timelines ----
const nCases = Number(process.env.FOICLOCK_WEB_CASES || 3000);
const seen = { ok: 0, error: 0, regimes: new Set(), events: new Set(), rules: new Set(),
  states: new Set() };
for (let i = 0; i < nCases; i++) {
  const c = randomCase();
  const args = ['timeline', '--format', 'json'];
  const input = {};
  for (const [k, opt] of Object.entries(EVENT_OPTS)) {
    if (c[k] !== undefined) {
      const text = spell(c[k]);
      args.push(opt, text);
      input[k] = text;
      seen.events.add(k);
    }
  }
  args.push('--regime', c.regime, '--today', iso(c.today));
  Object.assign(input, { regime: c.regime, today: iso(c.today) });
  for (const k of ['division', 'receipt_rule', 'ref']) {
    if (c[k]) {
      args.push(`--${k.replace('_', '-')}`, c[k]);
      input[k] = c[k];
    }
  }
  if (c.pit_extension) {
    args.push('--pit-extension');
    input.pit_extension = true;
  }
  if (c.extension_claimed !== undefined) {
    args.push('--extension-claimed', iso(c.extension_claimed));
    input.extension_claimed = iso(c.extension_claimed);
  }
  if (c.audience) {
    args.push('--for', c.audience);
    input.audience = c.audience;
  }
  if (c.school) {
    args.push('--school');
    input.school = true;
  }
  if (c.public_records) {
    args.push('--public-records');
    input.public_records = true;
  }
  for (const k of ['direction_days', 'direction_ground']) {
    if (c[k] !== undefined) {
      args.push(`--${k.replace('_', '-')}`, String(c[k]));
      input[k] = String(c[k]);
    }
  }
  seen.regimes.add(c.regime);
  const r = run(args);
  let mine;
  let err = null;
  try {
    mine = fc.timeline(input);
  } catch (e) {
    err = e;
  }
  check(`case ${i}: ${args.join(' ')}`, () => {
    if (r.status !== 0) {
      assert.ok(err instanceof FoiclockError, `the CLI failed (${r.stderr.trim()}), the module did not`);
      // The CLI names a case's inputs by its options (--fee-paid), the
      // library by their names (fee_paid).
      const cliWords = r.stderr.trim().replace(/--([a-z]+(?:-[a-z]+)*)/g, (m, name) => {
        const field = name.replace(/-/g, '_');
        return CASE_FIELDS.includes(field) ? field : m;
      });
      assert.ok(cliWords.endsWith(err.message),
        `messages differ:\n  cli:    ${r.stderr.trim()}\n  module: ${err.message}`);
      if (err.field) assert.ok(CASE_FIELDS.includes(err.field), `field ${err.field}`);
      seen.error++;
      return;
    }
    assert.equal(err, null, `the module failed (${err?.message}), the CLI did not`);
    assert.deepEqual(strip(mine), cliJson(r.stdout));
    // The working, as the CLI's text output shows it under each deadline.
    const text = run(args.map((a) => (a === 'json' ? 'text' : a))).stdout;
    for (const d of mine.deadlines) {
      seen.rules.add(d.rule);
      seen.states.add(d.status);
      if (d.working) {
        const block = d.working.split('\n').map((l) => `  ${l}`).join('\n');
        assert.ok(text.includes(block), `working of ${d.rule} not in the CLI's text:\n${block}`);
      }
    }
    seen.ok++;
  });
}
console.log(`timelines: ${seen.ok} agree, ${seen.error} errors agree; regimes ` +
  `${[...seen.regimes].join(' ')}; ${seen.events.size} events; ${seen.rules.size} rules; ` +
  `states ${[...seen.states].sort().join(' ')}`);
check('the generated cases reach every regime, event and most rules', () => {
  assert.equal(seen.regimes.size, REGIMES.length);
  assert.equal(seen.events.size, CASE_EVENTS.length);
  assert.ok(seen.rules.size >= 20, `only ${seen.rules.size} rules reached`);
  assert.ok(seen.error > 0 && seen.ok > nCases / 2);
});

// ---- iCalendar: the module's ics() against 'timeline --format ics' ----
// At a fixed export time both must give the same bytes: the hand cases
// (rules.md s.6 and s.4, as the browser test's) and random ones.
const STAMP = Date.UTC(2026, 11, 1, 12, 0, 0); // 2026-12-01T12:00:00Z
function cliIcs(c, stampMs) {
  const args = ['timeline', '--format', 'ics'];
  for (const [k, v] of Object.entries(c)) {
    if (k === 'today') continue;
    if (v === true) args.push(`--${k.replace(/_/g, '-')}`);
    else args.push(`--${k.replace(/_/g, '-')}`, String(v));
  }
  const r = spawnSync(cli, args, { encoding: 'utf8',
    env: { ...process.env, LC_ALL: 'C', SOURCE_DATE_EPOCH: String(Math.floor(stampMs / 1000)) } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, args };
}
const icsCases = [
  { regime: 'foia', received: '2026-11-02', responded: '2026-11-24', ref: 'FOI-2026-0412' },
  { regime: 'foisa', received: '2018-03-29', ref: 'FOISA/18/001' },
  { regime: 'foia', received: '2018-10-15', fee_notice: '2018-10-22', fee_paid: '2018-11-01', ref: 'F 2018 fees' },
  { regime: 'eir', received: '2018-10-15', pit_extension: true },
  { regime: 'sar', received: '2025-03-18', division: 'scotland', ref: 'SAR-25-7' },
  { regime: 'foia', received: '2026-11-02', clarification_requested: '2026-11-04', ref: 'C-1' },
  // Rules in force for a period: the Coronavirus (Scotland) Act 2020 60
  // working days with its extension, and the Keeper (FOISA s.22).
  { regime: 'foisa', received: '2020-04-07', responded: '2020-05-26', pit_extension: true, ref: 'COVID-1' },
  { regime: 'foisa', received: '2021-03-22', public_records: true, review_requested: '2021-08-16', ref: 'NRS-1' },
];
for (let i = 0; i < 80; i++) {
  const c = randomCase();
  const input = { regime: c.regime };
  for (const k of Object.keys(EVENT_OPTS)) if (c[k] !== undefined) input[k] = iso(c[k]);
  for (const k of ['division', 'receipt_rule', 'ref', 'pit_extension', 'school', 'public_records']) {
    if (c[k]) input[k] = c[k];
  }
  icsCases.push(input);
}
const icsSeen = { same: 0, error: 0, events: 0, alarms: 0 };
icsCases.forEach((c, i) => {
  const r = cliIcs(c, STAMP);
  check(`ics case ${i}: ${r.args.join(' ')}`, () => {
    let mine = null;
    let err = null;
    try {
      mine = fc.ics(c, { now: STAMP });
    } catch (e) {
      err = e;
    }
    if (r.status !== 0) {
      assert.ok(err instanceof FoiclockError, `the CLI failed (${r.stderr.trim()}), the module did not`);
      icsSeen.error++;
      return;
    }
    assert.equal(err, null, `the module failed (${err?.message}), the CLI did not`);
    assert.equal(mine, r.stdout);
    // Every event carries the export time (a case whose clock is stopped has none).
    const n = mine.split('BEGIN:VEVENT').length - 1;
    assert.equal(mine.split('\r\nDTSTAMP:20261201T120000Z\r\n').length - 1, n);
    icsSeen.events += mine.split('BEGIN:VEVENT').length - 1;
    icsSeen.alarms += mine.split('BEGIN:VALARM').length - 1;
    icsSeen.same++;
  });
});
console.log(`ics: ${icsSeen.same} calendars equal the CLI's (${icsSeen.events} events, ` +
  `${icsSeen.alarms} alarms), ${icsSeen.error} errors agree`);
check('the ics cases include events, reminders and the hand cases', () => {
  assert.ok(icsSeen.same >= 6 && icsSeen.events > 50 && icsSeen.alarms > 0);
});
check('ics: the hand case FOI-2026-0412 has its deadline and UID', () => {
  // Received Mon 2 Nov 2026: 20 working days would end on Mon 30 Nov 2026,
  // but that is St Andrew's Day (Scotland), and FOIA counts a holiday in any
  // part of the UK (holidays.md): Tue 1 Dec 2026.
  const text = fc.ics(icsCases[0], { now: STAMP });
  assert.match(text, /\r\nDTSTART;VALUE=DATE:20261201\r\n/);
  assert.match(text, /\r\nUID:foia\.response~foia~~FOI-2026-0412@foiclock\r\n/);
});
check('ics: without a fixed time the export time is the clock\'s', () => {
  const before = Math.floor(Date.now() / 1000);
  const text = fc.ics(icsCases[0]);
  const after = Math.floor(Date.now() / 1000);
  const m = text.match(/\r\nDTSTAMP:(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z\r\n/);
  assert.ok(m);
  const t = Date.UTC(m[1], m[2] - 1, m[3], m[4], m[5], m[6]) / 1000;
  assert.ok(t >= before && t <= after, `DTSTAMP ${m[0].trim()} not between ${before} and ${after}`);
  assert.equal(text, cliIcs(icsCases[0], t * 1000).stdout);
});
check('ics: an export time out of range or not a time is refused', () => {
  assert.throws(() => fc.ics(icsCases[0], { now: Date.UTC(10000, 0, 1) }), FoiclockError);
  assert.throws(() => fc.ics(icsCases[0], { now: 'soon' }), FoiclockError);
  assert.throws(() => fc.ics({ ...icsCases[0], received: '2026-02-30' }),
    (e) => e instanceof FoiclockError && e.field === 'received');
  assert.throws(() => fc.ics({ ...icsCases[0], colour: 'red' }), FoiclockError);
});

// ---- due and deadline, on many dates through the CLI's standard input ----
function agreeLines(args, dates, mineOf) {
  const r = run(args, `${dates.join('\n')}\n`);
  const lines = r.stdout.trim().split('\n');
  assert.equal(lines.length, dates.length);
  dates.forEach((d, i) => {
    const theirs = cliJson(lines[i]);
    check(`${args.join(' ')} ${d}`, () => {
      if (theirs.error) {
        assert.throws(() => mineOf(d), (e) => e instanceof FoiclockError && e.message === theirs.error);
      } else {
        const { working, ...mine } = mineOf(d);
        assert.ok(working.length > 0);
        assert.deepEqual(mine, theirs);
      }
    });
  });
}
const dates = Array.from({ length: 200 }, () => spell(between(daysOf('2005-01-01'),
  daysOf('2028-12-31'))));
dates.push('not a date', '30/02/2019', '2018-13-01', '1970-06-01', '2199-12-20');
// Both sides of the Coronavirus (Scotland) Act 2020 band (FOISA).
dates.push('2020-04-06', '2020-04-07', '2020-05-26', '2020-05-27');
for (const regime of ['foia', 'eir', 'foisa', 'eisr']) {
  for (const receiptRule of ['statutory', 'next-working-day']) {
    agreeLines(['due', '-', '--format', 'json', '--regime', regime, '--receipt-rule', receiptRule],
      dates, (d) => fc.due(d, { regime, receiptRule }));
  }
}
const rules = JSON.parse(run(['rules', '--format', 'json']).stdout).rules.map((r) => r.id);
for (const rule of rules) {
  if (rule === 'foia.schools') continue; // needs a school calendar file
  for (const division of [undefined, ...DIVISIONS]) {
    if (division && !rule.startsWith('sar.')) continue;
    const args = ['deadline', rule, '-', '--format', 'json'];
    if (division) args.push('--division', division);
    agreeLines(args, dates.slice(0, 60), (d) => fc.deadline(rule, d, { division }));
  }
}
console.log(`due and deadline: ${rules.length} rules agree`);

// ---- holidays and calendars ----
for (const cal of ['uk', 'scotland', 'england-and-wales', 'northern-ireland']) {
  for (const year of [1971, 2010, 2026, 2028, 2031]) {
    check(`holidays ${cal} ${year}`, () => {
      const theirs = JSON.parse(run(['holidays', String(year), '--calendar', cal, '--format',
        'json']).stdout);
      assert.deepEqual(fc.holidays(cal, year), theirs);
    });
  }
}
check('calendars', () => {
  // The CLI also lists the holiday directories it reads; the page reads none
  // (only the CLI loads local holiday files), so the rest must agree.
  const theirs = JSON.parse(run(['calendars', '--format', 'json']).stdout);
  assert.ok(Array.isArray(theirs.holiday_dirs), 'the CLI lists its holiday directories');
  assert.ok(!('holiday_dirs' in fc.calendars()), 'the page reads no holiday directory');
  delete theirs.holiday_dirs;
  assert.deepEqual(fc.calendars(), theirs);
});

// ---- the module's own contract ----
check('dates cross as ISO strings, any accepted form in', () => {
  assert.equal(fc.parseDate('15 October 2018'), '2018-10-15');
  // 23:30 UTC on 1 June 2018 is 2 June in the UK (BST): rules.md s.2.
  assert.equal(fc.parseDate('2018-06-01T23:30:00Z'), '2018-06-02');
  // FOIA, rules.md s.6: received Thu 29 Mar 2018, due Mon 30 Apr 2018.
  assert.equal(fc.due('2018-03-29').due, '2018-04-30');
  assert.equal(fc.due('2018-03-29', { regime: 'foisa' }).due, '2018-04-27');
  // FOISA: the limit in force on the date of receipt; the Coronavirus
  // (Scotland) Act 2020 gave 60 working days from 7 April to 26 May 2020
  // (tests/cli/bands.t counts them).
  assert.equal(fc.due('2020-04-06', { regime: 'foisa' }).due, '2020-05-05');
  assert.equal(fc.due('2020-04-07', { regime: 'foisa' }).due, '2020-07-03');
  assert.equal(fc.due('2020-04-07', { regime: 'foisa' }).rule, 'foisa.covid-response');
  assert.equal(fc.due('2020-05-27', { regime: 'foisa' }).due, '2020-06-24');
  // rules.md s.6: received Sat 5 Jan 2019, due Fri 1 Feb / Mon 4 Feb 2019.
  assert.equal(fc.due('2019-01-05').due, '2019-02-01');
  assert.equal(fc.due('2019-01-05', { receiptRule: 'next-working-day' }).due, '2019-02-04');
  // SAR, rules.md s.6: 18 Mar 2025 -> Tue 22 Apr (England), Mon 21 Apr (Scotland).
  assert.equal(fc.deadline('sar.response', '2025-03-18').due, '2025-04-22');
  assert.equal(fc.deadline('sar.response', '2025-03-18', { division: 'scotland' }).due,
    '2025-04-21');
});
check('law-enforcement subject access: the statute and the ICO', () => {
  // DPA 2018 s.54(2), "one month beginning with the relevant time": from Thu 29 Oct
  // 2026 the period ends Sat 28 Nov 2026, the day before the corresponding date.
  // The ICO counts from 30 Oct to Mon 30 Nov, St Andrew's Day in Scotland: Tue 1 Dec.
  const ew = fc.deadline('le-sar.response', '2026-10-29');
  const sc = fc.deadline('le-sar.response', '2026-10-29', { division: 'scotland' });
  assert.equal(ew.due, '2026-11-28');
  assert.equal(sc.due, '2026-11-28');
  assert.equal(ew.regulator_due, '2026-11-30');
  assert.equal(sc.regulator_due, '2026-12-01');
  assert.match(sc.band, /^received from 5 February 2026/);
  // s.54(3C): clarification asked Sat 7 Feb, answered Fri 13 Feb 2026 (7 days):
  // 4 Mar + 7 = Wed 11 Mar; s.54(3A) extension: 4 May + 7 = Mon 11 May 2026.
  const t = fc.timeline({ regime: 'le-sar', received: '2026-02-05',
    clarification_requested: '2026-02-07', clarification_received: '2026-02-13',
    pit_extension: true, today: '2026-04-01' });
  assert.deepEqual(t.deadlines.map((d) => [d.rule, d.due]),
    [['le-sar.response', '2026-03-11'], ['le-sar.extended', '2026-05-11']]);
  // Before 5 February 2026 there was no extension.
  assert.throws(() => fc.timeline({ regime: 'le-sar', received: '2026-02-04',
    pit_extension: true, today: '2026-04-01' }), (e) => e instanceof FoiclockError &&
    e.field === 'pit_extension' && /5 February 2026/.test(e.message));
  assert.throws(() => fc.due('2026-10-29', { regime: 'le-sar' }), FoiclockError);
});
check('today is the UK civil date of an instant', () => {
  // 2018-06-01T23:30Z is 00:30 BST on 2 June; 2018-12-01T23:30Z is still 1 December (GMT).
  assert.equal(fc.today(Date.UTC(2018, 5, 1, 23, 30)), '2018-06-02');
  assert.equal(fc.today(Date.UTC(2018, 11, 1, 23, 30)), '2018-12-01');
  assert.match(fc.today(), /^\d{4}-\d{2}-\d{2}$/);
});
check('errors carry the library message and the input at fault', () => {
  const cases = [
    [{ received: '30/02/2019', today: '2019-03-01' }, 'received', /February 2019 has no day 30/],
    [{ received: '2019-01-05', responded: 'soon', today: '2019-03-01' }, 'responded', /'soon' is not a date/],
    [{ received: '2019-01-05', regime: 'gdpr', today: '2019-03-01' }, 'regime', /gdpr/],
    [{ received: '2019-01-05', division: 'wales', today: '2019-03-01' }, 'division', /wales/],
    [{ received: '2019-01-05', receipt_rule: 'never', today: '2019-03-01' }, 'receipt_rule', /never/],
    [{ received: '2019-01-05', fee_paid: '2019-01-09', today: '2019-03-01' }, 'fee_paid', /fee_paid is given without fee_notice/],
    [{ received: '2019-01-05', responded: '2019-01-01', today: '2019-03-01' }, 'responded', /before received/],
    [{ received: '2019-01-05', today: 'tomorrow' }, 'today', /'tomorrow' is not a date/],
    [{ regime: 'foia', today: '2019-03-01' }, 'received', /required/],
    [{ received: '2019-01-05', colour: 'red' }, 'colour', /unknown case field 'colour'/],
  ];
  for (const [input, field, message] of cases) {
    assert.throws(() => fc.timeline(input), (e) => e instanceof FoiclockError &&
      e.field === field && message.test(e.message), `${JSON.stringify(input)}`);
  }
  assert.throws(() => fc.due('2019-01-05', { regime: 'sar' }), FoiclockError);
  assert.throws(() => fc.deadline('foia.nothing', '2019-01-05'), /foia.nothing/);
  assert.throws(() => fc.holidays('wales', 2019), /wales/);
  assert.throws(() => fc.parseDate('2019-01-05\0'), FoiclockError);
  assert.throws(() => fc.addMany(Int32Array.of(daysOf('2199-12-30')), 20), FoiclockError);
});
check('messages name the inputs in the caller\'s words when asked', () => {
  fc.setFieldNames({ received: 'the date of receipt', fee_paid: 'the payment date',
    fee_notice: 'the fees notice' });
  try {
    assert.throws(() => fc.timeline({ received: '2019-01-07', fee_notice: '2019-01-10',
      fee_paid: '2019-01-09', today: '2019-03-01' }), (e) => e.field === 'fee_paid' &&
      e.otherField === 'fee_notice' &&
      e.message === 'fee_paid (2019-01-09) is before fee_notice (2019-01-10)' &&
      e.described === 'the payment date (2019-01-09) is before the fees notice (2019-01-10)');
  } finally {
    fc.setFieldNames(null);
  }
});
check('status against a given today', () => {
  // Received Mon 2 Nov 2026, due Tue 1 Dec (St Andrew's Day skipped, README):
  // on Thu 26 Nov, Fri 27 Nov and Tue 1 Dec are left.
  const c = { received: '2026-11-02' };
  assert.deepEqual(fc.status(c, '2026-11-26')[0], { rule: 'foia.response', due: '2026-12-01',
    status: 'pending', remaining: 2, done_by: 'responded' });
  assert.equal(fc.status(c, '2026-12-01')[0].status, 'due-today');
  assert.deepEqual(fc.status({ ...c, responded: '2026-11-24' }, '2026-12-10')[0],
    { rule: 'foia.response', due: '2026-12-01', status: 'met', in_time: true, early: 4,
      done_by: 'responded', done_on: '2026-11-24' });
});
check('the batched Nth working day agrees with the one-at-a-time call', () => {
  const anchors = Int32Array.from({ length: 5000 }, () =>
    between(daysOf('2005-01-01'), daysOf('2028-12-31')));
  for (const cal of ['uk', 'scotland']) {
    const out = fc.addMany(anchors, 20, cal);
    for (let i = 0; i < anchors.length; i += 97) {
      assert.equal(iso(out[i]), fc.addWorkingDays(iso(anchors[i]), 20, cal));
    }
  }
  // README: 20 working days after 1 June 2026 is Tuesday 30 June 2026.
  assert.equal(fc.addWorkingDays('2026-06-01', 20), '2026-06-30');
  const lines = execFileSync(cli, ['add', '-', '20', '--format', 'json'], {
    input: `${Array.from(anchors.slice(0, 300), iso).join('\n')}\n`, encoding: 'utf8' })
    .trim().split('\n').map((l) => JSON.parse(l).date);
  assert.deepEqual(Array.from(fc.addMany(anchors.slice(0, 300), 20), iso), lines);
});

check("the README's Node example prints what the README says", () => {
  const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
  const m = /```js\n([\s\S]*?)```\n\n```\n\$ node example\.mjs\n([\s\S]*?)```/.exec(readme);
  assert.ok(m, 'the README has the example and its output');
  const file = join(webDir, 'example.mjs');
  writeFileSync(file, m[1]);
  try {
    assert.equal(execFileSync(process.execPath, [file], { encoding: 'utf8' }), m[2]);
  } finally {
    rmSync(file, { force: true });
  }
});

console.log(`web.module: ${checks} checks passed`);
