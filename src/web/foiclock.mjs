// foiclock in JavaScript: the C library compiled to WebAssembly, with a small
// API over it. Dates cross as ISO strings ("2026-06-01"); results are the
// library's JSON objects, as the CLI prints them with --format json
// (src/doc/json-schema.md), passed through; a failure throws a
// FoiclockError carrying the library's message and, where known, the input
// at fault (error.field: "received", "regime", ...).
//
// The same file is an ES module for Node (see node.mjs) and, with its export
// line dropped, part of the page's classic script (see build.mjs): it uses
// nothing but the language and WebAssembly.

class FoiclockError extends Error {
  constructor(message, field, otherField) {
    super(message);
    this.name = 'FoiclockError';
    // The input at fault ("received", "regime", ...), and the one it
    // conflicts with ("fee_paid is before fee_notice": field fee_paid,
    // otherField fee_notice); null when the failure is about no one input.
    this.field = field || null;
    this.otherField = otherField || null;
  }
}

// The inputs of a case, in the order the C side (foiclock_web.c) takes them.
const CASE_FIELDS = [
  'received', 'clarification_requested', 'clarification_received', 'fee_notice', 'fee_paid',
  'responded', 'review_requested', 'review_responded', 'decision_notice', 'complained', 'direction',
  'regime', 'division', 'receipt_rule', 'ref', 'pit_extension', 'school', 'school_days',
  'public_records', 'direction_days', 'direction_ground', 'today', 'extension_claimed', 'audience',
];

// The dated events of a case, as the CLI's timeline takes them.
const CASE_EVENTS = CASE_FIELDS.slice(0, CASE_FIELDS.indexOf('regime'));

const CALENDAR_IDS = { uk: 0, scotland: 1, 'england-and-wales': 2, 'northern-ireland': 3 };

// The module needs no system interface: these are the few WASI calls that
// wasi-libc links in (for stdio it never uses here). Each reports ENOSYS.
function wasiStubs(module) {
  const stubs = {};
  for (const imp of WebAssembly.Module.imports(module)) {
    if (imp.module !== 'wasi_snapshot_preview1' || imp.kind !== 'function') {
      throw new FoiclockError(`unexpected import ${imp.module}.${imp.name}`);
    }
    stubs[imp.name] = imp.name === 'proc_exit'
      ? (code) => { throw new FoiclockError(`foiclock exited with status ${code}`); }
      : () => 52; // ENOSYS
  }
  return { wasi_snapshot_preview1: stubs };
}

// Loads foiclock from the bytes of foiclock.wasm (an ArrayBuffer or typed
// array); resolves to the API object.
async function instantiate(bytes) {
  const module = await WebAssembly.compile(bytes);
  const instance = await WebAssembly.instantiate(module, wasiStubs(module));
  return makeApi(instance.exports);
}

