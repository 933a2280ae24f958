#!/usr/bin/env node
// cypher-lint: lint Cypher files for Neo4j 5 with Neo4j's own linter
// (npm package @neo4j-cypher/language-support, the engine behind the Neo4j
// VS Code extension and the Browser/Query editors).
//
//   node tools/cypher-lint/lint.mjs [options] FILE...     ('-' reads stdin)
//
// Output: one line per diagnostic, `file:line:col: severity: message`
// (1-based line and column), then a summary on stderr.
// Exit code: 0 = no errors, 1 = at least one error, 2 = usage / IO problem.
//
// What it does with a file:
//  * Neo4j Browser commands (`:param`, `:params`, `:style`, `:use`, `:play`,
//    ...) are recognised only where a statement may start (start of file or
//    after a `;`, comments and blank lines allowed in between) and run to the
//    end of their line. They are checked on their own with the linter's
//    console-command grammar, their parameter names are collected (so `$name`
//    used later is "declared"), each `:param` value expression is linted as
//    `RETURN <expr>` (Browser evaluates it that way), and then the command is
//    blanked out with spaces so every line/column of the Cypher stays put.
//    `:auto` is a prefix: it is blanked and the rest is linted as Cypher.
//    A command followed by more statements must end with `;` (Browser and the
//    linter split the editor on `;`), otherwise it is an error.
//  * `//` and `/* */` comments are left to the Cypher lexer (they are legal
//    Cypher); the scanner skips them, and string literals and backticked
//    names, when looking for Browser commands and `;`.
//  * The remaining text is split into statements with the linter's own
//    parser (on `;`), and each statement is linted with `lintCypherQuery`
//    (syntax + Neo4j's semantic analysis, Cypher 5) and the diagnostics are
//    shifted back to file positions.
//  * Semantic analysis costs ~20-30 ms per statement, so statements that
//    differ only in literal values in value positions (after `=` or `:`, or a
//    list element) share one result: a generated graph.cypher with thousands
//    of MERGE statements of a few shapes lints in seconds. If the shape's
//    first statement had any diagnostic, every statement of that shape is
//    linted for real (`--no-cache` turns this off).
//
// Schema given to the linter (DbSchema):
//  * functions/procedures: the Neo4j 5 catalogue shipped inside the package
//    (testData.mockSchema, taken from a real Neo4j 5 server) minus plugins
//    (apoc.*, gds.*, ...) unless --allow-plugins: so a typo in a function
//    name, or an APOC/GDS call that a plain Neo4j 5 cannot run, is an error.
//    The catalogue comes from a recent 5.x server, so functions added late in
//    5.x (e.g. lower(), btrim()) pass although an old 5.x lacks them.
//  * labels and relationship types: the PaperGraph model (see
//    cypher/README.md), so a misspelt label/type is reported as a warning
//    (a MATCH on it would silently return nothing); --no-model turns it off.
//  * parameters: names set by `:param`/`:params` in the same file (file-wide,
//    not order-checked) plus --param NAME,...
//
// Diagnostic classes (decided here, see classify()):
//  * errors (exit 1): syntax errors, semantic errors (undefined variable,
//    wrong types, removed syntax such as exists(n.prop)), unknown functions or
//    procedures, malformed or unknown Browser commands, a Browser command
//    without `;` before further statements.
//  * warnings (printed, exit 0 unless --strict): deprecations, performance
//    notifications (e.g. cartesian product), labels/types outside the model,
//    undeclared parameters, a last statement without `;`.
//    Undeclared parameters are an *error* in the library; we downgrade them,
//    because Cypher generated for a driver legitimately takes its parameters
//    from the driver, which the linter cannot see (--strict restores them).
//  * ignored (not printed): notifications that only say a label, relationship
//    type or property key does not exist *in the database*. The linter runs
//    against no database: such a warning would fire on every statement of an
//    empty or not-yet-loaded graph and says nothing about the Cypher. (This
//    package version checks labels/types only against the schema we pass and
//    has no property-key check; the patterns below keep the rule if a later
//    version adds server-style notifications.)
//
// Options:
//   --param a,b        declare parameters (repeatable)
//   --strict           warnings fail too; undeclared parameters are errors;
//                      every statement must end with `;`
//   --allow-plugins    accept apoc.* / gds.* functions and procedures
//   --no-model         do not check labels/relationship types against the model
//   --no-cache         lint every statement (no literal-shape cache)
//   --quiet            print errors only
//   -h, --help

