/// <reference lib="webworker" />
// Fetches and parses the served files off the main thread (parsing the model's YAML is the
// costliest step of a start), while the page evaluates its scripts and bootstraps.
import { httpSource } from './fetch-text';
import { readServed } from './served-read';
import type { ServedReadRequest } from './served-read-client';

addEventListener('message', (event: MessageEvent<ServedReadRequest>) => {
  const { base, custom } = event.data;
  readServed(httpSource(base), custom).then(
    (read) => postMessage({ read }),
    (error: unknown) => postMessage({ error: String(error) }),
  );
});
