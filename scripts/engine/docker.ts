import { spawnSync } from 'node:child_process';

/** Debian's docker.io client; another client may come first on PATH, so the recorder names this one. */
export const DOCKER = process.env.SHIPSHAPE_DOCKER ?? '/usr/bin/docker';

export interface Result {
  stdout: string;
  stderr: string;
  status: number;
}

/** Runs the docker client directly (not a recorded step); throws on a failure the caller did not allow. */
export function docker(args: string[], options: { input?: Buffer; allowFailure?: boolean } = {}): Result {
  const run = spawnSync(DOCKER, args, { input: options.input, maxBuffer: 256 * 1024 * 1024, env: { ...process.env, DOCKER_BUILDKIT: '0' } });
  if (run.error) throw new Error(`${DOCKER} ${args.join(' ')}: ${run.error.message}`);
  const result = { stdout: run.stdout.toString(), stderr: run.stderr.toString(), status: run.status ?? 1 };
  if (result.status !== 0 && !options.allowFailure) {
    throw new Error(`${DOCKER} ${args.join(' ')} failed (${result.status}): ${result.stderr.trim()}`);
  }
  return result;
}

/** Non-empty output lines. */
export function lines(text: string): string[] {
  return text.split('\n').map((l) => l.trim()).filter(Boolean);
}