import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

// The package's ESM build uses extension-less relative imports that Node's
// ESM loader cannot resolve, so load the CommonJS build.
const require = createRequire(import.meta.url);
const ls = require('@neo4j-cypher/language-support');
const { lintCypherQuery, parserWrapper, CypherLexer } = ls;

// ---------------------------------------------------------------- model ----
const MODEL_LABELS = ['Paper', 'Entity', 'Method', 'Dataset', 'Task', 'Technique'];
const MODEL_REL_TYPES = [
  'PROPOSES', 'USES', 'EVALUATES_ON', 'ADDRESSES',
  'CO_OCCURS', 'APPLIES', 'EVALUATED_ON', 'PART_OF', 'IS_A', 'COMPARED_WITH', 'EXTENDS',
];
const MODEL_PROPERTY_KEYS = [
  'key', 'title', 'dates', 'sources', 'name', 'aliases', 'long_form', 'paper_count',
  'proposed_count', 'field', 'sentence', 'start', 'end', 'text', 'evidence', 'mentions',
  'weight', 'pmi', 'jaccard', 'papers',
];
const PLUGIN_NAMESPACES = /^(apoc|gds|genai|n10s|bloom)\./i;

// ---------------------------------------------------------- diagnostics ----
const SEVERITY = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

// Warnings (never errors) about things missing from *the database* (see
// header): ignored.
const IGNORED = [
  /is not available in the database/i, // server notifications (UnknownLabel/RelType/PropertyKey)
  /property key .* does not exist/i,
  /label .* does not exist/i,
  /relationship type .* does not exist/i,
];
const UNDECLARED_PARAM = /^Parameter \$\S+ is not defined\.?$/;
const NOT_IN_DB = /^(Label|Relationship type) \S+ is not present in the database\./;
const NO_SUCH_ROUTINE = /^(Function|Procedure) (\S+) is not present in the database\./;

function classify(diag, opts) {
  const msg = diag.message;
  if (diag.severity !== 1 && IGNORED.some((re) => re.test(msg))) return null;
  if (UNDECLARED_PARAM.test(msg)) return opts.strict ? 'error' : 'warning';
  const sev = SEVERITY[diag.severity] ?? 'error';
  const routine = NO_SUCH_ROUTINE.exec(msg);
  if (routine) {
    const plugin = PLUGIN_NAMESPACES.test(routine[2]) && !opts.allowPlugins;
    diag.message = `${routine[1]} ${routine[2]} is not ${plugin ? 'available in a plain Neo4j 5 (plugin; use --allow-plugins if the target has it)' : `a Neo4j 5 built-in ${routine[1].toLowerCase()}; check the spelling`}`;
  }
  if (sev === 'warning' && NOT_IN_DB.test(msg)) {
    // The "database" is the PaperGraph model here; say so.
    diag.message = msg.replace(/ is not present in the database\..*$/,
      ' is not in the PaperGraph model (cypher/README.md); check the spelling.');
  }
  return sev;
}

