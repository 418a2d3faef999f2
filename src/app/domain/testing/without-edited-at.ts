/** The value as a file would hold it: browser edit times are not written to files. */
export function withoutEditedAt<T extends { readonly editedAt?: number }>(value: T): Omit<T, 'editedAt'> {
  return Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'editedAt')) as Omit<T, 'editedAt'>;
}
