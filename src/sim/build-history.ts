import type { ImageModel, KeyValue, Stage, Step } from '../checker/dockerfile/model';
import type { ImageConfig } from './image';

/** The build arguments in effect for a stage's steps: NAME=value in declaration order, as BuildKit keeps them. */
export class StageArgs {
  private readonly values = new Map<string, string>();

  constructor(private readonly model: ImageModel, private readonly buildArgs: Readonly<Record<string, string>>, inherited?: StageArgs) {
    if (inherited) for (const [name, value] of inherited.values) this.values.set(name, value);
  }

  /**
   * ARG: --build-arg wins, then the default as the stage expands it, then the global ARG of that name
   * (moby/buildkit frontend/dockerfile/dockerfile2llb/convert.go dispatchArg).
   */
  declare(arg: KeyValue): string | null {
    const global = this.model.globalArgs.find((g) => g.name === arg.name);
    const value = this.buildArgs[arg.name] ?? arg.value ?? global?.value ?? null;
    // Map order is insertion order: a redeclared ARG keeps its first place, as runCommandString does.
    this.values.set(arg.name, value ?? '');
    return value;
  }

  /** The `|N NAME=value` prefix of a RUN's history line; an ENV of the same name shadows the argument. */
  prefix(config: ImageConfig): string {
    if (this.values.size === 0) return '';
    const env = new Map(config.env.map((e) => [e.slice(0, e.indexOf('=')), e.slice(e.indexOf('=') + 1)]));
    const pairs = [...this.values].map(([name, value]) => `${name}=${env.get(name) ?? value}`);
    return `|${pairs.length} ${pairs.join(' ')} `;
  }
}

/** Go's %q of a []string: `["a" "b"]`. */
function quotedList(args: readonly string[]): string {
  return `[${args.map((a) => JSON.stringify(a)).join(' ')}]`;
}

/**
 * The CREATED BY text BuildKit records for one step (convert.go commitToHistory and the dispatchers):
 * steps that run or copy end in "# buildkit"; a RUN lists the build arguments in effect, which is how
 * `docker history` shows a value passed with --build-arg; a RUN's --mount flags are never recorded.
 */
export function historyText(step: Step, stage: Stage, args: StageArgs, config: ImageConfig, exposed: readonly string[]): string {
  switch (step.keyword) {
    case 'RUN': {
      const run = stage.runs.find((r) => r.line === step.line);
      const command = !run ? step.args : run.form === 'exec' ? run.argv.join(' ') : `${run.shell.join(' ')} ${run.script}`;
      return `RUN ${args.prefix(config)}${command} # buildkit`;
    }
    case 'COPY': case 'ADD': return `${step.keyword} ${step.args} # buildkit`;
    case 'ARG': {
      const declared = stage.args.filter((a) => a.line === step.line);
      return `ARG ${declared.map((a) => {
        const value = args.declare(a);
        return value === null ? a.name : `${a.name}=${value}`;
      }).join(' ')}`;
    }
    // ENV, LABEL and USER are recorded after substitution, so an ENV of a build argument shows its value.
    case 'ENV': case 'LABEL': {
      const pairs = (step.keyword === 'ENV' ? stage.env : stage.labels).filter((kv) => kv.line === step.line);
      return pairs.length ? `${step.keyword} ${pairs.map((kv) => `${kv.name}=${kv.value ?? ''}`).join(' ')}` : `${step.keyword} ${step.args}`;
    }
    case 'USER': return `USER ${stage.userInstructions.find((u) => u.line === step.line)?.raw ?? step.args.trim()}`;
    case 'WORKDIR': return `WORKDIR ${config.workingDir}`;
    case 'CMD': return config.cmd ? `CMD ${quotedList(config.cmd)}` : `CMD ${step.args}`;
    case 'ENTRYPOINT': return config.entrypoint ? `ENTRYPOINT ${quotedList(config.entrypoint)}` : `ENTRYPOINT ${step.args}`;
    case 'EXPOSE': return `EXPOSE [${exposed.join(' ')}]`;
    default: return `${step.keyword} ${step.args}`;
  }
}
