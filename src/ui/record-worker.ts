import type { Locale } from '../i18n/locales';
import type { ReadResult } from './record';

/**
 * Reads record files off the main thread: an 8 MB file takes long enough to parse and hash to freeze a
 * page. The listener is registered before anything loads: a module worker still evaluating its imports
 * (the string tables load asynchronously) would drop a message that arrives meanwhile.
 */
const reader = import('./record');

async function wordsFor(locale: Locale) {
  return locale === 'zh-cn' ? (await import('../i18n/zh-cn')).zhCn.record : (await import('../i18n/en')).en.record;
}

self.addEventListener('message', (event: MessageEvent<{ id: number; text: string; locale: Locale }>) => {
  const { id, text, locale } = event.data;
  void Promise.all([reader, wordsFor(locale)])
    .then(([{ readRecord }, words]): Promise<ReadResult> => readRecord(text, words))
    .then((result) => self.postMessage({ id, result }));
});
