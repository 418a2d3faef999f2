/// <reference lib="webworker" />
// Reads a file for import and works out its preview off the main thread (issue 16: a 14 MB
// progress file took tasks of up to a second there). The session keeps the file's data; the page
// is sent only what it shows.
import { ImportSession, SessionAnswer, SessionMessage } from './import-session';

const session = new ImportSession();

addEventListener('message', ({ data }: MessageEvent<SessionMessage>) => {
  const { id } = data;
  session.handle(data).then(
    (reply) => postMessage({ id, reply } satisfies SessionAnswer),
    (error: unknown) => postMessage({ id, error: String(error) } satisfies SessionAnswer),
  );
});
