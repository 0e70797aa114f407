import { connect, parseUrl, type Url } from '../../connect';
import { byteLength, headerBlock } from '../../http';
import type { HttpResponse, Proc } from '../../process';
import { baseName } from '../../vfs/paths';
import { fsErrorText, writeFile } from '../fsops';
import { fail, type Command, type Output } from '../types';

/** One request through the lab's network: the response, or how the connection failed. */
type Fetched = { kind: 'response'; response: HttpResponse; address: string } | { kind: 'empty'; address: string } | { kind: 'unresolved' } | { kind: 'refused'; address: string } | { kind: 'unreachable'; address: string };

function fetchUrl(proc: Proc, url: Url, method: 'GET' | 'HEAD'): Fetched {
  const connection = connect(proc, url);
  if (connection.kind !== 'open') return connection;
  const answer = connection.answer({ method, path: url.path, host: url.host });
  return answer ? { kind: 'response', response: answer, address: connection.address } : { kind: 'empty', address: connection.address };
}

export interface CurlOptions {
  url: string | null;
  silent: boolean;
  showError: boolean;
  failOnError: boolean;
  include: boolean;
  head: boolean;
  output: string | null;
  remoteName: boolean;
  writeOut: string | null;
}

/** Short options of curl that take a value (the value may follow in the same word: -oFILE). */
const CURL_VALUE_SHORT = new Set(['o', 'w', 'X', 'H', 'm', 'u', 'd', 'A', 'e', 'x', 'T', 'r', 'C']);
const CURL_VALUE_LONG = new Set(['--output', '--write-out', '--request', '--header', '--max-time', '--connect-timeout', '--user', '--data', '--user-agent', '--retry', '--cacert']);

export function curlOptions(args: readonly string[]): CurlOptions {
  const options: CurlOptions = { url: null, silent: false, showError: false, failOnError: false, include: false, head: false, output: null, remoteName: false, writeOut: null };
  const set = (flag: string, value: string | null): void => {
    if (flag === 'o' || flag === '--output') options.output = value;
    else if (flag === 'w' || flag === '--write-out') options.writeOut = value;
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg.startsWith('--')) {
      const [flag = '', inline] = arg.split(/=(.*)/s);
      if (CURL_VALUE_LONG.has(flag)) set(flag, inline ?? args[++i] ?? null);
      else if (flag === '--silent') options.silent = true;
      else if (flag === '--show-error') options.showError = true;
      else if (flag === '--fail') options.failOnError = true;
      else if (flag === '--include') options.include = true;
      else if (flag === '--head') options.head = true;
      else if (flag === '--remote-name') options.remoteName = true;
      continue;
    }
    if (arg.startsWith('-') && arg.length > 1) {
      for (let j = 1; j < arg.length; j++) {
        const flag = arg[j] ?? '';
        if (CURL_VALUE_SHORT.has(flag)) {
          set(flag, arg.slice(j + 1) || (args[++i] ?? null));
          break;
        }
        if (flag === 's') options.silent = true;
        else if (flag === 'S') options.showError = true;
        else if (flag === 'f') options.failOnError = true;
        else if (flag === 'i') options.include = true;
        else if (flag === 'I') options.head = true;
        else if (flag === 'O') options.remoteName = true;
      }
      continue;
    }
    options.url ??= arg;
  }
  return options;
}

/** curl's progress meter as it reads once a transfer to a file has finished. */
function progressMeter(bytes: number): string {
  const n = String(bytes).padStart(5);
  return `  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n                                 Dload  Upload   Total   Spent    Left  Speed\n100 ${n}  100 ${n}    0     0   600k      0 --:--:-- --:--:-- --:--:--  600k\n`;
}

export const curl: Command = ({ proc, args }) => {
  const options = curlOptions(args);
  const url = options.url ? parseUrl(options.url) : null;
  if (!url) return fail(options.url ? `curl: (3) URL rejected: Bad hostname\n` : 'curl: try \'curl --help\' or \'curl --manual\' for more information\n', options.url ? 3 : 2);
  const quietErrors = options.silent && !options.showError;
  const error = (code: number, message: string): Output => fail(quietErrors ? '' : `curl: (${code}) ${message}\n`, code);
  const fetched = fetchUrl(proc, url, options.head ? 'HEAD' : 'GET');
  switch (fetched.kind) {
    case 'unresolved': return error(6, `Could not resolve host: ${url.host}`);
    case 'refused': case 'unreachable': return error(7, `Failed to connect to ${url.host} port ${url.port} after 0 ms: Couldn't connect to server`);
    case 'empty': return error(52, 'Empty reply from server');
    default: break;
  }
  const res = fetched.response;
  if (options.failOnError && res.status >= 400) return error(22, `The requested URL returned error: ${res.status}`);
  const text = options.head ? headerBlock(res) : `${options.include ? headerBlock(res) : ''}${res.body}`;
  const written = options.writeOut?.replace(/%\{http_code\}/g, String(res.status)).replace(/%\{size_download\}/g, String(byteLength(res.body))).replace(/\\n/g, '\n') ?? '';
  const target = options.output ?? (options.remoteName ? baseName(url.path.split('?')[0] ?? '') : null);
  if (target === null || target === '-') return { stdout: text + written, stderr: '', code: 0 };
  if (target === '') return error(23, 'Failed writing received data to disk/application');
  const denied = writeFile(proc, target, text, false);
  if (denied) return fail(quietErrors ? '' : `Warning: Failed to open the file ${target}: ${fsErrorText(denied)}\ncurl: (23) Failure writing output to destination\n`, 23);
  return { stdout: written, stderr: options.silent ? '' : progressMeter(byteLength(text)), code: 0 };
};

