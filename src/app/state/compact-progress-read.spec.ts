import { COMPACT_BLOCK_BYTES, CompactProof, compactProgress } from '../domain/progress/compact-progress';
import { parseProgressFile } from '../domain/progress/parse-progress-file';
import { buildAllTeams } from '../domain/progress/lazy-teams';
import { SMALL_MODEL, STAGES } from '../domain/testing/model-fixture';
import { YAML_LIMITS } from '../domain/yaml-limits';
import { compactProgressRead } from './compact-progress-read';
import { FetchError, httpSource, memoizedSource } from './text-source';

const FILE = 'team-progress.yaml';
const FORM = 'team-progress.compact.json';
const UUIDS = [...SMALL_MODEL.byUuid.keys()];

/** A plain progress file of `teams` on every activity of the small model: about 2.5 MiB for 11,000. */
function progressText(teams: readonly string[]): string {
  const titles = ['Started', 'Partly implemented', 'Fully implemented'];
  const lines = ['progress:'];
  UUIDS.forEach((uuid, a) => {
    lines.push(`  ${uuid}:`);
    teams.forEach((team, t) => lines.push(`    ${team}:`, `      ${titles[(a + t) % 3]}: 2026-0${1 + (t % 9)}-1${a}`));
  });
  return lines.join('\n') + '\n';
}

/** What `dsomm compact` writes for `bytes`: the SHA-256 of each MiB, and their number. */
async function proofOf(bytes: Uint8Array<ArrayBuffer>): Promise<CompactProof> {
  const blocks: string[] = [];
  for (let at = 0; at < bytes.byteLength; at += COMPACT_BLOCK_BYTES) {
    const digest = await crypto.subtle.digest('SHA-256', bytes.subarray(at, at + COMPACT_BLOCK_BYTES));
    blocks.push(Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join(''));
  }
  return { size: bytes.byteLength, blocks };
}

/** A body of `bytes` in chunks of 300,000 bytes, which no block boundary lines up with. */
function chunked(bytes: Uint8Array, afterFirstBlock?: Promise<unknown>): ReadableStream<Uint8Array> {
  let at = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (at > COMPACT_BLOCK_BYTES && afterFirstBlock) await afterFirstBlock;
      if (at >= bytes.byteLength) return controller.close();
      controller.enqueue(bytes.slice(at, at + 300_000));
      at += 300_000;
    },
  });
}

