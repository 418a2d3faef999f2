import { FetchError, httpSource } from './fetch-text';

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

  it('fetches a file of its own folder from this site only, following no redirect elsewhere', async () => {
    const fetchSpy = spyOn(window, 'fetch').and.resolveTo(new Response('teams: []'));
    expect(await httpSource(base).fetchText('default/teams.yaml')).toBe('teams: []');
    expect(fetchSpy).toHaveBeenCalledOnceWith(`${base}default/teams.yaml`, { cache: 'no-cache', mode: 'same-origin' });
  });
});
