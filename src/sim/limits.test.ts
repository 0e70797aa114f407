import { describe, expect, it } from 'vitest';
import { HOST_TASKS_MAX } from './limits';
import { terminal } from './testing';

const CANT_FORK = "sh: can't fork: Resource temporarily unavailable";
const BOMB = "sh -c 'f(){ f|f& };f; sleep 1000'";

function lines(text: string): string[] {
  return text.split('\n').filter((l) => l !== '');
}

/** The PIDS column of `docker stats --no-stream NAME`. */
function pidsOf(t: ReturnType<typeof terminal>, name: string): string {
  return lines(t.run(`docker stats --no-stream ${name}`))[1]?.split(/\s+/).at(-1) ?? '';
}

describe('read-only root filesystem', () => {
  it('refuses writes in BusyBox words, and /tmp is writable only on a tmpfs', () => {
    const t = terminal();
    expect(t.run('docker run --rm --read-only alpine:3.24 touch /etc/x')).toBe('touch: /etc/x: Read-only file system\n');
    expect(t.run('docker run --rm --read-only alpine:3.24 touch /tmp/x')).toBe('touch: /tmp/x: Read-only file system\n');
    expect(t.run("docker run --rm --read-only --tmpfs /tmp alpine:3.24 sh -c 'touch /tmp/x && echo ok'")).toBe('ok\n');
  });
});

describe('memory limit', () => {
  it('OOM-kills a process that outgrows it: exit 137, OOMKilled, Exited (137)', () => {
    const t = terminal();
    expect(t.run('docker run --name hog --memory 64m alpine:3.24 tail /dev/zero')).toBe('');
    expect(t.run('echo $?')).toBe('137\n');
    expect(t.run("docker inspect -f '{{.State.OOMKilled}} {{.State.ExitCode}} {{.HostConfig.Memory}} {{.HostConfig.MemorySwap}}' hog")).toBe('true 137 67108864 134217728\n');
    expect(t.run('docker ps -a')).toMatch(/Exited \(137\) Less than a second ago\s+hog/);
  });

  it('ends a detached hog too, instead of leaving it up like tail -f', () => {
    const t = terminal();
    t.run('docker run -d --name hog -m 64m alpine:3.24 tail /dev/zero');
    expect(t.run("docker inspect -f '{{.State.Status}} {{.State.OOMKilled}}' hog")).toBe('exited true\n');
  });

  it('leaves OOMKilled false for a normal exit and a docker stop', () => {
    const t = terminal();
    t.run('docker run --name done alpine:3.24 true');
    t.run('docker run -d --name stopped alpine:3.24 sleep 1000');
    t.run('docker stop stopped');
    expect(t.run("docker inspect -f '{{.State.OOMKilled}}' done stopped")).toBe('false\nfalse\n');
  });

  it('refuses limits the daemon refuses, in its words', () => {
    const t = terminal();
    expect(t.run('docker run --rm --memory 4m alpine:3.24 true')).toMatch(/^docker: Error response from daemon: Minimum memory limit allowed is 6MB\n/);
    expect(t.run('docker run --rm --cpus 3 alpine:3.24 true')).toMatch(/Range of CPUs is from 0.01 to 2.00, as there are only 2 CPUs available/);
    expect(t.run('docker run --rm --memory 64m --memory-swap 32m alpine:3.24 true')).toMatch(/Minimum memoryswap limit should be larger than memory limit, see usage/);
    expect(t.run('docker run --rm --memory-swap 128m alpine:3.24 true')).toMatch(/You should always set the Memory limit when using Memoryswap limit, see usage/);
    expect(t.run('docker run --rm --restart on-failure:3 alpine:3.24 true')).toBe("docker: conflicting options: cannot specify both --restart and --rm\n\nRun 'docker run --help' for more information\n");
    expect(t.run('echo $?')).toBe('125\n');
  });

  it('records the limits in docker inspect as the daemon stores them', () => {
    const t = terminal();
    t.run('docker create --name limited -m 64m --memory-swap -1 --cpus 0.5 --pids-limit 100 --ulimit nofile=1024:2048 --restart on-failure:5 alpine:3.24 true');
    t.run('docker create --name plain alpine:3.24 true');
    const format = "'{{.HostConfig.Memory}} {{.HostConfig.MemorySwap}} {{.HostConfig.NanoCpus}} {{.HostConfig.PidsLimit}} {{json .HostConfig.Ulimits}} {{json .HostConfig.RestartPolicy}}'";
    expect(t.run(`docker inspect -f ${format} limited`)).toBe('67108864 -1 500000000 100 [{"Name":"nofile","Hard":2048,"Soft":1024}] {"Name":"on-failure","MaximumRetryCount":5}\n');
    expect(t.run(`docker inspect -f ${format} plain`)).toBe('0 0 0 <no value> [] {"Name":"no","MaximumRetryCount":0}\n');
  });

  it('shows the limit in docker stats, and the host memory without one', () => {
    const t = terminal();
    t.run('docker run -d --name web --memory 64m alpine:3.24 sleep 1000');
    t.run('docker run -d --name db alpine:3.24 sleep 1000');
    const out = t.run('docker stats --no-stream');
    expect(lines(out)[0]).toBe('CONTAINER ID   NAME      CPU %     MEM USAGE / LIMIT   MEM %     NET I/O   BLOCK I/O   PIDS');
    expect(out).toMatch(/ web +0\.00% +512KiB \/ 64MiB +0\.78% +0B \/ 0B +0B \/ 0B +1\n/);
    expect(out).toMatch(/ db +0\.00% +512KiB \/ 3\.822GiB +0\.01% /);
    expect(t.run('docker stats --no-stream nosuch')).toBe('Error response from daemon: No such container: nosuch\n');
  });
});