// ------------------------------------------------------------- options ----
function parseArgs(argv) {
  const opts = { files: [], params: [], strict: false, allowPlugins: false, model: true,
    cache: true, quiet: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--param' || a === '--params') {
      const v = argv[++i];
      if (v === undefined) usage(`${a} needs a value`);
      opts.params.push(...v.split(',').map((s) => s.trim().replace(/^\$/, '')).filter(Boolean));
    } else if (a.startsWith('--param=') || a.startsWith('--params=')) {
      opts.params.push(...a.slice(a.indexOf('=') + 1).split(',').map((s) => s.trim().replace(/^\$/, '')).filter(Boolean));
    } else if (a === '--strict') opts.strict = true;
    else if (a === '--allow-plugins') opts.allowPlugins = true;
    else if (a === '--no-model') opts.model = false;
    else if (a === '--no-cache') opts.cache = false;
    else if (a === '--quiet' || a === '-q') opts.quiet = true;
    else if (a === '-h' || a === '--help') usage(null, 0);
    else if (a === '-' || !a.startsWith('-')) opts.files.push(a);
    else if (a === '--') opts.files.push(...argv.slice(i + 1)), (i = argv.length);
    else usage(`unknown option ${a}`);
  }
  if (opts.files.length === 0) usage('no input files');
  return opts;
}

function usage(err, code = 2) {
  const text = 'usage: node tools/cypher-lint/lint.mjs [--param a,b] [--strict] [--allow-plugins]\n' +
    '                   [--no-model] [--no-cache] [--quiet] FILE... (- = stdin)';
  if (err) process.stderr.write(`cypher-lint: ${err}\n`);
  process.stderr.write(text + '\n');
  process.exit(code);
}

// -------------------------------------------------------------- schema ----
function catalogue(kind, allowPlugins) {
  const all = ls.testData?.mockSchema?.[kind];
  if (!all) return undefined; // package without the catalogue: skip the check
  const out = {};
  for (const [version, registry] of Object.entries(all)) {
    out[version] = Object.fromEntries(
      Object.entries(registry).filter(([name]) => allowPlugins || !PLUGIN_NAMESPACES.test(name)));
  }
  return out;
}

function buildSchema(opts, paramNames) {
  const schema = {
    functions: catalogue('functions', opts.allowPlugins),
    procedures: catalogue('procedures', opts.allowPlugins),
    parameters: Object.fromEntries([...paramNames].map((p) => [p, null])),
    propertyKeys: MODEL_PROPERTY_KEYS,
  };
  if (opts.model) {
    schema.labels = MODEL_LABELS;
    schema.relationshipTypes = MODEL_REL_TYPES;
  }
  return schema;
}

// ---------------------------------------------------- browser commands ----
// Commands the linter's console-command grammar understands.
const GRAMMAR_COMMANDS = new Set(['param', 'params', 'style', 'use', 'clear', 'history',
  'server', 'connect', 'disconnect', 'welcome', 'sysinfo', 'access-mode', 'play']);
// Browser commands the grammar does not know (or not with arguments): accepted unchecked.
const OTHER_BROWSER_COMMANDS = new Set(['play', 'guide', 'help', 'config', 'get', 'post', 'put',
  'delete', 'head', 'dbs', 'queries', 'schema', 'edit', 'stop', 'history', 'server']);

// All positions are counted in Unicode code points, like the linter's ANTLR
// input stream (a character outside the BMP is one column, not two).
function lineStarts(cps) {
  const starts = [0];
  for (let i = 0; i < cps.length; i++) if (cps[i] === '\n') starts.push(i + 1);
  return starts;
}
function posOf(starts, offset) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid; else hi = mid - 1;
  }
  return { line: lo, character: offset - starts[lo] }; // 0-based
}
const cpLength = (s) => Array.from(s).length;

