import { contentId } from './content-id';

describe('contentId', () => {
  it('is uuid-shaped and the same for the same parts', () => {
    const id = contentId(['a', 'b']);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(contentId(['a', 'b'])).toBe(id);
  });

  it('differs when the parts or their split differ', () => {
    const ids = new Set([
      contentId(['a', 'b']),
      contentId(['ab']),
      contentId(['a', 'b', '']),
      contentId(['b', 'a']),
      contentId([]),
    ]);
    expect(ids.size).toBe(5);
    const many = new Set(Array.from({ length: 5000 }, (_, i) => contentId(['entry', String(i)])));
    expect(many.size).toBe(5000);
  });
});
