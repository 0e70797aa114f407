import type { Exercise, GoalResult } from '../../../../../src/checker/grading/exercise';
import type { ImageModel } from '../../../../../src/checker/dockerfile/model';
import { numericNonRootGoal } from '../../../run-as-non-root/exercises/final-user';
import { sayFrom } from '../../../../../src/checker/grading/goal-messages';
import starter from './starter.Dockerfile?raw';
import solution from './solution.Dockerfile?raw';

const ARTIFACT = /\.(jar|war)$/;
const TOOLCHAIN_NAME = /(^|[/-])(maven|gradle|golang|gcc|ant|sbt)([/-]|$)|jdk/;
const BUILD_INPUTS = /^(?:\.\/)?(?:src(?:\/.*)?|pom\.xml|\.?)$/;

/** What the goals say, by id; exercise.zh-cn.ts words the same ids. */
export const MESSAGES = {
  noFrom: 'The Dockerfile has no FROM yet.',
  oneStage: 'There is only one stage, so Maven, the JDK compiler, Git and the sources all ship with the application.',
  fixSplit: 'Name this stage `AS build`. Start the final stage `FROM eclipse-temurin:21-jre-alpine` (or a distroless Java image), after the build stage.',
  fromBuildStage: 'The final stage starts FROM the build stage and inherits everything in it: Maven, the JDK and the sources.',
  toolchain: '{{image}} is a build toolchain: it brings a compiler and build tools into production.',
  fixRuntime: 'Start the final stage `FROM eclipse-temurin:21-jre-alpine` (or a distroless Java image), after the build stage.',
  runtime: 'The final stage runs on {{image}}, a runtime without build tools.',
  nothingCopied: 'Nothing is copied from the build stage, so the runtime image has no application to run.',
  extraCopied: 'This COPY --from brings {{source}} into the runtime image, and with it sources, caches or tools.',
  fixCopyJar: 'Copy only the jar: `COPY --from=build --chown=0:0 --chmod=444 /app/target/app.jar /opt/app/app.jar`.',
  sourcesCopied: 'The runtime stage copies the sources or pom.xml again; only the build stage needs them.',
  fixSourcesCopied: 'Remove this COPY from the final stage.',
  onlyArtifact: 'Only the built artifact reaches the runtime image.',
} as const;

const say = sayFrom(MESSAGES);

function runtimeBase(image: ImageModel): GoalResult {
  const final = image.final;
  if (!final) return say.fail('noFrom');
  if (image.stages.filter((stage) => !stage.implicit).length < 2) return say.fail('oneStage', { line: final.line, fix: 'fixSplit' });
  const base = final.base;
  if (base.kind === 'stage') return say.fail('fromBuildStage', { line: base.line, fix: 'fixRuntime' });
  const toolchain = base.info ? base.info.toolchain : TOOLCHAIN_NAME.test(`${base.repository}:${base.tag ?? ''}`);
  if (toolchain) {
    return say.fail('toolchain', { line: base.line, fix: 'fixRuntime', data: { image: base.resolved } });
  }
  return say.pass('runtime', { image: base.resolved });
}

function onlyArtifactCopied(image: ImageModel): GoalResult {
  const final = image.final;
  if (!final) return say.fail('noFrom');
  const fromBuild = final.adds.filter((add) => add.from !== null);
  if (fromBuild.length === 0) return say.fail('nothingCopied', { line: final.line, fix: 'fixCopyJar' });
  for (const add of fromBuild) {
    const extra = add.sources.find((source) => !ARTIFACT.test(source));
    if (extra !== undefined) {
      return say.fail('extraCopied', { line: add.line, fix: 'fixCopyJar', data: { source: extra } });
    }
  }
  const sources = final.adds.filter((add) => add.from === null).find((add) => add.sources.some((s) => BUILD_INPUTS.test(s)));
  if (sources) {
    return say.fail('sourcesCopied', { line: sources.line, fix: 'fixSourcesCopied' });
  }
  return say.pass('onlyArtifact');
}

export const exercise: Exercise = {
  id: 'multi-stage-builds/maven-to-runtime',
  lesson: 'multi-stage-builds',
  title: 'Ship the jar, not the build',
  task:
    'This image builds a Spring-style service with Maven and runs it from the same image, so Maven, the JDK, Git and the ' +
    'sources all go to production, as root. Split it into a build stage and a runtime stage on a Java runtime image, copy ' +
    'only `target/app.jar` across, and run it as a numeric non-root user and group.',
  files: [{ name: 'Dockerfile', kind: 'dockerfile', starter, solution }],
  rules: ['build-tools-in-final-image', 'runs-as-root', 'copy-entire-stage-filesystem', 'app-files-writable-by-runtime-user'],
  goals: [
    { id: 'runtime-base', title: 'The final stage uses a runtime, not a toolchain', why: 'Compilers and build tools let an attacker build and fetch new code inside the container.', rules: ['build-tools-in-final-image'], messages: MESSAGES, check: (ctx) => runtimeBase(ctx.image()) },
    { id: 'only-artifact', title: 'Only the .jar or .war is copied from the build stage', why: 'Copying directories from the build stage brings sources, caches and tools back.', rules: ['copy-entire-stage-filesystem'], messages: MESSAGES, check: (ctx) => onlyArtifactCopied(ctx.image()) },
    numericNonRootGoal,
  ],
  run: {
    title: 'The image builds and the jar starts',
    why: 'This is what the terminal does with your Dockerfile; a CMD that points at a jar the image does not have fails there and here.',
    passed: 'docker build runs Maven in the build stage, and java starts the copied jar in the runtime image.',
    steps: [
      { command: 'docker build -t app .' },
      { command: 'docker run --rm app' },
    ],
  },
  hints: [
    'Name the existing stage with `AS build`. Everything after it can stay; it is the runtime that needs a new stage.',
    'Start a second stage with `FROM eclipse-temurin:21-jre-alpine`, copy the jar with `COPY --from=build`, and point CMD at the copied file.',
    'The runtime stage: `FROM eclipse-temurin:21-jre-alpine`, `COPY --from=build --chmod=444 /app/target/app.jar /opt/app/app.jar`, `USER 10001:10001`, `CMD ["java", "-jar", "/opt/app/app.jar"]`.',
  ],
  demo: ['docker build -t app .', 'docker history app', 'docker run --rm app ls -l /app'],
  context: {
    'pom.xml': '<project>\n  <modelVersion>4.0.0</modelVersion>\n  <groupId>com.example</groupId>\n  <artifactId>app</artifactId>\n  <version>1.0.0</version>\n  <packaging>jar</packaging>\n</project>\n',
    'src/main/java/com/example/App.java': 'package com.example;\n\npublic class App {\n  public static void main(String[] args) {\n    System.out.println("listening on :8080");\n  }\n}\n',
  },
};
