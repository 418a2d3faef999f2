/// <reference lib="webworker" />
// Reads a file for import and works out its preview off the main thread (issue 16: a 14 MB
// progress file took tasks of up to a second there). The session keeps the file's data; the page
// is sent only what it shows.
import { ImportSession, SessionAnswer, SessionMessage } from './import-session';

const session = new ImportSession();

addEventListener('message', ({ data }: MessageEvent<SessionMessage>) => {
  const { id } = data;
  session.handle(data).then(
    (reply) => answer({ id, reply }),
    (error: unknown) => answer({ id, error: String(error) }),
  );
});

/**
 * Every request gets an answer: a reply that cannot be copied to the page (too large) would
 * otherwise end as an unhandled rejection here, which Chromium does not report to the page as
 * an error, and the page would wait for ever.
 */
function answer(message: SessionAnswer): void {
  try {
    postMessage(message);
  } catch (error) {
    postMessage({ id: message.id, error: String(error) } satisfies SessionAnswer);
  }
}
