import { Problem } from '../types';
import { DOCUMENT_START } from './file-kind';

/** One document of a YAML stream, as text, and where it starts in the whole file. */
export interface YamlDocumentText {
  readonly text: string;
  /** Lines of the file before this document's first line: add it to a line in `text`. */
  readonly lineOffset: number;
}

/**
 * Cuts a YAML stream at its `---` lines, so that each document can be read by the reader of its
 * file kind with line numbers that still point into the whole file. A `---` only starts a document
 * at the start of a line: inside block scalars (custom files, descriptions) it is indented. Parts
 * holding only comments or blank lines are dropped.
 */
export function splitYamlDocuments(text: string): YamlDocumentText[] {
  const lines = text.split('\n');
  const documents: YamlDocumentText[] = [];
  let start = 0;
  const close = (end: number) => {
    const part = lines.slice(start, end);
    if (part.some((line) => line.trim() !== '' && !line.trimStart().startsWith('#'))) {
      documents.push({ text: part.join('\n'), lineOffset: start });
    }
  };
  lines.forEach((line, i) => {
    if (DOCUMENT_START.test(line.replace(/\r$/, ''))) {
      close(i);
      start = i + 1;
    }
  });
  close(lines.length);
  return documents;
}

/** A problem found in one document, pointing at its line in the whole file. */
export function inWholeFile(problem: Problem, lineOffset: number): Problem {
  return problem.line === undefined ? problem : { ...problem, line: problem.line + lineOffset };
}
