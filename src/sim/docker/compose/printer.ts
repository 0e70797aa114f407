import type { Output, OutputChunk } from '../../shell/types';

/**
 * Collects what a compose command writes, in order: its progress display and errors go to stderr
 * and container output to stdout, and the terminal must show them as they were written.
 */
export class Printer {
  private readonly chunks: OutputChunk[] = [];

  out(text: string): void {
    if (text !== '') this.chunks.push({ fd: 1, text });
  }

  err(text: string): void {
    if (text !== '') this.chunks.push({ fd: 2, text });
  }

  finish(code: number): Output {
    const of = (fd: 1 | 2): string => this.chunks.filter((c) => c.fd === fd).map((c) => c.text).join('');
    return { stdout: of(1), stderr: of(2), code, chunks: [...this.chunks] };
  }
}
