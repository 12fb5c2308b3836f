// Which process to start as the language server. No `vscode` import here, so it is tested under plain Node.
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface ServerCommand {
  command: string;
  args: string[];
}

/**
 * Where a development checkout's builds put the CLI: the native publish (`dotnet publish src/NarrativeLint.Cli`, an
 * executable compiled ahead of time, which starts fastest and runs as it is), the ReadyToRun publish
 * (`-p:PublishAot=false`), then the Release and Debug builds (these three run under dotnet).
 */
const nativeCli = path.join('src', 'NarrativeLint.Cli', 'bin', 'Native', process.platform === 'win32' ? 'NarrativeLint.Cli.exe' : 'NarrativeLint.Cli');
const builtCli = [
  nativeCli,
  path.join('src', 'NarrativeLint.Cli', 'bin', 'ReadyToRun', 'NarrativeLint.Cli.dll'),
  ...['Release', 'Debug'].map((configuration) => path.join('src', 'NarrativeLint.Cli', 'bin', configuration, 'net10.0', 'NarrativeLint.Cli.dll')),
];

/** When a file was last written, in milliseconds; 0 when it is not there. */
function modifiedTime(file: string): number {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

/**
 * The configured command if there is one; else the newest CLI built in a development checkout (the one holding
 * this extension, or a workspace folder), a publish first when builds are equally new, so a publish older than the
 * last build is not started; else the `narrativelint` dotnet tool on the PATH.
 */
export function resolveServerCommand(configured: string, configuredArgs: string[], extensionPath: string, workspaceFolders: string[],
  exists: (file: string) => boolean = fs.existsSync, modified: (file: string) => number = modifiedTime): ServerCommand {
  const args = configuredArgs.length > 0 ? configuredArgs : ['lsp'];
  if (configured.trim().length > 0) return { command: configured.trim(), args };
  for (const checkout of [path.dirname(extensionPath), ...workspaceFolders]) {
    const built = builtCli.map((dll) => path.join(checkout, dll)).filter((candidate) => exists(candidate));
    if (built.length === 0) continue;
    // Stable: of equally new builds the earlier in builtCli's order wins.
    const newest = built.reduce((best, candidate) => (modified(candidate) > modified(best) ? candidate : best));
    return newest.endsWith(nativeCli) ? { command: newest, args } : { command: 'dotnet', args: [newest, ...args] };
  }
  return { command: 'narrativelint', args };
}