function makeApi(x) {
  x._initialize();
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();

  function cstring(ptr) {
    const bytes = new Uint8Array(x.memory.buffer);
    let end = ptr;
    while (bytes[end] !== 0) end++;
    return decoder.decode(bytes.subarray(ptr, end));
  }

  // The caller's names for the inputs (setFieldNames), as a C array indexed
  // by the library's field numbers.
  let fieldNames = null;

  function fail() {
    const e = new FoiclockError(cstring(x.fw_error()), cstring(x.fw_error_field()),
      cstring(x.fw_error_other_field()));
    if (fieldNames && e.field) {
      const ptrs = [];
      let table = 0;
      try {
        const count = fieldCount();
        table = x.fw_alloc(4 * count);
        for (let i = 0; i < count; i++) {
          const name = i ? fieldNames[cstring(x.fw_field_name(i))] : null;
          const p = name ? put(name) : 0;
          ptrs.push(p);
          new DataView(x.memory.buffer).setUint32(table + 4 * i, p, true);
        }
        const out = x.fw_error_describe(table);
        if (out) {
          e.described = cstring(out);
          x.fw_free(out);
        }
      } finally {
        for (const p of ptrs) x.fw_free(p);
        x.fw_free(table);
      }
    }
    return e;
  }

  let fields = 0;
  function fieldCount() {
    if (!fields) {
      fields = 1;
      while (cstring(x.fw_field_name(fields)) !== '') fields++;
    }
    return fields;
  }

  // Calls fn with each argument as a C string (null stays NULL), takes the
  // JSON text it returns and frees everything.
  function call(fn, ...args) {
    const ptrs = [];
    try {
      for (const a of args) ptrs.push(a == null ? 0 : put(String(a)));
      const out = fn(...ptrs);
      if (!out) throw fail();
      const text = cstring(out);
      x.fw_free(out);
      return text;
    } finally {
      for (const p of ptrs) x.fw_free(p);
    }
  }

  function put(s) {
    const bytes = encoder.encode(s);
    if (bytes.includes(0)) {
      throw new FoiclockError(`'${s.replace(/\0/g, '\\x00')}' contains a NUL character`);
    }
    const p = x.fw_alloc(bytes.length + 1);
    if (!p) throw new FoiclockError('out of memory');
    const mem = new Uint8Array(x.memory.buffer);
    mem.set(bytes, p);
    mem[p + bytes.length] = 0;
    return p;
  }

  function calendarNumber(name) {
    const id = CALENDAR_IDS[name == null ? 'uk' : name];
    if (id === undefined) {
      const p = put(String(name));
      x.fw_calendar_id(p);
      x.fw_free(p);
      throw new FoiclockError(cstring(x.fw_error()), 'calendar');
    }
    return id;
  }

  function caseArray(c) {
    return CASE_FIELDS.map((name) => {
      const v = c[name];
      if (v == null || v === false || v === '') return null;
      if (name === 'school_days' && Array.isArray(v)) return v.join('\n');
      return v === true ? '1' : String(v);
    });
  }

  // Runs fw_timeline (or fw_ics, with its extra arguments) over a case object.
  function timelineText(c, fn = x.fw_timeline, ...extra) {
    const fields = caseArray(c);
    const table = x.fw_alloc(4 * fields.length);
    const ptrs = [];
    try {
      for (let i = 0; i < fields.length; i++) {
        const p = fields[i] == null ? 0 : put(fields[i]);
        ptrs.push(p);
        // put() may have grown the memory: take a fresh view each time.
        new DataView(x.memory.buffer).setUint32(table + 4 * i, p, true);
      }
      const out = fn(table, ...extra);
      if (!out) throw fail();
      const text = cstring(out);
      x.fw_free(out);
      return text;
    } finally {
      for (const p of ptrs) x.fw_free(p);
      x.fw_free(table);
    }
  }

  function checkCase(c) {
    if (c == null || typeof c !== 'object') throw new FoiclockError('a case must be an object');
    const known = new Set(CASE_FIELDS);
    for (const k of Object.keys(c)) {
      if (!known.has(k)) throw new FoiclockError(`unknown case field '${k}'`, k);
    }
  }

  // Scratch space for addMany, grown as needed.
  let scratch = 0;
  let scratchCount = 0;

  // A deadline or timeline from the C side: the library's JSON, and each
  // deadline's working in plain English beside it, put into the deadline.
  function withWorking(text) {
    const { result, working } = JSON.parse(text);
    const list = result.deadlines || [result];
    list.forEach((d, i) => {
      if (working[i] != null) d.working = working[i];
    });
    return result;
  }

  const api = {
    FoiclockError,
    CASE_EVENTS,

    /** Names for the inputs in the caller's own words, e.g. { received:
     * 'the date of receipt' }: a FoiclockError about an input then also
     * carries `described`, the library's message with those names. */
    setFieldNames(names) {
      fieldNames = names ? { ...names } : null;
    },

    /** The library's version string, e.g. "0.1.0". */
    version() {
      return cstring(x.fw_version());
    },

    /** The UK civil date (GMT or BST) at an instant, by default now, as ISO text.
     * now: milliseconds since 1970 (a Date or Date.now()). */
    today(now = Date.now()) {
      return call(() => x.fw_today(Math.floor(Number(now) / 1000)));
    },

    /** Any date form the library accepts ("15/10/2018", "15 October 2018",
     * "2018-06-01T23:30:00Z", ...) as ISO text, or throws. */
    parseDate(text) {
      return call(x.fw_parse_date, text);
    },

    /** The response deadline for a request received on `received`:
     * options.regime (foia, eir, foisa, eisr), options.receiptRule
     * (statutory, next-working-day). As 'foiclock due --format json'. */
    due(received, options = {}) {
      return withWorking(call(x.fw_due, received, options.regime, options.receiptRule));
    },

    /** Any rule's deadline from its anchor; options.division (for subject
     * access), options.receiptRule, options.responded (foisa.review-request).
     * As 'foiclock deadline RULE DATE --format json'. */
    deadline(rule, anchor, options = {}) {
      return withWorking(call(x.fw_deadline, rule, anchor, options.division,
        options.receiptRule, options.responded));
    },

    /** Every deadline of a case with its status on c.today (default: today
     * in the UK). c holds the events by their names (received,
     * clarification_requested, clarification_received, fee_notice, fee_paid,
     * responded, review_requested, review_responded, decision_notice,
     * complained, direction) and regime, division, receipt_rule, ref,
     * pit_extension, extension_claimed (the day of the extension's notice),
     * school, school_days, audience ('neutral', 'requester', 'authority'),
     * direction_days, direction_ground. Without received, responded alone
     * gives the review and complaint windows. As
     * 'foiclock timeline --format json'; each deadline also
     * carries `working`, its explanation as the CLI's text output gives it. */
    timeline(c) {
      checkCase(c);
      const withToday = c.today ? c : { ...c, today: api.today() };
      return withWorking(timelineText(withToday));
    },

    /** The deadlines of a case as an iCalendar file (text with CRLF line
     * ends), as 'foiclock timeline --format ics': an all-day event per dated
     * deadline, reminders 5 and 1 working days before those still to be met.
     * options.now: the export time (DTSTAMP, SEQUENCE) in milliseconds since
     * 1970, a Date or a number; by default the clock's. The same case at the
     * same time gives the same bytes. */
    ics(c, options = {}) {
      checkCase(c);
      const now = options.now == null ? Date.now() : Number(options.now);
      if (!Number.isFinite(now)) throw new FoiclockError(`'${options.now}' is not a time`, 'now');
      return timelineText(c, x.fw_ics, Math.floor(now / 1000));
    },

    /** Where each deadline of a case stands on `today`: a list of
     * { rule, due, status, ... } as in the timeline. */
    status(c, today) {
      return api.timeline({ ...c, today }).deadlines.map((d) => {
        const s = { rule: d.rule, due: d.due, status: d.status };
        for (const k of ['remaining', 'overdue', 'overdue_calendar_days', 'in_time', 'early',
          'late', 'done_by', 'done_on']) {
          if (k in d) s[k] = d[k];
        }
        return s;
      });
    },

    /** A calendar's non-working weekdays from `from` to `to` (or in the year
     * `from` when `to` is omitted). As 'foiclock holidays --format json'. */
    holidays(calendar = 'uk', from, to) {
      if (to === undefined && /^\d{4}$/.test(String(from))) {
        to = `${from}-12-31`;
        from = `${from}-01-01`;
      }
      return JSON.parse(call(x.fw_holidays, calendar, from, to));
    },

    /** The calendars, their coverage and where published data ends. */
    calendars() {
      return JSON.parse(call(x.fw_calendars));
    },

    /** The nth working day after `date` (before it when n < 0), as ISO text. */
    addWorkingDays(date, n, calendar = 'uk') {
      const iso = api.parseDate(date);
      const [y, m, d] = iso.split('-').map(Number);
      const serial = Math.round(Date.UTC(y, m - 1, d) / 86400000);
      const out = api.addMany(Int32Array.of(serial), n, calendar)[0];
      return new Date(out * 86400000).toISOString().slice(0, 10);
    },

    /** The batched form: for each anchor in `anchors` (an Int32Array of days
     * since 1970-01-01) the nth working day, as days since 1970-01-01, in
     * `out` (a new Int32Array when not given). */
    addMany(anchors, n, calendar = 'uk', out = new Int32Array(anchors.length)) {
      const cal = calendarNumber(calendar);
      const count = anchors.length;
      if (count > scratchCount) {
        if (scratch) x.fw_free(scratch);
        scratch = x.fw_alloc(8 * count + 4);
        if (!scratch) {
          scratchCount = 0;
          throw new FoiclockError('out of memory');
        }
        scratchCount = count;
      }
      const inPtr = scratch;
      const outPtr = scratch + 4 * count;
      const failedPtr = scratch + 8 * count;
      new Int32Array(x.memory.buffer, inPtr, count).set(anchors);
      const rc = x.fw_add_many(outPtr, inPtr, count, n | 0, cal, failedPtr);
      if (rc) throw fail();
      out.set(new Int32Array(x.memory.buffer, outPtr, count));
      return out;
    },
  };
  return api;
}

export { instantiate, FoiclockError, CASE_FIELDS, CASE_EVENTS };
