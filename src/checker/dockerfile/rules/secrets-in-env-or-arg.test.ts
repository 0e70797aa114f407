import { describe, expect, it } from 'vitest';
import { testRule } from '../../core/rule-tester';
import { dockerfileChecker } from '../index';
import { isSecretName, rule } from './secrets-in-env-or-arg';

describe('secrets-in-env-or-arg', () => {
  it('recognises secret-like names and leaves references alone', () => {
    for (const name of ['DB_PASSWORD', 'openai_api_key', 'AWS_ACCESS_KEY_ID', 'SSH_PRIVATE_KEY', 'githubToken', 'SECRET_KEY_BASE', 'passwd']) {
      expect(isSecretName(name), name).toBe(true);
    }
    for (const name of ['PUBLIC_KEY_URL', 'PASSWORD_FILE', 'GPG_KEY', 'BUILD_PACKAGES', 'NAME_IS_OK', 'KEYBOARD', 'TOKEN_URL']) {
      expect(isSecretName(name), name).toBe(false);
    }
  });

  it('knows the secret names real Dockerfiles use, and the public ones official images set', () => {
    for (const name of ['MYSQL_ROOT_PASSWORD', 'HTPASSWD', 'STRIPE_KEY', 'SSH_KEY', 'LICENSE_KEY', 'JWT_SECRET', 'NPM_TOKEN', 'GITHUB_TOKEN', 'SENTRY_DSN', 'TLS_PRIVKEY', 'REGISTRY_CREDENTIALS']) {
      expect(isSecretName(name), name).toBe(true);
    }
    for (const name of ['GPG_KEYS', 'GPG_KEY', 'PGP_KEY', 'PUBLIC_KEY', 'TOKEN_ENDPOINT', 'PASSWORD_MIN_LENGTH', 'TOKEN_TTL', 'SECRET_NAME', 'KEY', 'SSH_KEY_PATH', 'NGINX_GPGKEY_PATH']) {
      expect(isSecretName(name), name).toBe(false);
    }
  });

  it('flags URLs with a password in them, whatever their name', () => {
    testRule(dockerfileChecker, rule, {
      valid: [
        'FROM alpine:3.24\nENV DATABASE_URL=postgres://db:5432/app\n',
        'FROM alpine:3.24\nENV DATABASE_URL=postgres://app:$DB_PASSWORD@db/app\n',
        'FROM python:3.14-slim\nENV GPG_KEY 7169605F62C751356D054A26A821E680E5FA6305\n',
      ],
      invalid: [
        { code: 'FROM alpine:3.24\nENV DATABASE_URL=mysql://root:whalehello@db:3306/mysql\n', errors: [{ line: 2, message: 'password', messageId: 'envUrlWithPassword' }] },
        { code: 'FROM alpine:3.24\nARG MIRROR=https://ci:s3cret@mirror.example/pypi\n', errors: [{ line: 2, messageId: 'argUrlWithPassword' }] },
      ],
    });
  });

  it('flags ARGs and ENVs with secret names', () => {
    testRule(dockerfileChecker, rule, {
      valid: [
        'FROM alpine:3.24\nENV APP_HOME=/app\n',
        { name: 'value mentions secrets, name does not', code: 'FROM alpine:3.24\nARG NAME_IS_OK="secret password token key"\n' },
        { name: 'empty ENV', code: 'FROM alpine:3.24\nENV API_TOKEN=""\n' },
        { name: 'secret mount is the fix', code: 'FROM alpine:3.24\nRUN --mount=type=secret,id=token cat /run/secrets/token\n' },
        { name: 'path to a secret file', code: 'FROM alpine:3.24\nENV DB_PASSWORD_FILE=/run/secrets/db\n' },
      ],
      invalid: [
        { name: 'global ARG without a value', code: 'ARG NPM_TOKEN\nFROM node:24-slim\n', errors: [{ line: 1, message: 'ARG NPM_TOKEN', messageId: 'argSecret' }] },
        { name: 'ENV with a value', code: 'FROM alpine:3.24\nENV DB_PASSWORD=hunter2\n', errors: [{ line: 2, message: 'docker inspect', messageId: 'envSecret' }] },
        { name: 'legacy ENV form', code: 'FROM alpine:3.24\nENV API_KEY abc123\n', errors: [{ line: 2 }] },
        { name: 'several in one ENV', code: 'FROM alpine:3.24\nENV A=1 SECRET_TOKEN=x\n', errors: [{ line: 2 }] },
        { name: 'ARG in each stage', code: 'FROM alpine:3.24\nARG password=pass\nFROM alpine:3.24\nARG password=pass\n', errors: [{ line: 2 }, { line: 4 }] },
      ],
    });
  });
});
