// Language server benchmark: a 20 KB Markdown draft in a workspace of the opentelemetry.io corpus.
// Measures process start to first diagnostics, didChange → publishDiagnostics over 200 edits after warm-up,
// and the server's memory over 10,000 edits (resident, and its managed heap after a full collection, which the server
// reports on the non-LSP request narrativelint/memory). With --starts N it only starts the server N times and reports the
// distribution of process start → first diagnostics, with the server log's milestones of each start.
// Run by bench/lsp/run.sh; not a test.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { LanguageClient, positionOf, repoRoot } = require('../../tests/lsp-client/client');

const args = process.argv.slice(2);
const startsAt = args.indexOf('--starts');
const starts = startsAt >= 0 ? Number(args.splice(startsAt, 2)[1]) : 0;
const memoryEditsAt = args.indexOf('--memory-edits');
const memoryEdits = memoryEditsAt >= 0 ? Number(args.splice(memoryEditsAt, 2)[1]) : 10000;
const corpus = args[0] || path.resolve(repoRoot, '..', 'shared', 'corpus', 'opentelemetry-io');
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const now = () => Number(process.hrtime.bigint()) / 1e6;
const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil(p / 100 * values.length) - 1)];
/** The server's CPU time (user + system, ms) from /proc: what a re-lint costs whatever else the machine runs. */
const cpuMs = (pid) => fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ').slice(11, 13).reduce((a, b) => a + Number(b), 0) * 10;
const rssMiB = (pid) => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;

