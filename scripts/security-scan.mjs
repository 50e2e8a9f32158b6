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

/**
 * Parses RFC 4180 CSV: quoted fields may hold commas, doubled quotes and newlines (the
 * descriptions Electronegativity fetches from its translation files can span lines).
 */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field.trim());
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field.trim());
      if (row.some(Boolean)) rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  row.push(field.trim());
  if (row.some(Boolean)) rows.push(row);
  return rows;
}

const { exceptions } = JSON.parse(readFileSync('scripts/electronegativity-exceptions.json', 'utf8'));
const records = parseCsv(readFileSync(report, 'utf8')).slice(1);
const malformed = records.filter((r) => r.length < 7);
const findings = records
  .filter((r) => r.length >= 7)
  .map(([check, severity, confidence, file, location, , description]) => ({
    check,
    severity,
    confidence,
    file: file === 'N/A' ? file : relative(stage, resolve(stage, file)),
    location,
    description: description.replace(/\s+/g, ' '),
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
for (const r of malformed) console.log(`FAIL      unreadable report record: ${JSON.stringify(r)}`);
process.exit(unjustified.length === 0 && malformed.length === 0 ? 0 : 1);
