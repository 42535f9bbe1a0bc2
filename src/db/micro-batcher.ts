/**
 * Group commit: calls that arrive while a batch is running are gathered and
 * handed to `runBatch` together as soon as it finishes, so many people acting at
 * once cost a few statements, not one each. Every caller still gets its own
 * answer and its own error: when a batch fails, its items are retried one by one
 * so one bad item never sinks the others.
 */
interface Pending<I, O> {
  readonly item: I;
  resolve(output: O): void;
  reject(error: unknown): void;
}

export interface MicroBatcherOptions<I> {
  /** Most items in one batch (default 100). */
  readonly maxBatch?: number;
  /** Batches running at once (default 1; PGlite runs one statement at a time anyway). */
  readonly maxInFlight?: number;
  /** Items with the same key never share a batch; later ones wait for the next, in order. */
  readonly keyOf?: (item: I) => string;
}

export class MicroBatcher<I, O> {
  private queue: Array<Pending<I, O>> = [];
  private running = 0;
  private scheduled = false;

  /** `runBatch` must return one output per item, in input order. */
  constructor(
    private readonly runBatch: (items: readonly I[]) => Promise<O[]>,
    private readonly options: MicroBatcherOptions<I> = {},
  ) {}

  submit(item: I): Promise<O> {
    return new Promise((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      this.schedule();
    });
  }

  // setImmediate runs after the event loop's I/O phase, so every request that has
  // already arrived joins the batch before it is sent.
  private schedule(): void {
    if (this.scheduled || this.running >= (this.options.maxInFlight ?? 1) || this.queue.length === 0) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      void this.flush();
    });
  }

  private async flush(): Promise<void> {
    const batch = this.takeBatch();
    if (batch.length === 0) return;
    this.running += 1;
    this.schedule();
    try {
      const outputs = await this.runBatch(batch.map((p) => p.item));
      batch.forEach((p, i) => p.resolve(outputs[i] as O));
    } catch (error) {
      if (batch.length === 1) batch[0]?.reject(error);
      else await this.oneByOne(batch);
    } finally {
      this.running -= 1;
      this.schedule();
    }
  }

  private takeBatch(): Array<Pending<I, O>> {
    const max = this.options.maxBatch ?? 100;
    const keyOf = this.options.keyOf;
    const seen = new Set<string>();
    const batch: Array<Pending<I, O>> = [];
    const rest: Array<Pending<I, O>> = [];
    for (const p of this.queue) {
      const key = keyOf?.(p.item);
      const clash = key !== undefined && seen.has(key);
      if (key !== undefined) seen.add(key);
      (batch.length < max && !clash ? batch : rest).push(p);
    }
    this.queue = rest;
    return batch;
  }

  private async oneByOne(batch: ReadonlyArray<Pending<I, O>>): Promise<void> {
    for (const p of batch) {
      try {
        const [output] = await this.runBatch([p.item]);
        p.resolve(output as O);
      } catch (error) {
        p.reject(error);
      }
    }
  }
}
