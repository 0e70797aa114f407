import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composeChecker } from '../compose';
import { analyse } from '../core/engine';
import { runChecker } from '.';
import { RUN_FLAGS } from './flags';
import { lintText } from '../index';

const FRAGMENTS = [
  'docker', 'run', 'create', 'container', 'sudo', '-it', '-p', '8080:80', '[::1]:1:2', '-v', '/:/h:ro', '--mount',
  'type=bind,src=/,dst=/x', '--security-opt', 'seccomp=unconfined', 'label:disable', '--cap-add', 'ALL', '-u', '0',
  '"', "'", '\\\n', '\n', '&&', ';', '|', '#', '$(', ')', '`', '<<EOF', '=', 'alpine', '--', '-', ...Object.keys(RUN_FLAGS).map((f) => `--${f}`),
];

const YAML_FRAGMENTS = [
  'services:', '\n', '  ', 'a:', 'privileged: true', 'cap_add: [ALL]', '- ', '&x', '*x', '<<: *x', 'volumes:',
  '/var/run/docker.sock:/var/run/docker.sock', 'ports:', 'target: 80', '{', '}', '[', ']', '"', "'", ':', '#', '---', '?',
];

describe('robustness', () => {
  it('never throws on shell-like input', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...FRAGMENTS)), fc.string(), (parts, noise) => {
      const text = parts.join(' ') + noise;
      const result = analyse(runChecker, text);
      expect(result.findings.every((f) => f.line >= 1 && f.column >= 1)).toBe(true);
    }), { numRuns: 400 });
  });

  it('never throws on YAML-like input', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...YAML_FRAGMENTS)), fc.string(), (parts, noise) => {
      const result = analyse(composeChecker, parts.join('') + noise);
      expect(result.findings.every((f) => f.line >= 1)).toBe(true);
    }), { numRuns: 400 });
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => {
      analyse(runChecker, text);
      analyse(composeChecker, text);
    }), { numRuns: 300 });
  });

  // Whether the time grows linearly is measured by npm run bench; here every command must be read.
  it('reads 5 MB of binary noise, and 1 MB of commands, and finds every command in them', () => {
    let seed = 7;
    const noise = (size: number): string => Array.from({ length: size }, () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return String.fromCharCode(seed % 256);
    }).join('');
    const line = 'docker run --privileged -v /:/host -p 80:80 --cap-add SYS_ADMIN alpine sh\n';
    const count = (text: string): number => analyse(runChecker, text).findings.length;
    expect(count(`${line}${noise(5_000_000)}`)).toBeGreaterThan(0);
    const small = count(line.repeat(3_000));
    expect(small).toBeGreaterThan(0);
    expect(count(line.repeat(15_000))).toBe(small * 5);
  }, 120_000);
});

describe('docker run lines real scripts write', () => {
  const ids = (script: string) => lintText('run', script).map((f) => f.ruleId);
  it('sees flags after substitutions, backticks and nested quotes', () => {
    expect(ids('docker run -e "A=$(echo "x y")" --pid=host alpine:3.24')).toContain('host-pid');
    expect(ids('docker run -v "$(pwd)":/app --privileged alpine:3.24')).toContain('privileged');
    expect(ids('docker run -e X=`date +%s` --net=host alpine:3.24')).toContain('host-network');
    expect(ids('docker run -e "X=${A:-$(id -u)}" --cap-add SYS_ADMIN alpine:3.24')).toContain('dangerous-capability');
  });

  it('sees through prefixes and the long form of the command', () => {
    expect(ids('FOO=1 sudo -E docker container run --privileged alpine:3.24')).toContain('privileged');
    expect(ids('docker run --rm \\\n  --privileged \\\n  alpine:3.24')).toContain('privileged');
  });

  it('says so when a comment line cuts a continued command short', () => {
    const findings = lintText('run', 'docker run --rm \\\n  # keep it small\n  --privileged alpine:3.24\n');
    expect(findings.some((f) => f.ruleId === 'run-syntax' && /comment line ends the command/.test(f.message))).toBe(true);
  });
});
