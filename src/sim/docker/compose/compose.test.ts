import { describe, expect, it } from 'vitest';
import { stripAnsi } from '../../ansi';
import { terminal } from '../../testing';
import { completions } from '../../complete';
import { Engine } from '../../engine';
import { learnerProc } from '../../host-proc';
import { Simulator } from '../../simulator';

const NGINX = 'services:\n  web:\n    image: nginx:1.30\n    ports:\n      - "127.0.0.1:8080:80"\n';

/** Runs a line and says how it ended, as the run checks see it. */
function withStatus(t: ReturnType<typeof terminal>, line: string): { output: string; code: number } {
  if (!(t.sim instanceof Simulator)) throw new TypeError('the test terminal is a Simulator');
  const result = t.sim.executeWithStatus(line);
  return { output: stripAnsi(result.output), code: result.exitCode };
}

describe('docker compose up -d, ps, logs and down', () => {
  it('creates the project network and the container, and prints the display compose ends with', () => {
    const t = terminal({ 'compose.yaml': NGINX });
    const { output, code } = withStatus(t, 'docker compose up -d');
    expect(code).toBe(0);
    const lines = output.split('\n');
    expect(lines[0]).toBe('[+] Running 2/2');
    expect(lines[1]).toMatch(/^ ✔ Network learner_default  Created +0\.1s $/);
    expect(lines[2]).toMatch(/^ ✔ Container learner-web-1  Started +0\.3s $/);
    // The timers sit at the right edge of the 80-column terminal.
    expect(lines[1]).toHaveLength(80);
  });

  it('lists the running container in compose ps, and docker ps sees it too', () => {
    const t = terminal({ 'compose.yaml': NGINX });
    t.run('docker compose up -d');
    const ps = t.run('docker compose ps').split('\n');
    expect(ps[0]).toMatch(/^NAME +IMAGE +COMMAND +SERVICE +CREATED +STATUS +PORTS$/);
    expect(ps[1]).toMatch(/^learner-web-1 +nginx:1\.30 +"\/docker-entrypoint\.…" +web +Less than a second ago +Up Less than a second +127\.0\.0\.1:8080->80\/tcp$/);
    expect(t.run('docker ps')).toContain('learner-web-1');
  });

  it('leaves an unchanged running service alone and recreates a changed one', () => {
    const t = terminal({ 'compose.yaml': NGINX });
    t.run('docker compose up -d');
    expect(t.run('docker compose up -d')).toMatch(/Container learner-web-1  Running/);
    t.files['compose.yaml'] = `${NGINX}    read_only: true\n`;
    expect(t.run('docker compose up -d')).toMatch(/Container learner-web-1  Started/);
    expect(t.run('docker inspect -f "{{.HostConfig.ReadonlyRootfs}}" learner-web-1')).toBe('true\n');
    expect(t.run('docker ps -a')).toMatch(/learner-web-1/);
    expect(t.run('docker ps -a').match(/learner-web-1/g)).toHaveLength(1);
  });

  it('shows exited containers only with ps -a, and their output in logs', () => {
    const t = terminal({ 'compose.yaml': 'services:\n  job:\n    image: alpine:3.24\n    command: echo hello from job\n' });
    t.run('docker compose up -d');
    expect(t.run('docker compose ps')).not.toContain('learner-job-1');
    expect(t.run('docker compose ps -a')).toMatch(/learner-job-1 .* Exited \(0\) Less than a second ago/);
    expect(t.run('docker compose logs')).toBe('job-1  | hello from job\n');
    expect(t.run('docker compose logs job --no-log-prefix')).toBe('hello from job\n');
    expect(t.run('docker compose logs nope')).toBe('no such service: nope\n');
    expect(t.run('docker compose ps -q')).toBe('');
    expect(t.run('docker compose ps -a --format "{{.Service}} {{.State}}"')).toBe('job exited\n');
  });

  it('removes the containers, then the network, and warns when nothing is left', () => {
    const t = terminal({ 'compose.yaml': NGINX });
    t.run('docker compose up -d');
    const lines = t.run('docker compose down').split('\n');
    expect(lines[0]).toBe('[+] Running 2/2');
    expect(lines[1]).toMatch(/^ ✔ Container learner-web-1  Removed +\d\.\ds $/);
    expect(lines[2]).toMatch(/^ ✔ Network learner_default  Removed +\d\.\ds $/);
    expect(t.run('docker ps -a')).not.toContain('learner-web-1');
    expect(t.run('docker compose down')).toBe('WARN[0000] Warning: No resource found to remove for project "learner".\n');
  });

  it('attached, prints the containers\' output behind their names and how they ended', () => {
    const t = terminal({ 'compose.yaml': 'services:\n  job:\n    image: alpine:3.24\n    command: ["sh", "-c", "echo one; echo two; exit 3"]\n' });
    const { output, code } = withStatus(t, 'docker compose up');
    expect(code).toBe(0);
    expect(output).toMatch(/ ✔ Container learner-job-1  Created/);
    expect(output).not.toContain('Started');
    expect(output).toContain('Attaching to job-1\njob-1  | one\njob-1  | two\njob-1 exited with code 3\n');
  });

  it('attached to a server, says it is attached and leaves the server running', () => {
    const t = terminal({ 'compose.yaml': NGINX });
    expect(t.run('docker compose up')).toContain('Attaching to web-1\n');
    expect(t.run('docker compose ps')).toContain('Up ');
  });

  it('starts only the services named', () => {
    const t = terminal({ 'compose.yaml': `${NGINX}  other:\n    image: nginx:1.30\n` });
    t.run('docker compose up -d other');
    expect(t.run('docker compose ps --services')).toBe('other\n');
  });
});

