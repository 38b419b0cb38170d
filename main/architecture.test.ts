import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './testing/test-core';

const lint = async (filePath: string, code: string) => {
  const eslint = new ESLint({ cwd: REPO_ROOT });
  const [result] = await eslint.lintText(code, { filePath: `${REPO_ROOT}/${filePath}` });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
};

describe('process boundaries (lint-enforced)', () => {
  it('refuses electron in core code', async () => {
    expect(await lint('main/core/example.ts', "import { app } from 'electron';\nexport const a = app;\n")).toHaveLength(1);
    expect(await lint('main/server/example.ts', "import { app } from 'electron';\nexport const a = app;\n")).toHaveLength(1);
  });

  it('allows electron at the edge', async () => {
    expect(await lint('main/electron/example.ts', "import { app } from 'electron';\nexport const a = app;\n")).toEqual([]);
    expect(await lint('preload/example.ts', "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;\n")).toEqual([]);
  });

  it('keeps Node and core out of the renderer', async () => {
    expect(await lint('renderer/src/example.ts', "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n")).toHaveLength(1);
    expect(await lint('renderer/src/example.ts', "import { createCore } from '../../main/core/composition';\nexport const a = createCore;\n")).toHaveLength(1);
    expect(await lint('renderer/src/example.ts', "import { contract } from '../../main/contract/contract';\nexport const a = contract;\n")).toEqual([]);
  });
});
