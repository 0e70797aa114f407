import { readRecord } from './record';

/** Reads record files off the main thread: an 8 MB file takes long enough to parse and hash to freeze a page. */
self.addEventListener('message', (event: MessageEvent<{ id: number; text: string }>) => {
  const { id, text } = event.data;
  void readRecord(text).then((result) => self.postMessage({ id, result }));
});
