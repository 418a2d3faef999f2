import { digestingSource, sha256Hex, utf8 } from './text-digest';
import { memoryTextSource as memory } from './testing/memory-source';

/** SHA-256 of "abc" (FIPS 180-2's example), as `sha256sum` prints it. */
const ABC = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';

describe('sha256Hex', () => {
  it("is the SHA-256 of the text's UTF-8 bytes, or nothing without WebCrypto", async () => {
    expect(await sha256Hex('abc')).toBe(ABC);
    expect(await sha256Hex('é')).toBe(await sha256Hex('\u00e9'));
    expect(await sha256Hex('é')).not.toBe(await sha256Hex('e\u0301'));
    // An insecure context (plain HTTP, not localhost) has crypto but no crypto.subtle.
    expect(await sha256Hex('abc', {})).toBeUndefined();
  });
});

describe('utf8', () => {
  it('gives the bytes TextEncoder gives, whatever the characters and where they are', () => {
    const texts = [
      '',
      'abc',
      'é',
      'abc é',
      'é abc',
      '\u{1f600}',
      'a\u{1f600}',
      'ab\u{1f600}é\u{1f600}',
      'lone \ud800 high',
      'lone \udc00 low',
      '\ud800',
      'x'.repeat(1000) + '\u4e2d\u6587' + '\u{1f600}'.repeat(3),
    ];
    for (const text of texts)
      expect(Array.from(utf8(text)))
        .withContext(text)
        .toEqual(Array.from(new TextEncoder().encode(text)));
  });
});

describe('digestingSource', () => {
  it("gives the digest of the file's text as fetched, and for no other text or file", async () => {
    const source = memory({ 'default/model.yaml': 'abc', 'meta.yaml': 'abc' });
    const proving = digestingSource(source, 'default/model.yaml');
    expect(await proving.source.fetchText('meta.yaml')).toBe('abc');
    // meta.yaml has the same text, but it is not the file digested.
    expect(proving.digestOf('abc')).toBeUndefined();
    const text = await proving.source.fetchText('default/model.yaml');
    expect(proving.digestOf(text)).toBe(ABC);
    expect(proving.digestOf('abd')).toBeUndefined();
    expect(proving.source.url('meta.yaml')).toBe('memory:meta.yaml');
    expect(source.asked).toEqual(['meta.yaml', 'default/model.yaml']);
  });

  it("takes the source's digest of the bytes where it has one, and asks it for nothing else", async () => {
    const source = memory({ 'default/model.yaml': 'abc' });
    const digested = jasmine.createSpy('fetchDigested').and.resolveTo({ text: 'abc', sha256: 'of the bytes' });
    const proving = digestingSource({ ...source, fetchDigested: digested }, 'default/model.yaml');
    const text = await proving.source.fetchText('default/model.yaml');
    expect(text).toBe('abc');
    expect(proving.digestOf(text)).toBe('of the bytes');
    expect(digested).toHaveBeenCalledTimes(1);
    expect(source.asked).toEqual([]);
  });

  it('takes no digest without a file, and passes the texts on', async () => {
    const proving = digestingSource(memory({ 'default/model.yaml': 'abc' }), undefined);
    expect(await proving.source.fetchText('default/model.yaml')).toBe('abc');
    expect(proving.digestOf('abc')).toBeUndefined();
  });
});