describe('docker compose finds its files and names its project', () => {
  it('reads -f and --file, and names the project after the directory or -p', () => {
    const t = terminal({ 'deploy.yaml': NGINX });
    expect(t.run('docker compose up -d')).toBe('no configuration file provided: not found\n');
    expect(t.run('docker compose -f deploy.yaml -p shop up -d')).toContain('Container shop-web-1  Started');
    expect(t.run('docker compose --file deploy.yaml -p shop ps')).toContain('shop-web-1');
    expect(t.run('docker compose -f missing.yaml up')).toBe('open /home/learner/missing.yaml: no such file or directory\n');
    expect(t.run('docker compose -f deploy.yaml -p Shop up')).toMatch(/^invalid project name "Shop": must consist only of lowercase/);
    // With only -p, the commands that need nothing but the project's name do not read a file.
    expect(t.run('docker compose -p shop ps')).toContain('shop-web-1');
    expect(t.run('docker compose ps')).toBe('no configuration file provided: not found\n');
  });

  it('looks for compose.yaml, compose.yml, docker-compose.yml and docker-compose.yaml in the working directory and its parents', () => {
    const t = terminal({ 'My App/docker-compose.yml': NGINX });
    t.run('cd "My App"');
    expect(t.run('docker compose up -d')).toContain('Container myapp-web-1  Started');
    t.run('mkdir sub && cd sub');
    expect(t.run('docker compose ps')).toContain('myapp-web-1');
  });

  it('merges compose.override.yaml over compose.yaml', () => {
    const t = terminal({ 'compose.yaml': NGINX, 'compose.override.yaml': 'services:\n  web:\n    privileged: true\n' });
    t.run('docker compose up -d');
    expect(t.run('docker inspect -f "{{.HostConfig.Privileged}}" learner-web-1')).toBe('true\n');
  });

  it('uses the top-level name: and container_name:', () => {
    const t = terminal({ 'compose.yaml': 'name: shop\nservices:\n  web:\n    image: nginx:1.30\n    container_name: storefront\n' });
    expect(t.run('docker compose up -d')).toContain('Container storefront  Started');
    expect(t.run('docker compose ps')).toMatch(/^storefront /m);
  });
});

