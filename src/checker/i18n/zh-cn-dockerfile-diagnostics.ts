import type { DiagnosticTexts } from '../core/messages';
import type { DOCKERFILE_DIAGNOSTICS } from '../dockerfile/diagnostics';

/**
 * The Dockerfile parser's diagnostics in Simplified Chinese. They say what to do as well, as the English
 * does: a diagnostic has no rule whose fix a page or the CLI could add after it.
 */
export const zhCnDockerfileDiagnostics: DiagnosticTexts<typeof DOCKERFILE_DIAGNOSTICS> = {
  'no-from': {
    noFrom: '这个 Dockerfile 没有 FROM 指令：每次构建都从一个基础镜像开始，例如 FROM alpine:3.24。',
  },
  'unknown-instruction': {
    notAnInstruction: '“{{keyword}}”不是 Dockerfile 指令，构建会在这里停止。请检查拼写，或者上一行的续行。',
  },
  'instruction-before-from': {
    beforeFrom: '{{keyword}} 出现在第一个 FROM 之前，而那里只能写 ARG。请把它移到 FROM 之后。',
  },
  'unterminated-heredoc': {
    unterminated: 'heredoc <<{{name}} 没有结束：请在它的内容之后加一行，只写 {{name}}。',
  },
  'unresolved-base-image': {
    noImage: 'FROM 需要一个镜像名，例如 FROM alpine:3.24。',
    unsetVariable: '基础镜像“{{image}}”用到了一个没有值的变量；请在第一个 FROM 之前给这个 ARG 一个默认值。',
  },
  'variable-too-long': {
    tooLong: '{{name}} 展开后超过 64 KB（把自己翻倍的变量会无限增长），Shipshape 把这个值截短后再检查文件。请给它一个普通的值。',
  },
  'parse-error': {
    userWithoutArgument: 'USER 后面没有用户，构建会在这里停止：“USER requires exactly one argument”。',
    unreadable: '无法把这个文件当作 Dockerfile 读取（{{detail}}）。',
  },
};
