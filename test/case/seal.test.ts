import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { SEAL_FILE, SEAL_SIZE, makeSealPng } from './makeSealPng.ts';

/** Decodes the filter-0 RGBA PNG the script writes: width, height and pixel rows. */
function decode(png: Buffer): { width: number; height: number; colorType: number; pixel: (x: number, y: number) => number[] } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  let offset = 8;
  let width = 0;
  let height = 0;
  let colorType = -1;
  const idat: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('ascii', offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      colorType = data[9] ?? -1;
    }
    if (type === 'IDAT') idat.push(data);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = 1 + width * 4;
  return {
    width,
    height,
    colorType,
    pixel: (x, y) => {
      expect(raw[y * stride]).toBe(0);
      const o = y * stride + 1 + x * 4;
      return [...raw.subarray(o, o + 4)];
    },
  };
}

describe('fixtures/seals/office-seal.png', () => {
  const committed = readFileSync(SEAL_FILE);

  it('is what the script draws (regenerate with npx tsx test/case/makeSealPng.ts)', () => {
    expect(makeSealPng().equals(committed)).toBe(true);
  });

  it('is a small 400×400 RGBA PNG: transparent outside, a red ring, a red star in the middle', () => {
    expect(committed.length).toBeLessThan(12_000);
    const png = decode(committed);
    expect([png.width, png.height, png.colorType]).toEqual([SEAL_SIZE, SEAL_SIZE, 6]);
    expect(png.pixel(0, 0)[3]).toBe(0);
    expect(png.pixel(399, 399)[3]).toBe(0);
    expect(png.pixel(200, 100)[3]).toBe(0); // between ring and star
    expect(png.pixel(200, 9)).toEqual([0xe6, 0x00, 0x12, 255]); // ring, top
    expect(png.pixel(391, 200)).toEqual([0xe6, 0x00, 0x12, 255]); // ring, right
    expect(png.pixel(200, 200)).toEqual([0xe6, 0x00, 0x12, 255]); // star centre
    expect(png.pixel(200, 130)).toEqual([0xe6, 0x00, 0x12, 255]); // star's top point
  });
});
