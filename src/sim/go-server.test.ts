import { describe, expect, it } from 'vitest';
import { goProgram } from './go-source';
import { portOf, programBinary, programOf } from './programs';
import { terminal } from './testing';

const BUILD = 'FROM golang:1.27-alpine AS build\nWORKDIR /src\nCOPY go.mod main.go ./\nRUN CGO_ENABLED=0 go build -o /out/server .\nFROM alpine:3.24\nCOPY --from=build /out/server /server\nUSER 10001:10001\nENTRYPOINT ["/server"]\n';
const GO_MOD = 'module example.com/probe\n\ngo 1.27\n';

function project(main: string) {
  return terminal({ Dockerfile: BUILD }, { 'go.mod': GO_MOD, 'main.go': main });
}

const OK_SERVER = 'package main\n\nimport "net/http"\n\nfunc main() {\n\thttp.ListenAndServe(":8080", http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {\n\t\tw.Write([]byte("ok"))\n\t}))\n}\n';

describe('go build follows the source it compiles', () => {
  it('reads a literal listen address and an inline handler', () => {
    expect(goProgram([OK_SERVER])).toEqual({ stdout: '', exitCode: 0, server: { host: '', port: { kind: 'fixed', port: 8080 }, routes: [{ pattern: '/', body: 'ok', contentType: 'text/plain; charset=utf-8' }], fatal: false } });
  });

  it('reads the port from a flag and its default, and from an environment variable with a fallback', () => {
    const flagged = 'package main\nimport ("flag"; "net/http")\nfunc main() {\n\tport := flag.String("port", "8080", "port")\n\tflag.Parse()\n\thttp.ListenAndServe(":"+*port, nil)\n}\n';
    const spec = goProgram([flagged]);
    expect(spec?.server?.port).toEqual({ kind: 'flag', name: 'port', fallback: 8080 });
    expect(spec?.server?.routes).toEqual([]);
    expect(portOf({ kind: 'flag', name: 'port', fallback: 8080 }, ['--port', '9090'], {})).toBe(9090);
    expect(portOf({ kind: 'flag', name: 'port', fallback: 8080 }, ['-port=7070'], {})).toBe(7070);
    expect(portOf({ kind: 'flag', name: 'port', fallback: 8080 }, [], {})).toBe(8080);
    const env = 'package main\nimport ("log"; "net/http"; "os")\nfunc main() {\n\tport := os.Getenv("PORT")\n\tif port == "" {\n\t\tport = "3000"\n\t}\n\tlog.Fatal(http.ListenAndServe(":"+port, nil))\n}\n';
    expect(goProgram([env])?.server).toMatchObject({ port: { kind: 'env', name: 'PORT', fallback: 3000 }, fatal: true });
  });

  it('registers HandleFunc routes and fmt.Fprintln output, and ignores code in comments', () => {
    const source = 'package main\n\nimport (\n\t"fmt"\n\t"net/http"\n)\n\n// http.ListenAndServe(":1", nil)\nfunc main() {\n\tfmt.Println("starting on :8080")\n\thttp.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) {\n\t\tfmt.Fprintln(w, "healthy")\n\t})\n\thttp.ListenAndServe(":8080", nil)\n}\n';
    const spec = goProgram([source]);
    expect(spec?.stdout).toBe('starting on :8080\n');
    expect(spec?.server?.port).toEqual({ kind: 'fixed', port: 8080 });
    expect(spec?.server?.routes).toEqual([{ pattern: '/healthz', body: 'healthy\n', contentType: 'text/plain; charset=utf-8' }]);
  });

  it('makes a program that only prints exit, and gives up on what it cannot read', () => {
    expect(goProgram(['package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("hello", "world")\n}\n'])).toEqual({ stdout: 'hello world\n', exitCode: 0, server: null });
    expect(goProgram(['package main\nimport "net/http"\nfunc main() { http.ListenAndServe(addr(), nil) }\n'])).toBeNull();
    expect(goProgram(['package util\nfunc Helper() {}\n'])).toBeNull();
    expect(goProgram([])).toBeNull();
  });

  it('round-trips a behaviour through the binary it is stored in, and rejects damaged ones', () => {
    const spec = { stdout: 'x\n', exitCode: 3, server: null };
    expect(programOf(programBinary('t', spec))).toEqual(spec);
    expect(programOf('\x7fELF go binary')).toBeNull();
    expect(programOf('\x7fELF x program {not json')).toBeNull();
    expect(programOf('#!/bin/sh\n')).toBeNull();
  });
});

