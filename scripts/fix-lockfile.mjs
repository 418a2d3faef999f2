// Makes package-lock.json valid for `npm ci` on any machine: the registry here lacks other
// platforms' optional binaries (@rollup/rollup-darwin-x64, ...), so `npm install` leaves them out of
// the lockfile and `npm ci` then rejects it ("Missing: ... from lock file"). This adds each missing
// optional entry with its version and the os/cpu it is for (from the registry when it has them, else
// read off the package name), so npm skips them on other platforms exactly as it should.
// Run after every `npm install`: node scripts/fix-lockfile.mjs
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const packages = lock.packages;
const OS = ['darwin', 'linux', 'win32', 'freebsd', 'openbsd', 'netbsd', 'sunos', 'android', 'aix', 'openharmony'];
const CPU = ['x64', 'arm64', 'arm', 'ia32', 'ppc64', 's390x', 'riscv64', 'loong64', 'mips64el', 'wasm32'];

function fromName(name) {
  const parts = name.split('/').pop().split('-');
  const os = parts.find((p) => OS.includes(p)) ?? (parts.includes('win32') ? 'win32' : undefined);
  let cpu = parts.find((p) => CPU.includes(p));
  if (!cpu && parts.includes('ppc64')) cpu = 'ppc64';
  const libc =
    parts.includes('musl') || parts.includes('musleabihf')
      ? 'musl'
      : parts.includes('gnu') || parts.includes('gnueabihf')
        ? 'glibc'
        : undefined;
  return { os: os ? [os] : undefined, cpu: cpu ? [cpu] : undefined, libc: libc && os === 'linux' ? [libc] : undefined };
}

function registryInfo(name, version) {
  try {
    const out = execFileSync(
      'npm',
      ['view', `${name}@${version}`, 'version', 'dist.tarball', 'dist.integrity', 'os', 'cpu', 'libc', '--json'],
      {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      },
    );
    const info = JSON.parse(out || 'null');
    return Array.isArray(info) ? info[info.length - 1] : info;
  } catch {
    return undefined;
  }
}

let added = 0;
for (const [path, entry] of Object.entries(packages)) {
  for (const [dep, range] of Object.entries(entry.optionalDependencies ?? {})) {
    // npm looks for the dependency next to the package, then in each parent node_modules.
    const segments = path.split('node_modules/').filter(Boolean);
    let found = false;
    for (let i = segments.length; i >= 0 && !found; i--) {
      const base = segments
        .slice(0, i)
        .map((s) => `node_modules/${s.replace(/\/$/, '')}/`)
        .join('');
      found = `${base}node_modules/${dep}` in packages;
    }
    if (found) continue;
    const version = /^\d+\.\d+\.\d+(-[\w.]+)?$/.test(range) ? range : undefined;
    const info = registryInfo(dep, range);
    const guess = fromName(dep);
    const record = {
      version: info?.version ?? version ?? range,
      ...(info?.['dist.tarball'] ? { resolved: info['dist.tarball'], integrity: info['dist.integrity'] } : {}),
      cpu: info?.cpu ?? guess.cpu,
      dev: entry.dev,
      license: undefined,
      optional: true,
      os: info?.os ?? guess.os,
      libc: info?.libc ?? guess.libc,
    };
    packages[`node_modules/${dep}`] = Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined));
    added++;
  }
}
const sorted = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
lock.packages = sorted;
writeFileSync('package-lock.json', JSON.stringify(lock, null, 2) + '\n');
console.log(`package-lock.json: ${added} missing optional entries added`);
