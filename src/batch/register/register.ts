/**
 * The register of issued documents: an SQLite database (better-sqlite3) holding every document a
 * batch wrote (发文字号, kind, case id, title, issuer, date, output hashes, time) and every 发文字号
 * it handed out. Numbers are assigned per 机关代字 and year inside an IMMEDIATE transaction under
 * UNIQUE constraints, so neither parallel workers (the main thread assigns before dispatching)
 * nor several gongwen processes sharing the file, nor a re-run, can produce a duplicate; a case
 * (kind + id) keeps the number it was given.
 */
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type Database from 'better-sqlite3';
import { GongwenError } from '../../errors.ts';

/**
 * better-sqlite3 is an optional dependency (a native module built at install time): gongwen works
 * without it, and only the register asks for it, by name, when it is missing.
 */
function sqlite(): typeof Database {
  try {
    return createRequire(import.meta.url)('better-sqlite3') as typeof Database;
  } catch (cause) {
    throw new GongwenError(
      {
        zh: `发文登记簿需要 better-sqlite3（可选依赖，未能安装或编译）：npm install better-sqlite3@12（${String(cause)}）`,
        en: `the register needs better-sqlite3 (an optional dependency that was not installed or built): npm install better-sqlite3@12 (${String(cause)})`,
      },
      { cause },
    );
  }
}

export interface RegisteredDocument {
  docNumber: string | null;
  kind: string;
  caseId: string;
  title: string;
  issuer: string;
  date: string | null;
  outputs: { format: string; path: string; sha256: string }[];
  recordedAt: string;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS numbers (
  doc_number  TEXT PRIMARY KEY,
  issuer_code TEXT NOT NULL,
  year        INTEGER NOT NULL,
  seq         INTEGER NOT NULL,
  case_key    TEXT NOT NULL UNIQUE,
  UNIQUE (issuer_code, year, seq)
);
CREATE TABLE IF NOT EXISTS documents (
  case_key    TEXT PRIMARY KEY,
  doc_number  TEXT UNIQUE,
  kind        TEXT NOT NULL,
  case_id     TEXT NOT NULL,
  title       TEXT NOT NULL,
  issuer      TEXT NOT NULL,
  date        TEXT,
  outputs     TEXT NOT NULL,
  recorded_at TEXT NOT NULL
);
`;

const NUMBER = /^(.+)〔(\d{4})〕(\d+)号$/;

export const caseKey = (kind: string, id: string): string => `${kind}:${id}`;

export function formatDocNumber(code: string, year: number, seq: number): string {
  return `${code}〔${year}〕${seq}号`;
}

export class Register {
  private readonly db: Database.Database;

  constructor(readonly path: string) {
    const Sqlite = sqlite();
    try {
      mkdirSync(dirname(path), { recursive: true });
      this.db = new Sqlite(path, { timeout: 10_000 });
      this.db.pragma('journal_mode = WAL');
      this.db.exec(SCHEMA);
    } catch (cause) {
      throw new GongwenError({ zh: `${path}：无法打开发文登记簿（${String(cause)}）`, en: `${path}: cannot open the register (${String(cause)})` }, { cause });
    }
  }

  close(): void {
    this.db.close();
  }

  /** The 发文字号 of a case: the one it already has, else the next for its 机关代字 and year. */
  assign(key: string, code: string, year: number): string {
    const run = this.db.transaction((): string => {
      const held = this.db.prepare('SELECT doc_number FROM numbers WHERE case_key = ?').get(key) as { doc_number: string } | undefined;
      if (held) return held.doc_number;
      const { next } = this.db.prepare('SELECT COALESCE(MAX(seq), 0) + 1 AS next FROM numbers WHERE issuer_code = ? AND year = ?').get(code, year) as { next: number };
      const docNumber = formatDocNumber(code, year, next);
      this.db.prepare('INSERT INTO numbers (doc_number, issuer_code, year, seq, case_key) VALUES (?, ?, ?, ?, ?)').run(docNumber, code, year, next, key);
      return docNumber;
    });
    return run.immediate();
  }

  /**
   * A case's own 发文字号: reserved for it (so assigned numbers continue after it), or refused
   * when another case holds it.
   */
  claim(key: string, docNumber: string): { ok: true } | { ok: false; holder: string } {
    const run = this.db.transaction((): { ok: true } | { ok: false; holder: string } => {
      const holder = this.db.prepare('SELECT case_key FROM numbers WHERE doc_number = ?').get(docNumber) as { case_key: string } | undefined;
      if (holder) return holder.case_key === key ? { ok: true } : { ok: false, holder: holder.case_key };
      const match = NUMBER.exec(docNumber);
      const own = this.db.prepare('SELECT doc_number FROM numbers WHERE case_key = ?').get(key) as { doc_number: string } | undefined;
      // A case that changed its number releases the old one.
      if (own) this.db.prepare('DELETE FROM numbers WHERE case_key = ?').run(key);
      if (match) this.db.prepare('INSERT INTO numbers (doc_number, issuer_code, year, seq, case_key) VALUES (?, ?, ?, ?, ?)').run(docNumber, match[1], Number(match[2]), Number(match[3]), key);
      return { ok: true };
    });
    return run.immediate();
  }

  record(document: Omit<RegisteredDocument, 'recordedAt'>, recordedAt = new Date().toISOString()): void {
    this.db
      .prepare(
        `INSERT INTO documents (case_key, doc_number, kind, case_id, title, issuer, date, outputs, recorded_at)
         VALUES (@key, @docNumber, @kind, @caseId, @title, @issuer, @date, @outputs, @recordedAt)
         ON CONFLICT (case_key) DO UPDATE SET doc_number = excluded.doc_number, title = excluded.title, issuer = excluded.issuer,
           date = excluded.date, outputs = excluded.outputs, recorded_at = excluded.recorded_at`,
      )
      .run({ key: caseKey(document.kind, document.caseId), ...document, outputs: JSON.stringify(document.outputs), recordedAt });
  }

  /** In 发文字号 order (代字, year, number), then documents without a number by time. */
  list(): RegisteredDocument[] {
    const rows = this.db
      .prepare(
        `SELECT d.* FROM documents d LEFT JOIN numbers n ON n.doc_number = d.doc_number
         ORDER BY n.issuer_code IS NULL, n.issuer_code, n.year, n.seq, d.recorded_at, d.case_key`,
      )
      .all() as Record<string, string | null>[];
    return rows.map(toDocument);
  }

  /** By 发文字号 or case id. */
  show(what: string): RegisteredDocument[] {
    const rows = this.db.prepare('SELECT * FROM documents WHERE doc_number = ? OR case_id = ? ORDER BY case_key').all(what, what) as Record<string, string | null>[];
    return rows.map(toDocument);
  }
}

function toDocument(row: Record<string, string | null>): RegisteredDocument {
  return {
    docNumber: row.doc_number ?? null,
    kind: row.kind ?? '',
    caseId: row.case_id ?? '',
    title: row.title ?? '',
    issuer: row.issuer ?? '',
    date: row.date ?? null,
    outputs: JSON.parse(row.outputs ?? '[]') as RegisteredDocument['outputs'],
    recordedAt: row.recorded_at ?? '',
  };
}
