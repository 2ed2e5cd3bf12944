/**
 * Seeded mutations of every fixture (mutateCase.ts), rendered in one process as the CLI does:
 * no internal error (every failure is a named error), no output that lost any of its document's
 * text (the PDF in reading order, the DOCX), no stray file in the output folder. A fixed seed and
 * as many mutations as fit this suite's budget; `npm run mutate -- --n 2000 --seed S` runs more.
 */
import { describe, expect, it } from 'vitest';
import { runMutations } from './runMutations.ts';

const N = 200;

describe(`${N} seeded mutations of every fixture`, () => {
  it('are rendered or refused by name; nothing lost, nothing stray', async () => {
    const figures = await runMutations({ n: N, seed: 20261203 });
    expect(figures.internalErrors).toEqual([]);
    expect(figures.lostText).toEqual([]);
    expect(figures.strayFiles).toEqual([]);
    // Both outcomes are exercised: cases refused with a message, and cases rendered and checked.
    expect(figures.refused.CaseError ?? 0).toBeGreaterThan(N / 2);
    expect(figures.rendered).toBeGreaterThan(N / 10);
  }, 120_000);
});
