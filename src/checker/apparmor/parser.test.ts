import { describe, expect, it } from 'vitest';
import { parseAppArmor } from './index';

function problems(text: string): [number, string][] {
  return parseAppArmor(text).diagnostics.map((d) => [d.line, d.message]);
}

describe('AppArmor syntax diagnostics', () => {
  it('spots a missing comma and keeps parsing the next rules', () => {
    const model = parseAppArmor('profile p {\n  /etc/** r\n  /srv/** rw,\n  capability chown,\n}\n');
    expect(model.diagnostics.map((d) => [d.line, d.ruleId, d.severity])).toEqual([[2, 'apparmor-syntax', 'error']]);
    expect(model.diagnostics[0]?.message).toContain('comma');
    expect(model.profiles[0]?.rules.map((r) => r.kind)).toEqual(['file', 'file', 'capability']);
  });

  it('spots a missing comma before the closing brace', () => {
    expect(problems('profile p {\n  file\n}\n')).toEqual([[2, 'This rule needs a comma at its end.']]);
  });

  it('reports an unclosed brace and a stray one', () => {
    expect(problems('profile p {\n  file,\n')[0]?.[1]).toContain('never closed');
    expect(problems('profile p {\n  file,\n}\n}\n')[0]).toEqual([4, 'This "}" closes nothing: there is no open "{" before it.']);
  });

  it('rejects unknown permission letters and conflicting ones', () => {
    expect(problems('profile p {\n  /etc/** rq,\n}\n')[0]?.[1]).toContain('"q" is not a file permission letter');
    expect(problems('profile p {\n  /etc/** wa,\n}\n')[0]?.[1]).toContain('conflict');
    expect(problems('profile p {\n  /bin/sh x,\n}\n')[0]?.[1]).toContain('exec mode');
    expect(problems('profile p {\n  deny /bin/sh ix,\n}\n')[0]?.[1]).toContain('plain "x"');
  });

  it('rejects unknown keywords, capabilities, network words and flags', () => {
    expect(problems('profile p {\n  allowall,\n}\n')[0]).toEqual([2, expect.stringContaining('not an AppArmor rule keyword')]);
    expect(problems('profile p {\n  capability sys_godmode,\n}\n')[0]?.[1]).toContain('not a Linux capability');
    expect(problems('profile p {\n  network inet tcpp,\n}\n')[0]?.[1]).toContain('not a network family');
    expect(problems('profile p flags=(complian) {\n}\n')[0]?.[1]).toContain('not a profile flag');
  });

  it('reports rules outside any profile and headers without the profile keyword', () => {
    expect(problems('#include <tunables/global>\n/etc/** r,\n')[0]?.[1]).toContain('outside any profile');
    expect(problems('profile p {\n}\n/etc/** r,\n')[0]?.[1]).toContain('outside any profile');
    expect(problems('myprofile {\n}\n')[0]?.[1]).toContain('profile myprofile');
  });

  it('reads abstractions and include files as rules, not as errors', () => {
    const abstraction = '# an abstraction\n  abi <abi/4.0>,\n  include <abstractions/base>\n  @{bin}/git mrix,\n  capability setuid,\n  include if exists <abstractions/git.d>\n';
    expect(problems(abstraction)).toEqual([]);
    const model = parseAppArmor(abstraction);
    expect(model).toMatchObject({ includeFile: true, profiles: [] });
    expect(model.includeRules.map((r) => r.kind)).toEqual(['file', 'capability']);
    expect(parseAppArmor('  alias /bin/dd -> /usr/bin/gnudd,\n').includeFile).toBe(true);
    expect(problems('  /etc/[ab r,\n')[0]?.[1]).toContain('[');
  });

  it('reports a Go template once, without parsing it', () => {
    const template = '{{if .Abi}}abi <{{.Abi}}>,\n{{- end}}\nprofile "{{.Name}}" flags=(attach_disconnected) {\n  network,\n}\n';
    const { diagnostics, template: isTemplate } = parseAppArmor(template);
    expect(isTemplate).toBe(true);
    expect(diagnostics.map((d) => [d.ruleId, d.severity, d.line])).toEqual([['apparmor-template', 'error', 1]]);
    expect(diagnostics[0]?.message).toMatch(/template.*Render/);
    expect(parseAppArmor('profile p {\n  /etc/{a,b} r,\n}\n').template).toBeUndefined();
  });

  it('reports unbalanced glob brackets with the rule line', () => {
    expect(problems('profile p {\n  /etc/[ab r,\n}\n')[0]?.[0]).toBe(2);
  });

  it('keeps comments, including trailing ones, and does not mistake them for includes', () => {
    const model = parseAppArmor('# a profile\nprofile p {\n  deny /etc/** wl, # no list\n  # include is just a word here\n}\n');
    expect(model.diagnostics).toEqual([]);
    expect(model.comments.map((c) => c.line)).toEqual([1, 3, 4]);
    expect(model.profiles[0]?.rules[0]?.comment).toBe(' no list');
  });

  it('accepts quoted paths with spaces and flags written with spaces', () => {
    const model = parseAppArmor('profile "my app" flags = (complain) {\n  "/srv/my files/**" r,\n}\n');
    expect(model.diagnostics).toEqual([]);
    expect(model.profiles[0]?.name).toBe('my app');
    expect(model.profiles[0]?.mode).toBe('complain');
  });

  it('handles CRLF line endings and an empty file', () => {
    expect(parseAppArmor('profile p {\r\n  file,\r\n}\r\n').diagnostics).toEqual([]);
    expect(parseAppArmor('')).toMatchObject({ profiles: [], diagnostics: [] });
  });
});

describe('a forgotten opening brace', () => {
  it('points at the profile header', () => {
    expect(problems('profile p\n  file,\n')[0]).toEqual([1, expect.stringContaining('needs a "{"')]);
  });
});

describe('an unclosed glob alternation', () => {
  it('stays inside its rule instead of opening a block', () => {
    const model = parseAppArmor('profile p {\n  /etc/{a,b r,\n  /srv/** r,\n}\n');
    expect(model.diagnostics.map((d) => d.line)).toEqual([2]);
    expect(model.profiles[0]?.rules).toHaveLength(2);
  });
});
