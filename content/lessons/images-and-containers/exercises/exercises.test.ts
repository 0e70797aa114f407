import { describe, expect, it } from 'vitest';
import { grade } from '../../../../src/checker/grading/grade';
import { exercise as secretInLayer } from './secret-in-layer/exercise';

function failingGoals(dockerfile: string): string[] {
  return grade(secretInLayer, { Dockerfile: dockerfile }).filter((c) => c.source === 'goal' && !c.pass).map((c) => c.id);
}

const mountedInstall = 'RUN --mount=type=secret,id=npmrc,target=/app/.npmrc npm ci --omit=dev\n';

describe('images-and-containers/secret-in-layer', () => {
  it('accepts a glob for the package files and the default secret path', () => {
    const text =
      'FROM node:24-alpine\nWORKDIR /app\nCOPY package*.json ./\n' +
      'RUN --mount=type=secret,id=npmrc NPM_CONFIG_USERCONFIG=/run/secrets/npmrc npm ci --omit=dev\n' +
      'COPY server.js ./\nUSER 1000:1000\nCMD ["node", "server.js"]\n';
    expect(failingGoals(text)).toEqual([]);
  });

  it.each([
    ['COPY . .'],
    ['COPY ./ /app/'],
    ['COPY * ./'],
    ['COPY .npmrc package.json package-lock.json ./'],
    ['ADD . /app'],
  ])('flags %s, which copies .npmrc', (copy) => {
    const text = `FROM node:24-alpine\nWORKDIR /app\n${copy}\n${mountedInstall}USER 1000:1000\n`;
    expect(failingGoals(text)).toEqual(['goal:token-not-copied']);
  });

  it('flags an install without the secret mount', () => {
    const text = 'FROM node:24-alpine\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci --omit=dev\nUSER 1000:1000\n';
    expect(failingGoals(text)).toEqual(['goal:token-mounted']);
  });

  it('flags a Dockerfile that no longer installs dependencies', () => {
    expect(failingGoals('FROM node:24-alpine\nCOPY server.js ./\nUSER 1000:1000\n')).toEqual(['goal:token-mounted']);
  });
});
