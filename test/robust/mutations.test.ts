/**
 * Seeded mutations of every fixture (mutateCase.ts), rendered in one process as the CLI does:
 * no internal error (every failure is a named error), no output that lost any of its document's
 * text (the PDF in reading order, the DOCX), no stray file in the output folder. A fixed seed and
 * issue 11's 2,000 mutations (~400 rendered to both formats, ~45 s of CPU);
 * `npm run mutate -- --n 20000 --seed S` runs more.
 */
import { describe, expect, it } from 'vitest';
import { runMutations } from './runMutations.ts';

const N = 2000;

describe(`${N} seeded mutations of every fixture`, () => {
  it('are rendered or refused by name; nothing lost, nothing stray', async () => {
    const figures = await runMutations({ n: N, seed: 20261203 });
    expect(figures.internalErrors).toEqual([]);
    expect(figures.lostText).toEqual([]);
    expect(figures.strayFiles).toEqual([]);
    // Both outcomes are exercised: cases refused with a message, and cases rendered and checked.
    expect(figures.refused.CaseError ?? 0).toBeGreaterThan(N / 2);
    expect(figures.rendered).toBeGreaterThan(N / 10);
    // Every fixture kind among the rendered ones.
    expect(figures.fixtureKinds.length).toBeGreaterThanOrEqual(6);
    for (const kind of figures.fixtureKinds) expect(figures.renderedKinds[kind] ?? 0, kind).toBeGreaterThan(0);
  }, 600_000);
});
