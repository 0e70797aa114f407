import type { Engine } from './engine';
import { hostRootProc } from './host-proc';
import type { WorkspaceFiles } from './interpreter';
import type { Proc } from './process';
import { aaStatus, apparmorParser } from './shell/commands/apparmor';
import { busybox } from './shell/commands/busybox';
import { kubectl } from './kubectl/kubectl';
import { chgrp } from './shell/commands/chgrp';
import { cosign } from './shell/commands/cosign';
import { cp } from './shell/commands/cp';
import { pwd } from './shell/commands/pwd';
import { cat, chmod, chown, echo, grep, head, mkdir, rm, tail, touch, wc } from './shell/commands/files';
import { capsh, env, falseCommand, hostname, id, java, ps, sleep, trueCommand, uname, whoami } from './shell/commands/info';
import { ls } from './shell/commands/ls';
import { sha256sumCommand } from './shell/commands/checksum';
import { curl, wget } from './shell/commands/http-clients';
import { ip, netstat, ping } from './shell/commands/net';
import { ss } from './shell/commands/sockets';
import { apk, aptGet } from './shell/commands/packages';
import { shellProgram } from './shell/commands/shells';
import { su } from './shell/commands/su';
import { sudo } from './shell/commands/sudo';
import { tr } from './shell/commands/tr';
import { systemctl } from './shell/commands/systemctl';
import { tee } from './shell/commands/tee';
import { chroot, fdisk, mountCommand, nsenter, umount, unshare, type ContinueIn } from './shell/commands/system';
import type { ShellRuntime } from './shell/run';
import type { Command } from './shell/types';

export interface RegistryDeps {
  engine: Engine;
  files: WorkspaceFiles;
  runtime: () => ShellRuntime;
  docker: Command;
}

/** Every program the simulator implements, by the name it is run as. */
export function programRegistry(deps: RegistryDeps): Record<string, Command> {
  const { engine, runtime } = deps;
  const continueIn: ContinueIn = (ctx, proc: Proc, argv) => {
    const [program = ''] = argv;
    const name = program.split('/').pop() ?? program;
    const session = { proc, shell: name === 'bash' || !proc.busybox ? 'bash' : 'ash' } as const;
    if ((name === 'sh' || name === 'bash' || name === 'ash') && (argv.length === 1 || argv[1] === '-i')) {
      ctx.services.enter(session);
      return { stdout: '', stderr: '', code: 0 };
    }
    return runtime().exec(ctx.services, session, argv, ctx.stdin);
  };
  const confined = (): { command: string; pid: number; profile: string }[] =>
    engine.containers.filter((c) => c.status === 'running' && c.proc.apparmor)
      .map((c, i) => ({ command: c.argv[0] ?? '', pid: 3000 + i, profile: c.proc.apparmor?.name ?? '' }));
  const sh = shellProgram('sh', runtime);
  const programs: Record<string, Command> = {
    systemctl: systemctl(() => engine), tee,
    ls, cat, touch, rm, mkdir, chmod, chown, chgrp, cp, pwd, echo, grep, head, tail, wc,
    id, whoami, hostname, env, uname, ps, capsh, sleep, java, true: trueCommand, false: falseCommand,
    ip, ss, netstat, curl, wget, ping, sha256sum: sha256sumCommand,
    mount: mountCommand(() => engine.hostTree), umount, fdisk,
    unshare: unshare(continueIn),
    chroot: chroot(continueIn), nsenter: nsenter(() => hostRootProc(engine.hostTree, engine.hostNetwork), continueIn),
    apk, 'apt-get': aptGet, apt: aptGet,
    sh, ash: sh, dash: sh, bash: shellProgram('bash', runtime),
    docker: deps.docker,
    apparmor_parser: apparmorParser(engine.apparmor, deps.files),
    'aa-status': aaStatus(engine.apparmor, confined),
    kubectl: kubectl(engine.cluster, deps.files),
    sudo: sudo(runtime),
    su: su(runtime),
    tr,
    cosign: cosign(() => engine.images),
    busybox: busybox(() => programs),
  };
  return programs;
}