describe('a Go server built from the build context', () => {
  it('keeps running under docker run -d and answers what its handler writes', () => {
    const t = project(OK_SERVER);
    expect(t.run('docker build -t probe .')).toContain('FINISHED');
    t.run('docker run -d --name probe -p 127.0.0.1:8080:8080 probe');
    expect(t.run("docker inspect -f '{{.State.Status}}' probe")).toBe('running\n');
    expect(t.run('curl -s http://127.0.0.1:8080/anything')).toBe('ok');
    expect(t.run('curl -i http://127.0.0.1:8080/')).toBe('HTTP/1.1 200 OK\r\nDate: Thu, 03 Dec 2026 09:00:00 GMT\r\nContent-Length: 2\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nok');
    expect(t.run('docker exec probe netstat -lntp')).toContain('tcp        0      0 0.0.0.0:8080            0.0.0.0:*               LISTEN      1/server');
    expect(t.run('docker exec -u 1234 probe netstat -lntp')).toContain('0.0.0.0:*               LISTEN      -');
  });

  it('answers Go\'s 404 on DefaultServeMux, on the port the --port flag names', () => {
    const main = 'package main\n\nimport (\n\t"flag"\n\t"net/http"\n)\n\nfunc main() {\n\tport := flag.String("port", "8080", "port to listen on")\n\tflag.Parse()\n\thttp.ListenAndServe(":"+*port, nil)\n}\n';
    const t = project(main);
    t.run('docker build -t probe .');
    t.run('docker run -d --name probe -p 9090:9090 probe --port 9090');
    expect(t.run('curl -si http://127.0.0.1:9090/')).toBe('HTTP/1.1 404 Not Found\r\nContent-Type: text/plain; charset=utf-8\r\nX-Content-Type-Options: nosniff\r\nDate: Thu, 03 Dec 2026 09:00:00 GMT\r\nContent-Length: 19\r\n\r\n404 page not found\n');
  });

  it('exits at once when main.go has no server, with what it printed in the logs', () => {
    const t = project('package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("report done")\n}\n');
    t.run('docker build -t probe .');
    t.run('docker run -d --name probe probe');
    expect(t.run("docker inspect -f '{{.State.Status}} {{.State.ExitCode}}' probe")).toBe('exited 0\n');
    expect(t.run('docker logs probe')).toBe('report done\n');
    expect(t.run('docker run --rm probe')).toBe('report done\n');
  });

  it('cannot be reached through docker-proxy when it listens on the container\'s 127.0.0.1', () => {
    const t = project('package main\n\nimport "net/http"\n\nfunc main() {\n\thttp.ListenAndServe("127.0.0.1:8080", nil)\n}\n');
    t.run('docker build -t probe .');
    t.run('docker run -d --name probe -p 8080:8080 probe');
    expect(t.run('curl http://127.0.0.1:8080/')).toBe('curl: (52) Empty reply from server\n');
    expect(t.run('docker exec probe wget -qO- http://127.0.0.1:8080/')).toBe('wget: server returned error: HTTP/1.1 404 Not Found\n');
  });

  it('fails to bind a low port as a non-root user on the host network, and log.Fatal says so', () => {
    const t = project('package main\n\nimport (\n\t"log"\n\t"net/http"\n)\n\nfunc main() {\n\tlog.Fatal(http.ListenAndServe(":80", nil))\n}\n');
    t.run('docker build -t probe .');
    t.run('docker run -d --name probe --network host probe');
    expect(t.run("docker inspect -f '{{.State.Status}} {{.State.ExitCode}}' probe")).toBe('exited 1\n');
    expect(t.run('docker logs probe')).toBe('2026/12/03 09:00:00 listen tcp :80: bind: permission denied\n');
  });
});
