/**
 * A small .xlsx reader for specs: an .xlsx is a zip of XML files. Reads the zip's central directory,
 * inflates entries with the browser's DecompressionStream and returns the first sheet as rows of
 * cell texts, with each cell's kind, so a spec can check that nothing became a formula.
 */
export interface XlsxCell {
  readonly text: string;
  /** `string` for shared or inline text, `number`, or `formula` when the cell holds one. */
  readonly kind: 'string' | 'number' | 'formula';
}

async function unzip(blob: Blob): Promise<Map<string, string>> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const view = new DataView(bytes.buffer);
  let end = bytes.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a zip file');
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  const files = new Map<string, string>();
  const text = new TextDecoder();
  for (let i = 0; i < count; i++) {
    const method = view.getUint16(offset + 10, true);
    const size = view.getUint32(offset + 20, true);
    const nameLength = view.getUint16(offset + 28, true);
    const skip = nameLength + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
    const local = view.getUint32(offset + 42, true);
    const name = text.decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = bytes.slice(start, start + size);
    const raw =
      method === 8
        ? await new Response(
            new Blob([data]).stream().pipeThrough(new DecompressionStream('deflate-raw')),
          ).arrayBuffer()
        : data;
    files.set(name, text.decode(raw));
    offset += 46 + skip;
  }
  return files;
}

const unescapeXml = (value: string) =>
  value
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');

const texts = (xml: string) => [...xml.matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => unescapeXml(t[1])).join('');

/** The first sheet of an .xlsx file as rows of cells. */
export async function readXlsx(blob: Blob): Promise<XlsxCell[][]> {
  const files = await unzip(blob);
  const shared = [...(files.get('xl/sharedStrings.xml') ?? '').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    texts(m[1]),
  );
  const sheet = files.get('xl/worksheets/sheet1.xml');
  if (!sheet) throw new Error('the workbook has no first sheet');
  return [...sheet.matchAll(/<row[^>]*>([\s\S]*?)<\/row>/g)].map((row) => {
    const cells: XlsxCell[] = [];
    for (const [, attributes, body = ''] of row[1].matchAll(/<c([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      // Empty cells may be left out: place each by its reference (C2 is the third column).
      const letters = / r="([A-Z]+)\d+"/.exec(attributes)?.[1];
      const at = letters ? [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1 : cells.length;
      while (cells.length < at) cells.push({ text: '', kind: 'string' });
      cells[at] = cell(attributes, body, shared);
    }
    return cells;
  });
}

function cell(attributes: string, body: string, shared: readonly string[]): XlsxCell {
  if (/<f[\s>]/.test(body)) return { text: body, kind: 'formula' };
  if (/t="s"/.test(attributes)) return { text: shared[Number(/<v>(\d+)<\/v>/.exec(body)?.[1])], kind: 'string' };
  if (/t="inlineStr"/.test(attributes)) return { text: texts(body), kind: 'string' };
  if (/t="str"/.test(attributes))
    return { text: unescapeXml(/<v>([\s\S]*?)<\/v>/.exec(body)?.[1] ?? ''), kind: 'string' };
  return { text: unescapeXml(/<v>([\s\S]*?)<\/v>/.exec(body)?.[1] ?? ''), kind: 'number' };
}
