import { describe, expect, it } from 'vitest';
import { NGINX_INDEX } from './nginx';
import { terminal } from './testing';

const SS_HEADER = 'State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess';

describe('published ports', () => {
  it('answers on 127.0.0.1:HOST with nginx\'s default page once -p 127.0.0.1:HOST:80 publishes it', () => {
    const t = terminal();
    t.run('docker run -d --name web -p 127.0.0.1:8081:80 nginx:1.30');
    expect(t.run('curl -s http://127.0.0.1:8081/')).toBe(NGINX_INDEX);
    expect(t.run('curl -s localhost:8081')).toBe(NGINX_INDEX);
    expect(t.run('curl -sI http://127.0.0.1:8081/')).toBe([
      'HTTP/1.1 200 OK', 'Server: nginx/1.30.0', 'Date: Thu, 03 Dec 2026 09:00:00 GMT', 'Content-Type: text/html', 'Content-Length: 615',
      'Last-Modified: Tue, 14 Apr 2026 15:27:18 GMT', 'Connection: keep-alive', 'ETag: "69de5cd6-267"', 'Accept-Ranges: bytes', '', '',
    ].join('\r\n'));
  });

  it('does not answer on the host\'s LAN address when the port is published on 127.0.0.1 only', () => {
    const t = terminal();
    t.run('docker run -d -p 127.0.0.1:8081:80 nginx:1.30');
    expect(t.run('ip addr')).toContain('inet 10.0.2.15/24');
    expect(t.run('curl http://10.0.2.15:8081/')).toBe('curl: (7) Failed to connect to 10.0.2.15 port 8081 after 0 ms: Couldn\'t connect to server\n');
    expect(t.run('curl -s http://10.0.2.15:8081/; echo "status $?"')).toBe('status 7\n');
  });

  it('answers on every host address when the port is published without an address', () => {
    const t = terminal();
    t.run('docker run -d -p 8080:80 nginx:1.30');
    for (const address of ['127.0.0.1', '10.0.2.15', '172.17.0.1']) expect(t.run(`curl -s http://${address}:8080/`), address).toBe(NGINX_INDEX);
    expect(t.run('docker ps --format "{{.Ports}}"')).toContain('0.0.0.0:8080->80/tcp');
  });

  it('lists docker-proxy in the host\'s ss, and names it only to root', () => {
    const t = terminal();
    t.run('docker run -d -p 127.0.0.1:8081:80 nginx:1.30');
    expect(t.run('ss -lnt')).toBe([
      SS_HEADER,
      'LISTEN 0      4096      127.0.0.53:53        0.0.0.0:*          ',
      'LISTEN 0      4096         0.0.0.0:22        0.0.0.0:*          ',
      'LISTEN 0      4096       127.0.0.1:5432      0.0.0.0:*          ',
      'LISTEN 0      4096       127.0.0.1:8500      0.0.0.0:*          ',
      'LISTEN 0      4096       127.0.0.1:8081      0.0.0.0:*          ',
      '',
    ].join('\n'));
    expect(t.run('ss -ltnp')).not.toContain('users:');
    expect(t.run('sudo ss -ltnp')).toContain('127.0.0.1:8081      0.0.0.0:*    users:(("docker-proxy",pid=5000,fd=4))');
  });

  it('stops answering once the container is stopped or removed', () => {
    const t = terminal();
    t.run('docker run -d --name web -p 8080:80 nginx:1.30');
    expect(t.run('curl -s http://127.0.0.1:8080/')).toBe(NGINX_INDEX);
    t.run('docker stop web');
    expect(t.run('curl http://127.0.0.1:8080/')).toBe('curl: (7) Failed to connect to 127.0.0.1 port 8080 after 0 ms: Couldn\'t connect to server\n');
    expect(t.run('ss -lnt')).not.toContain(':8080');
    t.run('docker run -d --name web2 -p 8080:80 nginx:1.30');
    t.run('docker rm -f web2');
    expect(t.run('wget -qO- http://127.0.0.1:8080/')).toBe('wget: can\'t connect to remote host (127.0.0.1): Connection refused\n');
  });

  it('gives an empty reply when nothing in the container listens on the published port', () => {
    const t = terminal();
    t.run('docker run -d -p 127.0.0.1:9000:9000 nginx:1.30');
    expect(t.run('curl http://127.0.0.1:9000/')).toBe('curl: (52) Empty reply from server\n');
  });

  it('refuses a host port another container or a host service holds', () => {
    const t = terminal();
    t.run('docker run -d -p 8080:80 nginx:1.30');
    expect(t.run('docker run -d --name second -p 8080:80 nginx:1.30')).toMatch(/^docker: Error response from daemon: driver failed programming external connectivity on endpoint second \([0-9a-f]{64}\): Bind for 0\.0\.0\.0:8080 failed: port is already allocated\n/);
    expect(t.run("docker inspect -f '{{.State.Status}}' second")).toBe('created\n');
    expect(t.run('docker run -d -p 127.0.0.1:8500:80 nginx:1.30')).toContain('Error starting userland proxy: listen tcp4 127.0.0.1:8500: bind: address already in use');
  });

  it('serves what a bind mount puts in nginx\'s document root, and nginx\'s 404 page for what is missing', () => {
    const t = terminal({ 'site/index.html': '<h1>course</h1>\n' });
    t.run('docker run -d -p 8080:80 -v /home/learner/site:/usr/share/nginx/html:ro nginx:1.30');
    expect(t.run('curl -s http://127.0.0.1:8080/')).toBe('<h1>course</h1>\n');
    expect(t.run('curl -s http://127.0.0.1:8080/missing.html')).toContain('<center><h1>404 Not Found</h1></center>');
    expect(t.run('curl -sf http://127.0.0.1:8080/missing.html; echo "status $?"')).toBe('status 22\n');
    expect(t.run('curl -f http://127.0.0.1:8080/missing.html')).toBe('curl: (22) The requested URL returned error: 404\n');
  });
});

