/**
 * Variables: `@{NAME}` references expand to their values (several values become a `{a,b}`
 * alternation). The standard tunables are defined when the profile includes them, with the values
 * the AppArmor policy ships (tunables/home, proc, kernelvars, sys, run, multiarch, etc).
 */

const PID = '{[1-9],[1-9][0-9],[1-9][0-9][0-9],[1-9][0-9][0-9][0-9],[1-9][0-9][0-9][0-9][0-9],[1-9][0-9][0-9][0-9][0-9][0-9],[1-9][0-9][0-9][0-9][0-9][0-9][0-9]}';

const TUNABLES: Readonly<Record<string, Readonly<Record<string, string[]>>>> = {
  home: { HOMEDIRS: ['/home/'], HOME: ['@{HOMEDIRS}/*/', '/root/'] },
  proc: { PROC: ['/proc/'] },
  sys: { sys: ['/sys/'] },
  run: { run: ['/run/', '/var/run/'] },
  kernelvars: { pid: [PID], pids: ['@{pid}'], tid: ['@{pid}'] },
  multiarch: { multiarch: ['*-linux-gnu*'] },
  etc: { etc_ro: ['/etc/', '/usr/etc/'], etc_rw: ['/etc/'] },
};

/** The variables a set of `#include <tunables/...>` lines defines. */
export function tunablesFor(includes: readonly string[]): Record<string, string[]> {
  const defined: Record<string, string[]> = {};
  for (const include of includes) {
    const match = /^tunables\/([\w.-]+)$/.exec(include);
    if (!match?.[1]) continue;
    const groups = match[1] === 'global' ? Object.keys(TUNABLES) : [match[1]];
    for (const group of groups) Object.assign(defined, TUNABLES[group] ?? {});
  }
  return defined;
}

export interface Expansion {
  glob: string;
  undefinedNames: string[];
}

const REFERENCE = /@\{([A-Za-z_][A-Za-z0-9_]*)\}/g;
const MAX_DEPTH = 8;

/** Expands every `@{NAME}` and collapses repeated slashes, as apparmor_parser does. */
export function expandVariables(pattern: string, variables: Readonly<Record<string, string[]>>): Expansion {
  const undefinedNames: string[] = [];
  const expand = (text: string, depth: number): string => text.replace(REFERENCE, (whole, name: string, offset: number) => {
    const values = variables[name];
    if (!values) {
      if (!undefinedNames.includes(name)) undefinedNames.push(name);
      return whole;
    }
    if (depth >= MAX_DEPTH) return whole;
    // Slashes are collapsed after expansion in AppArmor; trimming them here keeps `@{HOME}/x` from
    // needing `//` inside an alternation, where a later collapse could not reach.
    const slashBefore = text[offset - 1] === '/';
    const slashAfter = text[offset + whole.length] === '/';
    const expanded = values.map((v) => {
      let value = expand(v, depth + 1);
      if (slashAfter) value = value.replace(/\/+$/, '');
      if (slashBefore) value = value.replace(/^\/+/, '');
      return value;
    });
    return expanded.length === 1 ? (expanded[0] ?? '') : `{${expanded.join(',')}}`;
  });
  return { glob: expand(pattern, 0).replace(/\/{2,}/g, '/'), undefinedNames };
}