describe('each service becomes a container with its settings', () => {
  function up(compose: string): ReturnType<typeof terminal> {
    const t = terminal({ 'compose.yaml': compose, 'site/index.html': 'hello\n' });
    const { output, code } = withStatus(t, 'docker compose up -d');
    expect(code, output).toBe(0);
    return t;
  }

  it('cap_drop: [ALL] leaves the process no effective capability', () => {
    const t = up('services:\n  web:\n    image: nginx:1.30\n    cap_drop: [ALL]\n');
    expect(t.run('docker exec learner-web-1 grep CapEff /proc/self/status')).toBe('CapEff:\t0000000000000000\n');
    expect(t.run('docker inspect -f "{{.HostConfig.CapDrop}}" learner-web-1')).toBe('[ALL]\n');
  });

  it('cap_add adds back what was dropped', () => {
    const t = up('services:\n  web:\n    image: nginx:1.30\n    cap_drop: [ALL]\n    cap_add: [NET_BIND_SERVICE]\n');
    expect(t.run('docker exec learner-web-1 grep CapEff /proc/self/status')).toBe('CapEff:\t0000000000000400\n');
  });

  it('privileged: true shows the host\'s disks', () => {
    const t = up('services:\n  web:\n    image: nginx:1.30\n    privileged: true\n');
    expect(t.run('docker exec learner-web-1 ls /dev/sda1')).toBe('/dev/sda1\n');
    expect(t.run('docker inspect -f "{{.HostConfig.Privileged}}" learner-web-1')).toBe('true\n');
    const plain = up(NGINX);
    expect(plain.run('docker exec learner-web-1 ls /dev/sda1')).toMatch(/No such file or directory/);
  });

  it('a mounted docker.sock lets docker inside the container run the host\'s containers', () => {
    const t = up('services:\n  web:\n    image: nginx:1.30\n    volumes:\n      - /var/run/docker.sock:/var/run/docker.sock\n');
    expect(t.run('docker exec learner-web-1 docker ps')).toMatch(/learner-web-1/);
    expect(t.run('docker inspect -f "{{.HostConfig.Binds}}" learner-web-1')).toBe('[/var/run/docker.sock:/var/run/docker.sock]\n');
    const plain = up(NGINX);
    expect(plain.run('docker exec learner-web-1 docker ps')).toMatch(/executable file not found|Cannot connect/);
  });

  it('binds relative paths from the project directory, read-only with :ro', () => {
    const t = up('services:\n  web:\n    image: nginx:1.30\n    volumes:\n      - ./site:/usr/share/nginx/html:ro\n');
    expect(t.run('docker exec learner-web-1 cat /usr/share/nginx/html/index.html')).toBe('hello\n');
    expect(t.run('docker exec learner-web-1 touch /usr/share/nginx/html/x')).toMatch(/Read-only file system/);
  });

  it('read_only with a tmpfs, no-new-privileges and the security options reach the container', () => {
    const t = up('services:\n  web:\n    image: nginx:1.30\n    read_only: true\n    tmpfs: [/tmp]\n    security_opt:\n      - no-new-privileges:true\n');
    expect(t.run('docker exec learner-web-1 touch /etc/x')).toMatch(/Read-only file system/);
    expect(t.run('docker exec learner-web-1 touch /tmp/x')).toBe('');
    expect(t.run('docker exec learner-web-1 grep NoNewPrivs /proc/self/status')).toBe('NoNewPrivs:\t1\n');
    expect(t.run('docker inspect -f "{{.HostConfig.SecurityOpt}} {{.HostConfig.ReadonlyRootfs}}" learner-web-1')).toBe('[no-new-privileges:true] true\n');
  });

  it('user:, environment:, entrypoint: and command: set the process', () => {
    const t = up('services:\n  job:\n    image: alpine:3.24\n    user: "1000:1000"\n    environment:\n      GREETING: hi\n    entrypoint: ["sh", "-c"]\n    command: ["id -u; echo $GREETING"]\n');
    expect(t.run('docker compose logs --no-log-prefix')).toBe('1000\nhi\n');
  });

  it('network_mode host and none replace the project network', () => {
    const host = up('services:\n  web:\n    image: nginx:1.30\n    network_mode: host\n');
    expect(host.run('docker inspect -f "{{.HostConfig.NetworkMode}}" learner-web-1')).toBe('host\n');
    expect(host.run('docker compose down')).not.toContain('Network');
    const none = up('services:\n  web:\n    image: nginx:1.30\n    network_mode: none\n');
    expect(none.run('docker exec learner-web-1 ip addr')).not.toContain('eth0');
    const bridge = up(NGINX);
    expect(bridge.run('docker inspect -f "{{.HostConfig.NetworkMode}}" learner-web-1')).toBe('learner_default\n');
  });

  it('labels the containers as compose does', () => {
    const t = up(NGINX);
    expect(t.run('docker inspect -f "{{json .Config.Labels}}" learner-web-1')).toMatch(/"com\.docker\.compose\.project":"learner".*"com\.docker\.compose\.service":"web"/);
  });

  it('pids_limit and mem_limit do not stop the service', () => {
    const t = up('services:\n  web:\n    image: nginx:1.30\n    pids_limit: 100\n    mem_limit: 256m\n');
    expect(t.run('docker compose ps')).toContain('Up ');
  });

  it('an AppArmor profile that is not loaded stops the start, as the daemon does', () => {
    const t = terminal({ 'compose.yaml': 'services:\n  web:\n    image: nginx:1.30\n    security_opt:\n      - apparmor=docker-missing\n' });
    const { output, code } = withStatus(t, 'docker compose up -d');
    expect(code).toBe(1);
    expect(output).toMatch(/Error response from daemon: .*apparmor failed to apply profile/);
  });
});

