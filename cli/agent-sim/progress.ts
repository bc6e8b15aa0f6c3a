/**
 * Push progress for people: a cli-progress bar (records sent / total, rate, ETA) when the
 * stream is a terminal, plain periodic lines otherwise (logs, CI, tests). Notes and retry
 * messages go through `log` so they do not tear the bar.
 */
import { MultiBar, Presets, type SingleBar } from "cli-progress";

export interface ProgressReporter {
  start(total: number, done: number): void;
  update(done: number): void;
  log(line: string): void;
  stop(): void;
}

const number = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
export const formatCount = (n: number) => number.format(n);

function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return "?";
  if (seconds < 60) return `${Math.ceil(seconds)} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${Math.round(seconds - minutes * 60)} s`;
}

/** Rate and ETA from what this run did so far (records acknowledged before a resume excluded). */
class Rate {
  private startedAt = performance.now();
  private startDone = 0;
  reset(done: number) {
    this.startedAt = performance.now();
    this.startDone = done;
  }
  perSecond(done: number): number {
    const seconds = (performance.now() - this.startedAt) / 1000;
    return seconds > 0 ? (done - this.startDone) / seconds : 0;
  }
  eta(done: number, total: number): number {
    const rate = this.perSecond(done);
    return rate > 0 ? (total - done) / rate : Number.POSITIVE_INFINITY;
  }
}

export class BarProgress implements ProgressReporter {
  private readonly bars: MultiBar;
  private bar: SingleBar | null = null;
  private readonly rate = new Rate();
  private total = 0;

  constructor(stream: NodeJS.WriteStream) {
    this.bars = new MultiBar(
      {
        stream,
        format: "pushing |{bar}| {percentage}% | {value}/{total} records | {rate} records/s | ETA {etaText}",
        hideCursor: true,
        barsize: 30,
        fps: 8,
        formatValue: (value, _options, type) => (type === "value" || type === "total" ? formatCount(value) : String(value)),
      },
      Presets.shades_classic,
    );
  }

  start(total: number, done: number) {
    this.total = total;
    this.rate.reset(done);
    this.bar = this.bars.create(Math.max(total, 1), done, { rate: "-", etaText: "-" });
  }

  update(done: number) {
    const eta = this.rate.eta(done, this.total);
    this.bar?.update(done, {
      rate: formatCount(this.rate.perSecond(done)),
      etaText: done >= this.total ? "0 s" : formatDuration(eta),
    });
  }

  log(line: string) {
    if (this.bar) this.bars.log(`${line}\n`);
    else process.stderr.write(`${line}\n`);
  }

  stop() {
    this.bars.stop();
  }
}

export class LineProgress implements ProgressReporter {
  private readonly rate = new Rate();
  private total = 0;
  private lastPrinted = 0;
  private lastDone = -1;

  constructor(
    private readonly write: (text: string) => void,
    private readonly everyMs = 2_000,
  ) {}

  start(total: number, done: number) {
    this.total = total;
    this.rate.reset(done);
    this.lastPrinted = performance.now();
    this.write(`pushing ${formatCount(total)} records${done > 0 ? ` (${formatCount(done)} already acknowledged)` : ""}\n`);
  }

  update(done: number) {
    const now = performance.now();
    if (now - this.lastPrinted < this.everyMs && done < this.total) return;
    this.print(done);
    this.lastPrinted = now;
  }

  private print(done: number) {
    if (done === this.lastDone) return;
    this.lastDone = done;
    const percent = this.total > 0 ? ((100 * done) / this.total).toFixed(1) : "100.0";
    const eta = done >= this.total ? "done" : `ETA ${formatDuration(this.rate.eta(done, this.total))}`;
    this.write(
      `sent ${formatCount(done)}/${formatCount(this.total)} records (${percent}%), ${formatCount(this.rate.perSecond(done))} records/s, ${eta}\n`,
    );
  }

  log(line: string) {
    this.write(`${line}\n`);
  }

  stop() {}
}
