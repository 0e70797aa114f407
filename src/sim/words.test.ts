import { describe, expect, it } from 'vitest';
import { Simulator } from './simulator';
import { SIM_WORDS } from './words';

/** The commands a help text suggests: how each of its indented lines starts. */
function suggested(help: string): string[] {
  return help.split('\n').filter((l) => l.startsWith('  ')).map((l) => l.trim().split(/\s+/).slice(0, 2).join(' '));
}

describe("the simulator's own words", () => {
  it('are in Chinese on a Chinese page and suggest the same commands as in English', () => {
    const zh = new Simulator({ files: () => ({}), language: 'zh-cn' });
    expect(zh.banner()).toBe(SIM_WORDS['zh-cn'].banner);
    expect(zh.banner()).toMatch(/[\u4e00-\u9fff]/);
    expect(zh.execute('help')).toContain(SIM_WORDS['zh-cn'].help.trim().split('\n')[0]);
    expect(suggested(SIM_WORDS['zh-cn'].help)).toEqual(suggested(SIM_WORDS.en.help));
  });

  it('stay English by default, and what real tools print is the same in both languages', () => {
    const en = new Simulator({ files: () => ({}) });
    const zh = new Simulator({ files: () => ({}), language: 'zh-cn' });
    expect(en.banner()).toBe(SIM_WORDS.en.banner);
    for (const command of ['docker run --rm alpine:3.24 id', 'cat /nope', 'docker run --rm nosuchimage']) {
      const english = en.execute(command);
      expect(english.length, command).toBeGreaterThan(0);
      expect(zh.execute(command), command).toBe(english);
    }
  });
});
