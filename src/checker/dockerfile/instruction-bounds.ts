import './buffer-shim';
import { Instruction } from 'dockerfile-ast';
import { Parser } from 'dockerfile-ast/lib/parser.js';

/**
 * What Shipshape takes from dockerfile-ast: where each instruction starts and ends (continuations,
 * comments inside them and heredoc bodies included), the escape character and the parser directives.
 */
export interface InstructionBounds {
  escape: string;
  directives: { name: string; value: string; line: number }[];
  /** 0-based first and last physical line of each instruction, in file order. */
  instructions: { start: number; end: number }[];
}

type TextDocument = ConstructorParameters<typeof Instruction>[0];
type Dockerfile = ConstructorParameters<typeof Instruction>[2];

/**
 * The internal steps of dockerfile-ast's Parser (version pinned in package.json) that LeanParser
 * replaces. The scanner itself stays dockerfile-ast's; parser-equivalence tests guard an upgrade.
 */
interface ParserInternals {
  document: TextDocument;
  buffer: string;
  escapeChar: string;
  parse(buffer: string): Dockerfile;
  createInstruction(dockerfile: Dockerfile, keyword: string, start: number, keywordEnd: number, end: number): Instruction;
  processHeredocs(instruction: Instruction, offset: number): number;
  processComment(dockerfile: Dockerfile, start: number): number;
}

const LINE_END = /[\r\n]/g;

const ParserBase = Parser as unknown as new () => ParserInternals;

/** Keywords whose dockerfile-ast class the parser itself reads (build stages, ONBUILD triggers). */
const NEEDS_OWN_CLASS = new Set(['FROM', 'ONBUILD']);

/**
 * dockerfile-ast builds a typed object per instruction, and the JSON-capable ones (RUN, COPY, ADD,
 * CMD...) re-tokenise their arguments several times in the constructor, with a position lookup per
 * argument: three quarters of its time goes there. Only ranges are used here, so a plain Instruction
 * carries them; and an instruction without "<<" cannot open a heredoc, so its arguments are not
 * tokenised just to look for one. Comments are skipped to the end of their line without building
 * Comment objects, which dockerfile-ast would then match against every build stage.
 */
class LeanParser extends ParserBase {
  override createInstruction(dockerfile: Dockerfile, keyword: string, start: number, keywordEnd: number, end: number): Instruction {
    if (NEEDS_OWN_CLASS.has(keyword.toUpperCase())) return super.createInstruction(dockerfile, keyword, start, keywordEnd, end);
    const startPosition = this.document.positionAt(start);
    const range = { start: startPosition, end: this.document.positionAt(end) };
    const keywordRange = { start: startPosition, end: this.document.positionAt(keywordEnd) };
    return new Instruction(this.document, range, dockerfile, this.escapeChar, keyword, keywordRange);
  }

  override processHeredocs(instruction: Instruction, offset: number): number {
    const start = this.document.offsetAt(instruction.getRange().start);
    if (!this.buffer.slice(start, offset).includes('<<')) return offset;
    return super.processHeredocs(instruction, offset);
  }

  override processComment(_dockerfile: Dockerfile, start: number): number {
    LINE_END.lastIndex = start + 1;
    return LINE_END.exec(this.buffer)?.index ?? this.buffer.length;
  }
}

/** Scans `text` with dockerfile-ast. Throws only if dockerfile-ast does; the caller reports that. */
export function instructionBounds(text: string): InstructionBounds {
  const parsed = new LeanParser().parse(text);
  return {
    escape: parsed.getEscapeCharacter(),
    directives: parsed.getDirectives().map((d) => ({ name: d.getName().toLowerCase(), value: d.getValue(), line: d.getRange().start.line + 1 })),
    instructions: parsed.getInstructions().map((i) => {
      const range = i.getRange();
      return { start: range.start.line, end: range.end.line };
    }),
  };
}
