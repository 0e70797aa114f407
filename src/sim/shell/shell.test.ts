import { describe, expect, it } from 'vitest';
import { terminal } from '../testing';

describe('the host shell (bash) runs what a learner types', () => {
  it('chains with ;, && and || and keeps $?', () => {
    const t = terminal();
    expect(t.run('false; echo $?')).toBe('1\n');
    expect(t.run('true && echo yes || echo no')).toBe('yes\n');
    expect(t.run('false && echo yes || echo no')).toBe('no\n');
    expect(t.run('nosuch; echo $?')).toBe('bash: nosuch: command not found\n127\n');
    expect(t.run('! false && echo negated')).toBe('negated\n');
  });

  it('pipes stdout only, unless 2>&1 joins stderr', () => {
    const t = terminal();
    expect(t.run('cat /etc/shadow | wc -l')).toBe('cat: /etc/shadow: Permission denied\n0\n');
    expect(t.run('cat /etc/shadow 2>&1 | grep -c denied')).toBe('1\n');
    expect(t.run('cat /etc/shadow 2>/dev/null; echo $?')).toBe('1\n');
  });

  it('writes, appends and reads files with >, >> and <', () => {
    const t = terminal();
    expect(t.run('echo one > notes; echo two >> notes; cat < notes')).toBe('one\ntwo\n');
    expect(t.run('echo x > /etc/passwd')).toBe('bash: /etc/passwd: Permission denied\n');
    expect(t.run('cat < missing')).toBe('bash: missing: No such file or directory\n');
    expect(t.run('ls nothing-here > out 2>&1; cat out')).toBe("ls: cannot access 'nothing-here': No such file or directory\n");
  });

  it('keeps shell variables apart from the environment until exported', () => {
    const t = terminal();
    expect(t.run('X=1; echo $X; env | grep -c ^X=')).toBe('1\n0\n');
    expect(t.run('export X; env | grep ^X=')).toBe('X=1\n');
    expect(t.run('Y=2 env | grep ^Y=; echo "[$Y]"')).toBe('Y=2\n[]\n');
    expect(t.run('echo "$HOME" ${HOME}/.npmrc ~')).toBe('/home/learner /home/learner/.npmrc /home/learner\n');
  });

  it('expands command substitutions and globs', () => {
    const t = terminal({ 'a.txt': 'a', 'b.txt': 'b', Dockerfile: 'FROM alpine:3.24\n' });
    expect(t.run('echo *.txt')).toBe('a.txt b.txt\n');
    expect(t.run('echo *.none')).toBe('*.none\n');
    expect(t.run('echo "$(pwd)" $(id -u)')).toBe('/home/learner 1000\n');
    expect(t.run("echo '*.txt'")).toBe('*.txt\n');
  });

  it('asks for the rest of a command that is not finished, as a pasted multi-line command arrives', () => {
    const t = terminal();
    expect(t.run('echo one \\')).toBe('');
    expect(t.prompt()).toBe('> ');
    expect(t.run('  two')).toBe('one two\n');
    expect(t.prompt()).toBe('learner@lab-host:~$ ');
    expect(t.run('echo "open')).toBe('');
    expect(t.run('quote"')).toBe('open\nquote\n');
  });

  it('words syntax errors as bash does', () => {
    const t = terminal();
    expect(t.run('&& ls')).toBe("bash: syntax error near unexpected token `&&'\n");
    expect(t.run('echo $?')).toBe('2\n');
  });
});

describe('scripts', () => {
  const fix = 'docker run -d --name web -p 127.0.0.1:8080:8080 \\\n  --cap-drop ALL \\\n  --security-opt no-new-privileges \\\n  --read-only --tmpfs /tmp \\\n  alpine:3.24 sleep 1000\n';

  it('read a command continued over several lines as one command', () => {
    const t = terminal({ 'run.sh': fix });
    expect(t.run('sh run.sh')).toMatch(/^[0-9a-f]{64}\n$/);
    expect(t.run('docker inspect --format "{{.HostConfig.CapDrop}} {{.HostConfig.ReadonlyRootfs}}" web')).toBe('[ALL] true\n');
  });

  it('name the script and line in their errors, as dash (sh on the host) and bash do', () => {
    const t = terminal({ 'run.sh': '#!/bin/sh\necho start\nnosuch --flag\necho "$?"\n' });
    expect(t.run('sh run.sh')).toBe('start\nrun.sh: 3: nosuch: not found\n127\n');
    expect(t.run('bash run.sh')).toBe('start\nrun.sh: line 3: nosuch: command not found\n127\n');
  });

  it('stop at the first failure under set -e, and not otherwise', () => {
    const t = terminal({ 'strict.sh': 'set -e\necho a\nfalse\necho b\n', 'loose.sh': 'echo a\nfalse\necho b\n' });
    expect(t.run('sh strict.sh; echo "status $?"')).toBe('a\nstatus 1\n');
    expect(t.run('sh loose.sh')).toBe('a\nb\n');
  });

  it('keep their variables and cd to themselves', () => {
    const t = terminal({ 'cd.sh': 'cd /tmp\nV=inside\necho $V\n' });
    expect(t.run('sh cd.sh; pwd; echo "[$V]"')).toBe('inside\n/home/learner\n[]\n');
  });

  it('get their arguments and exit status', () => {
    const t = terminal({ 'args.sh': 'echo "$0 $# $1 $2"\nexit 3\n' });
    expect(t.run('sh args.sh x "y z"; echo $?')).toBe('args.sh 2 x y z\n3\n');
    expect(t.run('sh -c \'echo "$1"; exit 4\' zero first; echo $?')).toBe('first\n4\n');
  });

  it('report a script that ends inside a quote', () => {
    const t = terminal({ 'bad.sh': 'echo "unclosed\n' });
    expect(t.run('sh bad.sh')).toBe('bad.sh: 1: Syntax error: Unterminated quoted string\n');
    expect(t.run('bash bad.sh')).toBe("bad.sh: line 1: unexpected EOF while looking for matching `\"'\n");
  });
});

describe('container shells', () => {
  it('speak BusyBox ash on alpine', () => {
    const t = terminal();
    t.run('docker run --rm -it alpine:3.24 sh');
    expect(t.run('nosuch')).toBe('sh: nosuch: not found\n');
    expect(t.run('echo $((6 * 7)) ${0}')).toBe('42 sh\n');
    expect(t.run('&&')).toBe('sh: syntax error: unexpected "&&"\n');
    expect(t.run('cd /nowhere')).toBe("sh: cd: can't cd to /nowhere: No such file or directory\n");
    t.run('exit');
    expect(t.prompt()).toBe('learner@lab-host:~$ ');
  });

  it('run sh -c with the image\'s shell', () => {
    const t = terminal();
    expect(t.run('docker run --rm alpine:3.24 sh -c "echo $HOME; cd /tmp && pwd; nosuch"')).toBe('/home/learner\n/tmp\nsh: nosuch: not found\n');
    expect(t.run("docker run --rm alpine:3.24 sh -c 'echo $HOME'")).toBe('/root\n');
    expect(t.run("docker run --rm debian:trixie-slim sh -c 'nosuch'")).toBe('sh: 1: nosuch: not found\n');
  });
});
