import { digestingSource, sha256Hex } from './text-digest';
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

  it('takes no digest without a file, and passes the texts on', async () => {
    const proving = digestingSource(memory({ 'default/model.yaml': 'abc' }), undefined);
    expect(await proving.source.fetchText('default/model.yaml')).toBe('abc');
    expect(proving.digestOf('abc')).toBeUndefined();
  });
});
