/** Output file name (no extension) from kind.json's pattern, safe on Windows, macOS and Linux. */
import type { LoadedCase } from '../case/types.ts';
import { safeFileStem } from '../output/outputName.ts';
import { fillPattern } from './fillPattern.ts';
import { kindFile, loadKindDefinition } from './kindDefinition.ts';

export function documentFileName(loaded: LoadedCase): string {
  const def = loadKindDefinition(loaded.data.kind);
  return safeFileStem(fillPattern(def.fileName, loaded.data, kindFile(loaded.data.kind)));
}
