/** `$(( ))`: integer arithmetic with + - * / % ( ), comparisons and variables, as POSIX shells evaluate it. */
export class ArithmeticError extends Error {}

export function evaluateArithmetic(expression: string, lookup: (name: string) => string | undefined): number {
  const tokens = expression.match(/\$?[A-Za-z_][A-Za-z0-9_]*|\d+|==|!=|<=|>=|&&|\|\||[-+*/%()<>!]|\S/g) ?? [];
  let i = 0;
  const peek = (): string | undefined => tokens[i];
  const take = (): string => tokens[i++] ?? '';
  const value = (token: string): number => {
    if (/^\d+$/.test(token)) return Number(token);
    const raw = lookup(token.replace(/^\$/, '')) ?? '0';
    const number = Number(raw.trim() === '' ? '0' : raw);
    if (!Number.isInteger(number)) throw new ArithmeticError(`${raw}: syntax error in expression`);
    return number;
  };
  const primary = (): number => {
    const token = take();
    if (token === '(') {
      const inner = or();
      if (take() !== ')') throw new ArithmeticError('missing )');
      return inner;
    }
    if (token === '-') return -primary();
    if (token === '+') return primary();
    if (token === '!') return primary() === 0 ? 1 : 0;
    if (token === '' || !/^(\$?[A-Za-z_]\w*|\d+)$/.test(token)) throw new ArithmeticError(`syntax error: operand expected (error token is "${token}")`);
    return value(token);
  };
  const product = (): number => {
    let left = primary();
    while (peek() === '*' || peek() === '/' || peek() === '%') {
      const op = take();
      const right = primary();
      if (op !== '*' && right === 0) throw new ArithmeticError('division by zero');
      left = op === '*' ? left * right : op === '/' ? Math.trunc(left / right) : left % right;
    }
    return left;
  };
  const sum = (): number => {
    let left = product();
    while (peek() === '+' || peek() === '-') left = take() === '+' ? left + product() : left - product();
    return left;
  };
  const compare = (): number => {
    let left = sum();
    for (;;) {
      const op = peek();
      if (op !== '<' && op !== '>' && op !== '<=' && op !== '>=' && op !== '==' && op !== '!=') return left;
      take();
      const right = sum();
      const result = op === '<' ? left < right : op === '>' ? left > right : op === '<=' ? left <= right : op === '>=' ? left >= right : op === '==' ? left === right : left !== right;
      left = result ? 1 : 0;
    }
  };
  const and = (): number => {
    let left = compare();
    while (peek() === '&&') {
      take();
      const right = compare();
      left = left !== 0 && right !== 0 ? 1 : 0;
    }
    return left;
  };
  function or(): number {
    let left = and();
    while (peek() === '||') {
      take();
      const right = and();
      left = left !== 0 || right !== 0 ? 1 : 0;
    }
    return left;
  }
  if (tokens.length === 0) return 0;
  const result = or();
  if (i < tokens.length) throw new ArithmeticError(`syntax error in expression (error token is "${tokens.slice(i).join(' ')}")`);
  return result;
}
