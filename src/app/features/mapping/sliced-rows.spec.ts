import { collectSliced, csvBlobSliced, PART_CHARS } from './sliced-rows';

/** Rows that each keep the main thread busy for `ms`, as 10,000 teams' rows do together. */
function* slowRows(count: number, ms: number): Generator<string[]> {
  for (let i = 0; i < count; i++) {
    const until = performance.now() + ms;
    while (performance.now() < until) {
      // busy, as making rows is
    }
    yield [`row ${i}`, i % 2 ? '=1+1' : 'x,y'];
  }
}

describe('rows made in slices', () => {
  it('lets the page answer while the rows are made, and keeps every row in order', async () => {
    let answeredAt = -1;
    let made = 0;
    const rows = (function* () {
      for (const row of slowRows(8, 20)) {
        made++;
        yield row;
      }
    })();
    setTimeout(() => (answeredAt = made));
    const table = await collectSliced({ columns: ['a', 'b'], rows });
    expect(table.rows.map((row) => row[0])).toEqual(Array.from({ length: 8 }, (_, i) => `row ${i}`));
    // A timer set before the start ran before the last row was made: the page was not held throughout.
    expect(answeredAt).toBeGreaterThan(0);
    expect(answeredAt).toBeLessThan(8);
  });

  it('writes the CSV as toCsv does, with a byte order mark', async () => {
    const blob = await csvBlobSliced({ columns: ['a', 'b'], rows: slowRows(3, 25) });
    expect(blob.type).toBe('text/csv;charset=utf-8');
    expect([...new Uint8Array(await blob.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(await blob.text()).toBe('a,b\r\nrow 0,"x,y"\r\nrow 1,\'=1+1\r\nrow 2,"x,y"\r\n');
  });

  it('writes a file of many parts whole and in order (accents and quotes across the parts)', async () => {
    const rows = Array.from({ length: 4 * Math.ceil(PART_CHARS / 30) }, (_, i) => [
      `Équipe ${i}`,
      `"q" ${'x'.repeat(i % 7)}`,
    ]);
    const blob = await csvBlobSliced({ columns: ['team', 'note'], rows });
    const expected = 'team,note\r\n' + rows.map(([team, note]) => `${team},"${note.replace(/"/g, '""')}"\r\n`).join('');
    expect(expected.length).toBeGreaterThan(2 * PART_CHARS);
    expect(await blob.text()).toBe(expected);
  });

  it('writes a file of parts joined in groups and groups of groups whole and in order', async () => {
    // Parts of 40 characters joined by 3: ~750 parts, 6 levels of joins, and left-over parts at
    // each level, as 10,000 teams give with the real sizes. (Each part is a Blob, which Chromium
    // registers: 4,000 of them took over Jasmine's 5 s on a loaded machine.)
    const rows = Array.from({ length: 1200 }, (_, i) => [`Équipe ${i}`, `"q" ${'x'.repeat(i % 11)}`]);
    const blob = await csvBlobSliced({ columns: ['team', 'note'], rows }, { partChars: 40, groupParts: 3 });
    const expected =
      '\uFEFFteam,note\r\n' + rows.map(([team, note]) => `${team},"${note.replace(/"/g, '""')}"\r\n`).join('');
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer())).toBe(expected);
  });
});
