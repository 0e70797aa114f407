import { describe, expect, it } from 'vitest';
import { createSimulator, stripAnsi } from './index';
import { Simulator } from './simulator';
import { digestOf } from './image-store';

const RELEASE = '--certificate-identity https://github.com/example/shop-web/.github/workflows/release.yml@refs/tags/v3.1.0 --certificate-oidc-issuer https://token.actions.githubusercontent.com';
const SHOP = 'registry.example.com/shop-web';

function run(lines: string[]): { output: string; exitCode: number }[] {
  const sim = new Simulator({ files: () => ({}) });
  return lines.map((line) => {
    const result = sim.executeWithStatus(line);
    return { output: stripAnsi(result.output), exitCode: result.exitCode };
  });
}

describe('cosign verify', () => {
  it('refuses a keyless verify that names no identity or no issuer, with exit 1', () => {
    const [noIdentity, noIssuer] = run([`cosign verify ${SHOP}:3.1`, `cosign verify --certificate-identity x ${SHOP}:3.1`]);
    expect(noIdentity).toEqual({ exitCode: 1, output: expect.stringContaining('Error: --certificate-identity or --certificate-identity-regexp is required for verification in keyless mode\n') });
    expect(noIssuer?.output).toContain('--certificate-oidc-issuer or --certificate-oidc-issuer-regexp is required for verification in keyless mode');
  });

  it('passes for the release identity, by tag and by digest, and prints the signed digest', () => {
    const digest = digestOf(`${SHOP}:3.1`);
    const [byTag, byDigest] = run([`cosign verify ${RELEASE} ${SHOP}:3.1`, `cosign verify ${RELEASE} ${SHOP}@${digest}`]);
    expect(byTag?.exitCode).toBe(0);
    expect(byTag?.output).toContain(`Verification for ${SHOP}:3.1 --\nThe following checks were performed on each of these signatures:\n  - The cosign claims were validated\n`);
    expect(byTag?.output).toContain(`"docker-manifest-digest":"${digest}"`);
    expect(byDigest?.exitCode).toBe(0);
    expect(byDigest?.output).toContain(`Verification for ${SHOP}@${digest} --`);
  });

  it('fails with exit 12 for a signature by another identity, and 10 for an unsigned image', () => {
    const [hotfix, unsigned, regexp] = run([`cosign verify ${RELEASE} ${SHOP}:3.1-hotfix`, `cosign verify ${RELEASE} example/web:1.4`, `cosign verify --certificate-identity-regexp '.*' --certificate-oidc-issuer-regexp '.*' ${SHOP}:3.1-hotfix`]);
    expect(hotfix?.exitCode).toBe(12);
    expect(hotfix?.output).toContain('Error: no matching signatures: none of the expected identities matched what was in the certificate, got subjects [alex@example.com] with issuer https://accounts.google.com\n');
    expect(unsigned).toEqual({ exitCode: 10, output: 'Error: no signatures found\nerror during command execution: no signatures found\n' });
    // A pattern that accepts anyone accepts the laptop's signature too: why exact identities matter.
    expect(regexp?.exitCode).toBe(0);
  });

  it('fails with exit 11 for a digest the registry does not have, and stops a script with set -e', () => {
    const [missing, script] = run([
      `cosign verify ${RELEASE} ${SHOP}@sha256:${'0'.repeat(64)}`,
      `sh -c 'set -e; cosign verify ${RELEASE} example/web:1.4 2>/dev/null; echo started'`,
    ]);
    expect(missing?.exitCode).toBe(11);
    expect(script?.output).not.toContain('started');
    expect(script?.exitCode).toBe(10);
  });

  it('is on the host only, not in containers', () => {
    const [inside] = run(['docker run --rm alpine:3.24 cosign version']);
    expect(inside?.output).toContain('executable file not found');
  });
});

