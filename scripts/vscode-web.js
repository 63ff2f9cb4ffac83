// Helpers shared by run-integration.js and demo.js: start the cached code-server (VS Code 1.100.3, see
// vscode-setup.js) on loopback in its own process group, build the page URL with VS Code's web
// `payload`, and kill the whole group afterwards.
'use strict';

const { spawn } = require('child_process');
const fs = require('fs');
const net = require('net');
const path = require('path');

/** A free TCP port on 127.0.0.1 (or `preferred` when given). */
function freePort(preferred) {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(preferred || 0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'telemetry.telemetryLevel': 'off',
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
};

/**
 * Starts code-server; resolves once /healthz answers. `dir` gets the user data, the extensions dir,
 * the config file and code-server.log. `env` is added to code-server's environment, which the
 * extension host inherits.
 */
async function startCodeServer({ codeServer, port, folder, dir, env = {}, settings = {}, timeoutMs = 60000, echo = false }) {
  const userData = path.join(dir, 'user-data');
  const exts = path.join(dir, 'extensions');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.mkdirSync(exts, { recursive: true });
  fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify({ ...USER_SETTINGS, ...settings }, null, 2));
  const logFile = path.join(dir, 'code-server.log');
  const log = fs.openSync(logFile, 'a');
  const args = [
    codeServer,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--config', path.join(dir, 'config.yaml'),
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    '--user-data-dir', userData,
    '--extensions-dir', exts,
    folder,
  ];
  // Its own process group (detached): killing only the first process would leave the server and the
  // extension host running.
  const child = spawn(process.execPath, args, {
    detached: true,
    stdio: ['ignore', echo ? 'inherit' : log, echo ? 'inherit' : log],
    env: { ...process.env, ...env },
  });
  fs.closeSync(log);
  let exited = null;
  child.on('exit', (code, signal) => (exited = { code, signal }));
  const server = { child, port, logFile, authority: `127.0.0.1:${port}`, kill: () => killGroup(child) };

  const end = Date.now() + timeoutMs;
  for (;;) {
    if (exited) throw new Error(`code-server exited (${exited.code ?? exited.signal}) before it answered; log: ${logFile}\n${tail(logFile)}`);
    try {
      const res = await fetch(`http://${server.authority}/healthz`);
      if (res.ok) return server;
    } catch {
      // not listening yet
    }
    if (Date.now() > end) {
      await killGroup(child);
      throw new Error(`code-server did not answer on ${server.authority} within ${timeoutMs / 1000} s; log: ${logFile}\n${tail(logFile)}`);
    }
    await sleep(200);
  }
}

/** The workbench URL: `folder` open, and the payload (extensionDevelopmentPath etc.) as vscode-remote URIs. */
function workbenchUrl(authority, { folder, extensionDevelopmentPath, extensionDevelopmentKind, extensionTestsPath, openFile }) {
  const remote = (p) => `vscode-remote://${authority}${encodeURI(p)}`;
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  // `web`: run the extension under development in the web worker extension host (its `browser` entry).
  if (extensionDevelopmentKind) payload.push(['extensionDevelopmentKind', extensionDevelopmentKind]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  if (openFile) payload.push(['openFile', remote(openFile)]);
  let url = `http://${authority}/?folder=${encodeURIComponent(folder)}`;
  if (payload.length) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return url;
}

function groupAlive(pid) {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** SIGTERM to the process group, SIGKILL after 3 s if anything is left. */
async function killGroup(child) {
  const pid = child && child.pid;
  if (!pid || !groupAlive(pid)) return;
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {
    return;
  }
  const end = Date.now() + 3000;
  while (groupAlive(pid) && Date.now() < end) await sleep(100);
  if (groupAlive(pid)) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // gone
    }
  }
}

/** Synchronous last resort (process 'exit' handlers cannot wait). */
function killGroupSync(child) {
  const pid = child && child.pid;
  if (pid && groupAlive(pid)) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // gone
    }
  }
}

function tail(file, lines = 30) {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

function sleep(ms) {
  return new Promise((r) => setTimeout(r, ms));
}

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

module.exports = { freePort, startCodeServer, workbenchUrl, killGroup, killGroupSync, tail, sleep, CHROMIUM_ARGS };
