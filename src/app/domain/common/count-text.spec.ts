import { countText } from './count-text';

describe('countText', () => {
  it('writes counts as toLocaleString("en-US") does', () => {
    for (const n of [0, 1, 12, 123, 1234, 12345, 123456, 1234567, 1000, 1000000, -1, -1234, 776, 2_000_000_000, 0.5]) {
      expect(countText(n)).withContext(String(n)).toBe(n.toLocaleString('en-US'));
    }
  });
});
