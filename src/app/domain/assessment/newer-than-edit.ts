import { utcMidnight } from '../common/calendar-date';

/**
 * Whether a file date is newer than a browser edit at `editedAt` (epoch ms). Files only know the
 * day, read as UTC midnight: a file entry dated the same day as the edit or earlier loses to it.
 */
export function fileDateIsNewer(date: string | undefined, editedAt: number): boolean {
  return date !== undefined && utcMidnight(date) > editedAt;
}
