import { join } from 'node:path';
import { ESLint } from 'eslint';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: ROOT });

async function layeringErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, filePath) });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals')
    .map((m) => m.message);
}

describe('lint rules hold the layers apart', () => {
  it.each([
    ['shared/geodesy/violation.ts', "import { app } from 'electron';\nexport const x = app;"],
    ['shared/geodesy/violation.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;"],
    ['shared/geodesy/violation.ts', "import path from 'path';\nexport const x = path;"],
    ['shared/geodesy/violation.ts', "import { useState } from 'react';\nexport const x = useState;"],
    ['shared/geodesy/violation.ts', "import Dexie from 'dexie';\nexport const x = Dexie;"],
    ['shared/geodesy/violation.ts', "import * as m from 'maplibre-gl';\nexport const x = m;"],
    ['shared/geodesy/violation.ts', "import { App } from '../../renderer/src/app/App.tsx';\nexport const x = App;"],
    ['shared/geodesy/violation.ts', 'export const title = document.title;'],
    ['shared/geodesy/violation.ts', 'export const env = process.env;'],
    ['renderer/src/app/violation.ts', "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;"],
    ['renderer/src/app/violation.ts', "import { readFile } from 'node:fs/promises';\nexport const x = readFile;"],
    ['renderer/src/app/violation.ts', "import { bridgeHandlers } from '../../../electron/main/bridge-handlers.ts';\nexport const x = bridgeHandlers;"],
    ['electron/main/violation.ts', "import { App } from '../../renderer/src/app/App.tsx';\nexport const x = App;"],
    ['electron/main/violation.ts', "import Dexie from 'dexie';\nexport const x = Dexie;"],
    ['server/routes/violation.ts', "import { App } from '../../renderer/src/app/App.tsx';\nexport const x = App;"],
    ['server/routes/violation.ts', "import { runPack } from '../../cli/pack-command.ts';\nexport const x = runPack;"],
  ])('rejects a deliberate violation in %s: %s', async (filePath, code) => {
    expect(await layeringErrors(filePath, code)).not.toEqual([]);
  });

  it.each([
    ['shared/geodesy/allowed.ts', "import { CGCS2000 } from './ellipsoid.ts';\nexport const x = CGCS2000;"],
    ['renderer/src/app/allowed.ts', "import { CGCS2000 } from '../../../shared/geodesy/ellipsoid.ts';\nexport const x = CGCS2000;"],
    ['electron/main/allowed.ts', "import { readFile } from 'node:fs/promises';\nimport { CGCS2000 } from '../../shared/geodesy/ellipsoid.ts';\nexport const x = [readFile, CGCS2000];"],
    ['server/routes/allowed.ts', "import { readFile } from 'node:fs/promises';\nimport { readPackage } from '../../shared/package/package-reader.ts';\nexport const x = [readFile, readPackage];"],
  ])('allows the permitted direction in %s', async (filePath, code) => {
    expect(await layeringErrors(filePath, code)).toEqual([]);
  });
});

/** Type-checks one virtual file with a folder's own tsconfig; returns the diagnostics' texts. */
function typeErrors(folder: string, fileName: string, code: string): string[] {
  const configPath = join(ROOT, folder, 'tsconfig.json');
  const parsed = ts.getParsedCommandLineOfConfigFile(configPath, { noEmit: true, composite: false, emitDeclarationOnly: false, declaration: false }, {
    ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined,
  });
  if (!parsed) throw new Error(`cannot read ${configPath}`);
  const virtualPath = join(ROOT, folder, fileName);
  const host = ts.createCompilerHost(parsed.options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (f) => (f === virtualPath ? code : readFile(f));
  host.fileExists = (f) => f === virtualPath || fileExists(f);
  host.getSourceFile = (f, lang, ...rest) =>
    f === virtualPath ? ts.createSourceFile(f, code, lang) : getSourceFile(f, lang, ...rest);
  const ambient = parsed.fileNames.filter((f) => f.endsWith('.d.ts'));
  const program = ts.createProgram({ rootNames: [virtualPath, ...ambient], options: parsed.options, host });
  return ts.getPreEmitDiagnostics(program, program.getSourceFile(virtualPath))
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('per-folder tsconfig keeps DOM and Node types out of shared/', () => {
  const usesDom = 'export const title: string = document.title;';
  const usesNode = "export const home: string | undefined = process.env['HOME'];";

  it('fails to compile shared/ code that touches the DOM', () => {
    expect(typeErrors('shared', 'violation.ts', usesDom).join('\n')).toMatch(/Cannot find name 'document'/);
  });

  it('fails to compile shared/ code that touches Node', () => {
    expect(typeErrors('shared', 'violation.ts', usesNode).join('\n')).toMatch(/Cannot find name 'process'/);
  });

  it('compiles the same DOM code in renderer/, so the check is about the folder', () => {
    expect(typeErrors('renderer', 'src/allowed.ts', usesDom)).toEqual([]);
  });

  it('lets shared/ use the text codecs every runtime has', () => {
    expect(typeErrors('shared', 'allowed.ts', "export const d = new TextDecoder('gbk').decode(new Uint8Array(2));")).toEqual([]);
  });
});
