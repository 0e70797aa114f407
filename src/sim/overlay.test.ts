import { describe, expect, it } from 'vitest';
import { terminal } from './testing';

function built(dockerfile: string, context: Record<string, string>): ReturnType<typeof terminal> {
  const t = terminal({ Dockerfile: dockerfile }, context);
  expect(t.run('docker build -t app .')).toContain('naming to docker.io/library/app:latest');
  return t;
}

describe('directory links and listings as overlayfs shows them', () => {
  it('a directory of one layer counts its subdirectories; one that layers share shows one link', () => {
    const t = built('FROM alpine:3.24\nCOPY app.txt /opt/app/lib/app.txt\n', { 'app.txt': 'hello' });
    expect(t.run('docker run --rm app ls -ldn /opt /opt/app /opt/app/lib')).toBe([
      'drwxr-xr-x    1 0        0             4096 Jun 20 12:00 /opt',
      'drwxr-xr-x    3 0        0             4096 Jun 20 12:00 /opt/app',
      'drwxr-xr-x    2 0        0             4096 Jun 20 12:00 /opt/app/lib',
      '',
    ].join('\n'));
  });

  it('a RUN that changes a directory of an earlier layer merges it', () => {
    const t = built('FROM alpine:3.24\nCOPY site/ /srv/site/\nRUN chmod -R 750 /srv/site\n', { 'site/index.html': '<h1>hi</h1>' });
    expect(t.run('docker run --rm app ls -ldn /srv/site')).toMatch(/^drwxr-x--- +1 0 +0 /);
  });

  it('COPY --chown of a directory gives the directories it makes to the owner, and ls -R walks them', () => {
    const t = built('FROM alpine:3.24\nCOPY --chown=10001:10001 site/ /srv/www/site/\n', { 'site/index.html': '<h1>hi</h1>', 'site/css/style.css': 'body {}' });
    expect(t.run('docker run --rm app ls -nR /srv/www')).toBe([
      '/srv/www:', 'total 4', 'drwxr-xr-x    3 10001    10001         4096 Jun 20 12:00 site', '',
      '/srv/www/site:', 'total 8', 'drwxr-xr-x    2 10001    10001         4096 Jun 20 12:00 css', '-rw-r--r--    1 10001    10001           11 Jun 20 12:00 index.html', '',
      '/srv/www/site/css:', 'total 4', '-rw-r--r--    1 10001    10001            7 Jun 20 12:00 style.css', '',
    ].join('\n'));
    expect(t.run('docker run --rm app ls -ldn /srv/www')).toMatch(/^drwxr-xr-x +3 0 +0 /);
  });
});
