/**
 * File names from case ids, safe on Windows, macOS and Linux file systems:
 * no path separators or reserved characters, no trailing dots or spaces, no reserved
 * device names, at most 120 characters (Chinese names kept as they are).
 */
const RESERVED = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
const DEVICE = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

export function safeFileStem(id: string): string {
  let stem = id.normalize('NFC').replace(RESERVED, '_').replace(/\s+/g, ' ').trim();
  stem = stem.replace(/^[.\s]+|[.\s]+$/g, '');
  if (stem === '' || stem === '_') stem = 'document';
  if (DEVICE.test(stem)) stem = `_${stem}`;
  return [...stem].slice(0, 120).join('');
}

/** Gives every document of a run a distinct stem: the id, then id.kind, then id.kind.N. */
export class StemAllocator {
  private readonly used = new Set<string>();
  allocate(id: string, kind: string): string {
    const base = safeFileStem(id);
    const candidates = [base, `${base}.${kind}`];
    for (const candidate of candidates) {
      if (!this.used.has(candidate.toLowerCase())) {
        this.used.add(candidate.toLowerCase());
        return candidate;
      }
    }
    for (let n = 2; ; n++) {
      const candidate = `${base}.${kind}.${n}`;
      if (!this.used.has(candidate.toLowerCase())) {
        this.used.add(candidate.toLowerCase());
        return candidate;
      }
    }
  }
}