// Finds Browser commands where a statement may start; returns the text with
// them blanked (same length in code points, same line breaks) and the list.
function extractBrowserCommands(cps) {
  const out = cps.slice();
  const commands = [];
  const problems = []; // { offset, severity, message }
  let atStart = true;
  let unterminated = null; // command without ';' still waiting for next content
  const n = cps.length;
  const find = (str, from) => { // index of str (ASCII) in cps at or after from
    for (let k = from; k <= n - str.length; k++) {
      let ok = true;
      for (let m = 0; m < str.length && ok; m++) ok = cps[k + m] === str[m];
      if (ok) return k;
    }
    return -1;
  };
  const significant = () => {
    if (unterminated) {
      problems.push({ offset: unterminated.end, severity: 1,
        message: `Browser command ${unterminated.word} must end with ';' when further statements follow (the editor is split on ';')` });
      unterminated = null;
    }
  };
  let i = 0;
  while (i < n) {
    const c = cps[i];
    const d = cps[i + 1];
    if (c === '/' && d === '/') {
      while (i < n && cps[i] !== '\n') i++;
    } else if (c === '/' && d === '*') {
      const end = find('*/', i + 2);
      i = end < 0 ? n : end + 2;
    } else if (c === "'" || c === '"') {
      significant();
      atStart = false;
      i++;
      while (i < n && cps[i] !== c) i += cps[i] === '\\' ? 2 : 1;
      i++;
    } else if (c === '`') {
      significant();
      atStart = false;
      const end = find('`', i + 1);
      i = end < 0 ? n : end + 1;
    } else if (c === ';') {
      significant();
      atStart = true;
      i++;
    } else if (/\s/.test(c)) {
      i++;
    } else if (c === ':' && atStart) {
      significant();
      let end = find('\n', i);
      if (end < 0) end = n;
      if (end > i && cps[end - 1] === '\r') end--;
      const raw = cps.slice(i, end).join('');
      const word = (/^:\s*([A-Za-z][A-Za-z-]*)/.exec(raw)?.[1] ?? '').toLowerCase();
      if (word === 'auto') {
        // `:auto <cypher>`: blank the prefix, lint the rest as Cypher.
        const prefixLen = /^:\s*auto/i.exec(raw)[0].length;
        for (let k = i; k < i + prefixLen; k++) out[k] = ' ';
        i += prefixLen;
        atStart = false;
        continue;
      }
      commands.push({ offset: i, text: raw, word });
      for (let k = i; k < end; k++) out[k] = ' ';
      // a trailing `// comment` is not part of the command for the ';' check
      const body = raw.replace(/\s*\/\/.*$/, '').trimEnd();
      if (!body.endsWith(';')) unterminated = { end, word: `:${word}` };
      atStart = true;
      i = end;
    } else {
      significant();
      atStart = false;
      i++;
    }
  }
  return { cypher: out, commands, problems };
}

// Lints one Browser command; returns { diags (command-relative), params }.
function checkCommand(cmd, opts) {
  const diags = [];
  const params = [];
  const { word } = cmd;
  const body = cmd.text.replace(/\s*\/\/.*$/, ''); // drop a trailing comment
  if (!word) {
    diags.push({ severity: 1, message: 'Empty Browser command', range: { start: { line: 0, character: 0 } } });
    return { diags, params, expressions: [] };
  }
  if (!GRAMMAR_COMMANDS.has(word) && !OTHER_BROWSER_COMMANDS.has(word)) {
    diags.push({ severity: 1, message: `Unknown Neo4j Browser command :${word}`,
      range: { start: { line: 0, character: 0 } } });
    return { diags, params, expressions: [] };
  }
  const grammarDiags = GRAMMAR_COMMANDS.has(word) ? lintCypherQuery(body, {}, true) : [];
  if (grammarDiags.length && OTHER_BROWSER_COMMANDS.has(word)) {
    // e.g. `:play movies`, `:server status`: valid Browser, unknown to the grammar
    return { diags, params, expressions: [] };
  }
  diags.push(...grammarDiags);
  const expressions = [];
  if (grammarDiags.length === 0 && (word === 'param' || word === 'params')) {
    for (const st of parserWrapper.parse(body, true).statementsParsing) {
      if (st.command.type !== 'set-parameters') continue;
      let from = 0;
      for (const { name, expression } of st.command.parameters) {
        const clean = name.replace(/^`|`$/g, '');
        params.push(clean);
        const nameAt = body.indexOf(name, from);
        const exprAt = body.indexOf(expression, nameAt < 0 ? from : nameAt + name.length);
        if (exprAt >= 0) from = exprAt + expression.length;
        expressions.push({ expression, at: exprAt < 0 ? 0 : cpLength(body.slice(0, exprAt)) });
      }
    }
  }
  return { diags, params, expressions };
}

