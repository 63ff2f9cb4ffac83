#!/usr/bin/env node
// Installs a real VS Code for tests and the demo, offline: npm `code-server@4.100.3` (VS Code 1.100.3)
// into .vscode-test/cs, with its failing postinstall done by hand (see ../shared/vscode-testing.md,
// route 1). Idempotent: a marker file written at the very end makes the second run instant; a folder
// without the marker is a half-finished install and is removed and redone.
//
//   node scripts/vscode-setup.js          install if needed, print the code-server binary path
//   require('./vscode-setup').setup()     same, returns { codeServer, chromium, root }
'use strict';

const { execFileSync, spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const CODE_SERVER_VERSION = '4.100.3';
const VSCODE_VERSION = '1.100.3';
const ROOT = path.resolve(__dirname, '..');
const CACHE = path.join(ROOT, '.vscode-test', 'cs');
const MARKER = path.join(CACHE, '.copydesk-setup-complete');
const CODE_SERVER_BIN = path.join(CACHE, 'node_modules', '.bin', 'code-server');
const VSCODE_DIR = path.join(CACHE, 'node_modules', 'code-server', 'lib', 'vscode');
const CHROMIUM = '/usr/bin/chromium';
const RG = '/usr/bin/rg';
// The compilers node-gyp needs are already on most machines; listed so a bare Debian gets them too.
const APT_PACKAGES = ['libkrb5-dev', 'ripgrep', 'chromium', 'make', 'g++', 'python3'];
// Native modules of lib/vscode (npm rebuild builds them; @parcel/watcher uses its prebuilt package).
const NATIVE = ['kerberos', 'node-pty', '@vscode/spdlog', 'native-watchdog', '@parcel/watcher', '@vscode/deviceid'];

function log(msg) {
  console.error(`[vscode-setup] ${msg}`);
}

function fail(msg) {
  const err = new Error(msg);
  err.setupFailure = true;
  throw err;
}

/** Runs a command with inherited output; throws with the command line when it fails. */
function run(cmd, args, opts = {}) {
  const env = { ...process.env, npm_config_yes: 'true', npm_config_fund: 'false', npm_config_audit: 'false', ...opts.env };
  const res = spawnSync(cmd, args, { cwd: opts.cwd || ROOT, env, stdio: ['ignore', 'inherit', 'inherit'] });
  if (res.error) fail(`${cmd} ${args.join(' ')}: ${res.error.message}`);
  if (res.status !== 0) fail(`\`${cmd} ${args.join(' ')}\` (in ${opts.cwd || ROOT}) exited ${res.status}`);
}

function isInstalled(pkg) {
  const res = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  return res.status === 0 && res.stdout.includes('install ok installed');
}

function ensureAptPackages() {
  const missing = APT_PACKAGES.filter((p) => !isInstalled(p));
  if (missing.length === 0) return;
  const line = `apt-get install -y ${missing.join(' ')}`;
  if (typeof process.getuid === 'function' && process.getuid() === 0) {
    log(`installing Debian packages: ${missing.join(' ')}`);
    const env = { DEBIAN_FRONTEND: 'noninteractive' };
    run('apt-get', ['update'], { env });
    run('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { env });
    const still = missing.filter((p) => !isInstalled(p));
    if (still.length) fail(`apt-get did not install: ${still.join(' ')}`);
    return;
  }
  fail(
    `missing Debian packages: ${missing.join(' ')}.\n` +
      `The real-VS-Code tests need them (kerberos headers to build VS Code's native modules, ripgrep, a\n` +
      `headless browser). Install them once, then run this again:\n\n    sudo ${line}\n`,
  );
}

function assertLoads(mod, cwd) {
  try {
    execFileSync(process.execPath, ['-e', `require(${JSON.stringify(mod)})`], { cwd, stdio: 'pipe' });
  } catch (e) {
    const why = String(e.stderr || e.message).split('\n').find((l) => /Error/.test(l)) || e.message;
    fail(`native module ${mod} does not load after npm rebuild (${why.trim()}): see the rebuild output above`);
  }
}

function codeServerVersion() {
  const res = spawnSync(process.execPath, [CODE_SERVER_BIN, '--version'], { encoding: 'utf8', timeout: 60000 });
  if (res.status !== 0) return null;
  // It may also print "Wrote default config file ..." first: keep the version line.
  return res.stdout.split('\n').find((l) => l.includes('with Code')) || res.stdout.trim();
}

function isComplete() {
  if (!fs.existsSync(MARKER)) return false;
  try {
    const m = JSON.parse(fs.readFileSync(MARKER, 'utf8'));
    return m.codeServer === CODE_SERVER_VERSION && fs.existsSync(CODE_SERVER_BIN) && fs.existsSync(VSCODE_DIR);
  } catch {
    return false;
  }
}

function install() {
  if (fs.existsSync(CACHE)) {
    log(`${path.relative(ROOT, CACHE)} has no completion marker: removing the half-finished install`);
    fs.rmSync(CACHE, { recursive: true, force: true });
  }
  fs.mkdirSync(CACHE, { recursive: true });
  // A package.json of its own keeps npm from walking up into the project's.
  fs.writeFileSync(path.join(CACHE, 'package.json'), JSON.stringify({ name: 'vscode-test-cs', private: true }, null, 2) + '\n');

  log(`npm install code-server@${CODE_SERVER_VERSION} (scripts skipped)`);
  run('npm', ['install', '--no-save', '--ignore-scripts', '--no-package-lock', `code-server@${CODE_SERVER_VERSION}`], { cwd: CACHE });

  log('lib/vscode: npm install --omit=dev (scripts skipped)');
  run('npm', ['install', '--omit=dev', '--ignore-scripts', '--no-package-lock'], { cwd: VSCODE_DIR });

  log(`lib/vscode: building native modules: ${NATIVE.join(' ')}`);
  run('npm', ['rebuild', '--foreground-scripts', ...NATIVE], { cwd: VSCODE_DIR });
  // npm 11 warns that dependency install scripts are "not covered by allowScripts"; make sure the
  // explicit rebuild really produced loadable modules.
  for (const mod of NATIVE) assertLoads(mod, VSCODE_DIR);

  log(`lib/vscode: ripgrep -> ${RG}`);
  const rgDir = path.join(VSCODE_DIR, 'node_modules', '@vscode', 'ripgrep', 'bin');
  fs.mkdirSync(rgDir, { recursive: true });
  fs.rmSync(path.join(rgDir, 'rg'), { force: true });
  fs.symlinkSync(RG, path.join(rgDir, 'rg'));
  const asar = path.join(VSCODE_DIR, 'node_modules.asar');
  fs.rmSync(asar, { force: true });
  fs.symlinkSync('node_modules', asar);

  log('lib/vscode/extensions: npm install --omit=dev');
  run('npm', ['install', '--omit=dev', '--no-package-lock'], { cwd: path.join(VSCODE_DIR, 'extensions') });

  log('code-server: building argon2');
  run('npm', ['rebuild', '--foreground-scripts', 'argon2'], { cwd: CACHE });
  assertLoads('argon2', path.join(CACHE, 'node_modules', 'code-server'));

  const version = codeServerVersion();
  if (!version || !version.includes(`with Code ${VSCODE_VERSION}`)) {
    fail(`code-server --version printed ${JSON.stringify(version)}, expected "... with Code ${VSCODE_VERSION}"`);
  }
  fs.writeFileSync(MARKER, JSON.stringify({ codeServer: CODE_SERVER_VERSION, vscode: VSCODE_VERSION, version, at: new Date().toISOString() }, null, 2) + '\n');
  log(`done: code-server ${version}`);
}

/** Makes sure the apt packages and the cached VS Code are there. Returns the paths the harnesses need. */
function setup() {
  ensureAptPackages();
  if (!fs.existsSync(CHROMIUM)) fail(`${CHROMIUM} not found although the chromium package is installed`);
  if (!isComplete()) {
    const t0 = Date.now();
    install();
    log(`installed in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  return { root: ROOT, codeServer: CODE_SERVER_BIN, chromium: CHROMIUM, vscodeVersion: VSCODE_VERSION };
}

module.exports = { setup, CODE_SERVER_BIN, CHROMIUM, ROOT };

if (require.main === module) {
  try {
    const r = setup();
    console.log(r.codeServer);
  } catch (e) {
    console.error(`[vscode-setup] FAILED: ${e.setupFailure ? e.message : e.stack}`);
    process.exit(1);
  }
}
