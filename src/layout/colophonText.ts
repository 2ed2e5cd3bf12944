/**
 * The 抄送 text as it prints: 抄送：, the recipients joined with ，, ending with 。. One text for
 * the layout engine, which breaks it into rows, and the DOCX, which breaks it at the plan's offsets
 * into it (PagePlan.colophonCcBreaks).
 */
export const CC_LABEL = '抄送：';

export const ccText = (cc: readonly string[]): string => CC_LABEL + cc.join('，').replace(/[。.]?$/, '。');
