import { style } from './ansi';

/** One line of BuildKit's progress display, as it reads once the build is over. */
export interface Vertex {
  name: string;
  seconds: number;
  /** `=> =>` sub-lines: transfers, exporting, naming. */
  details?: string[];
  /** What the step printed, each line after its time stamp: shown by --progress=plain, or under a failure. */
  log?: string[];
  error?: boolean;
  /** Why the step failed, for the plain display's "ERROR:" line. */
  message?: string;
}

const MAX_WIDTH = 78;

function line(prefix: string, text: string, seconds: number, width: number): string {
  const time = `${seconds.toFixed(1)}s`;
  const body = `${prefix}${text}`;
  return `${body}${' '.repeat(Math.max(1, width - body.length - time.length))}${time}`;
}

/** The whole progress block: header, one line per vertex, sub-lines, in BuildKit's wording. */
export function renderProgress(vertices: Vertex[], finished: boolean, columns = 80): string {
  const width = Math.min(MAX_WIDTH, columns - 2);
  const total = vertices.reduce((sum, v) => sum + v.seconds, 0);
  const done = vertices.filter((v) => !v.error).length;
  const header = `[+] Building ${total.toFixed(1)}s (${done}/${vertices.length})${finished ? ' FINISHED' : ''}`;
  const out = [`${header}${' '.repeat(Math.max(1, width - header.length - 14))}docker:default`];
  for (const vertex of vertices) {
    const main = line(vertex.error ? ' => ERROR ' : ' => ', vertex.name, vertex.seconds, width);
    out.push(vertex.error ? style.red(main) : style.buildStep(main));
    for (const detail of vertex.details ?? []) out.push(style.buildStep(line(' => => ', detail, 0, width)));
  }
  return out.join('\n');
}

/**
 * The same steps as `--progress=plain` prints them (moby/buildkit util/progress/progressui printer.go):
 * numbered, each sub-line marked done, the step's output after its time stamps, DONE or ERROR.
 */
export function renderPlain(vertices: Vertex[]): string {
  const blocks = vertices.map((vertex, i) => {
    const n = `#${i + 1}`;
    const lines = [`${n} ${vertex.name}`, ...(vertex.details ?? []).map((d) => `${n} ${d} done`), ...(vertex.log ?? []).map((l) => `${n} ${l}`)];
    lines.push(vertex.error ? `${n} ERROR: ${vertex.message ?? ''}` : `${n} DONE ${vertex.seconds.toFixed(1)}s`);
    return `${lines.join('\n')}\n`;
  });
  return `#0 building with "default" instance using docker driver\n\n${blocks.join('\n')}\n`;
}

/** The source excerpt BuildKit prints under a failing instruction. */
export function sourceExcerpt(fileName: string, text: string, lineNumber: number): string {
  const lines = text.split('\n');
  const from = Math.max(1, lineNumber - 2);
  const to = Math.min(lines.length, lineNumber + 1);
  const excerpt: string[] = [];
  for (let n = from; n <= to; n++) {
    excerpt.push(`${String(n).padStart(4)} | ${n === lineNumber ? '>>> ' : '    '}${lines[n - 1] ?? ''}`);
  }
  return [`${fileName}:${lineNumber}`, '--------------------', ...excerpt, '--------------------'].join('\n');
}
