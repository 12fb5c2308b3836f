// Which process to start as the language server. No `vscode` import here, so it is tested under plain Node.
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface ServerCommand {
  command: string;
  args: string[];
}

/** Where a development checkout's build puts the CLI, newest configuration first. */
const builtCli = ['Release', 'Debug'].map((configuration) =>
  path.join('src', 'NarrativeLint.Cli', 'bin', configuration, 'net10.0', 'NarrativeLint.Cli.dll'));

/**
 * The configured command if there is one; else the CLI built in a development checkout (the one holding this
 * extension, or a workspace folder); else the `narrativelint` dotnet tool on the PATH.
 */
export function resolveServerCommand(configured: string, configuredArgs: string[], extensionPath: string, workspaceFolders: string[],
  exists: (file: string) => boolean = fs.existsSync): ServerCommand {
  const args = configuredArgs.length > 0 ? configuredArgs : ['lsp'];
  if (configured.trim().length > 0) return { command: configured.trim(), args };
  for (const checkout of [path.dirname(extensionPath), ...workspaceFolders]) {
    for (const dll of builtCli) {
      const candidate = path.join(checkout, dll);
      if (exists(candidate)) return { command: 'dotnet', args: [candidate, ...args] };
    }
  }
  return { command: 'narrativelint', args };
}
