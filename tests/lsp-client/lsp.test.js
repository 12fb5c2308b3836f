// The language server driven by a real LSP client over stdio: what an editor sees while a draft is typed.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { LanguageClient, uriOf, positionOf, cli, repoRoot } = require('./client');

/** A workspace of its own: the demo registry and samples, so registry edits touch no tracked file. */
function makeWorkspace() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'narrativelint-lsp-'));
  fs.cpSync(path.join(repoRoot, 'rules'), path.join(root, 'rules'), { recursive: true });
  fs.cpSync(path.join(repoRoot, 'samples'), path.join(root, 'samples'), { recursive: true });
  fs.mkdirSync(path.join(root, 'drafts'));
  return root;
}

const codes = (diagnostics) => diagnostics.map((d) => d.code);
const has = (code) => (diagnostics) => codes(diagnostics).includes(code);

test.describe('narrativelint lsp, pushed diagnostics', () => {
  let root;
  let client;

  test.before(async () => {
    root = makeWorkspace();
    client = await LanguageClient.start(root, {
      capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } },
    });
  });

  test.after(async () => {
    const code = await client.stop();
    assert.equal(code, 0, 'exit after shutdown is exit code 0');
    assert.doesNotMatch(client.stderr, /Unhandled exception/);
    fs.rmSync(root, { recursive: true, force: true });
  });

  test('announces incremental sync, hover, quick fixes and its commands', () => {
    const capabilities = client.initializeResult.capabilities;
    assert.equal(capabilities.textDocumentSync.change, 2);
    assert.equal(capabilities.hoverProvider, true);
    assert.deepEqual(capabilities.codeActionProvider.codeActionKinds, ['quickfix']);
    assert.ok(capabilities.executeCommandProvider.commands.includes('narrativelint.lsp.checkWorkspace'));
    assert.equal(capabilities.diagnosticProvider, undefined, 'no pull model for a client that does not ask for it');
  });

  test('open a draft: a broken promise is an NL1001 error with its docs link', async () => {
    const uri = client.open(path.join(root, 'drafts', 'reply-times.md'),
      '# Support\n\nWe answer every support request within 72 hours.\n', 'markdown');
    const diagnostics = await client.waitForDiagnostics(uri, has('NL1001'));
    const finding = diagnostics.find((d) => d.code === 'NL1001');
    assert.equal(finding.severity, 1);
    assert.equal(finding.source, 'narrativelint');
    assert.deepEqual(finding.range, { start: { line: 2, character: 32 }, end: { line: 2, character: 47 } });
    assert.match(finding.message, /'within 72 hours' says at most 72 hours, but commitment 'support-response-time' promises at most 24 hours/);
    assert.match(finding.codeDescription.href, /NL1001\.md$/);
  });

  test('edit the draft: diagnostics follow the text', async () => {
    const uri = uriOf(path.join(root, 'drafts', 'reply-times.md'));
    const version = client.replace(uri, '72 hours', '48 hours');
    let diagnostics = await client.waitForDiagnostics(uri, (d, p) => p.version === version);
    assert.match(diagnostics.find((d) => d.code === 'NL1001').message, /'within 48 hours' says at most 48 hours/);
    const kept = client.replace(uri, '48 hours', '12 hours');
    diagnostics = await client.waitForDiagnostics(uri, (d, p) => p.version === kept);
    assert.deepEqual(codes(diagnostics), [], 'a stricter value keeps the promise');
  });

  test('typing character by character: one lint for the burst, the last version wins', async () => {
    const uri = client.open(path.join(root, 'drafts', 'typed.md'), '# Typed\n\n', 'markdown');
    await client.waitForDiagnostics(uri, () => true);
    let version;
    for (const character of 'Our helpdesk answers within 72 hours.') {
      const text = client.texts.get(uri);
      const end = positionOf(text, text.length);
      version = client.change(uri, [{ range: { start: end, end }, newText: character }]);
    }
    const diagnostics = await client.waitForDiagnostics(uri, (d, p) => p.version === version);
    assert.deepEqual(codes(diagnostics).sort(), ['NL1001', 'NL4001']);
  });

  test('hover: the commitment, its source, the value found against the bound', async () => {
    const uri = uriOf(path.join(root, 'drafts', 'reply-times.md'));
    const version = client.replace(uri, '12 hours', '72 hours');
    const diagnostics = await client.waitForDiagnostics(uri, (d, p) => p.version === version && has('NL1001')(d));
    const hover = await client.request('textDocument/hover', {
      textDocument: { uri }, position: diagnostics.find((d) => d.code === 'NL1001').range.start,
    });
    assert.equal(hover.contents.kind, 'markdown');
    const text = hover.contents.value;
    assert.match(text, /\*\*NL1001\*\* · error/);
    assert.match(text, /Commitment \*\*support-response-time\*\*: We answer every support request within 24 hours\./);
    assert.match(text, /Made public at: \[https:\/\/acme\.example\/trust\\#support\]\(<https:\/\/acme\.example\/trust#support>\)/);
    assert.match(text, /Found: at most 72 hours · promised: at most 24 hours/);
    assert.match(text, /Confidence: (0\.\d+|1)\n/);
    const nothing = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
    assert.equal(nothing, null);
  });

  test('code action: the promised value replaces the broken one, and the draft is clean', async () => {
    const uri = uriOf(path.join(root, 'drafts', 'reply-times.md'));
    const diagnostic = client.diagnostics.get(uri).diagnostics.find((d) => d.code === 'NL1001');
    const actions = await client.request('textDocument/codeAction', {
      textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] },
    });
    const fix = actions.find((a) => a.title === "Replace 'within 72 hours' with 'within 24 hours'");
    assert.ok(fix, `actions: ${actions.map((a) => a.title)}`);
    assert.equal(fix.kind, 'quickfix');
    assert.equal(fix.isPreferred, true);
    const suppress = actions.find((a) => a.title.startsWith('Suppress NL1001'));
    assert.equal(suppress.edit.changes[uri][0].newText, '<!-- narrativelint-disable-next-line NL1001:  -->\n');
    const version = client.change(uri, fix.edit.changes[uri]);
    const diagnostics = await client.waitForDiagnostics(uri, (d, p) => p.version === version);
    assert.deepEqual(codes(diagnostics), []);
    assert.match(client.texts.get(uri), /We answer every support request within 24 hours\./);
  });

  test('code action: an avoided term is replaced by the preferred one', async () => {
    const uri = client.open(path.join(root, 'drafts', 'terms.txt'), 'Write to our helpdesk at any time.\n', 'plaintext');
    const diagnostics = await client.waitForDiagnostics(uri, has('NL4001'));
    const diagnostic = diagnostics.find((d) => d.code === 'NL4001');
    const actions = await client.request('textDocument/codeAction', {
      textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] },
    });
    assert.deepEqual(actions.map((a) => a.title), [
      "Replace 'helpdesk' with 'support team'",
      'Suppress NL4001 on this line (then write why, after the colon)',
    ]);
    assert.equal(actions[1].edit.changes[uri][0].newText, '# narrativelint-disable-next-line NL4001: \n');
    const version = client.change(uri, actions[0].edit.changes[uri]);
    assert.deepEqual(codes(await client.waitForDiagnostics(uri, (d, p) => p.version === version)), []);
    assert.equal(client.texts.get(uri), 'Write to our support team at any time.\n');
  });

  test('a suppression written with its justification silences the finding', async () => {
    const uri = client.open(path.join(root, 'drafts', 'quoted.md'), '# Archive\n\nOur helpdesk was the old name.\n', 'markdown');
    await client.waitForDiagnostics(uri, has('NL4001'));
    const version = client.change(uri, [{
      range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } },
      newText: '<!-- narrativelint-disable-next-line NL4001: quoting the old name -->\n',
    }]);
    assert.deepEqual(codes(await client.waitForDiagnostics(uri, (d, p) => p.version === version)), []);
  });

  test('another file states a fact differently: NL2001 points at it', async () => {
    // On disk, samples/web/about.html says 120 engineers; this buffer says 140.
    const uri = client.open(path.join(root, 'drafts', 'team.md'), '# Team\n\nToday our 140 engineers run 4 data centres.\n', 'markdown');
    const diagnostics = await client.waitForDiagnostics(uri, has('NL2001'));
    const drift = diagnostics.find((d) => d.code === 'NL2001');
    assert.match(drift.message, /'140' says 140 about 'engineers', but samples\/web\/about\.html:22 says 120/);
    assert.equal(drift.relatedInformation[0].location.uri, uriOf(path.join(root, 'samples', 'web', 'about.html')));
  });

  test('two open buffers: a fact typed in one shows up as drift in the other', async () => {
    const first = client.open(path.join(root, 'drafts', 'stores-a.md'), '# Shops\n\nWe run 35 shops in Italy.\n', 'markdown');
    await client.waitForDiagnostics(first, (d) => !has('NL2001')(d));
    const second = client.open(path.join(root, 'drafts', 'stores-b.md'), '# Shops\n\nWe run 35 shops in Italy.\n', 'markdown');
    await client.waitForDiagnostics(second, (d) => !has('NL2001')(d));
    client.replace(second, '35 shops', '42 shops');
    const drift = (await client.waitForDiagnostics(first, has('NL2001'))).find((d) => d.code === 'NL2001');
    assert.match(drift.message, /'35' says 35 about 'shops', but drafts\/stores-b\.md:3 says 42/);
  });

  test('the registry changes on disk: diagnostics follow without a restart', async () => {
    const uri = client.open(path.join(root, 'drafts', 'registry-change.md'), '# Support\n\nWe answer every support request within 72 hours.\n', 'markdown');
    await client.waitForDiagnostics(uri, has('NL1001'));
    const brand = path.join(root, 'rules', 'brand.yaml');
    const yaml = fs.readFileSync(brand, 'utf8');
    fs.writeFileSync(brand, yaml.replace('        value: 24 hours', '        value: 96 hours'));
    client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(brand), type: 2 }] });
    assert.deepEqual(codes(await client.waitForDiagnostics(uri, (d) => !has('NL1001')(d))), []);
    fs.writeFileSync(brand, yaml);
    client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(brand), type: 2 }] });
    await client.waitForDiagnostics(uri, has('NL1001'));
  });

  test('a broken registry is reported on the registry file; the valid rest still checks', async () => {
    const brand = path.join(root, 'rules', 'brand.yaml');
    const yaml = fs.readFileSync(brand, 'utf8');
    fs.writeFileSync(brand, yaml.replace('    status: active', '    status: sometimes'));
    client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(brand), type: 2 }] });
    const errors = await client.waitForDiagnostics(uriOf(brand), has('NL0001'));
    assert.match(errors[0].message, /status/);
    fs.writeFileSync(brand, yaml);
    client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(brand), type: 2 }] });
    await client.waitForDiagnostics(uriOf(brand), (d) => d.length === 0);
  });

  test('settings change: a severity override applies without a restart', async () => {
    const uri = client.open(path.join(root, 'drafts', 'severity.md'), '# Help\n\nAsk our helpdesk.\n', 'markdown');
    const before = await client.waitForDiagnostics(uri, has('NL4001'));
    assert.equal(before.find((d) => d.code === 'NL4001').severity, 2);
    client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { narrativelint: { severity: { NL4: 'error' } } } });
    await client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'NL4001' && x.severity === 1));
    client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { narrativelint: { severity: { NL4: 'none' } } } });
    await client.waitForDiagnostics(uri, (d) => !has('NL4001')(d));
    client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { narrativelint: { severity: {} } } });
    await client.waitForDiagnostics(uri, has('NL4001'));
  });

  test('a malformed frame gets a parse error and the server goes on', async () => {
    const body = Buffer.from('{"jsonrpc": "2.0", "id": 99, "method": ');
    client.writeRaw(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`), body]));
    const uri = uriOf(path.join(root, 'drafts', 'reply-times.md'));
    const version = client.replace(uri, '24 hours', '5 days');
    const diagnostics = await client.waitForDiagnostics(uri, (d, p) => p.version === version);
    assert.deepEqual(codes(diagnostics), ['NL1001']);
    assert.ok(client.loggedErrors.some((e) => /Malformed message/.test(e)), `client saw: ${client.loggedErrors}`);
    const unknown = await client.request('narrativelint/noSuchMethod', {}).then(() => null, (e) => e);
    assert.equal(unknown.code, -32601, 'an unknown method is a JSON-RPC error, not a crash');
  });

  test('explain command: what an ID means', async () => {
    const text = await client.request('workspace/executeCommand', { command: 'narrativelint.lsp.explain', arguments: ['NL4001'] });
    assert.match(text, /^# NL4001: Use the preferred term/);
    const error = await client.request('workspace/executeCommand', { command: 'narrativelint.lsp.explain', arguments: ['NL9999'] }).then(() => null, (e) => e);
    assert.match(error.message, /no diagnostic 'NL9999'/);
  });

  test('every channel the CLI reads: the same findings in the editor as from narrativelint check', async () => {
    const report = JSON.parse(execFileSync(cli.command, [...cli.args, 'check', 'samples', '--format', 'json', '--fail-on', 'none'], { cwd: root, encoding: 'utf8' }));
    const languages = { '.md': 'markdown', '.html': 'html', '.txt': 'plaintext', '.yaml': 'yaml', '.json': 'json', '.srt': 'srt', '.vtt': 'vtt', '.eml': 'eml' };
    const files = fs.readdirSync(path.join(root, 'samples'), { recursive: true })
      .map((p) => path.join('samples', p).split(path.sep).join('/'))
      .filter((p) => languages[path.extname(p)]);
    assert.ok(files.length >= 20, `files: ${files}`);
    const extensions = new Set(files.map((p) => path.extname(p)));
    assert.deepEqual([...extensions].sort(), Object.keys(languages).sort());
    for (const file of files) {
      const full = path.join(root, file);
      const uri = client.open(full, fs.readFileSync(full, 'utf8'), languages[path.extname(file)]);
      const expected = report.findings.filter((f) => f.path === file && !f.suppressed)
        .map((f) => `${f.id}@${f.startLine - 1}:${f.startColumn - 1}`).sort();
      await client.waitForDiagnostics(uri, (d) => JSON.stringify(d.map((x) => `${x.code}@${x.range.start.line}:${x.range.start.character}`).sort()) === JSON.stringify(expected), 60000);
    }
  });

  test('check workspace command: every file, open or not', async () => {
    const summary = await client.request('workspace/executeCommand', { command: 'narrativelint.lsp.checkWorkspace', arguments: [] });
    assert.ok(summary.files >= 25, JSON.stringify(summary));
    assert.ok(summary.errors > 0);
    // A file no buffer holds gets its diagnostics too: a Word document, which no editor opens as text.
    await client.waitForDiagnostics(uriOf(path.join(root, 'samples', 'documents', '2025-12-01-brosura-parteneri.ro.docx')), has('NL5001'));
  });
});

test.describe('narrativelint lsp, pulled diagnostics (LSP 3.17)', () => {
  let root;
  let client;

  test.before(async () => {
    root = makeWorkspace();
    client = await LanguageClient.start(root, {
      capabilities: { textDocument: { diagnostic: { dynamicRegistration: false } }, workspace: { diagnostics: { refreshSupport: true } } },
    });
  });

  test.after(async () => {
    assert.equal(await client.stop(), 0);
    fs.rmSync(root, { recursive: true, force: true });
  });

  test('the client pulls; an unchanged document answers unchanged', async () => {
    assert.deepEqual(client.initializeResult.capabilities.diagnosticProvider,
      { identifier: 'narrativelint', interFileDependencies: true, workspaceDiagnostics: false });
    // The index is built when the server asks the client to pull again; from then on results are stable.
    await new Promise((resolve) => { const check = () => client.refreshRequests > 0 && resolve(); client.waiters.push(check); check(); });
    const uri = client.open(path.join(root, 'drafts', 'pulled.md'), '# Support\n\nWe answer every support request within 72 hours.\n', 'markdown');
    const report = await client.request('textDocument/diagnostic', { textDocument: { uri } });
    assert.equal(report.kind, 'full');
    assert.deepEqual(codes(report.items), ['NL1001']);
    assert.equal(client.diagnostics.get(uri), undefined, 'nothing is pushed to a pull client');
    const again = await client.request('textDocument/diagnostic', { textDocument: { uri }, previousResultId: report.resultId });
    assert.deepEqual(again, { kind: 'unchanged', resultId: report.resultId });
    client.replace(uri, '72 hours', '12 hours');
    const edited = await client.request('textDocument/diagnostic', { textDocument: { uri }, previousResultId: report.resultId });
    assert.equal(edited.kind, 'full');
    assert.deepEqual(edited.items, []);
  });
});

test.describe('narrativelint lsp, uiLanguage', () => {
  let root;
  let client;

  test.before(async () => {
    root = makeWorkspace();
    client = await LanguageClient.start(root, { initializationOptions: { uiLanguage: 'it' } });
  });

  test.after(async () => {
    assert.equal(await client.stop(), 0);
    fs.rmSync(root, { recursive: true, force: true });
  });

  test('diagnostics and hovers come in the chosen language', async () => {
    const uri = client.open(path.join(root, 'drafts', 'italiano.md'), '# Support\n\nWe answer every support request within 72 hours.\n', 'markdown');
    const diagnostics = await client.waitForDiagnostics(uri, has('NL1001'));
    const finding = diagnostics.find((d) => d.code === 'NL1001');
    assert.match(finding.message, /'within 72 hours' indica al massimo 72 ore, ma l'impegno 'support-response-time' promette al massimo 24 ore/);
    const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: finding.range.start });
    assert.match(hover.contents.value, /^\*\*NL1001\*\* · error · La quantità contraddice un impegno/);
    assert.match(hover.contents.value, /Impegno \*\*support-response-time\*\*/);
  });
});
