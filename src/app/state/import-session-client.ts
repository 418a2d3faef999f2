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

/**
 * Sends requests to an import session: in a worker when `createWorker` gives one, else on the main
 * thread (the same ImportSession either way). A worker that cannot start or fails (a browser
 * without module workers, a blocked script) leaves its unanswered requests to a session on the
 * main thread, in the order they were sent.
 */
export class ImportSessionClient {
  private worker?: Worker;
  private local?: ImportSession;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  /** The last preview input sent to the worker, whole (see changedInput). */
  private lastInput?: PreviewInput;

  constructor(createWorker?: () => Worker | undefined) {
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
      this.fallBack();
    });
  }

  /** Whether requests go to a worker (false: answered on the main thread). */
  get inWorker(): boolean {
    return this.worker !== undefined;
  }

  call<K extends SessionCall>(request: RequestOf<K>): Promise<SessionReply<K>> {
    if (this.local) return this.local.handle(request);
    const id = this.nextId++;
    let sent = request as SessionRequest;
    if (sent.call === 'preview') {
      const input = sent;
      sent = { ...changedInput(this.lastInput, input), call: 'preview' };
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

  /** Ends the worker (a new client starts another). */
  terminate(): void {
    this.worker?.terminate();
  }

  private answered(answer: SessionAnswer): void {
    const waiting = this.pending.get(answer.id);
    if (!waiting) return;
    this.pending.delete(answer.id);
    if ('error' in answer) waiting.reject(new Error(answer.error));
    else waiting.resolve(answer.reply);
  }

  private fallBack(): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.lastInput = undefined;
    const local = (this.local = new ImportSession());
    // In id order, which is the order they were sent (a Map keeps insertion order).
    for (const { request, resolve, reject } of this.pending.values()) local.handle(request).then(resolve, reject);
    this.pending.clear();
  }
}

/** The import worker, where the browser can run one. */
export function importWorker(): Worker | undefined {
  if (typeof Worker === 'undefined') return undefined;
  return new Worker(new URL('./import.worker', import.meta.url), { type: 'module', name: 'import' });
}