export interface WgetOptions {
  url: string | null;
  quiet: boolean;
  output: string | null;
  headers: boolean;
  spider: boolean;
}

export function wgetOptions(args: readonly string[]): WgetOptions {
  const options: WgetOptions = { url: null, quiet: false, output: null, headers: false, spider: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--spider') options.spider = true;
    else if (arg === '--quiet') options.quiet = true;
    else if (arg.startsWith('--output-document')) options.output = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[++i] ?? null;
    else if (arg.startsWith('--')) {
      if (['--header', '--user-agent', '--timeout', '--tries'].includes(arg)) i++;
    } else if (arg.startsWith('-') && arg.length > 1) {
      for (let j = 1; j < arg.length; j++) {
        const flag = arg[j] ?? '';
        if (flag === 'q') options.quiet = true;
        else if (flag === 'S') options.headers = true;
        else if (flag === 'O' || flag === 'T' || flag === 'o' || flag === 'U' || flag === 'P' || flag === 'Y') {
          const value = arg.slice(j + 1) || (args[++i] ?? null);
          if (flag === 'O') options.output = value;
          break;
        }
      }
    } else options.url ??= arg;
  }
  return options;
}

/** BusyBox wget's progress bar once the transfer is done. */
function wgetBar(name: string, bytes: number): string {
  const size = bytes < 100_000 ? String(bytes) : bytes < 100_000_000 ? `${Math.round(bytes / 1024)}k` : `${Math.round(bytes / 1_048_576)}M`;
  return `${name.padEnd(20).slice(0, 20)} 100% |********************************| ${size.padStart(5)}  0:00:00 ETA\n`;
}

export const wget: Command = ({ proc, args }) => {
  const options = wgetOptions(args);
  const url = options.url ? parseUrl(options.url) : null;
  if (!url) return fail('BusyBox v1.36.1 (2024-06-10 07:11:47 UTC) multi-call binary.\n\nUsage: wget [-cqS] [--spider] [-O FILE] [-o LOGFILE] [--header STR]\n\t[--post-data STR | --post-file FILE] [-Y on/off]\n\t[-P DIR] [-U AGENT] [-T SEC] URL...\n\nRetrieve files via HTTP or FTP\n');
  const fetched = fetchUrl(proc, url, 'GET');
  if (fetched.kind === 'unresolved') return fail(`wget: bad address '${url.host}'\n`);
  let stderr = options.quiet ? '' : `Connecting to ${url.authority} (${fetched.address}:${url.port})\n`;
  const failed = (text: string): Output => ({ stdout: '', stderr: stderr + text, code: 1 });
  if (fetched.kind === 'refused') return failed(`wget: can't connect to remote host (${fetched.address}): Connection refused\n`);
  if (fetched.kind === 'unreachable') return failed(`wget: can't connect to remote host (${fetched.address}): ${proc.network.mode === 'none' ? 'Network is unreachable' : 'No route to host'}\n`);
  if (fetched.kind === 'empty') return failed('wget: error getting response: Connection reset by peer\n');
  const res = fetched.response;
  if (options.headers && !options.quiet) stderr += headerBlock(res).split('\r\n').map((l) => `  ${l}\n`).slice(0, -1).join('');
  if (res.status >= 400) return failed(`wget: server returned error: HTTP/1.1 ${res.status} ${res.reason}\n`);
  if (options.spider) return { stdout: '', stderr: options.quiet ? '' : `${stderr}remote file exists\n`, code: 0 };
  const bytes = byteLength(res.body);
  const target = options.output ?? (baseName(url.path.split('?')[0] ?? '') || 'index.html');
  if (target === '-') {
    return { stdout: res.body, stderr: options.quiet ? '' : `${stderr}writing to stdout\n${wgetBar('-', bytes)}written to stdout\n`, code: 0 };
  }
  const denied = writeFile(proc, target, res.body, false);
  if (denied) return failed(`wget: can't open '${target}': ${fsErrorText(denied)}\n`);
  return { stdout: '', stderr: options.quiet ? '' : `${stderr}saving to '${target}'\n${wgetBar(baseName(target), bytes)}'${target}' saved\n`, code: 0 };
};
