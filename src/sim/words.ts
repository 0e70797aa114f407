import { BANNER, HELP_TEXT } from './help';
import { BANNER_ZH_CN, HELP_TEXT_ZH_CN } from './help.zh-cn';

/** The languages the simulator's own words come in (what real tools print is never translated). */
export type SimLanguage = 'en' | 'zh-cn';

/**
 * What the simulator says in its own voice, per language. A new message of the simulator's own goes
 * here under a new key, in every language; the type makes a missing translation a compile error.
 */
export interface SimWords {
  banner: string;
  help: string;
  /** docker build refuses, in the simulator's voice, a Dockerfile too big to simulate without freezing the page. */
  buildTooManyLines: (lines: number, limit: number) => string;
  buildTooBig: (kilobytes: number, limit: number) => string;
  /** A fault in the simulator itself, said as the simulator's, never as the program's. */
  cannotSimulate: (reason: string) => string;
}

export const SIM_WORDS: Record<SimLanguage, SimWords> = {
  en: {
    banner: BANNER, help: HELP_TEXT,
    buildTooManyLines: (lines, limit) => `Shipshape's simulated engine builds Dockerfiles of up to ${limit.toLocaleString('en')} lines, and this one has ${lines.toLocaleString('en')}. A real engine would try to build it; here the page would stop responding. The checks beside the editor still read the whole file.`,
    buildTooBig: (kilobytes, limit) => `Shipshape's simulated engine builds Dockerfiles of up to ${limit.toLocaleString('en')} KB, and this one has ${kilobytes.toLocaleString('en')} KB. A real engine would try to build it; here the page would stop responding. The checks beside the editor still read the file.`,
    cannotSimulate: (reason) => `shipshape simulator: this command could not be simulated (${reason})`,
  },
  'zh-cn': {
    banner: BANNER_ZH_CN, help: HELP_TEXT_ZH_CN,
    buildTooManyLines: (lines, limit) => `Shipshape 的模拟引擎最多构建 ${limit} 行的 Dockerfile，而这个文件有 ${lines} 行。真实的引擎会尝试构建它，但在这里页面会因此失去响应。编辑器旁的检查仍会读取整个文件。`,
    buildTooBig: (kilobytes, limit) => `Shipshape 的模拟引擎最多构建 ${limit} KB 的 Dockerfile，而这个文件有 ${kilobytes} KB。真实的引擎会尝试构建它，但在这里页面会因此失去响应。编辑器旁的检查仍会读取这个文件。`,
    cannotSimulate: (reason) => `shipshape 模拟器：无法模拟这条命令（${reason}）`,
  },
};
