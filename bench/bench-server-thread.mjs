// The worker thread of bench-server.mjs: serves its root and overrides, and posts back the URL.
import { parentPort, workerData } from 'node:worker_threads';
import { startStaticServer } from '../e2e/static-server.mjs';

const { url } = await startStaticServer(workerData.root, workerData.overrides);
parentPort.postMessage(url);
