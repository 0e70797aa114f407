import { parse } from 'shell-quote';

export interface Redirect {
  op: '>' | '>>' | '<';
  target: string;
}

export interface SimpleCommand {
  argv: string[];
  redirects: Redirect[];
}

/** Commands joined by pipes, followed by the operator that links to the next pipeline. */
export interface Pipeline {
  commands: SimpleCommand[];
  next: '&&' | '||' | ';' | null;
}

/** stderr redirections the simulator honours by dropping the text; removed before tokenising. */
const STDERR_REDIRECT = /\s2>(?:&1|\/dev\/null)/g;

/** Splits a command line into pipelines; `$VAR` expands from env. Never throws. */
export function parseLine(line: string, env: Record<string, string>): Pipeline[] {
  let tokens: ReturnType<typeof parse>;
  try {
    tokens = parse(line.replace(STDERR_REDIRECT, ''), env);
  } catch {
    return [];
  }
  const pipelines: Pipeline[] = [];
  let commands: SimpleCommand[] = [];
  let current: SimpleCommand = { argv: [], redirects: [] };
  let pendingRedirect: Redirect['op'] | null = null;
  const endCommand = (): void => {
    if (current.argv.length > 0 || current.redirects.length > 0) commands.push(current);
    current = { argv: [], redirects: [] };
  };
  const endPipeline = (next: Pipeline['next']): void => {
    endCommand();
    if (commands.length > 0) pipelines.push({ commands, next });
    commands = [];
  };
  for (const token of tokens) {
    if (typeof token === 'string') {
      if (pendingRedirect) {
        current.redirects.push({ op: pendingRedirect, target: token });
        pendingRedirect = null;
      } else current.argv.push(token);
    } else if ('comment' in token) {
      break;
    } else {
      const op = 'op' in token && typeof token.op === 'string' ? token.op : '';
      if (op === 'glob' && 'pattern' in token && typeof token.pattern === 'string') current.argv.push(token.pattern);
      else if (op === '>' || op === '>>' || op === '<') pendingRedirect = op;
      else if (op === '|') endCommand();
      else if (op === '&&' || op === '||' || op === ';') endPipeline(op);
    }
  }
  endPipeline(null);
  return pipelines;
}
