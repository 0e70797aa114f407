import { locale } from '../i18n/page';
import { readRecord, type ReadResult } from './record';
import RecordWorker from './record-worker?worker';

let worker: Worker | null = null;
let nextId = 0;
const pending = new Map<number, (result: ReadResult) => void>();

function startWorker(): Worker | null {
  if (worker) return worker;
  try {
    worker = new RecordWorker();
  } catch {
    return null;
  }
  worker.addEventListener('message', (event: MessageEvent<{ id: number; result: ReadResult }>) => {
    pending.get(event.data.id)?.(event.data.result);
    pending.delete(event.data.id);
  });
  worker.addEventListener('error', () => {
    // A worker that cannot start (blocked by the browser) answers nothing: read the waiting files here.
    worker = null;
  });
  return worker;
}

/** Reads a record file in a worker, so large files never freeze the page; on the page itself if workers fail. */
export function readRecordFile(text: string): Promise<ReadResult> {
  const running = startWorker();
  if (!running) return readRecord(text);
  const id = nextId++;
  return new Promise((resolve) => {
    const fallback = () => {
      running.removeEventListener('error', fallback);
      if (pending.delete(id)) void readRecord(text).then(resolve);
    };
    running.addEventListener('error', fallback);
    pending.set(id, (result) => {
      running.removeEventListener('error', fallback);
      resolve(result);
    });
    running.postMessage({ id, text, locale });
  });
}