describe('docker compose builds what has a build:', () => {
  const DOCKERFILE = 'FROM alpine:3.24\nCMD ["echo", "built"]\n';

  it('builds build: . under the project-service name, without trying to pull it', () => {
    const t = terminal({ 'compose.yaml': 'services:\n  app:\n    build: .\n', Dockerfile: DOCKERFILE });
    const output = t.run('docker compose up -d');
    expect(output).not.toContain('pull access denied');
    expect(output).toContain('naming to docker.io/library/learner-app:latest');
    expect(output).toMatch(/ ✔ learner-app +Built/);
    expect(t.run('docker compose logs')).toBe('app-1  | built\n');
  });

  it('builds context + dockerfile, tags it with image:, and only warns that the image could not be pulled', () => {
    const t = terminal({ 'compose.yaml': 'services:\n  app:\n    image: app:1.0\n    build:\n      context: ./src\n      dockerfile: app.Dockerfile\n', 'src/app.Dockerfile': DOCKERFILE });
    const output = t.run('docker compose up -d');
    expect(output).toMatch(/ ! app Warning pull access denied for app/);
    expect(output).toMatch(/ ✔ app:1\.0 +Built/);
    expect(t.run('docker images')).toMatch(/^app +1\.0 /m);
    // Once it exists, the image is used as it is, unless --build asks again.
    expect(t.run('docker compose up -d')).not.toContain('Built');
    expect(t.run('docker compose up -d --build')).toContain('Built');
  });

  it('fails with BuildKit\'s words when the build fails', () => {
    const t = terminal({ 'compose.yaml': 'services:\n  app:\n    build: .\n', Dockerfile: 'FROM alpine:3.24\nCOPY missing.txt /\n' });
    const { output, code } = withStatus(t, 'docker compose up -d');
    expect(code).toBe(1);
    expect(output).toContain('ERROR: failed to solve');
    expect(t.run('docker ps -a')).not.toContain('learner-app-1');
  });
});

