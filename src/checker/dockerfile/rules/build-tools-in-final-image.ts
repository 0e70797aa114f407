import type { Hit, Rule } from '../../core/types';
import type { ImageModel } from '../model';
import { argSpan, commandsOf, finalStage, hasOption, placeInRun, programSpan } from './helpers';
import { installedPackages, runPackages } from './packages';

/** Packages that build or fetch software, or open a way in, and have no job in a running service. */
const BUILD_PACKAGES = new Set([
  'gcc', 'g++', 'make', 'cmake', 'build-essential', 'build-base', 'clang', 'git', 'curl', 'wget',
  'openssh-client', 'openssh-server', 'openssh', 'ssh', 'sudo', 'maven', 'gradle', 'golang', 'go',
  'default-jdk', 'openjdk-17-jdk', 'openjdk-21-jdk', 'openjdk-11-jdk', 'autoconf', 'automake', 'libtool',
]);

const MULTI_STAGE = 'build in an earlier stage and copy only the result into a slim runtime stage (multi-stage build)';

export const rule: Rule<ImageModel> = {
  meta: {
    id: 'build-tools-in-final-image',
    title: 'Build tools end up in the final image',
    severity: 'warning',
    appliesTo: ['dockerfile'],
    lesson: 'multi-stage-builds',
    why: 'Compilers, JDKs, package downloaders and git make the image larger and hand an intruder ready-made tools to fetch and build their own payloads.',
    fix: 'Use a multi-stage build: compile in a toolchain stage, then COPY --from=build only the artifact into a runtime image (a JRE, distroless or slim base).',
    refs: {},
    messages: {
      toolchainBase: `The final image is built on {{image}}, a build toolchain image; ${MULTI_STAGE}.`,
      buildPackages: `The final stage installs {{packages}}, which the running service does not need; ${MULTI_STAGE}.`,
      devDependencies: `{{command}} without --omit=dev puts development dependencies in the final image; add --omit=dev, or ${MULTI_STAGE}.`,
    },
    examples: {
      bad: 'FROM maven:3.9-eclipse-temurin-21\nCOPY . /src\nRUN mvn -f /src package\nCMD ["java", "-jar", "/src/target/app.jar"]\n',
      good: 'FROM maven:3.9-eclipse-temurin-21 AS build\nCOPY . /src\nRUN mvn -f /src package\n\nFROM eclipse-temurin:21-jre\nCOPY --from=build /src/target/app.jar /opt/app/\nUSER 10001:10001\nCMD ["java", "-jar", "/opt/app/app.jar"]\n',
    },
  },
  check(model) {
    const stage = finalStage(model);
    if (!stage) return [];
    const hits: Hit[] = [];
    let root = stage;
    while (root.base.kind === 'stage' && root.base.stageIndex !== null && model.stages[root.base.stageIndex]) root = model.stages[root.base.stageIndex] ?? root;
    if (root.base.info?.toolchain) {
      hits.push({ ...stage.base.span, messageId: 'toolchainBase', data: { image: root.base.resolved } });
    }
    for (const run of stage.runs) {
      const packages = runPackages(run);
      for (const [index, command] of commandsOf(run).entries()) {
        // Build tools removed again before the RUN ends are not in its layer.
        const tools = installedPackages(command).filter((p) => BUILD_PACKAGES.has(p) && !packages.removedAfter(index, p));
        if (tools.length > 0) {
          const first = command.args.findIndex((a) => !a.startsWith('-') && a.split(/[=<>]/)[0] === tools[0]);
          hits.push({ ...placeInRun(run, command, argSpan(command, first)), messageId: 'buildPackages', data: { packages: tools.join(', ') } });
        }
        const devInstall = (command.program === 'npm' && ['install', 'i', 'ci'].includes(command.args[0] ?? '') && !hasOption(command.args, ['--omit', '--production', '--only']))
          || (command.program === 'yarn' && (command.args.length === 0 || command.args[0] === 'install') && !hasOption(command.args, ['--production']));
        if (devInstall && root.base.info?.id.startsWith('node')) {
          hits.push({ ...placeInRun(run, command, programSpan(command, command.args[0])), messageId: 'devDependencies', data: { command: `${command.program} ${command.args[0] ?? 'install'}` } });
        }
      }
    }
    return hits;
  },
};