describe('images by digest', () => {
  it('pulls and runs a digest without a tag, and inspect shows the repository digest', () => {
    const digest = digestOf(`${SHOP}:3.1`);
    const [pull, images, inspect, start] = run([
      `docker pull ${SHOP}@${digest}`,
      'docker images',
      `docker inspect --format '{{.RepoDigests}}' ${SHOP}@${digest}`,
      `docker run -d --name shop ${SHOP}@${digest}`,
    ]);
    expect(pull?.output).toContain(`${digest}: Pulling from shop-web\n`);
    expect(pull?.output).toContain(`Status: Downloaded newer image for ${SHOP}@${digest}\n`);
    expect(images?.output).toMatch(/registry\.example\.com\/shop-web\s+<none>/);
    expect(inspect?.output).toBe(`[${SHOP}@${digest}]\n`);
    expect(start?.exitCode).toBe(0);
  });

  it('refuses a digest the repository does not have', () => {
    const missing = `sha256:${'1'.repeat(64)}`;
    const [pull, start] = run([`docker pull ${SHOP}@${missing}`, `docker run --rm ${SHOP}:3.1@${missing}`]);
    expect(pull?.output).toContain(`manifest for ${SHOP}@${missing} not found: manifest unknown: manifest unknown`);
    // docker run names the image as typed, tag and digest both.
    expect(start?.output).toContain(`Unable to find image '${SHOP}:3.1@${missing}' locally\n`);
    expect(start?.exitCode).toBe(125);
  });

  it('gives an image built here no repository digest', () => {
    const sim = createSimulator({ files: () => ({ Dockerfile: 'FROM alpine:3.24\nCMD ["true"]\n' }) });
    sim.execute('docker build -t app .');
    expect(stripAnsi(sim.execute("docker inspect --format '{{.RepoDigests}}' app"))).toBe('[]\n');
  });

  it('builds FROM a pinned digest, and fails with BuildKit\'s not found for a wrong one', () => {
    const good = `FROM alpine:3.24@${digestOf('alpine:3.24')}\nCMD ["true"]\n`;
    const bad = `FROM alpine:3.24@sha256:${'2'.repeat(64)}\nCMD ["true"]\n`;
    const built = new Simulator({ files: () => ({ Dockerfile: good }) }).executeWithStatus('docker build -t app .');
    expect(built.exitCode).toBe(0);
    const failed = new Simulator({ files: () => ({ Dockerfile: bad }) }).executeWithStatus('docker build -t app .');
    expect(failed.exitCode).not.toBe(0);
    const ref = `docker.io/library/alpine:3.24@sha256:${'2'.repeat(64)}`;
    expect(stripAnsi(failed.output)).toContain(`ERROR: failed to solve: alpine:3.24@sha256:${'2'.repeat(64)}: failed to resolve source metadata for ${ref}: ${ref}: not found`);
  });
});

describe('a tag moved in the lab registry', () => {
  it('serves the pushed manifest under the old tag, and the release signature stays with its digest', () => {
    const release = digestOf(`${SHOP}:3.1`);
    const hotfix = digestOf(`${SHOP}:3.1-hotfix`);
    const [, , push, pull, byTag, byDigest] = run([
      `docker pull ${SHOP}:3.1-hotfix`,
      `docker tag ${SHOP}:3.1-hotfix ${SHOP}:3.1`,
      `docker push ${SHOP}:3.1`,
      `docker pull ${SHOP}:3.1`,
      `cosign verify ${RELEASE} ${SHOP}:3.1`,
      `cosign verify ${RELEASE} ${SHOP}@${release}`,
    ]);
    expect(push?.output).toMatch(/^The push refers to repository \[registry\.example\.com\/shop-web\]\n(\w{12}: Layer already exists\n)+3\.1: digest: sha256:[0-9a-f]{64} size: \d+\n$/);
    expect(push?.output).toContain(`3.1: digest: ${hotfix} `);
    expect(pull?.output).toContain(`Digest: ${hotfix}\n`);
    expect(byTag?.exitCode).toBe(12);
    expect(byTag?.output).toContain('got subjects [alex@example.com]');
    expect(byDigest?.exitCode).toBe(0);
  });

  it('downloads the moved tag anew when the local copy is the old manifest', () => {
    const hotfix = digestOf(`${SHOP}:3.1-hotfix`);
    const sim = new Simulator({ files: () => ({}) });
    sim.execute(`docker pull ${SHOP}:3.1`);
    const releaseId = stripAnsi(sim.execute(`docker inspect --format '{{.Id}}' ${SHOP}:3.1`)).trim();
    sim.execute(`docker pull ${SHOP}:3.1-hotfix`);
    sim.execute(`docker tag ${SHOP}:3.1-hotfix ${SHOP}:3.1`);
    sim.execute(`docker push ${SHOP}:3.1`);
    // This host's 3.1 is the release again; the registry's 3.1 is now the hotfix.
    sim.execute(`docker tag ${releaseId} ${SHOP}:3.1`);
    const pull = stripAnsi(sim.execute(`docker pull ${SHOP}:3.1`));
    expect(pull).toContain(`Digest: ${hotfix}\nStatus: Downloaded newer image for ${SHOP}:3.1\n`);
    expect(stripAnsi(sim.execute(`docker inspect --format '{{.RepoDigests}}' ${SHOP}:3.1`))).toContain(hotfix);
  });

  it('refuses a push to any other registry, and a push of a tag the host does not have', () => {
    const [denied, missing] = run(['docker push alpine:3.24', `docker push ${SHOP}:9.9`]);
    expect(denied).toEqual({ exitCode: 1, output: expect.stringMatching(/^The push refers to repository \[docker\.io\/library\/alpine\]\n(\w{12}: Preparing\n)+denied: requested access to the resource is denied\n$/) });
    expect(missing).toEqual({ exitCode: 1, output: `The push refers to repository [${SHOP}]\nAn image does not exist locally with the tag: ${SHOP}\n` });
  });
});
