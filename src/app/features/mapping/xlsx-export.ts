import { ExportTable } from '../../domain/mapping/export-table';
import { downloadBlob } from '../../shared/download';

/** Column widths in characters: long texts get room, ids and statuses less. */
const WIDE = new Set(['Description', 'Risk', 'Measure', 'Assessment', 'Implementation guide', 'Tools', 'Comments']);

/**
 * Writes the table as an .xlsx file and offers it for download. The Excel writer is imported
 * here, on demand, so its code is a separate chunk that only loads when someone exports.
 */
export async function downloadXlsx(table: ExportTable, fileName: string, sheet: string): Promise<void> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const header = table.columns.map((column) => ({ value: column, fontWeight: 'bold' as const, wrap: true }));
  const rows = table.rows.map((row) =>
    row.map((value) =>
      typeof value === 'number'
        ? { value, type: Number }
        : { value, type: String, wrap: true, alignVertical: 'top' as const },
    ),
  );
  const blob = await writeXlsxFile([header, ...rows], {
    sheet,
    stickyRowsCount: 1,
    stickyColumnsCount: 3,
    columns: table.columns.map((column) => ({
      width: WIDE.has(column) ? 60 : column === 'UUID' ? 38 : column === 'Level' ? 8 : 24,
    })),
  }).toBlob();
  downloadBlob(fileName, blob);
}