describe('network modes', () => {
  it('shows the container\'s own listener in its namespace, and nothing of the host', () => {
    const t = terminal();
    t.run('docker run -d --name web nginx:1.30-alpine');
    expect(t.run('docker exec web netstat -lntp')).toBe('Active Internet connections (only servers)\nProto Recv-Q Send-Q Local Address           Foreign Address         State       PID/Program name\ntcp        0      0 0.0.0.0:80              0.0.0.0:*               LISTEN      1/nginx\n');
    expect(t.run('docker exec web ss -ltn')).toContain('exec: "ss": executable file not found in $PATH');
    // The host's ss shows what a host-network container listens on, with the columns ss sizes to fit.
    t.run('docker run -d --network host nginx:1.30');
    expect(t.run('sudo ss -ltnp')).toContain(`${SS_HEADER}                                   \n`);
    expect(t.run('sudo ss -ltnp')).toContain('LISTEN 0      511          0.0.0.0:80        0.0.0.0:*    users:(("nginx",pid=3001,fd=6))');
    expect(t.run('docker run --rm alpine:3.24 netstat -lnt')).toBe('Active Internet connections (only servers)\nProto Recv-Q Send-Q Local Address           Foreign Address         State       \n');
  });

  it('reaches a container on the bridge by its address, and the host\'s public address from a container', () => {
    const t = terminal();
    t.run('docker run -d nginx:1.30');
    expect(t.run('curl -s http://172.17.0.2/')).toBe(NGINX_INDEX);
    expect(t.run('docker run --rm alpine:3.24 wget -qO- http://172.17.0.2/')).toBe(NGINX_INDEX);
    // The admin API binds 127.0.0.1 on the host: a container's 127.0.0.1 is its own, and the host's
    // other addresses do not lead to it.
    expect(t.run('docker run --rm alpine:3.24 wget -qO- http://10.0.2.15:8500/')).toBe('wget: can\'t connect to remote host (10.0.2.15): Connection refused\n');
    expect(t.run('docker run --rm alpine:3.24 wget -qO- http://127.0.0.1:8500/')).toBe('wget: can\'t connect to remote host (127.0.0.1): Connection refused\n');
  });

  it('puts a host-network container\'s server on the host itself and ignores -p with the engine\'s warning', () => {
    const t = terminal();
    const out = t.run('docker run -d --network host -p 9999:80 nginx:1.30');
    expect(out.split('\n')[0]).toBe('WARNING: Published ports are discarded when using host network mode');
    expect(t.run('ss -lnt')).toContain('         0.0.0.0:80        0.0.0.0:*');
    expect(t.run('ss -lnt')).not.toContain(':9999');
    expect(t.run('curl -s http://10.0.2.15/')).toBe(NGINX_INDEX);
    expect(t.run('docker run --rm --network host alpine:3.24 netstat -lnt')).toContain('tcp        0      0 0.0.0.0:80              0.0.0.0:*               LISTEN      \n');
  });

  it('leaves a --network none container only its loopback', () => {
    const t = terminal();
    expect(t.run('docker run --rm --network none alpine:3.24 ip addr')).toBe('1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN qlen 1000\n    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00\n    inet 127.0.0.1/8 scope host lo\n       valid_lft forever preferred_lft forever\n');
    expect(t.run('docker run --rm --network none alpine:3.24 wget -qO- http://10.0.2.15:22/')).toBe('wget: can\'t connect to remote host (10.0.2.15): Network is unreachable\n');
    expect(t.run('docker run --rm --network none alpine:3.24 wget -qO- https://get.example.com/collector/install-2.1.0.sh')).toBe('wget: bad address \'get.example.com\'\n');
  });
});

describe('http clients', () => {
  it('prints BusyBox wget\'s progress, and saves where -O says', () => {
    const t = terminal();
    t.run('docker run -d --name web nginx:1.30');
    expect(t.run('docker exec web ls /usr/share/nginx/html')).toBe('index.html\n');
    expect(t.run('docker run --rm alpine:3.24 wget http://172.17.0.2/')).toBe(
      'Connecting to 172.17.0.2 (172.17.0.2:80)\nsaving to \'index.html\'\nindex.html           100% |********************************|   615  0:00:00 ETA\n\'index.html\' saved\n',
    );
    expect(t.run('docker run --rm alpine:3.24 wget -O- http://172.17.0.2:80/nope')).toBe('Connecting to 172.17.0.2:80 (172.17.0.2:80)\nwget: server returned error: HTTP/1.1 404 Not Found\n');
  });

  it('keeps curl -s silent about errors unless -S asks for them', () => {
    const t = terminal();
    expect(t.run('curl -s http://127.0.0.1:1/')).toBe('');
    expect(t.run('curl -sS http://nowhere.invalid/')).toBe('curl: (6) Could not resolve host: nowhere.invalid\n');
    expect(t.run('curl http://127.0.0.1:5432/')).toBe('curl: (52) Empty reply from server\n');
  });
});

describe('docker-proxy on the host', () => {
  it('shows one docker-proxy process per published port in the host\'s ps', () => {
    const t = terminal();
    t.run('docker run -d -p 127.0.0.1:8081:80 nginx:1.30');
    expect(t.run('ps aux')).toContain('/usr/bin/docker-proxy -proto tcp -host-ip 127.0.0.1 -host-port 8081 -container-ip 172.17.0.2 -container-port 80');
  });
});
