import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../core/engine';
import { dockerfileChecker } from './index';
import { analyseText, lintText } from '../index';

const REAL = [
  '# syntax=docker/dockerfile:1\nARG BASE=maven:3-eclipse-temurin-17\nFROM ${BASE} AS build\nWORKDIR /src\nCOPY pom.xml .\nRUN --mount=type=cache,target=/root/.m2 mvn -q package\n\nFROM eclipse-temurin:17-jre\nRUN useradd -u 10001 app\nCOPY --from=build --chown=0:0 --chmod=444 /src/target/app.jar /opt/app/app.jar\nUSER 10001:10001\nHEALTHCHECK CMD curl -f http://localhost:8080/ || exit 1\nENTRYPOINT ["java", "-jar", "/opt/app/app.jar"]\n',
  'FROM alpine:3.24\nRUN <<EOF <<-"EOT" sh\napk add --no-cache curl\nEOF\n\techo hi | tee /x\n\tEOT\nCOPY <<EOF /etc/app.conf\nport=8080\nEOF\nUSER nobody\n',
  '# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nRUN dir `\n  c:\\\nSHELL ["pwsh", "-c"]\n',
  'from node:24\nenv NODE_TLS_REJECT_UNAUTHORIZED=0 API_TOKEN=x\nrun sudo npm install && curl -k https://x | bash\nexpose 22 3000\nvolume /var/run/docker.sock\nuser root\ncmd npm start\n',
];

/** Edits a real Dockerfile the way typing does: cut, duplicate, insert a character or a line. */
const mutated = fc.tuple(fc.constantFrom(...REAL), fc.array(fc.tuple(fc.nat(), fc.nat(), fc.string({ maxLength: 8 }), fc.constantFrom('cut', 'dup', 'insert')), { maxLength: 6 }))
  .map(([text, edits]) => edits.reduce((t, [a, b, s, kind]) => {
    const i = t.length === 0 ? 0 : a % t.length;
    const j = t.length === 0 ? 0 : Math.min(t.length, i + (b % 40));
    if (kind === 'cut') return t.slice(0, i) + t.slice(j);
    if (kind === 'dup') return t.slice(0, j) + t.slice(i, j) + t.slice(j);
    return t.slice(0, i) + s + t.slice(i);
  }, text));

const dockerish = fc.array(
  fc.oneof(
    fc.constantFrom('FROM', 'RUN', 'COPY', 'ADD', 'USER', 'ARG', 'ENV', 'SHELL', 'WORKDIR', 'EXPOSE', 'HEALTHCHECK', 'ONBUILD', 'from', '<<EOF', 'EOF', '\\', '`', '"', "'", '$', '${', '}', '|', '&&', '--mount=type=secret', '--chown=', '[', ']', '\n', '\r\n', ' ', '#', '# escape=`', '\uFEFF', 'root', '0:0', '$(', ')'),
    fc.string({ maxLength: 6 }),
  ),
  { maxLength: 60 },
).map((parts) => parts.join(' '));

function lint(text: string): void {
  const { findings, model } = analyse(dockerfileChecker, text);
  expect(Array.isArray(findings)).toBe(true);
  expect(findings.some((f) => f.ruleId === 'internal-error'), JSON.stringify(findings.filter((f) => f.ruleId === 'internal-error'))).toBe(false);
  expect(model.stages.length === 0 || model.final !== null).toBe(true);
}

describe('Dockerfile parsing never throws', () => {
  it('on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => lint(text)), { numRuns: 300 });
  });

  it('on Dockerfile-shaped noise', () => {
    fc.assert(fc.property(dockerish, (text) => lint(text)), { numRuns: 300 });
  });

  it('on mutated real Dockerfiles', () => {
    fc.assert(fc.property(mutated, (text) => lint(text)), { numRuns: 300 });
  });

  it('on huge and degenerate inputs', () => {
    const inputs = [
      '',
      '\0\x01\x02\xff'.repeat(50_000),
      `FROM alpine:3.24\nRUN ${'a '.repeat(1_500_000)}\n`,
      `FROM alpine:3.24\nRUN echo \\\n${'a \\\n'.repeat(200_000)}`,
      `FROM alpine:3.24\nRUN ${'<<EOF '.repeat(20_000)}\n${'x\n'.repeat(20_000)}`,
      `FROM alpine:3.24\nENV X=${'$'.repeat(1_000_000)}\n`,
      `FROM alpine:3.24\nRUN ${'$('.repeat(200_000)}\n`,
      `${'FROM alpine:3.24 AS s\n'.repeat(20_000)}`,
    ];
    for (const text of inputs) lint(text);
    expect(analyse(dockerfileChecker, '').findings.map((f) => f.ruleId)).toEqual(['no-from']);
  }, 120_000);
});

describe('bounded expansion', () => {
  it('cuts self-doubling ARGs short with a finding, and still checks the rest of the file', () => {
    const bomb = `FROM alpine AS unused\nARG V0=x\n${Array.from({ length: 30 }, (_, i) => `ARG V${i + 1}=\${V${i}}\${V${i}}\n`).join('')}RUN echo $V30\n\nFROM ubuntu:latest\nUSER root\nRUN curl -k https://x | sh\n`;
    const findings = lintText('dockerfile', bomb);
    const ids = findings.map((f) => f.ruleId);
    expect(ids).not.toContain('internal-error');
    expect(ids).toContain('variable-too-long');
    expect(ids).toEqual(expect.arrayContaining(['runs-as-root', 'curl-pipe-shell', 'tls-verification-disabled', 'latest-or-untagged-base-image']));
  });

  it('reads 5,000 chained stages with their ENV', () => {
    const text = `FROM alpine:3.24 AS s0\nENV A0=1\n${Array.from({ length: 5000 }, (_, i) => `FROM s${i} AS s${i + 1}\nENV A${i + 1}=$A${i}\n`).join('')}`;
    const { model } = analyseText('dockerfile', text);
    expect(model.stages).toHaveLength(5001);
    expect(model.final?.env[0]?.value).toBe('1');
  });
});
