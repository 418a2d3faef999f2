import { ExportTable, toCsv } from '../../domain/mapping/export-table';
import { downloadBlob, downloadText } from '../../shared/download';

/** Column widths in characters: long texts get room, ids and statuses less. */
const LONG_TEXTS = ['Description', 'Risk', 'Measure', 'Assessment', 'Implementation guide', 'Tools', 'Comments'];
const LONG_LISTS = ['Activities', 'Evidence', 'Not applicable: justification', 'Links'];
const WIDE = new Set([...LONG_TEXTS, ...LONG_LISTS]);

/**
 * The table as an .xlsx file. Every text is written as a text cell, never as a formula, so
 * `=HYPERLINK(...)` from an edited evidence file stays text (the read-back spec checks it). The
 * Excel writer is imported here, on demand, so its code is a separate chunk that only loads when
 * someone exports.
 */
export async function xlsxBlob(table: ExportTable, sheet: string): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const header = table.columns.map((column) => ({ value: column, fontWeight: 'bold' as const, wrap: true }));
  const rows = table.rows.map((row) =>
    row.map((value) =>
      typeof value === 'number'
        ? { value, type: Number }
        : { value, type: String, wrap: true, alignVertical: 'top' as const },
    ),
  );
  return writeXlsxFile([header, ...rows], {
    sheet,
    stickyRowsCount: 1,
    stickyColumnsCount: table.columns[0] === 'Dimension' ? 3 : 1,
    columns: table.columns.map((column) => ({
      width: WIDE.has(column) ? 60 : column.includes('UUID') ? 38 : column === 'Level' ? 8 : 24,
    })),
  }).toBlob();
}

/** Writes the table as an .xlsx file and offers it for download. */
export async function downloadXlsx(table: ExportTable, fileName: string, sheet: string): Promise<void> {
  downloadBlob(fileName, await xlsxBlob(table, sheet));
}

/** Offers the table as .csv or .xlsx. */
export async function downloadTable(
  table: ExportTable,
  fileName: string,
  extension: 'xlsx' | 'csv',
  sheet: string,
): Promise<void> {
  // A byte order mark makes Excel read the CSV as UTF-8 (names with accents stay intact).
  if (extension === 'csv') downloadText(fileName, `\uFEFF${toCsv(table)}`, 'text/csv');
  else await downloadXlsx(table, fileName, sheet);
}
