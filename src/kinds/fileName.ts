/** Output file name (no extension) from kind.json's pattern, safe on Windows, macOS and Linux. */
import type { LoadedCase } from '../case/types.ts';
import { fillPattern } from './fillPattern.ts';
import { kindFile, loadKindDefinition } from './kindDefinition.ts';

export function documentFileName(loaded: LoadedCase): string {
  const def = loadKindDefinition(loaded.data.kind);
  const name = fillPattern(def.fileName, loaded.data, kindFile(loaded.data.kind));
  const safe = name
    .replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 120);
  return /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(safe) || safe === '' ? `_${safe}` : safe;
}
