/**
 * Named error classes. Every error a user can cause says where (file, JSON pointer)
 * and what was expected, in Chinese by default and in English on request.
 */

export type Lang = 'zh' | 'en';

/** A message in both languages. */
export interface Bilingual {
  zh: string;
  en: string;
}

export class GongwenError extends Error {
  readonly messages: Bilingual;
  constructor(messages: Bilingual, options?: { cause?: unknown }) {
    super(messages.zh, options);
    this.name = 'GongwenError';
    this.messages = messages;
  }
  /** The message in the requested language. */
  describe(lang: Lang = 'zh'): string {
    return this.messages[lang];
  }
}

/** One problem in a case file, located by JSON pointer. */
export interface CaseIssue {
  /** JSON pointer of the field ('' for the whole document), e.g. /problems/0/title. */
  pointer: string;
  /** What was expected, in both languages. */
  expected: Bilingual;
  /** What was found, as printed JSON or a short description; absent when the field is missing. */
  found?: string;
  /** True when the field is absent (printed as 实际缺失 / "but it is missing"). */
  missing?: boolean;
  /** Line and column (1-based) where known, e.g. for invalid JSON. */
  line?: number;
  column?: number;
}

/** A case file that cannot be rendered: invalid JSON, unknown kind, schema violations. */
export class CaseError extends GongwenError {
  readonly file: string;
  readonly issues: CaseIssue[];
  constructor(file: string, issues: CaseIssue[]) {
    super({ zh: formatCaseIssues(file, issues, 'zh'), en: formatCaseIssues(file, issues, 'en') });
    this.name = 'CaseError';
    this.file = file;
    this.issues = issues;
  }
}

function formatCaseIssues(file: string, issues: CaseIssue[], lang: Lang): string {
  const lines = issues.map((issue) => {
    const where =
      issue.line !== undefined
        ? lang === 'zh'
          ? `第${issue.line}行第${issue.column ?? 1}列`
          : `line ${issue.line}, column ${issue.column ?? 1}`
        : issue.pointer === ''
          ? lang === 'zh'
            ? '（整个文件）'
            : '(whole file)'
          : issue.pointer;
    const found =
      issue.found === undefined
        ? issue.missing
          ? lang === 'zh'
            ? '，实际缺失'
            : ', but it is missing'
          : ''
        : lang === 'zh'
          ? `，实际为 ${issue.found}`
          : `, found ${issue.found}`;
    const expected = lang === 'zh' ? `应为${issue.expected.zh}` : `expected ${issue.expected.en}`;
    return `  ${where}：${expected}${found}`.replace('：', lang === 'zh' ? '：' : ': ');
  });
  const head = lang === 'zh' ? `${file}：案件文件有误` : `${file}: invalid case file`;
  return [head, ...lines].join('\n');
}

/** A template that fails (missing variable, unknown helper, bad Markdown contract). */
export class TemplateError extends GongwenError {
  constructor(messages: Bilingual, options?: { cause?: unknown }) {
    super(messages, options);
    this.name = 'TemplateError';
  }
}

/** A Word shell (--docx-template) without the tags the writer fills. */
export class ShellError extends GongwenError {
  constructor(messages: Bilingual, options?: { cause?: unknown }) {
    super(messages, options);
    this.name = 'ShellError';
  }
}

/** A font problem: a character no configured font covers, an unreadable font file. */
export class FontError extends GongwenError {
  constructor(messages: Bilingual, options?: { cause?: unknown }) {
    super(messages, options);
    this.name = 'FontError';
  }
}

/** An output that would overwrite an existing file without --force. */
export class OutputExistsError extends GongwenError {
  readonly path: string;
  constructor(path: string) {
    super({
      zh: `${path}：文件已存在，未覆盖（如需覆盖请加 --force）`,
      en: `${path}: file exists, not overwritten (use --force to overwrite)`,
    });
    this.name = 'OutputExistsError';
    this.path = path;
  }
}

/** A speech whose parts (第一，/一是/一、/（一）/首先…最后) cannot be found: no outline is invented. */
export class SpeechStructureError extends GongwenError {
  /** The file (or case field) the speech came from. */
  readonly source: string;
  constructor(source: string) {
    super({
      zh: `${source}：未能识别讲话的结构：没有找到以“第一，”“一是”“一、”“（一）”或“首先……其次……最后”等序号依次开头的部分，未生成讲话要点`,
      en: `${source}: the structure of the speech was not recognised: no parts opened in sequence by 第一，, 一是, 一、, （一） or 首先…其次…最后 were found, so no outline was produced`,
    });
    this.name = 'SpeechStructureError';
    this.source = source;
  }
}

/**
 * The output folder or an output path cannot take the files: a file where a folder should be,
 * a folder where the file should go, no permission, a full or read-only disk. `path` is the
 * path at fault (which may be a parent folder of the output).
 */
export class OutputError extends GongwenError {
  readonly path: string;
  /** The system's error code (EEXIST, ENOTDIR, EACCES, ENOSPC, EISDIR, …), when there was one. */
  readonly code: string | undefined;
  constructor(path: string, messages: Bilingual, options?: { cause?: unknown; code?: string }) {
    super({ zh: `${path}：${messages.zh}`, en: `${path}: ${messages.en}` }, options);
    this.name = 'OutputError';
    this.path = path;
    this.code = options?.code;
  }
}

/**
 * A part of the document that GB/T 9704 keeps on one page (the 版记) is too long for it. `field`
 * is the JSON pointer of the case field at fault, relative to the document (e.g. /cc); the
 * renderer, which knows the case file, turns it into a CaseError at that field.
 */
export class DoesNotFitError extends GongwenError {
  readonly field: string;
  readonly expected: Bilingual;
  readonly found: string;
  constructor(field: string, expected: Bilingual, found: string) {
    super({ zh: `${field}：应为${expected.zh}，实际为${found}`, en: `${field}: expected ${expected.en}, found ${found}` });
    this.name = 'DoesNotFitError';
    this.field = field;
    this.expected = expected;
    this.found = found;
  }
}