describe('docker compose errors', () => {
  function error(files: Record<string, string>, line = 'docker compose up -d'): { output: string; code: number } {
    return withStatus(terminal(files), line);
  }

  it('an image that does not exist fails the pull as compose shows it', () => {
    const { output, code } = error({ 'compose.yaml': 'services:\n  web:\n    image: example/old:1.0\n' });
    expect(code).toBe(1);
    const lines = output.split('\n');
    expect(lines[0]).toBe('[+] Running 1/1');
    expect(lines[1]).toMatch(/^ ✘ web Error pull access denied for example\/old, repository \.\.\. +1\.6s $/);
    expect(lines[2]).toBe("Error response from daemon: pull access denied for example/old, repository does not exist or may require 'docker login': denied: requested access to the resource is denied");
  });

  it('an unknown service', () => {
    expect(error({ 'compose.yaml': NGINX }, 'docker compose up -d nope')).toEqual({ output: 'no such service: nope\n', code: 1 });
  });

  it('malformed YAML, with the line', () => {
    expect(error({ 'compose.yaml': 'services:\n  web:\n    image: nginx: 1.30\n' }).output)
      .toBe('failed to parse /home/learner/compose.yaml: yaml: line 3: mapping values are not allowed in this context\n');
    expect(error({ 'compose.yaml': 'services:\n\tweb:\n' }).output).toBe('failed to parse /home/learner/compose.yaml: yaml: line 2: found character that cannot start any token\n');
    expect(error({ 'compose.yaml': 'services:\n  web:\n    image: a\n    image: b\n' }).output)
      .toBe('failed to parse /home/learner/compose.yaml: line 4: mapping key "image" already defined at line 3\n');
  });

  it('a YAML bomb stops at once instead of expanding', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const started = Date.now();
    const { output, code } = error({ 'compose.yaml': `${levels.join('\n')}\nservices:\n  web:\n    image: nginx:1.30\n` });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(code).toBe(1);
    expect(output).toBe('failed to parse /home/learner/compose.yaml: yaml: document contains excessive aliasing\n');
  });

  it('an alias to an anchor that is not there, while anchors used by many services are fine', () => {
    expect(error({ 'compose.yaml': 'services:\n  web:\n    image: *nope\n' }).output).toBe("failed to parse /home/learner/compose.yaml: yaml: unknown anchor 'nope' referenced\n");
    const many = Array.from({ length: 150 }, (_, i) => `  s${i}:\n    <<: *base\n`).join('');
    const t = terminal({ 'compose.yaml': `x-base: &base\n  image: nginx:1.30\n  cap_drop: [ALL]\nservices:\n${many}` });
    expect(t.run('docker compose config --services').split('\n')).toHaveLength(151);
  });

  it('keys and types the specification does not allow', () => {
    expect(error({ 'compose.yaml': 'services:\n  web:\n    imgae: nginx\n' }).output).toBe("validating /home/learner/compose.yaml: services.web additional properties 'imgae' not allowed\n");
    expect(error({ 'compose.yaml': 'services:\n  web:\n    image: nginx:1.30\n    user: 1000\n' }).output).toBe('validating /home/learner/compose.yaml: services.web.user must be a string\n');
    expect(error({ 'compose.yaml': 'services:\n  web:\n    image: nginx:1.30\n    cap_drop: ALL\n' }).output).toBe('validating /home/learner/compose.yaml: services.web.cap_drop must be a array\n');
    expect(error({ 'compose.yaml': 'servics:\n  web:\n    image: nginx\n' }).output).toBe("validating /home/learner/compose.yaml: additional properties 'servics' not allowed\n");
    expect(error({ 'compose.yaml': '- web\n' }).output).toBe('top-level object must be a mapping\n');
    expect(error({ 'compose.yaml': '' }).output).toBe('empty compose file\n');
  });

  it('a service with neither image nor build, an undeclared volume, an unknown capability', () => {
    expect(error({ 'compose.yaml': 'services:\n  web:\n    privileged: true\n' }).output).toBe('service "web" has neither an image nor a build context specified: invalid compose project\n');
    expect(error({ 'compose.yaml': 'services:\n  web:\n    image: nginx:1.30\n    volumes: [data:/data]\n' }).output).toBe('service "web" refers to undefined volume data: invalid compose project\n');
    const caps = error({ 'compose.yaml': 'services:\n  web:\n    image: nginx:1.30\n    cap_add: [NET_BOGUS]\n' });
    expect(caps.code).toBe(1);
    expect(caps.output).toMatch(/ ✘ Container learner-web-1  Error response fr\.\.\. +0\.1s \n/);
    expect(caps.output).toMatch(/\nError response from daemon: invalid CapAdd: unknown capability: "CAP_NET_BOGUS"\n$/);
  });

  it('unknown commands and flags, and the version', () => {
    const t = terminal({ 'compose.yaml': NGINX });
    const unknown = withStatus(t, 'docker compose frobnicate');
    expect(unknown.code).toBe(1);
    expect(unknown.output).toMatch(/Usage:  docker compose \[OPTIONS\] COMMAND[\s\S]*unknown docker command: "compose frobnicate"\n$/);
    expect(t.run('docker compose up --bogus')).toBe('unknown flag: --bogus\n');
    expect(t.run('docker compose ps -z')).toBe("unknown shorthand flag: 'z' in -z\n");
    expect(t.run('docker compose version')).toBe('Docker Compose version v2.40.3\n');
    expect(t.run('docker compose version --short')).toBe('2.40.3\n');
    expect(t.run('docker compose config --services')).toBe('web\n');
    expect(t.run('docker compose config')).toMatch(/^name: learner\n/);
  });
});

describe('docker compose in the terminal', () => {
  it('completes the compose commands', () => {
    const engine = new Engine();
    expect(completions('docker compose u', [], engine, learnerProc(engine.hostTree))).toEqual(['up']);
  });

  it('is listed in the docker usage', () => {
    expect(terminal().run('docker')).toContain('compose     Docker Compose');
  });
});
