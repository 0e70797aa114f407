import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLEAR_SCREEN, showControls, style } from './ansi';
import { terminal } from './testing';

const EVIL = 'before\x1b[2J\x1b]8;;https://evil.example/\x07click\x1b]8;;\x07\x1b]0;pwned\x07after\n';

describe('showControls', () => {
  it('lets the simulator\'s own colours through unchanged', () => {
    const styled = `${style.bold(style.green('learner@lab-host'))}:${style.buildStep('#1 [internal]')} ${style.red('ERROR')}`;
    expect(showControls(styled)).toBe(styled);
  });

  it('shows a screen wipe, an OSC 8 link and a title change as text', () => {
    expect(showControls(EVIL)).toBe('before^[[2J^[]8;;https://evil.example/^Gclick^[]8;;^G^[]0;pwned^Gafter\r\n');
  });

  it('shows colours and cursor moves the simulator never emits', () => {
    expect(showControls('\x1b[31;1mred\x1b[0m \x1b[5A\x1b[?25l')).toBe('^[[31;1mred\x1b[0m ^[[5A^[[?25l');
  });

  it('shows C1 controls, which a terminal reads like ESC sequences', () => {
    expect(showControls('\x9b2J\x9d0;t\x9c')).toBe('M-^[2JM-^]0;tM-^\\');
  });

  it('shows a lone carriage return, backspace and DEL, keeps tabs, and ends lines with CRLF', () => {
    expect(showControls('safe\rrm -rf /\b\x7f\tx\r\ny\n')).toBe('safe^Mrm -rf /^H^?\tx\r\ny\r\n');
  });

  it('never lets an ESC through except as one of the simulator\'s own styles', () => {
    const own = /\x1b\[(?:0|1|2|31|32|33|34|36|34;2)m/g;
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('\x1b', '[', ']', '2', 'J', 'm', '3', '1', ';', '\x07', '\x9b', 'a', '\r', '\n') }), (text) => {
      const shown = showControls(text).replace(own, '');
      expect(shown).not.toMatch(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/);
      expect(shown.replace(/\r\n/g, '')).not.toContain('\r');
    }));
  });

  it('shows the escape sequences in a learner\'s file when the simulator prints it', () => {
    const t = terminal({ 'notes.txt': EVIL });
    const out = showControls(t.sim.execute('cat notes.txt'));
    expect(out).toContain('^[[2J');
    expect(out).toContain('^[]8;;https://evil.example/^G');
    expect(out).not.toContain(CLEAR_SCREEN);
    expect(out).not.toContain('\x1b]');
  });
});