/** Prose from the corpus's own pages, with a few broken promises, to about 20 KB. */
function draftText() {
  const pages = fs.readdirSync(path.join(corpus, 'content', 'en', 'blog'), { recursive: true })
    .filter((p) => p.endsWith('.md')).sort().map((p) => path.join(corpus, 'content', 'en', 'blog', p));
  const paragraphs = [];
  for (const page of pages) {
    for (const block of fs.readFileSync(page, 'utf8').split(/\n\s*\n/)) {
      if (/^[A-Z][^<>{}`|#\[\]]{120,600}$/.test(block.trim())) paragraphs.push(block.trim());
    }
    if (paragraphs.join('\n\n').length > 19000) break;
  }
  return ['# Release notes draft', '',
    'We answer every support request within 72 hours.', '',
    ...paragraphs.flatMap((p) => [p, '']),
    'Our helpdesk is open every day.', ''].join('\n');
}

/** The workspace: the corpus, the demo registry and the draft. */
function workspace() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'narrativelint-lsp-bench-'));
  fs.symlinkSync(corpus, path.join(root, 'corpus'));
  fs.cpSync(path.join(repoRoot, 'rules'), path.join(root, 'rules'), { recursive: true });
  fs.mkdirSync(path.join(root, 'drafts'));
  const draft = path.join(root, 'drafts', 'release-notes.md');
  const text = draftText();
  fs.writeFileSync(draft, text);
  return { root, draft, text };
}

/** Starts the server, opens the draft and waits for its first diagnostics; the clock runs from the process's spawn. */
async function startAndOpen({ root, draft, text }) {
  const started = now();
  const client = await LanguageClient.start(root);
  const uri = client.open(draft, text, 'markdown');
  await client.waitForDiagnostics(uri, (d) => d.length > 0, 120000);
  return { client, uri, firstDiagnostics: now() - started };
}

/** The server log's milestones (seconds since the process started) up to the first lint. */
function milestones(stderr) {
  const at = (pattern) => { const m = new RegExp(`\\+(\\d+\\.\\d+)s info ${pattern}`).exec(stderr); return m ? Math.round(Number(m[1]) * 1000) : null; };
  const lint = /first lint: .* in (\d+) ms/.exec(stderr);
  return { main: at('narrativelint lsp started'), initialize: at('workspace '), setupLoaded: at('registry .* loaded'), firstLintDone: at('first lint'), firstLintMs: lint ? Number(lint[1]) : null };
}

async function measureStarts(files) {
  const runs = [];
  for (let i = 0; i < starts; i++) {
    const { client, firstDiagnostics } = await startAndOpen(files);
    runs.push({ firstDiagnosticsMs: Math.round(firstDiagnostics), ...milestones(client.stderr) });
    await client.stop();
    await sleep(500);
  }
  const first = runs.map((r) => r.firstDiagnosticsMs);
  console.log(JSON.stringify({
    starts: runs.length,
    firstDiagnosticsMs: { min: Math.min(...first), median: percentile(first, 50), p90: percentile(first, 90), max: Math.max(...first) },
    load: fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' '),
    runs,
  }, null, 2));
}

async function main() {
  const files = workspace();
  if (starts > 0) {
    await measureStarts(files);
    fs.rmSync(files.root, { recursive: true, force: true });
    return;
  }
  const { root, text } = files;
  const { client, uri, firstDiagnostics } = await startAndOpen(files);

  // Indexing goes on in the background; the edits are measured once the whole workspace is in.
  while (!/indexed \d+ documents/.test(client.stderr)) await sleep(50);
  // Seconds since the server process started, from its log.
  const [, indexedAt, documents] = /\+(\d+\.\d+)s info indexed (\d+) documents/.exec(client.stderr);
  const indexed = Number(indexedAt) * 1000;

  let number = 100;
  /** One keystroke-sized edit: the number in the first sentence changes. */
  const edit = () => {
    const current = client.texts.get(uri);
    const at = current.indexOf(`within ${number} hours`) + 'within '.length;
    const next = number + 1;
    const version = client.change(uri, [{ range: { start: positionOf(current, at), end: positionOf(current, at + String(number).length) }, newText: String(next) }]);
    number = next;
    return version;
  };
  client.replace(uri, 'within 72 hours', `within ${number} hours`);
  await sleep(300);

  const latencies = [];
  let cpuBefore = 0;
  for (let i = 0; i < 220; i++) {
    if (i === 20) cpuBefore = cpuMs(client.process.pid);
    // A pause longer than the debounce before each edit, as between a writer's words: each edit is linted at once,
    // so these latencies hold no debounce (the server lints the first change after a pause without waiting).
    await sleep(200);
    const sent = now();
    const version = edit();
    await client.waitForDiagnostics(uri, (d, p) => p.version === version);
    if (i >= 20) latencies.push(now() - sent);
  }
  const cpuPerRelint = (cpuMs(client.process.pid) - cpuBefore) / latencies.length;

  // Resident memory as the system sees it, then what the server keeps: its managed heap after a full collection.
  const mib = (bytes) => Math.round(bytes / 1048576);
  const memoryAt = async (edits) => {
    const rss = rssMiB(client.process.pid);
    const report = await client.request('narrativelint/memory', {});
    return { edits, rssMiB: Math.round(rss), managedMiB: mib(report.managedBytes), allocatedBytes: report.allocatedBytes };
  };
  const memory = [await memoryAt(0)];
  const bursts = [];
  for (let i = 1; i <= memoryEdits; i++) {
    const sent = now();
    const version = edit();
    // Bursts of ten keystrokes: the debounce lints each burst once; every tenth edit waits for its diagnostics,
    // which come a debounce after it (the edit before it was moments ago), so that wait includes the debounce.
    if (i % 10 === 0) {
      await client.waitForDiagnostics(uri, (d, p) => p.version === version);
      bursts.push(now() - sent);
    }
    if (i % (memoryEdits / 4) === 0) memory.push(await memoryAt(i));
  }
  const last = memory[memory.length - 1];

  const result = {
    workspaceDocuments: Number(documents),
    draftBytes: Buffer.byteLength(text),
    firstDiagnosticsMs: Math.round(firstDiagnostics),
    indexedMs: Math.round(indexed),
    relintMs: { p50: +percentile(latencies, 50).toFixed(1), p95: +percentile(latencies, 95).toFixed(1), max: +Math.max(...latencies).toFixed(1), edits: latencies.length, serverCpuMsPerEdit: +cpuPerRelint.toFixed(1) },
    burstEndMs: { p50: +percentile(bursts, 50).toFixed(1), p95: +percentile(bursts, 95).toFixed(1), bursts: bursts.length, includesDebounceMs: 150 },
    // After the warm-up (0) and every quarter of the edits: resident, and managed after a full collection.
    rssMiBAfterEdits: Object.fromEntries(memory.map((m) => [m.edits, m.rssMiB])),
    managedMiBAfterEdits: Object.fromEntries(memory.map((m) => [m.edits, m.managedMiB])),
    allocatedKiBPerEdit: Math.round((last.allocatedBytes - memory[0].allocatedBytes) / memoryEdits / 1024),
    load: fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' '),
  };
  console.log(JSON.stringify(result, null, 2));
  await client.stop();
  fs.rmSync(root, { recursive: true, force: true });
}

main().catch((e) => { console.error(e); process.exit(1); });
