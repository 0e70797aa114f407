import type { Engine } from '../../engine';
import { fail, ok, type Command } from '../types';

const UNITS = new Set(['docker', 'docker.service']);

/**
 * systemctl on the lab host, for the one unit the course restarts. Without root, systemd asks polkit,
 * and a shell with no agent gets "Interactive authentication required".
 */
export function systemctl(engine: () => Engine): Command {
  return ({ proc, args }) => {
    if (proc.kind !== 'host') return fail('sh: systemctl: not found\n', 127);
    const [verb = '', unit = ''] = args.filter((a) => !a.startsWith('-'));
    if (verb !== 'restart' || unit === '') return fail('systemctl: only `systemctl restart docker` is available here\n');
    const name = unit.includes('.') ? unit : `${unit}.service`;
    if (!UNITS.has(unit)) return fail(`Failed to restart ${name}: Unit ${name} not found.\n`, 5);
    if (proc.identity.uid !== 0) {
      return fail(`Failed to restart ${name}: Interactive authentication required.\nSee system logs and 'systemctl status ${name}' for details.\n`);
    }
    const refused = engine().restartDaemon();
    if (refused) {
      return fail(`Job for ${name} failed because the control process exited with error code.\nSee "systemctl status ${name}" and "journalctl -xeu ${name}" for details.\n`);
    }
    return ok();
  };
}
