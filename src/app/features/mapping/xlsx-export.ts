import { inject, InjectionToken } from '@angular/core';
import { ExportStream, ExportTable } from '../../domain/mapping/export-table';
import { downloadBlob } from '../../shared/download';
import { notLoadedText } from '../../shared/not-loaded';
import { AssessmentStore } from '../../state/assessment-store';
import { collectSliced, csvBlobSliced } from './sliced-rows';

type XlsxWriter = typeof import('write-excel-file/browser');
const loadXlsxWriter = (): Promise<XlsxWriter> => import('write-excel-file/browser');

/** Loads the Excel writer (its own chunk, loaded on first use); a spec makes it fail. */
export const XLSX_WRITER_LOADER = new InjectionToken<() => Promise<XlsxWriter>>('xlsx writer loader', {
  factory: () => loadXlsxWriter,
});

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
export async function xlsxBlob(table: ExportTable, sheet: string, writer?: XlsxWriter): Promise<Blob> {
  const { default: writeXlsxFile } = writer ?? (await loadXlsxWriter());
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

/** Offers a table as .csv or .xlsx: `download(table, fileName, extension, sheet)`. */
export type TableDownload = (
  table: ExportStream,
  fileName: string,
  extension: 'xlsx' | 'csv',
  sheet: string,
) => Promise<void>;

/**
 * The download of tables as .csv or .xlsx, their rows made in slices so the page answers meanwhile
 * (sliced-rows.ts). When the Excel writer's file does not load (offline, or
 * the app was updated and the old files are gone), the status banner says so and to reload while
 * online, rather than an alert quoting the import's error; a writer that fails rejects, for the
 * caller to say. Call in an injection context.
 */
export function injectTableDownload(): TableDownload {
  const load = inject(XLSX_WRITER_LOADER);
  const store = inject(AssessmentStore);
  return async (table, fileName, extension, sheet) => {
    if (extension === 'csv') return downloadBlob(fileName, await csvBlobSliced(table));
    let writer: XlsxWriter;
    try {
      writer = await load();
    } catch {
      store.notify(notLoadedText('The Excel file could not be written', 'Nothing was lost; the CSV export works.'));
      return;
    }
    downloadBlob(fileName, await xlsxBlob(await collectSliced(table), sheet, writer));
  };
}