// ----------------------------------------------------------- statements ----
const T = CypherLexer;
const TRIVIA = new Set([T.SPACE, T.SINGLE_LINE_COMMENT, T.MULTI_LINE_COMMENT, T.EOF]);
const LITERALS = new Map([
  [T.STRING_LITERAL1, "''"], [T.STRING_LITERAL2, "''"],
  [T.UNSIGNED_DECIMAL_INTEGER, '0'], [T.DECIMAL_DOUBLE, '0.0'],
]);

// Cache key: the statement's tokens with literals in *value positions*
// replaced by a placeholder of the same type. A value position is after `=`
// or `:` (property value, map entry), or a list element (between `[`/`,` and
// `,`/`]`). Literals elsewhere (LIMIT 5, {1,3} quantifiers, *1..3, function
// arguments, regexes) are kept, because semantic checks may depend on them.
function shapeKey(sig) {
  const parts = [];
  for (let k = 0; k < sig.length; k++) {
    const t = sig[k];
    const placeholder = LITERALS.get(t.type);
    if (placeholder && t.text.length < 2000 && !(placeholder === '0' && t.text.length > 15)) {
      const prev = sig[k - 1]?.type;
      const next = sig[k + 1]?.type;
      const value = prev === T.EQ || prev === T.COLON ||
        ((prev === T.LBRACKET || prev === T.COMMA) && (next === T.COMMA || next === T.RBRACKET));
      if (value) { parts.push(placeholder); continue; }
    }
    parts.push(t.text);
  }
  return parts.join(' ');
}

// Lints the statements of `cps` (code points, Browser commands blanked).
// With the cache, a statement whose shape (see shapeKey) was seen before gets
// the first statement's diagnostics, re-anchored by token index.
function lintStatements(cps, schema, opts, starts) {
  const diags = [];
  const cache = new Map(); // shape -> [{ k, delta, severity, message }] or null (uncacheable)
  const text = cps.join('');
  const parsed = parserWrapper.parse(text, false);
  let lastSig = null;
  for (const st of parsed.statementsParsing) {
    const sig = st.tokens.filter((t) => !TRIVIA.has(t.type));
    if (sig.length === 0) continue;
    if (sig.length === 1 && sig[0].type === T.SEMICOLON) continue; // stray ';'
    lastSig = sig[sig.length - 1];
    const first = sig[0];
    const key = opts.cache ? shapeKey(sig) : null;
    const hit = key !== null ? cache.get(key) : undefined;
    if (hit) {
      for (const h of hit) {
        const t = sig[h.k];
        const off = t.start + Math.min(h.delta, t.stop - t.start + 1);
        diags.push({ severity: h.severity, message: h.message, range: { start: posOf(starts, off) } });
      }
      continue;
    }
    const raw = cps.slice(first.start, lastSig.stop + 1).join('');
    const found = lintCypherQuery(raw, schema, false);
    const base = posOf(starts, first.start);
    let anchored = [];
    for (const d of found) {
      const s = d.range.start;
      diags.push({ ...d, range: { start: {
        line: s.line + base.line,
        character: s.line === 0 ? s.character + base.character : s.character,
      } } });
      if (anchored && d.offsets && Number.isInteger(d.offsets.start)) {
        const abs = first.start + d.offsets.start;
        let k = 0;
        while (k + 1 < sig.length && sig[k + 1].start <= abs) k++;
        anchored.push({ k, delta: abs - sig[k].start, severity: d.severity, message: d.message });
      } else {
        anchored = null;
      }
    }
    if (key !== null && !cache.has(key)) cache.set(key, anchored);
  }
  if (lastSig && lastSig.type !== T.SEMICOLON) {
    diags.push({ severity: 2, message: "Last statement does not end with ';' (cypher-shell -f and the Browser's multi-statement editor expect it)",
      range: { start: posOf(starts, lastSig.stop + 1) } });
  }
  return diags;
}

