import { ImportSession, SessionAnswer, SessionCall, SessionMessage } from '../import-session';

/** What the fake worker does on a request: answers it, fails as a crashing worker does, or never answers. */
export type FakeWorkerFate = 'answer' | 'fail' | 'hang';

/**
 * A stand-in for the import worker that runs the real ImportSession in the page and answers through
 * the same messages (copied as postMessage copies them), but can be told to fail (an `error`
 * event, as when the worker's script throws or a memory allocation fails) or to stop answering
 * (a worker stuck in a loop: Chromium gives the page no event) on a given call.
 */
export class FakeImportWorker extends EventTarget {
  private readonly session = new ImportSession();
  /** The calls received, in order. */
  readonly calls: SessionCall[] = [];
  terminated = false;

  constructor(private readonly fateOf: (call: SessionCall, index: number) => FakeWorkerFate) {
    super();
  }

  postMessage(message: SessionMessage): void {
    if (this.terminated) return;
    const fate = this.fateOf(message.call, this.calls.length);
    this.calls.push(message.call);
    if (fate === 'hang') return;
    if (fate === 'fail') {
      // The session in a dead worker is gone with what it held.
      setTimeout(() => this.dispatchEvent(new ErrorEvent('error', { message: 'Uncaught RangeError: Out of memory' })));
      return;
    }
    const { id } = message;
    this.session.handle(structuredClone(message)).then(
      (reply) => this.answer({ id, reply }),
      (error: unknown) => this.answer({ id, error: String(error) }),
    );
  }

  terminate(): void {
    this.terminated = true;
  }

  private answer(answer: SessionAnswer): void {
    if (!this.terminated) this.dispatchEvent(new MessageEvent('message', { data: structuredClone(answer) }));
  }
}