describe('compactProgressRead (the progress file proven block by block as it arrives)', () => {
  // Each spec reads MiBs several times: slow on a loaded machine, so given time; nothing waits for a moment.
  const MIBS = 60_000;
  const base = new URL('assets/YAML/', document.baseURI).href;
  const teams = Array.from({ length: 11_000 }, (_, i) => `Team ${String(i + 1).padStart(5, '0')}`);
  const ctx = { model: SMALL_MODEL, stages: STAGES, teams };
  const text = progressText(teams);
  const bytes = new TextEncoder().encode(text);
  let form: string;
  let asked: string[];

  beforeAll(async () => {
    expect(bytes.byteLength).toBeGreaterThan(2 * COMPACT_BLOCK_BYTES + 2);
    form = JSON.stringify(compactProgress(text, await proofOf(bytes)));
  });

  /** The files served (their bytes, or a form's text); any other is not found. */
  function serve(
    files: Record<string, Uint8Array | string>,
    afterFirstBlock?: Promise<unknown>,
    onAsk?: (path: string) => void,
  ): void {
    asked = [];
    const fetchSpy = jasmine.isSpy(window.fetch) ? (window.fetch as jasmine.Spy) : spyOn(window, 'fetch');
    fetchSpy.and.callFake(async (input: RequestInfo | URL) => {
      const path = String(input).slice(base.length);
      asked.push(path);
      onAsk?.(path);
      const body = files[path];
      if (body === undefined) return new Response('not found', { status: 404 });
      return new Response(typeof body === 'string' ? body : chunked(body, afterFirstBlock));
    });
  }

  /** The read as main.ts makes it: prefetched as meta.yaml names the file, read once the model is. */
  async function read(files: Record<string, Uint8Array | string>) {
    serve(files);
    const source = memoizedSource(httpSource(base));
    const compact = compactProgressRead(source);
    compact.prefetch(FILE);
    const result = await compact.read(FILE, ctx);
    return { result, text: () => source.fetchText(FILE) };
  }

  it(
    "reads the form of the very bytes served as the text's read, asking for it once",
    async () => {
      const { result } = await read({ [FILE]: bytes, [FORM]: form });
      const fromText = parseProgressFile(text, FILE, ctx);
      if (!result?.ok || !fromText.ok) throw new Error('both read');
      buildAllTeams(result.value);
      expect(JSON.stringify(result.value)).toBe(JSON.stringify(fromText.value));
      expect(asked).toEqual([FILE, FORM]);
    },
    MIBS,
  );

  it(
    'asks for the form as soon as the first block has arrived, not once the whole file has',
    async () => {
      let formAsked!: () => void;
      // The body stops after its first block until the form is asked for: asked only at its end, never.
      const asking = new Promise<void>((resolve) => (formAsked = resolve));
      serve({ [FILE]: bytes, [FORM]: form }, asking, (path) => path === FORM && formAsked());
      const compact = compactProgressRead(memoizedSource(httpSource(base)));
      compact.prefetch(FILE);
      expect((await compact.read(FILE, ctx))?.ok).toBeTrue();
    },
    MIBS,
  );

  it(
    'is not read where any byte of any block differs, and the text is read whole',
    async () => {
      for (const at of [
        0,
        COMPACT_BLOCK_BYTES - 1,
        COMPACT_BLOCK_BYTES + 5,
        2 * COMPACT_BLOCK_BYTES,
        bytes.byteLength - 2,
      ]) {
        const changed = bytes.slice();
        // A digit of a date or a letter of a name: still a file that reads.
        changed[at] = changed[at] === 0x31 ? 0x32 : changed[at] === 0x20 ? 0x20 : changed[at] ^ 1;
        if (changed[at] === bytes[at]) changed[at + 1] ^= 1;
        const { result, text: served } = await read({ [FILE]: changed, [FORM]: form });
        expect(result).withContext(`byte ${at}`).toBeUndefined();
        expect(await served()).toBe(new TextDecoder().decode(changed));
      }
    },
    MIBS,
  );

  it(
    'is not read for a truncated file, one with bytes or a block more, or a form of another file',
    async () => {
      const other = progressText(teams.slice(1));
      const otherForm = JSON.stringify(
        compactProgress(other, await proofOf(new TextEncoder().encode(other) as Uint8Array<ArrayBuffer>)),
      );
      const longer = new Uint8Array(bytes.byteLength + COMPACT_BLOCK_BYTES).fill(0x20);
      longer.set(bytes);
      const spaced = new Uint8Array(bytes.byteLength + 1).fill(0x20);
      spaced.set(bytes.subarray(0, 10));
      spaced.set(bytes.subarray(10), 11);
      for (const [name, served, compact] of [
        ['truncated by a byte', bytes.slice(0, -1), form],
        ['truncated to its full blocks', bytes.slice(0, 2 * COMPACT_BLOCK_BYTES), form],
        ['a byte more', spaced, form],
        ['a block more', longer, form],
        ['the form of another file', bytes, otherForm],
      ] as const) {
        const { result, text: textRead } = await read({ [FILE]: served, [FORM]: compact });
        expect(result).withContext(name).toBeUndefined();
        expect(await textRead())
          .withContext(name)
          .toBe(new TextDecoder().decode(served));
      }
    },
    MIBS,
  );

  it(
    'is not read, without an error, beside a form of the earlier layout, or a corrupt one',
    async () => {
      const old = { ...JSON.parse(form), format: 'dsomm-compact-progress-1', sha256: 'a'.repeat(64) };
      delete old.size;
      delete old.blocks;
      for (const compact of [JSON.stringify(old), form.slice(0, -10), '']) {
        const { result, text: textRead } = await read({ [FILE]: bytes, [FORM]: compact });
        expect(result).toBeUndefined();
        expect(await textRead()).toBe(text);
      }
    },
    MIBS,
  );

  it(
    "is read at the characters' limit whatever its bytes, and not a character beyond, as the text",
    async () => {
      const small = progressText(teams.slice(0, 100));
      // Padded with a comment to the limit in characters, one of them 2 bytes: a byte more than the limit.
      const padded = (chars: number) => `${small}# é${'x'.repeat(chars - small.length - 4)}\n`;
      for (const [chars, within] of [
        [YAML_LIMITS.maxChars, true],
        [YAML_LIMITS.maxChars + 1, false],
      ] as const) {
        const served = new TextEncoder().encode(padded(chars));
        expect(served.byteLength).toBe(chars + 1);
        const { result, text: textRead } = await read({
          [FILE]: served,
          [FORM]: JSON.stringify(compactProgress(small, await proofOf(served))),
        });
        const refusal = await textRead().then(
          () => undefined,
          (error: unknown) => error,
        );
        expect(result?.ok)
          .withContext(`${chars} characters`)
          .toBe(within ? true : undefined);
        expect(refusal instanceof FetchError && refusal.tooLarge)
          .withContext(`${chars} characters`)
          .toBe(!within);
      }
    },
    MIBS,
  );

  it(
    'does not ask for a form beside a file of less than a block',
    async () => {
      const small = progressText(teams.slice(0, 100));
      const { result } = await read({ [FILE]: new TextEncoder().encode(small), [FORM]: form });
      expect(result).toBeUndefined();
      expect(asked).toEqual([FILE]);
    },
    MIBS,
  );
});
