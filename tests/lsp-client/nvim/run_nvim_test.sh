#!/usr/bin/env bash
# Runs the headless Neovim client test against the built server (NARRATIVELINT_CLI_DLL, default: the Debug build;
# NARRATIVELINT_CLI, an executable such as the native publish, wins over it).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
export NARRATIVELINT_REPO="$repo"
export NARRATIVELINT_CLI_DLL="${NARRATIVELINT_CLI_DLL:-$repo/src/NarrativeLint.Cli/bin/Debug/net10.0/NarrativeLint.Cli.dll}"
exec nvim --headless --clean -u NONE -c "luafile $here/lsp_test.lua"
