/** Speech text → outline, on speeches of every numbering style (fixtures/speeches/) and on the seed when present. */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SpeechStructureError } from '../../src/errors.ts';
import { chineseNumeral } from '../../src/summary/chineseNumeral.ts';
import { extractOutline, meetingFromTitle, readSpeechFile, textParagraphs } from '../../src/summary/index.ts';
import { markerAt } from '../../src/summary/markers.ts';
import { splitSentences } from '../../src/summary/splitSentences.ts';
import { expectedOutlines, partPairs, speechDir } from './speeches.ts';

describe('extractOutline on speeches of each numbering style', () => {
  for (const [file, expected] of Object.entries(expectedOutlines)) {
    it(file, async () => {
      const path = join(speechDir, file);
      const outline = extractOutline(await readSpeechFile(path), path);
      expect(outline.title).toBe(expected.title);
      expect(outline.salutation).toBe(expected.salutation);
      expect(outline.opening).toHaveLength(1);
      expect(partPairs(outline)).toEqual(expected.parts);
      expect(outline.closing).toHaveLength(expected.closing);
    });
  }

  it('a title block: the title, then ——在……上的讲话, the date and the speaker before the salutation', () => {
    const outline = extractOutline(
      textParagraphs(
        [
          '以严的基调推动基层监督走深走实',
          '——在全县基层监督工作推进会上的讲话',
          '（2026年3月2日）',
          '县纪委书记 孔某某',
          '同志们：',
          '今天的会议开得很及时。',
          '第一，要把基层监督摆上重要位置。抓好组织领导。压实工作责任。',
          '第二，要把监督力量沉到一线。整合监督资源。用好片区协作。',
        ].join('\r\n'),
      ),
      'x.txt',
    );
    expect(outline.title).toBe('以严的基调推动基层监督走深走实');
    expect(outline.subtitle).toEqual(['——在全县基层监督工作推进会上的讲话', '（2026年3月2日）', '县纪委书记 孔某某']);
    expect(outline.salutation).toBe('同志们：');
    expect(outline.opening).toEqual(['今天的会议开得很及时。']);
    expect(meetingFromTitle(outline)).toBe('全县基层监督工作推进会');
    expect(partPairs(outline)).toEqual([
      ['要把基层监督摆上重要位置', ['抓好组织领导', '压实工作责任']],
      ['要把监督力量沉到一线', ['整合监督资源', '用好片区协作']],
    ]);
  });

  it('a count whose word closes each point (“三个到位”), and a binary format refused by name', async () => {
    const outline = extractOutline(
      textParagraphs('一、做到“三个到位”，抓实整改。责任落实到位。措施执行到位。督查问责到位。到位不是口号，要见到实效。\n二、加强督导。定期调度。跟踪问效。'),
      'x.txt',
    );
    expect(partPairs(outline)).toEqual([
      ['做到“三个到位”，抓实整改', ['责任落实到位', '措施执行到位', '督查问责到位']],
      ['加强督导', ['定期调度', '跟踪问效']],
    ]);
    await expect(readSpeechFile(join(speechDir, 'speech.doc'))).rejects.toThrow(/speech\.doc：不支持 \.doc 格式的讲话稿/);
  });

  it('refuses text without numbered parts, naming its source (a single 一、 is no structure)', async () => {
    const path = join(speechDir, 'no-structure.txt');
    const paragraphs = await readSpeechFile(path);
    expect(() => extractOutline(paragraphs, path)).toThrow(SpeechStructureError);
    expect(() => extractOutline(paragraphs, path)).toThrow(/no-structure\.txt：未能识别讲话的结构/);
    expect(() => extractOutline(textParagraphs('一、只有一个部分。\n这里没有第二部分。'), 'x.txt')).toThrow(SpeechStructureError);
  });
});

// The seed speech lives outside the repository, in ../shared/seeds beside the checkout (or beside
// the folder of worktrees); the speeches above mirror its traps for machines without it.
const seed = [resolve('..', 'shared', 'seeds'), resolve('..', '..', 'shared', 'seeds')]
  .map((dir) => join(dir, '000_03749346386efa3f.txt'))
  .find((path) => existsSync(path));
if (seed) {
  describe('the seed speech', () => {
    it('yields its three parts with three points each, headings as written', async () => {
      const outline = extractOutline(await readSpeechFile(seed), seed);
      const pairs = partPairs(outline);
      expect(pairs.map(([heading]) => heading)).toEqual([
        '要坚持“三个突出”，推进政治监督具体明确',
        '要坚持“三个紧盯”，推进政治监督精准务实',
        '坚持“三个注重”，推进政治监督常态长效',
      ]);
      expect(pairs.map(([, points]) => points.length)).toEqual([3, 3, 3]);
      expect(pairs[0]![1][0]).toBe('突出扛起“两个维护”重大使命');
      expect(pairs[1]![1]).toEqual(['紧盯重点人和重点事', '紧盯重点领域和关键环节', '紧盯作风顽瘴痼疾和群众急难愁盼']);
      expect(pairs[2]![1]).toEqual(['注重健全动态跟踪机制', '注重提升督查检查效能', '注重发挥问责利器作用']);
    });
  });
}

describe('the small pieces', () => {
  it('Chinese numerals', () => {
    expect([chineseNumeral('一'), chineseNumeral('十'), chineseNumeral('十二'), chineseNumeral('二十'), chineseNumeral('三十五'), chineseNumeral('两')]).toEqual([1, 10, 12, 20, 35, 2]);
    expect(chineseNumeral('十十')).toBeUndefined();
  });

  it('markers of each style, and words that only look like one', () => {
    expect(markerAt('第三，坚持……')).toMatchObject({ family: 'ordinal', index: 3, rest: '坚持……' });
    expect(markerAt('二是强化训练。')).toMatchObject({ family: 'shi', index: 2, rest: '强化训练。' });
    expect(markerAt('（十一）规范管理')).toMatchObject({ family: 'paren', index: 11 });
    expect(markerAt('三、加强领导')).toMatchObject({ family: 'dun', index: 3 });
    expect(markerAt('最后，要以案促治')).toMatchObject({ family: 'sequence', index: 0 });
    expect(markerAt('第一书记要带头。')).toBeUndefined();
    expect(markerAt('一是一，二是二。')).toMatchObject({ family: 'shi', index: 1 });
  });

  it('sentences end at 。！？ with the closing quote kept', () => {
    expect(splitSentences('他说：“要改。”我们照办！还有吗？最后一句')).toEqual(['他说：“要改。”', '我们照办！', '还有吗？', '最后一句']);
  });
});
