/**
 * Page plans for the samples, as the pagination would give them. Written by hand from the
 * LibreOffice rendering of each sample (where its content ends), following GB/T 9704: the
 * 版记 at the foot of the last page, on an even page when printed double-sided, the colophon
 * page unnumbered when it is a page of its own.
 */
import type { PagePlan } from '../../src/layout/pagePlan.ts';

export const samplePlans: Partial<Record<'document' | 'letter' | 'minutes' | 'speech' | 'talkRecord', PagePlan>> = {
  // Content (attachment 2) ends on page 5, row 5: odd, so the colophon takes page 6 (3 rows: 20–22).
  document: {
    pageCount: 6,
    contentEnd: { page: 5, row: 5 },
    colophon: { page: 6, firstRow: 20, newPage: true, blankPageBefore: false },
    unnumberedPages: [6],
  },
  // Content ends on page 2 (even), row 4; the one-row 抄送 fits on row 22 of the same page.
  letter: {
    pageCount: 2,
    contentEnd: { page: 2, row: 4 },
    colophon: { page: 2, firstRow: 22, newPage: false, blankPageBefore: false },
    unnumberedPages: [],
  },
  // Attendance ends on page 3, row 5: odd, so the colophon (2 rows) takes rows 21–22 of page 4.
  minutes: {
    pageCount: 4,
    contentEnd: { page: 3, row: 5 },
    colophon: { page: 4, firstRow: 21, newPage: true, blankPageBefore: false },
    unnumberedPages: [4],
  },
};

/**
 * A plan that asks for a blank page before the colophon (content ending on an even page with
 * no room left), applied to the document sample to exercise that path: pages 6 and 7 unnumbered.
 */
export const blankPagePlan: PagePlan = {
  pageCount: 7,
  contentEnd: { page: 5, row: 5 },
  colophon: { page: 7, firstRow: 20, newPage: true, blankPageBefore: true },
  unnumberedPages: [6, 7],
};
