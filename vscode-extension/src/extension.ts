// Starts `narrativelint lsp` for the file types NarrativeLint reads, and adds its commands and status-bar counts.
import * as vscode from 'vscode';
import { ExecuteCommandRequest, LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { resolveServerCommand } from './serverCommand';
import { DiagnosticCounts } from './statusBar';

/** Diagnostics carry this source; the status bar counts only these. */
const source = 'narrativelint';
/** The server's own commands (workspace/executeCommand). */
const serverCommands = { checkWorkspace: 'narrativelint.lsp.checkWorkspace', explain: 'narrativelint.lsp.explain' };
const languages = ['markdown', 'html', 'plaintext', 'yaml', 'json', 'srt', 'vtt', 'eml'];

let client: LanguageClient | undefined;

interface WorkspaceCheckSummary { files: number; errors: number; warnings: number; findings: number }

/** The settings the server reads (initialization options and later configuration changes). */
function serverSettings(configuration: vscode.WorkspaceConfiguration) {
  return {
    registry: configuration.get<string>('registry', 'rules'),
    severity: configuration.get<Record<string, string>>('severity', {}),
    // The messages' language: the setting, else the older one; empty, the server follows the client's locale (VS Code's display language).
    uiLanguage: configuration.get<string>('uiLanguage', '') || configuration.get<string>('language', ''),
    docsUri: configuration.get<string>('docsUri', ''),
    cache: configuration.get<string>('cache', ''),
  };
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const configuration = vscode.workspace.getConfiguration('narrativelint');
  const folders = (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file').map((f) => f.uri.fsPath);
  const server = resolveServerCommand(configuration.get<string>('server.command', ''), configuration.get<string[]>('server.args', []), context.extensionPath, folders);
  const serverOptions: ServerOptions = { command: server.command, args: server.args, transport: TransportKind.stdio, options: { cwd: folders[0] } };
  const clientOptions: LanguageClientOptions = {
    documentSelector: languages.flatMap((language) => [{ scheme: 'file', language }, { scheme: 'untitled', language }]),
    initializationOptions: serverSettings(configuration),
    synchronize: { configurationSection: 'narrativelint' },
    diagnosticCollectionName: source,
    outputChannelName: 'NarrativeLint',
  };
  client = new LanguageClient('narrativelint', 'NarrativeLint', serverOptions, clientOptions);

  context.subscriptions.push(
    new DiagnosticCounts(source),
    vscode.commands.registerCommand('narrativelint.checkWorkspace', checkWorkspace),
    vscode.commands.registerCommand('narrativelint.explainDiagnostic', explainDiagnostic),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

async function checkWorkspace(): Promise<void> {
  if (!client) return;
  const summary = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'NarrativeLint: checking the workspace…' },
    () => client!.sendRequest(ExecuteCommandRequest.type, { command: serverCommands.checkWorkspace, arguments: [] })) as WorkspaceCheckSummary;
  void vscode.window.showInformationMessage(
    `NarrativeLint checked ${summary.files} files: ${summary.errors} error(s), ${summary.warnings} warning(s).`, 'Show problems')
    .then((choice) => choice && vscode.commands.executeCommand('workbench.actions.view.problems'));
}

/** Explains the diagnostic under the cursor (or one picked from the line's, or an ID typed in) in a Markdown preview. */
async function explainDiagnostic(): Promise<void> {
  if (!client) return;
  const id = await diagnosticIdAtCursor()
    ?? await vscode.window.showInputBox({ prompt: 'Diagnostic ID to explain', placeHolder: 'NL1001', validateInput: (v) => /^NL\d{4}$/i.test(v.trim()) ? undefined : 'An ID such as NL1001' });
  if (!id) return;
  const text = await client.sendRequest(ExecuteCommandRequest.type, { command: serverCommands.explain, arguments: [id.trim().toUpperCase()] }) as string;
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: text });
  await vscode.commands.executeCommand('markdown.showPreview', document.uri);
}

async function diagnosticIdAtCursor(): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const here = vscode.languages.getDiagnostics(editor.document.uri)
    .filter((d) => d.source === source && d.range.contains(editor.selection.active));
  const ids = [...new Set(here.map((d) => typeof d.code === 'object' ? String(d.code.value) : String(d.code)))];
  return ids.length <= 1 ? ids[0] : vscode.window.showQuickPick(ids, { placeHolder: 'Which diagnostic?' });
}
