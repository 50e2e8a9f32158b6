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
// its fields or not, and a field may hold commas, quotes or line breaks (a long file path has
// been seen broken across two lines). The fields that matter come first, so each record is
// found by its start (check, severity, confidence, file up to the location) anywhere in the
// text, line breaks inside the path removed; the rest of its text is only shown.
const RECORD = /(?:^|\n)"?([A-Z_]+)"?,"?(HIGH|MEDIUM|LOW|INFORMATIONAL)"?,"?(CERTAIN|FIRM|TENTATIVE)"?,"?([^"]*?)"?,"?(\d+:\d+)"?,/g;

const { exceptions } = JSON.parse(readFileSync('scripts/electronegativity-exceptions.json', 'utf8'));
const text = readFileSync(report, 'utf8').replace(/\r\n?/g, '\n');
// The header is taken off by its words, not as the first line: the writer has once put the line
// break that ends it inside the first record's path (seen on a clean machine), leaving the header
// and the start of that record on one line.
const HEADER = /^issue,\s*severity,\s*confidence,\s*filename,\s*location,\s*sample,\s*description,\s*url\n?/;
const body = HEADER.test(text) ? text.replace(HEADER, '') : text;
const starts = [...body.matchAll(RECORD)];
const findings = [];
// Text before the first record cannot belong to one: the report is not what we expect.
const before = starts.length > 0 ? body.slice(0, starts[0].index) : body;
if (before.trim() !== '') findings.push({ check: 'UNREADABLE_REPORT', severity: 'HIGH', confidence: 'CERTAIN', file: 'report', location: '0:0', description: before.trim().slice(0, 200) });
// A severity field the record pattern did not take in means a record it could not read.
const severityFields = body.match(/,"?(HIGH|MEDIUM)"?,/g)?.length ?? 0;
const seriousRecords = starts.filter((m) => m[2] === 'HIGH' || m[2] === 'MEDIUM').length;
if (severityFields !== seriousRecords) findings.push({ check: 'UNREADABLE_REPORT', severity: 'HIGH', confidence: 'CERTAIN', file: 'report', location: '0:0', description: `${severityFields} HIGH/MEDIUM fields, ${seriousRecords} readable records` });
starts.forEach((match, i) => {
  const [whole, check, severity, confidence, rawFile, location] = match;
  const file = rawFile.replace(/\n/g, '');
  const rest = body.slice(match.index + whole.length, i + 1 < starts.length ? starts[i + 1].index : body.length).replace(/\n/g, ' ');
  findings.push({ check, severity, confidence, file: file === 'N/A' ? file : relative(stage, resolve(stage, file)), location, description: rest.trim().replace(/https?:\/\/\S+$/, '').replace(/[",\s]+$/, '').slice(-120) });
});

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
