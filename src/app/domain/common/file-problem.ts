import { Problem } from '../types';

/** A problem that makes the file unusable. */
export function fileError(file: string, message: string, line?: number): Problem {
  return line === undefined ? { file, message, severity: 'error' } : { file, line, message, severity: 'error' };
}

/** A problem the user should know about; the file is still used. */
export function fileWarning(file: string, message: string, line?: number): Problem {
  return line === undefined ? { file, message, severity: 'warning' } : { file, line, message, severity: 'warning' };
}

/** Quotes a name in a message so that leading or trailing spaces and empty names stay visible. */
export function quoted(name: string): string {
  return JSON.stringify(name);
}

/** Message text starting with a capital, for labels built from parts. */
export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
