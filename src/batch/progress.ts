/**
 * Progress of a batch on stderr: a bar on a terminal (cli-progress: count, rate, ETA, failures),
 * a plain line every few seconds otherwise (logs, CI), and nothing when quiet.
 */
import cliProgress from 'cli-progress';

export interface Progress {
  tick(failed: boolean): void;
  /** A message of its own line, above the bar when there is one. */
  log(text: string): void;
  stop(): void;
}

export function startProgress(total: number, options: { lang: 'zh' | 'en'; tty: boolean; quiet?: boolean; intervalMs?: number }): Progress {
  const { lang } = options;
  let done = 0;
  let failures = 0;
  const started = Date.now();
  const rate = (): number => done / Math.max(0.001, (Date.now() - started) / 1000);
  const write = (text: string): void => void process.stderr.write(text);
  if (options.quiet || total === 0) return { tick: () => undefined, log: write, stop: () => undefined };
  if (options.tty) {
    const bar = new cliProgress.SingleBar(
      {
        format:
          lang === 'zh'
            ? '{bar} {value}/{total} 份 | {rate} 份/秒 | 剩余 {eta_formatted} | 失败 {failures}'
            : '{bar} {value}/{total} docs | {rate} docs/s | ETA {eta_formatted} | failed {failures}',
        stream: process.stderr,
        hideCursor: true,
        etaBuffer: 50,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0, { rate: '0.0', failures: 0 });
    return {
      tick(failed) {
        done++;
        if (failed) failures++;
        bar.update(done, { rate: rate().toFixed(1), failures });
      },
      log(text) {
        process.stderr.write(`\r\x1b[2K${text}`);
        bar.render();
      },
      stop: () => bar.stop(),
    };
  }
  const line = (): string => {
    const seconds = done === 0 ? '—' : String(Math.round((total - done) / rate()));
    return lang === 'zh'
      ? `已完成 ${done}/${total} 份（失败 ${failures}），${rate().toFixed(1)} 份/秒，预计还需 ${seconds} 秒\n`
      : `${done}/${total} done (${failures} failed), ${rate().toFixed(1)} docs/s, about ${seconds} s left\n`;
  };
  const timer = setInterval(() => process.stderr.write(line()), options.intervalMs ?? 5000);
  timer.unref();
  return {
    tick(failed) {
      done++;
      if (failed) failures++;
    },
    log: write,
    stop() {
      clearInterval(timer);
      process.stderr.write(line());
    },
  };
}
