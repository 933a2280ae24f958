// node --test tools/cypher-lint/test   (or: npm test, in tools/cypher-lint)
// Runs lint.mjs the way the C# tests do: as a child process on a file or stdin.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const lint = join(here, '..', 'lint.mjs');
const repo = join(here, '..', '..', '..');

function run(args, input) {
  const r = spawnSync(process.execPath, [lint, ...args], { input, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test('the committed cypher/ artefacts pass in strict mode', () => {
  const queries = readdirSync(join(repo, 'cypher', 'queries'))
    .filter((f) => f.endsWith('.cypher')).map((f) => join(repo, 'cypher', 'queries', f));
  const r = run(['--strict', join(repo, 'cypher', 'schema.cypher'), ...queries]);
  assert.equal(r.out, '');
  assert.equal(r.code, 0, r.err);
});

test('a syntax error is reported with file:line:col and exit 1', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cypher-lint-'));
  const file = join(dir, 'broken.cypher');
  writeFileSync(file, '// header\nMATCH (n:Paper) RETRN n;\n');
  const r = run([file]);
  assert.equal(r.code, 1);
  assert.match(r.out, new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2:17: error: Invalid input 'RETRN'`, 'm'));
});

test('semantic errors, unknown functions and plugins are errors', () => {
  const r = run(['-'], 'MATCH (n:Paper) RETURN m;\nRETURN toLowr("x");\nRETURN apoc.text.join(["a"], ",");\n');
  assert.equal(r.code, 1);
  assert.match(r.out, /<stdin>:1:24: error: Variable `m` not defined/);
  assert.match(r.out, /<stdin>:2:8: error: Function toLowr is not a Neo4j 5 built-in/);
  assert.match(r.out, /<stdin>:3:8: error: Function apoc\.text\.join is not available/);
});

test(':param declares parameters; undeclared ones and unknown labels only warn', () => {
  const src = ":param a => 'lora';\nMATCH (t:Technique {key: $a}) RETURN t, $b;\nMATCH (t:Techniqe) RETURN t;\n";
  const r = run(['-'], src);
  assert.equal(r.code, 0, r.out);
  assert.doesNotMatch(r.out, /\$a/);
  assert.match(r.out, /<stdin>:2:41: warning: Parameter \$b is not defined/);
  assert.match(r.out, /<stdin>:3:10: warning: Label Techniqe is not in the PaperGraph model/);
  assert.equal(run(['--strict', '-'], src).code, 1);
  assert.equal(run(['--param', 'b', '--no-model', '-'], src).out, '');
});

test('a Browser command needs ; before the next statement; bad :param values are errors', () => {
  assert.equal(run(['-'], ':param a => 1\nRETURN $a;\n').code, 1);
  const r = run(['-'], ':param a => toLowr(1);\nRETURN $a;\n');
  assert.equal(r.code, 1);
  assert.match(r.out, /<stdin>:1:13: error: Function toLowr/);
});

test('generated-style Cypher with many statements lints (shape cache)', () => {
  let src = '';
  for (let i = 0; i < 300; i++) {
    src += `MERGE (n:Entity:Technique {key: 'k${i}'}) SET n.name = 'K ${i}', n.aliases = ['a', 'b'], n.paper_count = ${i};\n`;
  }
  src += 'RETURN toLowr(1);\n';
  const r = run(['-'], src);
  assert.equal(r.code, 1);
  assert.equal(r.out.trim(), '<stdin>:301:8: error: Function toLowr is not a Neo4j 5 built-in function; check the spelling');
});
