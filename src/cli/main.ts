/**
 * gongwen's command line. Each command lives in its own file under commands/ and only
 * parses options and calls the library. Exit codes: 0 success, 1 invalid input or a
 * failed document, 2 usage errors.
 */
import { Command, CommanderError, Option } from 'commander';
import type { Lang } from '../errors.ts';
import { collectFont, parseFormats, parseLang, parsePort, parsePositiveInt } from './options.ts';
import { describeError } from './report.ts';

// Each command's module is imported when the command runs: `kinds` and `--help` start without
// the layout engine, and only `check` loads the PDF reader (pdfjs-dist, which patches built-ins).

const EXIT_USAGE = 2;

function langOption(): Option {
  return new Option('--lang <lang>', '消息语言 zh 或 en / message language').argParser(parseLang).default('zh');
}

function fontOptions(command: Command): Command {
  return command
    .option('--font <role=path>', '指定字体文件，可重复：fangsong|heiti|kaiti|xiaobiaosong|songti=路径', collectFont)
    .option('--font-config <file>', '字体配置文件（默认当前目录的 gongwen.config.json）');
}

export function buildProgram(): Command {
  const program = new Command('gongwen')
    .description('按 GB/T 9704-2012 从案件 JSON 生成公文 DOCX 与 PDF')
    .version('0.1.0')
    .showHelpAfterError()
    .exitOverride();

  fontOptions(
    program
      .command('render')
      .description('把案件文件（或文件夹中的全部案件文件）生成公文')
      .argument('<inputs...>', '案件 JSON / JSON Lines 文件或文件夹')
      .option('-o, --out <dir>', '输出文件夹', 'output')
      .option('-f, --format <list>', '输出格式：docx、pdf 或 docx,pdf', parseFormats, ['docx', 'pdf'])
      .option('--force', '覆盖已存在的文件', false)
      .option('--docx-template <file>', '本单位的 Word 外壳（标签约定见 README）')
      .option('--mask-names', '隐去人名：案件人员字段中的姓名在全文中一律改为“某某”形式（韩晓东 → 韩某某）', false)
      .addOption(langOption()),
  ).action(async (inputs: string[], options) => {
    const { runRender } = await import('./commands/render.ts');
    process.exitCode = await runRender(inputs, options);
  });

  fontOptions(
    program
      .command('batch')
      .description('批量生成：多线程、清单 manifest.json 与 errors.txt、中断后 --resume 续做')
      .argument('<inputs...>', '案件 JSON / JSON Lines 文件或文件夹')
      .requiredOption('-o, --out <dir>', '输出文件夹（写入各文件、manifest.json、errors.txt）')
      .option('-f, --format <list>', '输出格式：docx、pdf 或 docx,pdf', parseFormats, ['docx', 'pdf'])
      .option('-j, --jobs <n>', '工作线程数（默认每个 CPU 核一个）', parsePositiveInt)
      .option('--resume', '续做上次（被中断的）批次：跳过输出与清单 sha256 一致的项', false)
      .option('--force', '覆盖已存在的文件', false)
      .option('--rows <table>', '套打：底稿案件 + 表格（.csv/.xlsx），每行一份，列名为 JSON 指针或字段中文名称')
      .option('--register <file>', '发文登记簿（SQLite）：记录生成的每份公文；默认在用户数据目录')
      .option('--assign-numbers', '为没有发文字号的案件按机关代字与年份顺序编号（登记簿中不重号，重做保留原号）', false)
      .option('--issuer-code <code>', '机关代字，如 某纪建；或 机关名称=代字，可重复', (value: string, previous: string[] = []) => [...previous, value])
      .option('--merge <file.pdf>', '合订本：全部 PDF 按输入顺序合为一个文件，每份从奇数页开始（插入空白页），便于双面打印')
      .option('--no-progress', '不显示进度')
      .option('--docx-template <file>', '本单位的 Word 外壳（标签约定见 README）')
      .option('--mask-names', '隐去人名：案件人员字段中的姓名在全文中一律改为“某某”形式', false)
      .addOption(langOption()),
  ).action(async (inputs: string[], options) => {
    const { runBatchCommand } = await import('./commands/batch.ts');
    process.exitCode = await runBatchCommand(inputs, options);
  });

  const register = program.command('register').description('发文登记簿：已生成公文的发文字号、文种、案件编号、标题、哈希');
  const registerOption = (command: Command): Command => command.option('--register <file>', '登记簿文件（默认在用户数据目录）');
  registerOption(register.command('list').description('列出登记的全部公文').option('--json', '以 JSON 输出', false)).action(async (options) => {
    const { runRegister } = await import('./commands/register.ts');
    process.exitCode = runRegister('list', undefined, options);
  });
  registerOption(register.command('show').description('按发文字号或案件编号显示一份公文').argument('<what>', '发文字号或案件编号').option('--json', '以 JSON 输出', false)).action(async (what: string, options) => {
    const { runRegister } = await import('./commands/register.ts');
    process.exitCode = runRegister('show', what, options);
  });
  registerOption(register.command('export').description('导出登记簿').option('--csv', '以 CSV 输出（默认）', true).option('-o, --out <file>', '写入文件（默认标准输出）')).action(async (options) => {
    const { runRegister } = await import('./commands/register.ts');
    process.exitCode = runRegister('export', undefined, options);
  });

  program
    .command('kinds')
    .description('列出支持的公文种类')
    .option('--json', '以 JSON 输出', false)
    .action(async (options: { json: boolean }) => {
      const { runKinds } = await import('./commands/kinds.ts');
      process.exitCode = runKinds(options);
    });

  fontOptions(
    program.command('fonts').description('显示各字体角色实际使用的字体文件及替代情况').option('--json', '以 JSON 输出', false).addOption(langOption()),
  ).action(async (options) => {
    const { runFonts } = await import('./commands/fonts.ts');
    process.exitCode = await runFonts(options);
  });

  fontOptions(
    program
      .command('summarize')
      .description('提取讲话稿的提纲（各部分标题和要点）；加 --json 输出提纲，否则生成讲话要点')
      .argument('<speech>', '讲话稿文件：.txt、.md 或 .docx')
      .option('--json', '以 JSON 输出提纲 {title, parts:[{heading, points:[{heading}]}]}', false)
      .option('-o, --out <dir>', '讲话要点的输出文件夹', 'output')
      .option('-f, --format <list>', '输出格式：docx、pdf 或 docx,pdf', parseFormats, ['docx', 'pdf'])
      .option('--force', '覆盖已存在的文件', false)
      .option('--speaker <name>', '讲话人姓名（生成讲话要点时必填）')
      .option('--speaker-title <title>', '讲话人职务')
      .option('--meeting <name>', '会议名称（默认取自标题 在……上的讲话）')
      .option('--date <YYYY-MM-DD>', '会议日期（生成讲话要点时必填）')
      .option('--place <place>', '会议地点')
      .option('--issuer <name>', '印发机关（默认为讲话人职务）')
      .addOption(langOption()),
  ).action(async (file: string, options) => {
    const { runSummarize } = await import('./commands/summarize.ts');
    process.exitCode = await runSummarize(file, options);
  });

  program
    .command('check')
    .description('按 GB/T 9704-2012 检查 PDF 的版式（版心、行距、每行字数、页码、禁则、字体嵌入）')
    .argument('<files...>', 'PDF 文件')
    .option('--json', '以 JSON 输出', false)
    .addOption(new Option('--layout <layout>', '版式').choices(['document', 'letter', 'minutes', 'plain']))
    .addOption(langOption())
    .action(async (files: string[], options: { json: boolean; lang: Lang; layout?: 'document' | 'letter' | 'minutes' | 'plain' }) => {
      const { runCheck } = await import('./commands/check.ts');
      process.exitCode = await runCheck(files, options);
    });

  fontOptions(
    program
      .command('preview')
      .description('启动本机审阅预览：列出文件夹中的案件，按打印效果显示公文、校验与版式检查结果，可标记通过或退回')
      .argument('[dir]', '案件文件夹', '.')
      .option('--port <n>', '端口（0 为任一空闲端口）', parsePort, 4173)
      .option('--host <host>', '监听地址（默认仅本机 127.0.0.1）', '127.0.0.1'),
  ).action(async (dir: string, options) => {
    const { runPreview } = await import('./commands/preview.ts');
    process.exitCode = await runPreview(dir, options);
    // Ctrl+C ends the preview at once, not after a font load or render still in flight.
    process.exit();
  });

  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  const lang: Lang = argv.includes('en') && argv.some((arg, i) => arg === '--lang' && argv[i + 1] === 'en') ? 'en' : 'zh';
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here too, with exit code 0.
      return error.exitCode === 0 ? 0 : EXIT_USAGE;
    }
    process.stderr.write(`${describeError(error, lang)}\n`);
    return 1;
  }
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'));
if (invokedDirectly || process.env.GONGWEN_CLI === '1') {
  process.exitCode = await main(process.argv);
}
