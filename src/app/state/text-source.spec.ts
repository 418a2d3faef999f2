import { FetchError, httpSource } from './text-source';

describe('httpSource', () => {
  const base = new URL('assets/YAML/', document.baseURI).href;

  it('refuses a path that the browser would read as another site, without a request', async () => {
    const fetchSpy = spyOn(window, 'fetch').and.rejectWith(new Error('no request expected'));
    const source = httpSource(base);
    for (const path of ['\\\\evil.example\\p.yaml', '/\\evil.example/x', 'https:/evil.example/e.yaml', '//evil']) {
      const error = await source.fetchText(path).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).withContext(path).toEqual(jasmine.any(FetchError));
      expect((error as FetchError).message).toBe('refused: not a file of this site');
    }
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('fetches a file of its own folder from this site only, following no redirect, as the page preloads it', async () => {
    const fetchSpy = spyOn(window, 'fetch').and.resolveTo(new Response('teams: []'));
    expect(await httpSource(base).fetchText('default/teams.yaml')).toBe('teams: []');
    expect(fetchSpy).toHaveBeenCalledOnceWith(
      `${base}default/teams.yaml`,
      jasmine.objectContaining({ cache: 'no-cache', mode: 'cors', credentials: 'same-origin', redirect: 'error' }),
    );
  });

  it('refuses a file larger than any file the app reads as it arrives, without reading the rest', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(1024 * 1024));
    let pulled = 0;
    let cancelled = false;
    // 500 MB on offer, 1 MB a pull.
    const body = new ReadableStream<Uint8Array>({
      pull: (controller) => {
        pulled++;
        if (pulled > 500) controller.close();
        else controller.enqueue(chunk);
      },
      cancel: () => {
        cancelled = true;
      },
    });
    spyOn(window, 'fetch').and.resolveTo(new Response(body));
    const error = await httpSource(base)
      .fetchText('team-progress.yaml')
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toEqual(jasmine.any(FetchError));
    expect((error as FetchError).tooLarge).toBeTrue();
    expect((error as FetchError).message).toContain('more than 50.0 MB of text, the most the app reads');
    expect(pulled).toBeLessThan(60);
    expect(cancelled).toBeTrue();
  });

  it('reads names beyond ASCII whose bytes arrive split between chunks, and drops a byte order mark', async () => {
    const bytes = new TextEncoder().encode('\uFEFFteams:\n  - Équipe Zoë 🚀\n');
    // Every byte a chunk of its own: each character of more than one byte is split.
    const body = new ReadableStream<Uint8Array>({
      start: (controller) => {
        for (const byte of bytes) controller.enqueue(Uint8Array.of(byte));
        controller.close();
      },
    });
    spyOn(window, 'fetch').and.resolveTo(new Response(body));
    expect(await httpSource(base).fetchText('default/teams.yaml')).toBe('teams:\n  - Équipe Zoë 🚀\n');
  });

  describe('fetchDigested (the model, proven by its bytes)', () => {
    /** SHA-256 of `bytes`, hex, as `sha256sum` prints it. */
    const sha256 = async (bytes: Uint8Array<ArrayBuffer>) =>
      Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)), (b) =>
        b.toString(16).padStart(2, '0'),
      ).join('');
    /** A body of `bytes`, a byte a chunk. */
    const byteByByte = (bytes: Uint8Array) =>
      new ReadableStream<Uint8Array>({
        start: (controller) => {
          for (const byte of bytes) controller.enqueue(Uint8Array.of(byte));
          controller.close();
        },
      });

    it('gives the text fetchText gives, and the digest of the bytes it was decoded from', async () => {
      const bytes = new TextEncoder().encode('\uFEFFname: Équipe Zoë 🚀\n');
      spyOn(window, 'fetch').and.callFake(async () => new Response(byteByByte(bytes)));
      const source = httpSource(base);
      const digested = await source.fetchDigested!('default/model.yaml');
      expect(digested.text).toBe(await source.fetchText('default/model.yaml'));
      expect(digested.text).toBe('name: Équipe Zoë 🚀\n');
      // The byte order mark is in the bytes, not in the text: the digest is of what was served.
      expect(digested.sha256).toBe(await sha256(bytes));
      expect(digested.sha256).not.toBe(await sha256(new TextEncoder().encode(digested.text)));
    });

    it("digests the service worker's saved copy when the server does not answer", async () => {
      // A fetch that never answers: it fails only when aborted, after the silence allowed.
      spyOn(window, 'fetch').and.callFake(
        (_: RequestInfo | URL, init?: RequestInit) =>
          new Promise<Response>((_resolve, reject) =>
            init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
          ),
      );
      spyOn(caches, 'match').and.resolveTo(new Response('abc'));
      const told = jasmine.createSpy('offlineCopy');
      expect(await httpSource(base, 50).fetchDigested!('default/model.yaml', told)).toEqual({
        text: 'abc',
        sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
      });
      expect(told).toHaveBeenCalledTimes(1);
    });

    it('refuses a file larger than any file the app reads as it arrives, counting its bytes', async () => {
      const chunk = new Uint8Array(16 * 1024 * 1024).fill(120);
      let pulled = 0;
      let cancelled = false;
      const body = new ReadableStream<Uint8Array>({
        pull: (controller) => {
          pulled++;
          if (pulled > 100) controller.close();
          else controller.enqueue(chunk);
        },
        cancel: () => {
          cancelled = true;
        },
      });
      spyOn(window, 'fetch').and.resolveTo(new Response(body));
      const error = await httpSource(base).fetchDigested!('default/model.yaml').catch((e: unknown) => e);
      expect((error as FetchError).tooLarge).toBeTrue();
      // Refused once the characters pass 50 Mi, as the text read refuses it: not at 150 MiB of bytes.
      expect(pulled).toBeLessThanOrEqual(5);
      expect(cancelled).toBeTrue();
    });

    it("reads a file of more bytes than the characters' limit whose characters are within it", async () => {
      // 'é' is 2 bytes and 1 character: 60 MiB of bytes, 30 Mi characters.
      const text = 'é'.repeat(30 * 1024 * 1024);
      spyOn(window, 'fetch').and.callFake(async () => new Response(text));
      const read = await httpSource(base).fetchDigested!('m.yaml');
      expect(read.text.length).toBe(text.length);
    });

    it('refuses, once decoded, a text of more characters than the app reads, as fetchText does', async () => {
      const text = 'x'.repeat(50 * 1024 * 1024 + 1);
      spyOn(window, 'fetch').and.callFake(async () => new Response(text));
      const source = httpSource(base);
      for (const read of [() => source.fetchText('m.yaml'), () => source.fetchDigested!('m.yaml')]) {
        const error = await read().catch((e: unknown) => e);
        expect((error as FetchError).tooLarge).toBeTrue();
      }
    });
  });

  describe('a server that accepts and never answers', () => {
    /** A fetch that never answers; it fails only when aborted, as the browser's does. */
    const stalled = (_: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    /** A response whose headers came but whose body never does. */
    const stalledBody = (_: RequestInfo | URL, init?: RequestInit) =>
      Promise.resolve(
        new Response(
          new ReadableStream({
            start: (controller) =>
              init?.signal?.addEventListener('abort', () => controller.error(new Error('aborted'))),
          }),
        ),
      );

    it("gives up after the timeout and reads the service worker's saved copy, saying so", async () => {
      const fetchSpy = spyOn(window, 'fetch');
      const match = spyOn(caches, 'match');
      for (const fetchImpl of [stalled, stalledBody]) {
        fetchSpy.and.callFake(fetchImpl);
        match.calls.reset();
        match.and.resolveTo(new Response('progress: {} # saved'));
        const told = jasmine.createSpy('offlineCopy');
        expect(await httpSource(base, 50).fetchText('team-progress.yaml', told)).toBe('progress: {} # saved');
        expect(match).toHaveBeenCalledOnceWith(`${base}team-progress.yaml`);
        expect(told).toHaveBeenCalledTimes(1);
      }
    });

    it('fails as not answering when there is no saved copy', async () => {
      spyOn(window, 'fetch').and.callFake(stalled);
      spyOn(caches, 'match').and.resolveTo(undefined);
      const error = await httpSource(base, 50)
        .fetchText('meta.yaml')
        .catch((e: unknown) => e);
      expect(error).toEqual(jasmine.any(FetchError));
      expect((error as FetchError).message).toBe('nothing arrived for 0.05 s');
    });

    /** A body of `chunks` lines, one every `every` ms; after `stopAfter` of them, nothing more. */
    const trickle =
      (chunks: number, every: number, stopAfter = chunks) =>
      (_: RequestInfo | URL, init?: RequestInit) =>
        Promise.resolve(
          new Response(
            new ReadableStream<Uint8Array>({
              async start(controller) {
                init?.signal?.addEventListener('abort', () => controller.error(new Error('aborted')));
                for (let i = 0; i < stopAfter; i++) {
                  await new Promise((resolve) => setTimeout(resolve, every));
                  if (init?.signal?.aborted) return;
                  controller.enqueue(new TextEncoder().encode(`# line ${i}\n`));
                }
                if (stopAfter === chunks) controller.close();
              },
            }),
          ),
        );

    it('waits for a file that keeps arriving, however long it takes: the limit is on silence', async () => {
      spyOn(window, 'fetch').and.callFake(trickle(10, 60));
      const match = spyOn(caches, 'match').and.resolveTo(new Response('progress: {} # saved'));
      const told = jasmine.createSpy('offlineCopy');
      // 10 chunks 60 ms apart: 600 ms in all, twice the 300 ms limit, never 300 ms silent.
      const text = await httpSource(base, 300).fetchText('team-progress.yaml', told);
      expect(text).toBe(Array.from({ length: 10 }, (_, i) => `# line ${i}\n`).join(''));
      expect(match).not.toHaveBeenCalled();
      expect(told).not.toHaveBeenCalled();
    });

    it('uses the saved copy when a file stops arriving half-way, after the limit of silence', async () => {
      spyOn(window, 'fetch').and.callFake(trickle(10, 60, 3));
      spyOn(caches, 'match').and.resolveTo(new Response('progress: {} # saved'));
      const told = jasmine.createSpy('offlineCopy');
      expect(await httpSource(base, 300).fetchText('team-progress.yaml', told)).toBe('progress: {} # saved');
      expect(told).toHaveBeenCalledTimes(1);
    });

    it('does not use the saved copy for an answer that arrives in time, nor for a refusal', async () => {
      const match = spyOn(caches, 'match');
      const told = jasmine.createSpy('offlineCopy');
      spyOn(window, 'fetch').and.resolveTo(new Response('fresh'));
      expect(await httpSource(base, 50).fetchText('meta.yaml', told)).toBe('fresh');
      (window.fetch as jasmine.Spy).and.rejectWith(new TypeError('Failed to fetch'));
      const error = await httpSource(base, 50)
        .fetchText('meta.yaml', told)
        .catch((e: unknown) => e);
      expect((error as FetchError).message).toBe('network error');
      expect(match).not.toHaveBeenCalled();
      expect(told).not.toHaveBeenCalled();
    });
  });
});
