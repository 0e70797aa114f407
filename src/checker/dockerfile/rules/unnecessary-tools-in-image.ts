import type { Hit, Rule } from '../../core/types';
import type { ImageModel, RunStep, ShellCommand } from '../model';
import { allCommands, argSpan, placeInRun, programSpan } from './helpers';
import { installedPackages, runPackages } from './packages';

/**
 * Interactive or admin programs that do nothing useful in a non-interactive build step (hadolint
 * DL3001's list): no terminal to draw on, no init system to talk to, no one to log in.
 */
const INTERACTIVE_COMMANDS = new Set(['ssh', 'vim', 'shutdown', 'service', 'ps', 'free', 'top', 'kill', 'mount', 'ifconfig', 'nano']);

/**
 * Editors, debuggers and network probes: handy for whoever breaks in, useless to the service.
 * Compilers, git, curl/wget, sudo and SSH belong to build-tools-in-final-image and ssh-server-or-port-22.
 */
const TOOLBOX_PACKAGES = new Set([
  'vim', 'vim-tiny', 'vim-nox', 'nano', 'strace', 'ltrace', 'gdb', 'tcpdump',
  'netcat', 'netcat-openbsd', 'netcat-traditional', 'nc', 'ncat', 'nmap', 'nmap-ncat', 'telnet', 'socat',
]);

function packageName(arg: string): string {
  return arg.split(/[=<>]/)[0] ?? arg;
}

function runHit(run: RunStep, command: ShellCommand): Hit {
  return {
    ...placeInRun(run, command, programSpan(command)),
    messageId: 'interactiveCommand',
    data: { program: command.program },
  };
}

function installHit(run: RunStep, command: ShellCommand, tools: readonly string[]): Hit {
  const first = command.args.findIndex((a) => !a.startsWith('-') && packageName(a) === tools[0]);
  return {
    ...placeInRun(run, command, argSpan(command, first)),
    messageId: tools.length === 1 ? 'oneTool' : 'manyTools',
    data: { tools: tools.join(', ') },
  };
}

export const rule: Rule<ImageModel> = {
  meta: {
    id: 'unnecessary-tools-in-image',
    title: 'Interactive or debugging tools in the image',
    severity: 'info',
    appliesTo: ['dockerfile'],
    lesson: 'minimal-base-images',
    why: 'Editors, debuggers and network probes in a production image give an intruder a ready toolbox to explore, sniff and pivot; interactive commands such as top, vim or service in a RUN step do nothing while an image builds.',
    fix: 'Remove these packages from the final stage and these commands from RUN; debug a running container with docker exec, an ephemeral debug container or a separate debug image.',
    refs: {
      hadolint: ['DL3001'],
      kics: ['9b6b0f38-92a2-41f9-b881-3a1083d99f1b'],
      semgrep: ['dockerfile.best-practice.nonsensical-command'],
    },
    messages: {
      interactiveCommand: 'RUN calls {{program}}, which needs a terminal, a login or a running system and does nothing useful while an image builds; remove it from the RUN.',
      oneTool: 'The final image installs {{tools}}, a ready toolbox for an intruder that the service never uses; drop it and debug from outside with docker exec or a debug sidecar.',
      manyTools: 'The final image installs {{tools}}, a ready toolbox for an intruder that the service never uses; drop them and debug from outside with docker exec or a debug sidecar.',
    },
    examples: {
      bad: 'FROM debian:13-slim\nRUN apt-get update && apt-get install -y --no-install-recommends vim tcpdump \\\n && rm -rf /var/lib/apt/lists/*\nRUN service nginx start\n',
      good: 'FROM debian:13-slim\nRUN apt-get update && apt-get install -y --no-install-recommends ca-certificates \\\n && rm -rf /var/lib/apt/lists/*\n',
    },
  },
  check(model) {
    const hits: Hit[] = [];
    for (const { stage, run, command, index } of allCommands(model)) {
      if (INTERACTIVE_COMMANDS.has(command.program)) hits.push(runHit(run, command));
      if (stage !== model.final) continue;
      const tools = installedPackages(command).filter((p) => TOOLBOX_PACKAGES.has(p) && !runPackages(run).removedAfter(index, p));
      if (tools.length > 0) hits.push(installHit(run, command, tools));
    }
    return hits;
  },
};
