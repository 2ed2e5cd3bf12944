/**
 * text.overlap: no character is drawn over a character of another text run (their boxes share
 * more than a third of the smaller one), e.g. a 版记 printed over the body's last rows. Runs
 * that merely touch (tracking, compressed punctuation) share far less. One finding per page.
 */
import { charBoxes, type CharBox } from '../charBoxes.ts';
import type { Finding } from '../types.ts';
import { excerpt, type Rule } from './context.ts';

const SHARE = 1 / 3;
/** Side of the buckets characters are sorted into, pt (about one character). */
const BUCKET = 16;

const area = (b: CharBox): number => (b.right - b.left) * (b.bottom - b.top);

function overlaps(a: CharBox, b: CharBox): boolean {
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return w > 0 && h > 0 && w * h > SHARE * Math.min(area(a), area(b));
}

/** Pairs of overlapping characters of different runs, found through a grid of buckets. */
export function overlappingPairs(boxes: readonly CharBox[]): [CharBox, CharBox][] {
  const buckets = new Map<string, number[]>();
  const pairs: [CharBox, CharBox][] = [];
  const seen = new Set<number>();
  boxes.forEach((box, index) => {
    seen.clear();
    for (let bx = Math.floor(box.left / BUCKET); bx <= Math.floor(box.right / BUCKET); bx++) {
      for (let by = Math.floor(box.top / BUCKET); by <= Math.floor(box.bottom / BUCKET); by++) {
        const key = `${bx},${by}`;
        const bucket = buckets.get(key) ?? [];
        for (const o of bucket) {
          const other = boxes[o]!;
          if (seen.has(o) || other.item === box.item || !overlaps(other, box)) continue;
          seen.add(o);
          pairs.push([other, box]);
        }
        bucket.push(index);
        buckets.set(key, bucket);
      }
    }
  });
  return pairs;
}

export const checkTextOverlap: Rule = ({ geometry }) =>
  geometry.pages.flatMap((page): Finding[] => {
    const pairs = overlappingPairs(charBoxes(page));
    if (pairs.length === 0) return [];
    const [a, b] = pairs[0]!;
    const runs = `${excerpt(page.items[a.item]?.str ?? a.ch)} / ${excerpt(page.items[b.item]?.str ?? b.ch)}`;
    return [
      {
        severity: 'error',
        rule: 'text.overlap',
        page: page.page,
        message: {
          zh: `${pairs.length} 处文字互相重叠（“${a.ch}”与“${b.ch}”）`,
          en: `${pairs.length} places where text is drawn over other text ("${a.ch}" and "${b.ch}")`,
        },
        measured: pairs.length,
        expected: 0,
        unit: '',
        text: runs,
      },
    ];
  });
