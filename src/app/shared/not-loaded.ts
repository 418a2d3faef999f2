/**
 * What the app says when a press needs a part of the app that is loaded on first use and its file
 * did not load (offline, or a new version was deployed and the old files are gone): what failed,
 * that nothing was lost, and what to do. Said through the store's notice (the status banner),
 * which is always loaded.
 */
export function notLoadedText(failed: string, kept = 'Nothing was lost.'): string {
  return (
    `${failed}: part of the app did not load (the connection may be offline, or the app was updated). ` +
    `${kept} Reload the page while online and try again.`
  );
}
