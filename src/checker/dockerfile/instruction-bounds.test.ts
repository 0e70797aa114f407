import { DockerfileParser } from 'dockerfile-ast';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instructionBounds, type InstructionBounds } from './instruction-bounds';

/** What the unmodified dockerfile-ast parser says, in the shape instructionBounds returns. */
function reference(text: string): InstructionBounds {
  const parsed = DockerfileParser.parse(text);
  return {
    escape: parsed.getEscapeCharacter(),
    directives: parsed.getDirectives().map((d) => ({ name: d.getName().toLowerCase(), value: d.getValue(), line: d.getRange().start.line + 1 })),
    instructions: parsed.getInstructions().map((i) => ({ start: i.getRange().start.line, end: i.getRange().end.line })),
  };
}

const SAMPLES = [
  '',
  'FROM alpine:3.24\n',
  '# syntax=docker/dockerfile:1\n# escape=`\nFROM windows\nRUN dir `\n  c:\\\n',
  '\uFEFFFROM alpine\r\nRUN echo a \\\r\n  b\r\n',
  'FROM alpine\nRUN apk add \\\n# a comment inside the continuation\n    curl \\\n\n    jq\nUSER 1000\n',
  'FROM alpine\nRUN <<EOF\nset -e\necho hi\nEOF\nCOPY <<-EOT /etc/x\n\tvalue\n\tEOT\nUSER app\n',
  'FROM alpine\nRUN <<A <<B sh\none\nA\ntwo\nB\nCMD ["sh"]\n',
  'FROM alpine\nONBUILD RUN <<EOF\necho hi\nEOF\nRUN echo "<<not a heredoc" && cat <<< x\n',
  'FROM alpine\nRUN cat <<EOF\nnever closed\n',
  'RUN echo before from\nFROM a AS b\nFROM b\n',
  'FROM alpine\nRUN echo \\ \nLABEL a=b \\\n  c=d\n',
  'FROM alpine\n# comment\n  # indented comment\nHEALTHCHECK --interval=5s CMD true\nENTRYPOINT ["a", "b"]\nSHELL ["/bin/bash", "-c"]\nVOLUME ["/data"]\nARG A=1 B\nENV X=1\n',
];

const dockerish = fc.array(
  fc.constantFrom('FROM', 'RUN', 'COPY', 'ADD', 'ARG', 'ONBUILD', 'CMD', '<<EOF', '<<-EOT', 'EOF', 'EOT', '\\', '`', '"', '[', ']', '\n', '\r\n', '\r', ' ', '\t', '#', '# escape=`', '# escape=\\', '\uFEFF', 'x', '--from=a'),
  { maxLength: 50 },
).map((parts) => parts.join(''));

describe('instructionBounds', () => {
  it('agrees with dockerfile-ast on real-looking Dockerfiles', () => {
    for (const text of SAMPLES) expect(instructionBounds(text), text).toEqual(reference(text));
  });

  it('agrees with dockerfile-ast on arbitrary Dockerfile-like text', () => {
    fc.assert(fc.property(dockerish, (text) => {
      expect(instructionBounds(text)).toEqual(reference(text));
    }), { numRuns: 500 });
  });
});
