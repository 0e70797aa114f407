import { describe, expect, it } from 'vitest';
import { testRule } from '../core/rule-tester';
import { composeChecker } from '../compose';
import { dockerfileChecker } from '../dockerfile';
import { kubernetesChecker } from '../kubernetes';
import { runChecker } from '../run';
import { isTrusted, registryHost } from './registry-host';
import { dockerfileRule, kubernetesRule, runtimeRule } from './untrusted-registry';

const options = { trustedRegistries: ['docker.io', 'ghcr.io', '*.gcr.io', 'registry.example.com:5000'] };

describe('untrusted-registry', () => {
  it('Dockerfile: FROM and COPY --from images, not stages, scratch or variables', () => {
    testRule(dockerfileChecker, dockerfileRule, {
      options,
      valid: [
        'FROM alpine:3.24\n',
        'FROM docker.io/library/alpine:3.24\n',
        'FROM index.docker.io/library/alpine:3.24\n',
        'FROM ghcr.io/acme/app:1\n',
        'FROM eu.gcr.io/distroless/static:nonroot\n',
        'FROM registry.example.com:5000/app:1\n',
        'FROM golang:1.27 AS build\nFROM scratch\nCOPY --from=build /app /app\n',
        'ARG REGISTRY\nFROM ${REGISTRY}/app:1\n',
      ],
      invalid: [
        { code: 'FROM quay.io/acme/app:1\n', errors: [{ line: 1, messageId: 'untrustedRegistry', message: 'quay.io, which is not among the trusted registries' }] },
        { code: 'FROM gcr.io/distroless/static\n', errors: [{ line: 1, message: 'gcr.io' }] },
        { code: 'FROM registry.example.com/app:1\n', errors: [{ line: 1, message: 'registry.example.com' }] },
        { code: 'FROM alpine:3.24\nCOPY --from=quay.io/x/tools:1 /bin/t /bin/t\n', errors: [{ line: 2, message: 'quay.io' }] },
        { code: 'FROM localhost:5000/app\n', errors: [{ line: 1, message: 'localhost:5000' }] },
      ],
    });
  });

  it('is off until a configuration names trusted registries', () => {
    testRule(dockerfileChecker, dockerfileRule, { valid: ['FROM quay.io/acme/app:1\n'], invalid: [] });
    testRule(dockerfileChecker, dockerfileRule, { options: { trustedRegistries: [] }, valid: ['FROM quay.io/acme/app:1\n'], invalid: [] });
  });

  it('docker run and Compose images', () => {
    testRule(runChecker, runtimeRule, {
      options,
      valid: ['docker run -d nginx:1.30\n', 'docker run ghcr.io/acme/app:1\n'],
      invalid: [{ code: 'docker run -d quay.io/acme/app:1\n', errors: [{ line: 1, messageId: 'untrustedRegistry', message: 'quay.io' }] }],
    });
    testRule(composeChecker, runtimeRule, {
      options,
      valid: ['services:\n  web:\n    image: nginx:1.30\n', 'services:\n  web:\n    build: .\n', 'services:\n  web:\n    image: ${REGISTRY}/app\n'],
      invalid: [{ code: 'services:\n  web:\n    image: quay.io/acme/app:1\n', errors: [{ line: 3, message: 'quay.io' }] }],
    });
  });

  it('Kubernetes containers, init containers included', () => {
    testRule(kubernetesChecker, kubernetesRule, {
      options,
      valid: ['apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: a\n    image: ghcr.io/acme/a:1\n'],
      invalid: [{
        code: 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  initContainers:\n  - name: i\n    image: quay.io/x/i:1\n  containers:\n  - name: a\n    image: docker.io/a:1\n',
        errors: [{ line: 7, message: 'quay.io' }],
      }],
    });
  });
});

describe('registryHost and isTrusted', () => {
  it.each([
    ['alpine', 'docker.io'], ['library/alpine:3', 'docker.io'], ['acme/app', 'docker.io'], ['ghcr.io/acme/app', 'ghcr.io'],
    ['localhost/app', 'localhost'], ['host:5000/app', 'host:5000'], ['Quay.IO/x/y', 'quay.io'], ['registry-1.docker.io/x', 'docker.io'],
    ['${R}/app', null], ['', null],
  ])('%s pulls from %s', (reference, host) => {
    expect(registryHost(reference)).toBe(host);
  });

  it('matches exact hosts and subdomains of wildcard entries only', () => {
    expect(isTrusted('eu.gcr.io', ['*.gcr.io'])).toBe(true);
    expect(isTrusted('gcr.io', ['*.gcr.io'])).toBe(false);
    expect(isTrusted('evilgcr.io', ['*.gcr.io'])).toBe(false);
    expect(isTrusted('docker.io', ['index.docker.io'])).toBe(true);
    expect(isTrusted('host:5000', ['host'])).toBe(false);
  });
});
