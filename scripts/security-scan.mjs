// Runs Electronegativity over main/, preload/ and renderer/ and fails on any HIGH or MEDIUM
// finding not justified in scripts/electronegativity-exceptions.json. Electronegativity always
// exits 0, so its CSV report (which carries the severity) is parsed here.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

const stage = mkdtempSync(join(tmpdir(), 'agentdesk-electronegativity-'));
for (const dir of ['main', 'preload', 'renderer']) cpSync(dir, join(stage, dir), { recursive: true });
cpSync('package.json', join(stage, 'package.json'));
const report = join(stage, 'report.csv');
const run = spawnSync('npx', ['--no-install', 'electronegativity', '-i', stage, '-o', report, '-x', 'AvailableSecurityFixesGlobalCheck'], { encoding: 'utf8' });
if (run.status !== 0) {
  console.error(run.stderr);
  process.exit(1);
}

// One finding per record. Depending on the version of its CSV writer, Electronegativity quotes
// its fields or not, and a code sample may hold commas, quotes or line breaks. The fields that
// matter come first and hold none of those, so a record is found by its start and the rest of
// its text (the sample, the description) is only shown.
const RECORD = /^"?([A-Z_]+)"?,"?(HIGH|MEDIUM|LOW|INFORMATIONAL)"?,"?(CERTAIN|FIRM|TENTATIVE)"?,"?([^,"]+)"?,"?(\d+:\d+)"?,(.*)$/;

const { exceptions } = JSON.parse(readFileSync('scripts/electronegativity-exceptions.json', 'utf8'));
const lines = readFileSync(report, 'utf8').split(/\r?\n/).slice(1);
const findings = [];
for (const line of lines) {
  const match = RECORD.exec(line);
  if (match) {
    const [, check, severity, confidence, file, location, rest] = match;
    findings.push({ check, severity, confidence, file: file === 'N/A' ? file : relative(stage, resolve(stage, file)), location, description: rest.replace(/https?:\/\/\S+$/, '').replace(/[",]+$/, '').slice(-120) });
  } else if (findings.length === 0 && line.trim() !== '') {
    // Text before the first record cannot be a continuation: the report is not what we expect.
    findings.push({ check: 'UNREADABLE_REPORT', severity: 'HIGH', confidence: 'CERTAIN', file: 'report', location: '0:0', description: line.slice(0, 200) });
  }
}

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
