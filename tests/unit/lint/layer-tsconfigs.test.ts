import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Each layer is typechecked with its own environment: the renderer without Node's types, main
// without the DOM. A one-file program under each layer's own tsconfig proves the rule bites.
const root = resolve(import.meta.dirname, '..', '..', '..');

function diagnosticsUnder(tsconfig: string, layerDir: string, source: string): string[] {
  const file = join(root, tsconfig);
  const parsed = ts.parseJsonConfigFileContent(ts.readConfigFile(file, ts.sys.readFile).config, ts.sys, dirname(file));
  const probe = join(root, layerDir, '__layer_probe__.ts');
  const host = ts.createCompilerHost(parsed.options);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.fileExists = (name) => name === probe || ts.sys.fileExists(name);
  host.readFile = (name) => (name === probe ? source : readFile(name));
  host.getSourceFile = (name, language) => (name === probe ? ts.createSourceFile(name, source, language) : getSourceFile(name, language));
  const program = ts.createProgram({ rootNames: [probe], options: parsed.options, host });
  return ts.getPreEmitDiagnostics(program, program.getSourceFile(probe)).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('layer tsconfigs', () => {
  it('the renderer has no Node: process and Buffer do not exist there', () => {
    expect(diagnosticsUnder('tsconfig.renderer.json', 'renderer/src', 'export const cwd = process.cwd();').join('\n')).toMatch(/Cannot find name 'process'/);
    expect(diagnosticsUnder('tsconfig.renderer.json', 'renderer/src', 'export const b = Buffer.from("x");').join('\n')).toMatch(/Cannot find name 'Buffer'/);
    expect(diagnosticsUnder('tsconfig.renderer.json', 'renderer/src', 'export const title = document.title;')).toEqual([]);
  }, 60_000);

  it('main has no DOM: document and window do not exist there', () => {
    expect(diagnosticsUnder('tsconfig.main.json', 'main/services', 'export const title = document.title;').join('\n')).toMatch(/Cannot find name 'document'/);
    expect(diagnosticsUnder('tsconfig.main.json', 'main/services', 'export const w = window.innerWidth;').join('\n')).toMatch(/Cannot find name 'window'/);
    expect(diagnosticsUnder('tsconfig.main.json', 'main/services', 'export const cwd = process.cwd();')).toEqual([]);
  }, 60_000);
});
