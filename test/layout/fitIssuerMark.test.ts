import { describe, expect, it } from 'vitest';
import { fitIssuerMark } from '../../src/layout/fitIssuerMark.ts';
import { mmToPt, textBlock } from '../../src/layout/gbt9704.ts';

describe('fitIssuerMark', () => {
  it('sets a short mark at 小初 (36 pt) without condensing', () => {
    expect(fitIssuerMark('某某市纪委常委会会议纪要')).toEqual({ sizePt: 36, scaleX: 100 });
  });

  it('shrinks a mark until it fits the 156 mm block', () => {
    const fit = fitIssuerMark('中共某某市纪律检查委员会文件');
    expect(fit.scaleX).toBe(100);
    expect(14 * fit.sizePt).toBeLessThanOrEqual(mmToPt(textBlock.widthMm));
    expect(15 * fit.sizePt).toBeGreaterThan(mmToPt(textBlock.widthMm));
  });

  it('condenses a joint mark that would not fit even at 二号', () => {
    const mark = '中共某某市纪律检查委员会某某市监察委员会文件';
    const fit = fitIssuerMark(mark);
    expect(fit.sizePt).toBe(22);
    expect(fit.scaleX).toBeLessThan(100);
    expect(([...mark].length * fit.sizePt * fit.scaleX) / 100).toBeLessThanOrEqual(mmToPt(textBlock.widthMm));
  });
});
