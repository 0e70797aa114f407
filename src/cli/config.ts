import { dirname, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { z } from 'zod';
import type { FileSystem } from './io';
import type { CliMessages } from './messages';
import { readInputFile } from './read-input';
import { ConfigError, defaultConfig, findConfig, UNCONFIGURABLE_RULES, type Config, type RuleSetting } from './config-base';

export { CONFIG_NAMES, ConfigError, defaultConfig, findConfig, UNCONFIGURABLE_RULES, type Config, type RuleSetting } from './config-base';


/** The schema, with its problems worded in the language of the messages. */
function schemaFor(m: CliMessages) {
  // A registry host (with port), optionally a `*.` wildcard for its subdomains: `docker.io`, `registry.example.com:5000`, `*.gcr.io`.
  const registry = z.string().regex(/^(?:\*\.)?[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?(?::\d{1,5})?$/, { message: m.config.registry });
  const severity = z.enum(['info', 'warning', 'error'], { message: m.config.severitySetting });
  return z.strictObject({
    rules: z.record(z.string(), z.enum(['off', 'info', 'warning', 'error'], { message: m.config.ruleSetting })).optional(),
    ignore: z.array(z.string().min(1, { message: m.config.notEmpty })).optional(),
    failOn: severity.optional(),
    trustedRegistries: z.array(registry).optional(),
    podSecurity: z.string().regex(/^(?:privileged|baseline|restricted)(?::(?:latest|v1\.(?:0|[1-9][0-9]*)))?$/, { message: m.config.podSecurity }).optional(),
  });
}

function keyPath(path: readonly PropertyKey[], m: CliMessages): string {
  return path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('').replace(/^\./, '') || m.config.topLevel;
}

/** One line per problem, each naming the key it is about, e.g. `rules.runs-as-rot: unknown rule`. */
function describeIssues(error: z.ZodError, m: CliMessages): string[] {
  return error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      const where = issue.path.length > 0 ? `${keyPath(issue.path, m)}.` : '';
      return m.config.unknownKeys(issue.keys.map((k) => `${where}${k}`).join(', '));
    }
    return m.config.issue(keyPath(issue.path, m), issue.message);
  });
}

/** The closest known id, for a typo in a rule id. */
function suggestion(id: string, known: readonly string[]): string | undefined {
  const distance = (a: string, b: string): number => {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
      let previous = row[0] ?? 0;
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const current = row[j] ?? 0;
        row[j] = Math.min((row[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
        previous = current;
      }
    }
    return row[b.length] ?? Number.POSITIVE_INFINITY;
  };
  let best: { id: string; d: number } | undefined;
  for (const candidate of known) {
    const d = distance(id, candidate);
    if (!best || d < best.d) best = { id: candidate, d };
  }
  return best && best.d <= Math.max(2, Math.floor(id.length / 4)) ? best.id : undefined;
}

const POD_SECURITY_LEVELS = ['privileged', 'baseline', 'restricted'] as const;

/** The schema has checked the shape; an absent version means `latest`, as a namespace label without one does. */
function podSecurityOf(text: string | undefined): Config['podSecurity'] {
  if (text === undefined) return null;
  const [name = '', version = 'latest'] = text.split(':');
  const level = POD_SECURITY_LEVELS.find((l) => l === name);
  return level ? { level, version } : null;
}

/** Validates the text of a configuration file; throws ConfigError with every problem, each with its key path. */
export function parseConfig(text: string, path: string, dir: string, knownRules: readonly string[], m: CliMessages): Config {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const first = doc.errors[0];
    // The YAML parser's own reason stays as it gave it.
    throw new ConfigError(m.config.notYaml(path, first?.message.split('\n')[0] ?? '?'));
  }
  const raw: unknown = doc.contents === null ? {} : doc.toJS({ maxAliasCount: 100 });
  // A value of the wrong type is worded by the catalogue too, not by zod's English default.
  const parsed = schemaFor(m).safeParse(raw ?? {}, { error: (issue) => (issue.code === 'invalid_type' ? m.config.wrongType(issue.expected) : undefined) });
  if (!parsed.success) throw new ConfigError([m.config.hasProblems(path), ...describeIssues(parsed.error, m).map((l) => `  ${l}`)].join('\n'));
  const problems: string[] = [];
  const rules = new Map<string, RuleSetting>();
  for (const [id, setting] of Object.entries(parsed.data.rules ?? {})) {
    if (UNCONFIGURABLE_RULES.has(id)) {
      problems.push(m.config.unconfigurable(id));
    } else if (!knownRules.includes(id)) {
      const near = suggestion(id, knownRules);
      problems.push(m.config.unknownRule(id, near));
    } else {
      rules.set(id, setting);
    }
  }
  if (problems.length > 0) throw new ConfigError([m.config.hasProblems(path), ...problems.map((l) => `  ${l}`)].join('\n'));
  return {
    path,
    dir,
    rules,
    ignore: parsed.data.ignore ?? [],
    failOn: parsed.data.failOn ?? 'info',
    trustedRegistries: parsed.data.trustedRegistries ?? null,
    podSecurity: podSecurityOf(parsed.data.podSecurity),
  };
}

/** The configuration named by --config, or found beside the repository, or the defaults. */
export function loadConfig(fs: FileSystem, cwd: string, explicit: string | null, knownRules: readonly string[], m: CliMessages): Config {
  const path = explicit === null ? findConfig(fs, cwd) : resolve(cwd, explicit);
  if (path === null) return defaultConfig(cwd);
  const read = readInputFile(fs, path, explicit ?? path, m);
  if ('problem' in read) throw new ConfigError(m.config.unreadable(read.problem.message));
  return parseConfig(read.text, explicit ?? path, dirname(path), knownRules, m);
}
