import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { resolveServerCommand } from '../serverCommand';

const checkout = path.join(path.sep, 'work', 'narrativelint');
const extension = path.join(checkout, 'vscode-extension');
const debugCli = path.join(checkout, 'src', 'NarrativeLint.Cli', 'bin', 'Debug', 'net10.0', 'NarrativeLint.Cli.dll');

test('a configured command wins, with lsp as its default argument', () => {
  assert.deepEqual(resolveServerCommand('/opt/nl/narrativelint', [], extension, [], () => true), { command: '/opt/nl/narrativelint', args: ['lsp'] });
  assert.deepEqual(resolveServerCommand('narrativelint', ['lsp', '--log', '/tmp/nl.log'], extension, [], () => true),
    { command: 'narrativelint', args: ['lsp', '--log', '/tmp/nl.log'] });
});

test('in a development checkout the built CLI runs under dotnet', () => {
  assert.deepEqual(resolveServerCommand('', [], extension, [], (file) => file === debugCli), { command: 'dotnet', args: [debugCli, 'lsp'] });
});

test('the ReadyToRun publish is started unless a build is newer', () => {
  const published = path.join(checkout, 'src', 'NarrativeLint.Cli', 'bin', 'ReadyToRun', 'NarrativeLint.Cli.dll');
  const releaseCli = path.join(checkout, 'src', 'NarrativeLint.Cli', 'bin', 'Release', 'net10.0', 'NarrativeLint.Cli.dll');
  const built = (file: string) => file === published || file === releaseCli;
  assert.deepEqual(resolveServerCommand('', [], extension, [], built, () => 1000), { command: 'dotnet', args: [published, 'lsp'] });
  assert.deepEqual(resolveServerCommand('', [], extension, [], built, (file) => (file === releaseCli ? 2000 : 1000)),
    { command: 'dotnet', args: [releaseCli, 'lsp'] });
  assert.deepEqual(resolveServerCommand('', [], extension, [], built, (file) => (file === published ? 3000 : 2000)),
    { command: 'dotnet', args: [published, 'lsp'] });
});

test('the native publish runs as it is, unless a build is newer', () => {
  const native = path.join(checkout, 'src', 'NarrativeLint.Cli', 'bin', 'Native', process.platform === 'win32' ? 'NarrativeLint.Cli.exe' : 'NarrativeLint.Cli');
  const readyToRun = path.join(checkout, 'src', 'NarrativeLint.Cli', 'bin', 'ReadyToRun', 'NarrativeLint.Cli.dll');
  const built = (file: string) => file === native || file === readyToRun || file === debugCli;
  assert.deepEqual(resolveServerCommand('', [], extension, [], built, () => 1000), { command: native, args: ['lsp'] });
  assert.deepEqual(resolveServerCommand('', [], extension, [], built, (file) => (file === debugCli ? 2000 : 1000)),
    { command: 'dotnet', args: [debugCli, 'lsp'] });
});

test('a workspace that is a built checkout is used too', () => {
  const other = path.join(path.sep, 'src', 'site');
  const cli = path.join(other, 'src', 'NarrativeLint.Cli', 'bin', 'Release', 'net10.0', 'NarrativeLint.Cli.dll');
  assert.deepEqual(resolveServerCommand('', [], path.join(path.sep, 'home', 'u', '.vscode', 'extensions', 'narrativelint'), [other], (file) => file === cli),
    { command: 'dotnet', args: [cli, 'lsp'] });
});

test('otherwise the narrativelint tool from the PATH', () => {
  assert.deepEqual(resolveServerCommand('', [], extension, [], () => false), { command: 'narrativelint', args: ['lsp'] });
});