// ---------------------------------------------------------------- main ----
function lintText(text, opts) {
  if (text.charCodeAt(0) === 0xfeff) text = ' ' + text.slice(1); // BOM: keep columns
  const cps = Array.from(text);
  const starts = lineStarts(cps);
  const { cypher, commands, problems } = extractBrowserCommands(cps);
  const diags = problems.map((p) => ({ severity: p.severity, message: p.message,
    range: { start: posOf(starts, p.offset) } }));

  const paramNames = new Set(opts.params);
  const checked = commands.map((cmd) => {
    const res = checkCommand(cmd, opts);
    res.params.forEach((p) => paramNames.add(p));
    return { cmd, res };
  });
  const schema = buildSchema(opts, paramNames);

  for (const { cmd, res } of checked) {
    const base = posOf(starts, cmd.offset);
    const shift = (d, colOffset = 0, lineOffset = 0) => {
      const s = d.range.start;
      const line = s.line - lineOffset;
      diags.push({ ...d, range: { start: { line: base.line + line,
        character: line === 0 ? base.character + colOffset + s.character : s.character } } });
    };
    res.diags.forEach((d) => shift(d));
    // Browser evaluates a :param value as `RETURN <expr>` on the server.
    for (const { expression, at } of res.expressions) {
      const prefix = 'RETURN ';
      for (const d of lintCypherQuery(prefix + expression, schema, false)) {
        const s = d.range.start;
        shift({ ...d, range: { start: { line: s.line,
          character: s.line === 0 ? Math.max(0, s.character - prefix.length) : s.character } } },
        s.line === 0 ? at : 0);
      }
    }
  }

  diags.push(...lintStatements(cypher, schema, opts, starts));
  return diags;
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  let errors = 0;
  let warnings = 0;
  let ioFailed = false;
  for (const file of opts.files) {
    let text;
    const shown = file === '-' ? '<stdin>' : file;
    try {
      text = readFileSync(file === '-' ? 0 : file, 'utf8');
    } catch (e) {
      process.stderr.write(`cypher-lint: cannot read ${file}: ${e.message}\n`);
      ioFailed = true;
      continue;
    }
    const seen = new Set();
    const rows = [];
    for (const d of lintText(text, opts)) {
      let sev = classify(d, opts);
      if (sev === null) continue;
      if (opts.strict && sev === 'warning') sev = 'error';
      const line = d.range.start.line + 1;
      const col = d.range.start.character + 1;
      const message = String(d.message).replace(/\s*\n\s*/g, ' ').trim();
      const id = `${line}:${col}:${sev}:${message}`;
      if (seen.has(id)) continue;
      seen.add(id);
      rows.push({ line, col, sev, message });
    }
    rows.sort((a, b) => a.line - b.line || a.col - b.col);
    let report = '';
    for (const r of rows) {
      if (r.sev === 'error') errors++;
      else if (r.sev === 'warning') warnings++;
      if (opts.quiet && r.sev !== 'error') continue;
      report += `${shown}:${r.line}:${r.col}: ${r.sev}: ${r.message}\n`;
    }
    if (report) process.stdout.write(report);
  }
  process.stderr.write(`cypher-lint: ${opts.files.length} file(s), ${errors} error(s), ${warnings} warning(s)\n`);
  // exitCode, not process.exit(): let piped stdout drain first.
  process.exitCode = ioFailed ? 2 : errors > 0 ? 1 : 0;
}

main();
