import { describe, expect, it } from 'vitest';
import { terminal } from './testing';

/** A terminal that has pulled the images, so runs print only what the container does. */
function pulled(...images: string[]): ReturnType<typeof terminal> {
  const t = terminal();
  for (const image of images) t.run(`docker pull ${image}`);
  return t;
}

describe('official images carry their published config', () => {
  it('golang works in /go, which everyone may write', () => {
    const t = pulled('golang:1.27-alpine', 'golang:1.27');
    expect(t.run('docker run --rm golang:1.27-alpine pwd')).toBe('/go\n');
    expect(t.run("docker run --rm golang:1.27 sh -c 'echo $GOPATH'")).toBe('/go\n');
    expect(t.run('docker run --rm golang:1.27-alpine ls -ldn /go')).toMatch(/^drwxrwxrwt /);
  });

  it('eclipse-temurin sets JAVA_HOME and its own entrypoint, which clears the CMD', () => {
    const t = pulled('eclipse-temurin:21-jre-alpine');
    expect(t.run("docker run --rm eclipse-temurin:21-jre-alpine sh -c 'echo $JAVA_HOME'")).toBe('/opt/java/openjdk\n');
    expect(t.run("docker inspect -f '{{json .Config.Entrypoint}} {{json .Config.Cmd}}' eclipse-temurin:21-jre-alpine")).toBe('["/__cacert_entrypoint.sh"] null\n');
  });

  it('maven sets MAVEN_CONFIG', () => {
    const t = pulled('maven:3.9-eclipse-temurin-21');
    expect(t.run("docker run --rm maven:3.9-eclipse-temurin-21 sh -c 'echo $MAVEN_CONFIG'")).toBe('/root/.m2\n');
  });

  it('nginx-unprivileged lets its user write /etc/nginx; nginx keeps it root\'s', () => {
    const t = pulled('nginxinc/nginx-unprivileged:1.30', 'nginx:1.30');
    expect(t.run("docker run --rm nginxinc/nginx-unprivileged:1.30 sh -c 'touch /etc/nginx/x && echo written'")).toBe('written\n');
    expect(t.run("docker run --rm -u nginx nginx:1.30 touch /etc/nginx/x")).toBe("touch: cannot touch '/etc/nginx/x': Permission denied\n");
  });

  it('distroless nonroot variants start in /home/nonroot', () => {
    const t = pulled('gcr.io/distroless/static-debian13:debug-nonroot');
    expect(t.run('docker run --rm --entrypoint pwd gcr.io/distroless/static-debian13:debug-nonroot')).toBe('/home/nonroot\n');
  });
});
