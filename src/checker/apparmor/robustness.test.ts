import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../core/engine';
import { DOCKER_NGINX } from './fixtures/docker-nginx';
import {
  apparmorChecker, capabilityAllowed, fileAccess, mountAllowed, networkAllowed, parseAppArmor,
  type AppArmorModel, type Profile,
} from './index';
import { everyProfile } from './walk';

const FRAGMENTS = [
  'profile', ' p', ' {', '}', '\n', ',', ' ', '#include <tunables/global>', '#include <abstractions/base>', '# list',
  'deny', 'audit', 'owner', 'allow', 'file', 'link', 'subset', '->', 'capability', ' sys_admin', 'network', ' inet',
  ' tcp', 'mount', 'umount', 'change_profile', 'unconfined', 'flags=(', 'complain', ')', '(', '^hat', '@{PROC}',
  '@{X}=a b', '@{X}+=c', '@{', '/etc/**', '/etc/', '/{a,{b,c}}', '[^a-z]', '[', '{', '*', '**', '?', '\\', '"',
  ' rw', ' wl', ' ix', ' Ux', ' pux', ' q', 'x', '/bin/sh', 'signal (send,receive)', 'set rlimit', '\r\n', '\t',
];

const QUERIES = ['/', '/etc/', '/etc/passwd', '/bin/sh', '/proc/1/mem', '/a', '/abc/def/', ''];
const ACCESSES = ['read', 'write', 'append', 'link', 'lock', 'mmap', 'exec'] as const;

function exercise(model: AppArmorModel): void {
  for (const profile of everyProfile(model.profiles) as Profile[]) {
    for (const path of QUERIES) for (const access of ACCESSES) fileAccess(profile, path, access, { linkTarget: path });
    capabilityAllowed(profile, 'sys_admin');
    networkAllowed(profile, 'inet', 'tcp');
    mountAllowed(profile);
  }
}

function mustNotCrash(text: string): void {
  const { findings } = analyse(apparmorChecker, text);
  expect(findings.filter((f) => f.ruleId === 'internal-error')).toEqual([]);
  for (const f of findings) {
    expect(f.line).toBeGreaterThanOrEqual(1);
    expect(f.endColumn).toBeGreaterThan(0);
  }
  exercise(parseAppArmor(text));
}

describe('parser robustness', () => {
  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), mustNotCrash), { numRuns: 300 });
  });

  it('never throws on profile-shaped text', () => {
    const profileish = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 80 }).map((parts) => parts.join(''));
    fc.assert(fc.property(profileish, mustNotCrash), { numRuns: 500 });
  });

  it('never throws on mutations of the docker-nginx profile', () => {
    const mutation = fc.tuple(
      fc.nat(DOCKER_NGINX.length),
      fc.nat(40),
      fc.constantFrom('', ',', '{', '}', '\n', ' ', '#', '@{', '[', '->', 'x', 'deny '),
    );
    fc.assert(fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (mutations) => {
      let text = DOCKER_NGINX;
      for (const [at, length, insert] of mutations) text = text.slice(0, at) + insert + text.slice(at + length);
      mustNotCrash(text);
    }), { numRuns: 150 });
  });

  // The timeout guards against a hang; how the time grows is measured by npm run bench.
  it('parses a large profile, every rule of it', () => {
    const big = `profile big {\n  file,\n${Array.from({ length: 1000 }, (_, i) => `  deny /srv/${i}/{a,b,[^c]*}/** wl, # list\n`).join('')}}\n`;
    const { findings } = analyse(apparmorChecker, big);
    expect(findings.length).toBe(1000);
  }, 60_000);
});

describe('bounded nesting', () => {
  it('reports 5,000 nested braces in a rule and still checks the profile', () => {
    const ids = analyse(apparmorChecker, `profile p flags=(complain) {\n  /a${'{'.repeat(5000)} r,\n  capability,\n  mount,\n}\n`).findings.map((f) => f.ruleId);
    expect(ids).not.toContain('internal-error');
    expect(ids).toEqual(expect.arrayContaining(['apparmor-syntax', 'apparmor-complain-mode', 'apparmor-broad-capability', 'apparmor-mount-allowed']));
  });

  it('reports 5,000 nested blocks once and keeps the outer profile', () => {
    const { findings } = analyse(apparmorChecker, `profile p {\n  mount,\n${'^h {\n'.repeat(5000)}${'}\n'.repeat(5000)}}\n`);
    expect(findings.filter((f) => f.ruleId === 'internal-error')).toEqual([]);
    expect(findings.filter((f) => /nested more than/.test(f.message))).toHaveLength(1);
    expect(findings.map((f) => f.ruleId)).toContain('apparmor-mount-allowed');
  });
});
