/** What a caught error says: its message, or the thrown value in words (anything can be thrown). */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
