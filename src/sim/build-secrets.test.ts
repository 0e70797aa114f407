import { describe, expect, it } from 'vitest';
import { terminal } from './testing';

const SECRET_DF = 'FROM alpine:3.24\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc cat /root/.npmrc\nCMD ["sh"]\n';
const CONTEXT = { '.npmrc': '//registry.npmjs.org/:_authToken=tok-123\n', s: 'from-context\n' };

function lab(dockerfile: string) {
  return terminal({ Dockerfile: dockerfile }, CONTEXT);
}

describe('docker build --secret', () => {
  it('mounts the file for the RUN that asks for it, and prints what the step reads', () => {
    const t = lab(SECRET_DF);
    const out = t.run('docker build --progress=plain --secret id=npmrc,src=$HOME/.npmrc -t app .');
    expect(out).toContain('#5 [2/2] RUN --mount=type=secret,id=npmrc,target=/root/.npmrc cat /root/.npmrc\n#5 0.214 //registry.npmjs.org/:_authToken=tok-123\n#5 DONE');
    expect(out).toMatch(/^#0 building with "default" instance using docker driver\n\n#1 \[internal\] load build definition from Dockerfile\n/);
  });

  it('leaves no trace of the secret in the image, its files or its history', () => {
    const t = lab('FROM alpine:3.24\nRUN --mount=type=secret,id=npmrc cat /run/secrets/npmrc\nCMD ["sh"]\n');
    t.run('docker build --secret id=npmrc,src=.npmrc -t app .');
    expect(t.run('docker run --rm app ls /run')).not.toContain('secrets');
    expect(t.run('docker run --rm app cat /run/secrets/npmrc')).toContain('No such file or directory');
    const history = t.run('docker history --no-trunc app');
    expect(history).toContain('RUN /bin/sh -c cat /run/secrets/npmrc # buildkit');
    expect(history).not.toContain('--mount');
    expect(history).not.toContain('tok-123');
  });

  it('is gone again for the next RUN', () => {
    const t = lab('FROM alpine:3.24\nRUN --mount=type=secret,id=s cat /run/secrets/s\nRUN cat /run/secrets/s\n');
    const out = t.run('docker build --secret id=s,src=s -t app .');
    expect(out).toContain(" > [3/3] RUN cat /run/secrets/s:\n0.214 cat: can't open '/run/secrets/s': No such file or directory\n");
    expect(out).toContain('ERROR: failed to solve: process "/bin/sh -c cat /run/secrets/s" did not complete successfully: exit code: 1');
  });

  it('takes a secret from a variable with env=, or from the variable of its id', () => {
    const t = lab('FROM alpine:3.24\nRUN --mount=type=secret,id=tok cat /run/secrets/tok\n');
    t.run('export TOKEN_VALUE=from-env');
    expect(t.run('docker build --progress=plain --secret id=tok,env=TOKEN_VALUE .')).toContain('0.214 from-env');
    expect(t.run('docker build --progress=plain --secret id=tok,src=TOKEN_VALUE,type=env .')).toContain('0.214 from-env');
    t.run('export tok=bare-id');
    expect(t.run('docker build --progress=plain --secret id=tok .')).toContain('0.214 bare-id');
  });

  it('reads a file named like the id when neither src nor a variable is there', () => {
    const t = lab('FROM alpine:3.24\nRUN --mount=type=secret,id=s cat /run/secrets/s\n');
    expect(t.run('docker build --progress=plain --secret id=s .')).toContain('0.214 from-context');
  });

  it('leaves an optional secret it was not given unmounted, and fails a required one', () => {
    const optional = lab('FROM alpine:3.24\nRUN --mount=type=secret,id=npmrc cat /run/secrets/npmrc\n').run('docker build .');
    expect(optional).toContain("0.214 cat: can't open '/run/secrets/npmrc': No such file or directory");
    const required = lab('FROM alpine:3.24\nRUN --mount=type=secret,id=npmrc,required cat /run/secrets/npmrc\n').run('docker build .');
    expect(required).toContain(' => ERROR [2/2] RUN --mount=type=secret,id=npmrc,required cat /run/secrets/npmrc');
    expect(required).toMatch(/ERROR: failed to solve: secret npmrc: not found\n$/);
    expect(lab('FROM alpine:3.24\nRUN --mount=type=secret,id=npmrc,required=false true\n').run('docker build .')).toContain('FINISHED');
  });

  it('says what buildx says about a bad --secret', () => {
    const t = lab(SECRET_DF);
    expect(t.run('docker build --secret id=npmrc,src=$HOME/missing -t app .')).toBe('ERROR: failed to stat /home/learner/missing: stat /home/learner/missing: no such file or directory\n');
    expect(t.run('docker build --secret src=.npmrc -t app .')).toBe('ERROR: secret missing ID\n');
    expect(t.run('docker build --secret npmrc -t app .')).toBe("ERROR: invalid field 'npmrc' must be a key=value pair\n");
    expect(t.run('docker build --secret id=x,type=ssh -t app .')).toBe('ERROR: unsupported secret type "ssh"\n');
    expect(t.run('docker build --secret id=x,path=y -t app .')).toBe("ERROR: unexpected key 'path' in 'path=y'\n");
    expect(t.run('docker images')).not.toContain('app ');
  });
});
