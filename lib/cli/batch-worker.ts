/** A worker thread of the batch: takes one document at a time from the main thread and answers with its summary row. */
import { parentPort } from 'node:worker_threads';
import { checkDocument, type DocumentJob } from './document';

parentPort!.on('message', (msg: { id: number; job: DocumentJob }) => {
  void checkDocument(msg.job).then((row) => parentPort!.postMessage({ id: msg.id, row }));
});
parentPort!.postMessage({ ready: true });
