/** The rules of `gongwen check`, in report order. */
import { checkBlockOrigin } from './blockOrigin.ts';
import { checkColophonFoot } from './colophonFoot.ts';
import { checkColophonRules } from './colophonRules.ts';
import type { Rule } from './context.ts';
import { checkFolio } from './folio.ts';
import { checkFonts } from './fonts.ts';
import { checkGridPitch } from './gridPitch.ts';
import { checkKinsoku } from './kinsoku.ts';
import { checkPaperSize } from './paperSize.ts';
import { checkRedMarks } from './redMarks.ts';
import { checkRowCells } from './rowCells.ts';
import { checkRowOverflow } from './rowOverflow.ts';
import { checkRowsPerPage } from './rowsPerPage.ts';
import { checkTextOutsidePage } from './textOutsidePage.ts';
import { checkTextOverlap } from './textOverlap.ts';

export const rules: readonly Rule[] = [
  checkPaperSize,
  checkBlockOrigin,
  checkGridPitch,
  checkRowsPerPage,
  checkRowCells,
  checkRowOverflow,
  checkTextOutsidePage,
  checkTextOverlap,
  checkKinsoku,
  checkFolio,
  checkColophonFoot,
  checkColophonRules,
  checkFonts,
  checkRedMarks,
];
