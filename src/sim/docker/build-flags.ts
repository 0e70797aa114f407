/**
 * The flags of `docker buildx build`, which `docker build` runs (docker/buildx v0.17 commands/build.go
 * buildCmd); cobra lets them come before or after the context operand.
 */
const VALUED: Record<string, string> = {
  'add-host': '', allow: '', annotation: '', attest: '', 'build-arg': '', 'build-context': '', builder: '',
  'cache-from': '', 'cache-to': '', call: '', 'cgroup-parent': '', file: 'f', iidfile: '', isolation: '',
  label: '', memory: 'm', 'memory-swap': '', 'metadata-file': '', network: '', 'no-cache-filter': '',
  output: 'o', platform: '', progress: '', provenance: '', sbom: '', secret: '', 'security-opt': '',
  'shm-size': '', ssh: '', tag: 't', target: '', ulimit: '', 'cpu-shares': 'c', 'cpu-period': '',
  'cpu-quota': '', 'cpuset-cpus': '', 'cpuset-mems': '',
};
const BOOLEAN: Record<string, string> = {
  check: '', compress: '', debug: 'D', 'force-rm': '', load: '', 'no-cache': '', pull: '', push: '',
  quiet: 'q', rm: '', squash: '',
};

const SHORT = new Map<string, string>([...Object.entries(VALUED), ...Object.entries(BOOLEAN)].filter(([, s]) => s !== '').map(([long, s]) => [s, long]));

export interface BuildFlags {
  /** Values by long name, in the order given. */
  values: Map<string, string[]>;
  operands: string[];
}

/** Parses the command line as pflag does; the error is pflag's text ("unknown flag: --x"). */
export function parseBuildFlags(args: readonly string[]): BuildFlags | { error: string } {
  const values = new Map<string, string[]>();
  const operands: string[] = [];
  const add = (name: string, value: string): void => { values.set(name, [...(values.get(name) ?? []), value]); };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--') {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      operands.push(arg);
      continue;
    }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
      if (name in VALUED) {
        if (eq !== -1) add(name, arg.slice(eq + 1));
        else if (i + 1 < args.length) add(name, args[++i] ?? '');
        else return { error: `flag needs an argument: --${name}` };
      } else if (name in BOOLEAN) {
        add(name, eq === -1 ? 'true' : arg.slice(eq + 1));
      } else {
        return { error: `unknown flag: --${name}` };
      }
      continue;
    }
    // Shorthands group (-qt app); a valued one takes the rest of the word or the next argument.
    for (let k = 1; k < arg.length; k++) {
      const letter = arg[k] ?? '';
      const name = SHORT.get(letter);
      if (!name) return { error: `unknown shorthand flag: '${letter}' in -${arg.slice(k)}` };
      if (name in BOOLEAN) {
        add(name, 'true');
        continue;
      }
      const rest = arg.slice(k + 1).replace(/^=/, '');
      if (rest !== '') add(name, rest);
      else if (i + 1 < args.length) add(name, args[++i] ?? '');
      else return { error: `flag needs an argument: '${letter}' in -${arg.slice(k)}` };
      break;
    }
  }
  return { values, operands };
}
