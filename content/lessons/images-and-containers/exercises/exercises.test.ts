import { describe, expect, it } from 'vitest';
import { checkById, editSolution, failingIds, solutionFiles } from '../../../../src/grading/testing';
import { exercise } from './secret-in-layer/exercise';

const DF = 'Dockerfile';
const INSTALL = 'RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci --omit=dev';

function withInstall(line: string) {
  return editSolution(exercise, DF, INSTALL, line);
}

describe('images-and-containers/secret-in-layer', () => {
  it.each([
    ['a secret mount without a target (npm never reads /run/secrets/npmrc)', withInstall('RUN --mount=type=secret,id=npmrc npm ci --omit=dev'), 'goal:token-mounted', /\/run\/secrets\/npmrc, a file npm never reads/],
    ['a secret mount with the wrong id', withInstall('RUN --mount=type=secret,id=wrong,target=/root/.npmrc npm ci --omit=dev'), 'goal:token-mounted', /id is wrong.*--secret id=npmrc/],
    ['a secret mount without an id (BuildKit names it after the file)', withInstall('RUN --mount=type=secret,target=/root/.npmrc npm ci --omit=dev'), 'goal:token-mounted', /BuildKit uses "\.npmrc"/],
    ['the mount at the project directory instead of /root/.npmrc', withInstall('RUN --mount=type=secret,id=npmrc,target=/app/.npmrc npm ci --omit=dev'), 'goal:token-mounted', /root's user config, \/root\/\.npmrc/],
    ['the mount on a RUN of its own, npm ci without it', withInstall('RUN --mount=type=secret,id=npmrc,target=/root/.npmrc true\nRUN npm ci --omit=dev'), 'goal:token-mounted', /no secret mount/],
    ['COPY . . kept next to the mount', editSolution(exercise, DF, 'COPY package.json package-lock.json ./', 'COPY . .'), 'goal:token-not-copied', /takes \.npmrc from the build context/],
    ['.npmrc named in the COPY', editSolution(exercise, DF, 'COPY package.json package-lock.json ./', 'COPY .npmrc package.json package-lock.json ./'), 'goal:token-not-copied', /\.npmrc/],
    ['package-lock.json forgotten', editSolution(exercise, DF, 'COPY package.json package-lock.json ./', 'COPY package.json ./'), 'goal:app-files-copied', /needs package-lock\.json/],
    ['server.js no longer copied', editSolution(exercise, DF, 'COPY server.js ./\n', ''), 'goal:app-files-copied', /server\.js is no longer copied/],
    ['ROM instead of FROM', editSolution(exercise, DF, 'FROM node', 'ROM node'), 'Dockerfile:readable', /"ROM" is not a Dockerfile instruction/],
  ])('rejects %s', (_name, files, id, message) => {
    expect(failingIds(exercise, files)).toContain(id);
    expect(checkById(exercise, files, id).message).toMatch(message);
  });

  it.each([
    ['the package files by glob', editSolution(exercise, DF, 'COPY package.json package-lock.json ./', 'COPY package*.json ./')],
    ['npm told to read the default secret path', withInstall('RUN --mount=type=secret,id=npmrc NPM_CONFIG_USERCONFIG=/run/secrets/npmrc npm ci --omit=dev')],
    ['npm install instead of npm ci, with required=true', withInstall('RUN --mount=type=secret,id=npmrc,target=/root/.npmrc,required=true npm install --omit=dev')],
  ])('accepts %s', (_name, files) => {
    expect(failingIds(exercise, files).filter((id) => id !== 'run')).toEqual([]);
  });

  it('marks the line of the COPY that leaks the token', () => {
    const check = checkById(exercise, { [DF]: exercise.files[0]?.starter ?? '' }, 'goal:token-not-copied');
    expect(check.locations[0]?.line).toBe(3);
    expect(check.fix).toContain('COPY package.json package-lock.json ./');
  });

  it('builds the solution with the secret the task names', () => {
    expect(exercise.run.steps[0]?.command).toBe('docker build --secret id=npmrc,src=$HOME/.npmrc -t app .');
    expect(Object.keys(exercise.context ?? {})).toContain('.npmrc');
    expect(solutionFiles(exercise)[DF]).toContain('target=/root/.npmrc');
  });
});
