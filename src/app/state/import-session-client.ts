import {
  changedInput,
  ImportSession,
  PreviewInput,
  RequestOf,
  SessionAnswer,
  SessionCall,
  SessionMessage,
  SessionReply,
  SessionRequest,
} from './import-session';

interface Pending {
  readonly request: SessionRequest;
  resolve(reply: unknown): void;
  reject(error: Error): void;
}

/** Why a request was not answered: the import was stopped (cancelled, or the page left). */
export const IMPORT_STOPPED = 'The import was stopped.';

/**
 * Sends requests to an import session: in a worker when `createWorker` gives one, else on the main
 * thread (the same ImportSession either way). A worker that cannot start or fails (a browser
 * without module workers, a blocked script, an error while reading) leaves its unanswered requests
 * to a session on the main thread, in the order they were sent; that session first reads again
 * the file the worker held (a File is a handle, cheap to keep), and works out the last preview
 * again when a team's activities are asked for. `failed` hears why, to tell the user.
 */
export class ImportSessionClient {
  private worker?: Worker;
  private local?: ImportSession;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  /** The last preview input sent to the worker, whole (see changedInput). */
  private lastInput?: PreviewInput;
  /** What the worker's session holds now: the file read or the data taken (none after close). */
  private source?: RequestOf<'read'> | RequestOf<'take'>;
  /** Why a worker started ahead of any request failed: said with the first request, which the page answers. */
  private unsaid?: string;

  constructor(
    createWorker?: () => Worker | undefined,
    private readonly failed?: (why: string) => void,
  ) {
    try {
      this.worker = createWorker?.();
    } catch {
      this.worker = undefined;
    }
    if (!this.worker) {
      this.local = new ImportSession();
      return;
    }
    this.worker.addEventListener('message', ({ data }: MessageEvent<SessionAnswer>) => this.answered(data));
    this.worker.addEventListener('error', (event) => {
      event.preventDefault();
      this.fallBack(event.message);
    });
    // An answer the page could not take in (out of memory while copying it): it cannot be told
    // which request it was, so all are asked again on the page.
    this.worker.addEventListener('messageerror', () => this.fallBack('its answer could not be read'));
  }

  /** Whether requests go to a worker (false: answered on the main thread). */
  get inWorker(): boolean {
    return this.worker !== undefined;
  }

  /** Whether a request sent to the worker is still unanswered. */
  get busy(): boolean {
    return this.pending.size > 0;
  }

  call<K extends SessionCall>(request: RequestOf<K>): Promise<SessionReply<K>> {
    if (this.local) {
      if (this.unsaid && request.call !== 'close') {
        this.failed?.(this.unsaid);
        this.unsaid = undefined;
      }
      return this.local.handle(request);
    }
    if (request.call === 'read' || request.call === 'take') this.source = request as RequestOf<'read' | 'take'>;
    if (request.call === 'close') this.source = undefined;
    const id = this.nextId++;
    let sent = request as SessionRequest;
    if (sent.call === 'preview' || sent.call === 'apply') {
      const { call, ...input } = sent;
      sent = { ...changedInput(this.lastInput, input), call };
      this.lastInput = input;
    }
    return new Promise<SessionReply<K>>((resolve, reject) => {
      this.pending.set(id, {
        request: request as SessionRequest,
        resolve: resolve as (reply: unknown) => void,
        reject,
      });
      this.worker!.postMessage({ ...sent, id } as SessionMessage);
    });
  }

  /**
   * Ends the worker (a new client starts another), whatever it is doing: its unanswered requests
   * fail with IMPORT_STOPPED (a close is done). The only way out of a worker that neither answers nor fails (stuck in
   * a loop; Chromium gives the page no event for it).
   */
  terminate(): void {
    this.worker?.terminate();
    this.worker = undefined;
    // An ended worker has forgotten the file: that is what a close asked for.
    for (const { request, resolve, reject } of this.pending.values())
      if (request.call === 'close') resolve(null);
      else reject(new Error(IMPORT_STOPPED));
    this.pending.clear();
  }

  private answered(answer: SessionAnswer): void {
    const waiting = this.pending.get(answer.id);
    if (!waiting) return;
    this.pending.delete(answer.id);
    if ('error' in answer) waiting.reject(new Error(answer.error));
    else waiting.resolve(answer.reply);
  }

  private fallBack(why: string): void {
    if (!this.worker) return;
    this.worker.terminate();
    this.worker = undefined;
    // In id order, which is the order they were sent (a Map keeps insertion order).
    const waiting = [...this.pending.values()];
    this.pending.clear();
    const local = (this.local = new ImportSession());
    // A worker that never started (no module workers, a blocked script) fails without a message:
    // nothing the user needs to hear of.
    if (waiting.length === 0 && !this.source) {
      this.unsaid = why || undefined;
      return;
    }
    if (why) this.failed?.(why);
    const ready = this.restore(local, waiting);
    for (const { request, resolve, reject } of waiting)
      void ready.then((lost) => (lost ? Promise.reject(lost) : local.handle(request))).then(resolve, reject);
  }

  /**
   * Gives the page's session what the worker's held, unless the requests waiting start anew:
   * the file read again (or the data taken), and the last preview when a team's activities are
   * asked for before any new preview. Resolves to why it could not, if it could not.
   */
  private async restore(local: ImportSession, waiting: readonly Pending[]): Promise<Error | undefined> {
    const { source, lastInput } = this;
    this.lastInput = undefined;
    const first = waiting[0]?.request.call;
    if (!source || first === 'read' || first === 'take') return undefined;
    const name = source.call === 'read' ? source.file.name : 'the proposal';
    const lost = new Error(
      `The import stopped while ${name} was being worked on, and it could not be read again: choose it again. ` +
        'Nothing was imported.',
    );
    try {
      const read = await local.handle(source);
      if ('ok' in read && !read.ok) return lost;
      const next = waiting.findIndex(({ request }) => request.call === 'preview' || request.call === 'activities');
      if (lastInput && waiting[next]?.request.call === 'activities')
        await local.handle({ ...lastInput, call: 'preview' });
      return undefined;
    } catch {
      return lost;
    }
  }
}

/** The import worker, where the browser can run one. */
export function importWorker(): Worker | undefined {
  if (typeof Worker === 'undefined') return undefined;
  return new Worker(new URL('./import.worker', import.meta.url), { type: 'module', name: 'import' });
}
