// A minimal LSP client over the server's stdio, built on vscode-jsonrpc (the library VS Code's own client uses).
'use strict';
const { spawn } = require('node:child_process');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const rpc = require('vscode-jsonrpc/node');

const repoRoot = path.resolve(__dirname, '..', '..');
/** The built CLI; the .NET tests pass the one next to them, a developer gets the Debug build. */
const cliDll = process.env.NARRATIVELINT_CLI_DLL
  || path.join(repoRoot, 'src', 'NarrativeLint.Cli', 'bin', 'Debug', 'net10.0', 'NarrativeLint.Cli.dll');
/** How to start it: NARRATIVELINT_CLI names an executable (the native publish) to run as it is, else the DLL runs under dotnet. */
const cli = process.env.NARRATIVELINT_CLI
  ? { command: process.env.NARRATIVELINT_CLI, args: [] }
  : { command: 'dotnet', args: [cliDll] };

const uriOf = (file) => pathToFileURL(file).href;

class LanguageClient {
  /** Starts `narrativelint lsp` in `root` and initializes it with the given client capabilities. */
  static async start(root, { capabilities = {}, initializationOptions = {} } = {}) {
    const client = new LanguageClient(root);
    await client.initialize(capabilities, initializationOptions);
    return client;
  }

  constructor(root) {
    this.root = root;
    this.stderr = '';
    this.loggedErrors = [];
    this.diagnostics = new Map();
    this.waiters = [];
    this.refreshRequests = 0;
    this.process = spawn(cli.command, [...cli.args, 'lsp', '--stdio'], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
    this.process.stderr.on('data', (chunk) => { this.stderr += chunk; });
    this.exited = new Promise((resolve) => this.process.on('exit', (code) => resolve(code)));
    const logger = {
      error: (message) => this.loggedErrors.push(String(message)),
      warn: () => {}, info: () => {}, log: () => {},
    };
    this.connection = rpc.createMessageConnection(
      new rpc.StreamMessageReader(this.process.stdout), new rpc.StreamMessageWriter(this.process.stdin), logger);
    this.connection.onNotification('textDocument/publishDiagnostics', (params) => {
      this.diagnostics.set(params.uri, params);
      this.notify();
    });
    this.connection.onNotification('window/showMessage', () => {});
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('workspace/diagnostic/refresh', () => { this.refreshRequests++; this.notify(); return null; });
    this.connection.listen();
  }

  async initialize(capabilities, initializationOptions) {
    this.initializeResult = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: uriOf(this.root),
      capabilities,
      initializationOptions,
    });
    await this.connection.sendNotification('initialized', {});
  }

  notify() {
    for (const waiter of [...this.waiters]) waiter();
  }

  /** Resolves with the first published diagnostics of `uri` that satisfy `predicate`. */
  waitForDiagnostics(uri, predicate, timeoutMs = 30000) {
    return new Promise((resolve, reject) => {
      const check = () => {
        const published = this.diagnostics.get(uri);
        if (published && predicate(published.diagnostics, published)) {
          this.waiters = this.waiters.filter((w) => w !== check);
          clearTimeout(timer);
          resolve(published.diagnostics);
        }
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== check);
        const last = this.diagnostics.get(uri);
        reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms; last: ${JSON.stringify(last?.diagnostics?.map((d) => `${d.code} ${d.message}`))}\n${this.stderr}`));
      }, timeoutMs);
      this.waiters.push(check);
      check();
    });
  }

  open(file, text, languageId) {
    const uri = uriOf(file);
    this.versions = this.versions || new Map();
    this.texts = this.texts || new Map();
    this.versions.set(uri, 1);
    this.texts.set(uri, text);
    this.diagnostics.delete(uri);
    this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return uri;
  }

  /** Sends incremental changes (LSP ranges, UTF-16) and keeps the client's copy of the text in step. */
  change(uri, edits) {
    const version = this.versions.get(uri) + 1;
    this.versions.set(uri, version);
    let text = this.texts.get(uri);
    for (const edit of edits) text = applyEdit(text, edit);
    this.texts.set(uri, text);
    this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: edits.map((e) => ({ range: e.range, text: e.newText })),
    });
    return version;
  }

  /** Replaces the first occurrence of `search` in the buffer with `replacement`, as one incremental change. */
  replace(uri, search, replacement) {
    const text = this.texts.get(uri);
    const at = text.indexOf(search);
    if (at < 0) throw new Error(`'${search}' is not in ${uri}`);
    return this.change(uri, [{ range: { start: positionOf(text, at), end: positionOf(text, at + search.length) }, newText: replacement }]);
  }

  request(method, params) {
    return this.connection.sendRequest(method, params);
  }

  /** Writes raw bytes to the server's input, bypassing the JSON-RPC writer (a malformed frame). */
  writeRaw(bytes) {
    this.process.stdin.write(bytes);
  }

  async stop() {
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    const code = await this.exited;
    this.connection.dispose();
    return code;
  }
}

/** The LSP position (line, UTF-16 character) of an offset in a JS string (which is UTF-16, as LSP counts). */
function positionOf(text, offset) {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text[i] === '\r' && text[i + 1] === '\n') { i++; if (i >= offset) break; }
    if (text[i] === '\n' || text[i] === '\r') { line++; lineStart = i + 1; }
  }
  return { line, character: offset - lineStart };
}

function offsetOf(text, position) {
  let line = 0;
  let i = 0;
  while (line < position.line && i < text.length) {
    if (text[i] === '\r' && text[i + 1] === '\n') i++;
    if (text[i] === '\n' || text[i] === '\r') line++;
    i++;
  }
  return i + position.character;
}

function applyEdit(text, edit) {
  const start = offsetOf(text, edit.range.start);
  const end = offsetOf(text, edit.range.end);
  return text.slice(0, start) + edit.newText + text.slice(end);
}

module.exports = { LanguageClient, uriOf, positionOf, cli, repoRoot };
