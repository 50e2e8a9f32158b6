// Runs Electronegativity over main/, preload/ and renderer/ and fails on any HIGH or MEDIUM
// finding not justified in scripts/electronegativity-exceptions.json. Electronegativity always
// exits 0, so its CSV report (which carries the severity) is parsed here.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const stage = mkdtempSync(join(tmpdir(), 'agentdesk-electronegativity-'));
for (const dir of ['main', 'preload', 'renderer']) cpSync(dir, join(stage, dir), { recursive: true });
cpSync('package.json', join(stage, 'package.json'));
const report = join(stage, 'report.csv');
const run = spawnSync('npx', ['--no-install', 'electronegativity', '-i', stage, '-o', report, '-x', 'AvailableSecurityFixesGlobalCheck'], { encoding: 'utf8' });
if (run.status !== 0) {
  console.error(run.stderr);
  process.exit(1);
}

/** Splits one CSV line, honouring quoted fields. */
function fields(line) {
  const out = [];
  let current = '';
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) {
      out.push(current.trim());
      current = '';
    } else current += ch;
  }
  out.push(current.trim());
  return out;
}

const { exceptions } = JSON.parse(readFileSync('scripts/electronegativity-exceptions.json', 'utf8'));
const lines = readFileSync(report, 'utf8').split('\n').slice(1).filter(Boolean);
const findings = lines.map(fields).map(([check, severity, confidence, file, location, , description]) => ({
  check,
  severity,
  confidence,
  file: file === 'N/A' ? file : relative(stage, file),
  location,
  description,
}));

rmSync(stage, { recursive: true, force: true });

const serious = findings.filter((f) => f.severity === 'HIGH' || f.severity === 'MEDIUM');
const justified = serious.filter((f) => exceptions.some((e) => e.check === f.check && e.file === f.file));
const unjustified = serious.filter((f) => !justified.includes(f));
for (const f of findings) {
  const mark = unjustified.includes(f) ? 'FAIL' : justified.includes(f) ? 'justified' : 'ok';
  console.log(`${mark.padEnd(9)} ${f.severity.padEnd(13)} ${f.check} ${f.file}:${f.location} — ${f.description}`);
}
console.log(`Electronegativity: ${findings.length} findings, ${serious.length} HIGH/MEDIUM, ${justified.length} justified, ${unjustified.length} unjustified`);
process.exit(unjustified.length === 0 ? 0 : 1);
