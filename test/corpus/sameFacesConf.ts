/**
 * A fontconfig file under which LibreOffice sets our DOCX in exactly the faces our PDF embeds
 * (the package fonts, systemFonts: false): the office family names GB/T 9704 asks for are mapped
 * to the very files loadFontSet resolved, and no system font is visible. Our PDF fakes bold
 * (fill + stroke); so that a bold run in 仿宋 is also faked by LibreOffice and not set in Noto
 * Serif SC Bold (other Latin widths), the Bold file that stands in for 小标宋 is renamed at scan
 * time to a family of its own.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { FONT_ROLES, officeFamilies } from '../../src/fonts/roles.ts';
import type { FontSet } from '../../src/fonts/types.ts';

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function writeSameFacesConf(fonts: FontSet): string {
  const dir = mkdtempSync(join(tmpdir(), 'gongwen-same-faces-'));
  // Only the resolved files are visible, each linked into a folder of our own: their own folders
  // hold other files of the same families (Noto's other weights; fonts derived in our cache).
  const fontDir = join(dir, 'fonts');
  mkdirSync(fontDir);
  const lines: string[] = [];
  const linked = new Map<string, string>();
  for (const role of FONT_ROLES) {
    const face = fonts.chain(role)[0]!;
    const source = face.sfntPath ?? face.path;
    let file = linked.get(source);
    if (!file) {
      file = join(fontDir, `${linked.size}-${basename(source)}`);
      symlinkSync(source, file);
      linked.set(source, file);
    }
    // The family as fontconfig reads it from the file; the Bold file gets a private one.
    const scanned = execFileSync('fc-scan', ['--format', '%{family[0]}', file], { encoding: 'utf8' }).trim();
    const family = role === 'xiaobiaosong' ? 'gongwen-xiaobiaosong' : scanned;
    if (role === 'xiaobiaosong') {
      lines.push(`<match target="scan"><test name="file"><string>${escapeXml(file)}</string></test><edit name="family" mode="assign_replace"><string>${family}</string></edit></match>`);
    }
    for (const office of officeFamilies[role]) {
      lines.push(`<match target="pattern"><test name="family" qual="any"><string>${escapeXml(office)}</string></test><edit name="family" mode="assign" binding="strong"><string>${escapeXml(family)}</string></edit></match>`);
    }
  }
  const conf = [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">',
    '<fontconfig>',
    `<dir>${escapeXml(fontDir)}</dir>`,
    `<cachedir>${escapeXml(join(dir, 'cache'))}</cachedir>`,
    ...lines,
    '</fontconfig>',
  ].join('\n');
  const path = join(dir, 'fonts.conf');
  writeFileSync(path, conf);
  return path;
}