describe('pids limit', () => {
  it('stops a fork bomb at the limit: the forks fail in BusyBox words, the container keeps running', () => {
    const t = terminal();
    t.run(`docker run -d --name bomb --pids-limit 100 alpine:3.24 ${BOMB}`);
    expect(t.run("docker inspect -f '{{.State.Status}} {{.HostConfig.PidsLimit}}' bomb")).toBe('running 100\n');
    const logs = lines(t.run('docker logs bomb'));
    expect(logs.length).toBeGreaterThan(10);
    expect(new Set(logs)).toEqual(new Set([CANT_FORK]));
    expect(pidsOf(t, 'bomb')).toBe('100');
    // The host is untouched: its shell still forks.
    expect(t.run('echo host | cat')).toBe('host\n');
  });

  it('without a limit, the bomb fills the host\'s task table', () => {
    const t = terminal();
    t.run(`docker run -d --name bomb alpine:3.24 ${BOMB}`);
    expect(pidsOf(t, 'bomb')).toBe(String(HOST_TASKS_MAX));
    expect(t.run("docker inspect -f '{{.HostConfig.PidsLimit}}' bomb")).toBe('<no value>\n');
  });

  it('returns once the bomb is spent when nothing keeps the container up', () => {
    const t = terminal();
    const out = t.run("docker run --rm --pids-limit 20 alpine:3.24 sh -c 'f(){ f|f& };f'");
    expect(new Set(lines(out))).toEqual(new Set([CANT_FORK]));
    expect(t.run('echo $?')).toBe('0\n');
  });

  it('counts a running background job and every command of a pipeline; a fork past the limit ends that shell with status 2', () => {
    const t = terminal();
    const script = "sh -c 'sleep 1000 & echo one; sleep 1 | cat; echo two'";
    expect(t.run(`docker run --rm --pids-limit 3 alpine:3.24 ${script}`)).toBe(`one\n${CANT_FORK}\n`);
    expect(t.run('echo $?')).toBe('2\n');
    expect(t.run(`docker run --rm --pids-limit 4 alpine:3.24 ${script}`)).toBe('one\ntwo\n');
  });

  it('BusyBox ash refuses the bash fork bomb: ":" is not a function name there', () => {
    const t = terminal();
    expect(t.run("docker run --rm alpine:3.24 sh -c ':(){ :|:& };:'")).toBe('sh: syntax error: bad function name\n');
    expect(t.run('echo $?')).toBe('2\n');
  });

  it('a fork bomb typed at the host prompt fills the learner\'s process limit; bash retries, and the prompt stays', () => {
    const t = terminal();
    const out = t.run('f(){ f|f& };f');
    expect(new Set(lines(out))).toEqual(new Set(['bash: fork: retry: Resource temporarily unavailable', 'bash: fork: Resource temporarily unavailable']));
    expect(t.prompt()).toMatch(/learner@lab-host:~\$ $/);
    // The bomb keeps the user's table full: the next pipeline cannot fork either, a plain command still runs.
    expect(t.run('echo again | cat')).toBe('bash: fork: retry: Resource temporarily unavailable\n'.repeat(4) + 'bash: fork: Resource temporarily unavailable\n');
  });

  it('an interactive container shell prompts again after a failed fork', () => {
    const t = terminal();
    t.run('docker run --rm -it --pids-limit 1 alpine:3.24 sh');
    expect(t.run('echo one | cat')).toBe(`${CANT_FORK}\n`);
    expect(t.run('echo still here')).toBe('still here\n');
  });

  it('keeps ordinary functions, pipelines and background jobs working', () => {
    const t = terminal();
    expect(t.run("docker run --rm --pids-limit 10 alpine:3.24 sh -c 'greet() { echo hi $1; }; greet there | cat; sleep 1 & greet again'")).toBe('hi there\nhi again\n');
  });
});
