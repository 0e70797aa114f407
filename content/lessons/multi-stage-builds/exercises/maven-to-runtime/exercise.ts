import type { Exercise, GoalResult } from '../../../../../src/checker/grading/exercise';
import type { ImageModel } from '../../../../../src/checker/dockerfile/model';
import { numericNonRootGoal } from '../../../run-as-non-root/exercises/final-user';
import starter from './starter.Dockerfile?raw';
import solution from './solution.Dockerfile?raw';

const ARTIFACT = /\.(jar|war)$/;
const TOOLCHAIN_NAME = /(^|[/-])(maven|gradle|golang|gcc|ant|sbt)([/-]|$)|jdk/;
const BUILD_INPUTS = /^(?:\.\/)?(?:src(?:\/.*)?|pom\.xml|\.?)$/;

function runtimeBase(image: ImageModel): GoalResult {
  const final = image.final;
  if (!final) return { pass: false, message: 'The Dockerfile has no FROM yet.' };
  if (image.stages.filter((stage) => !stage.implicit).length < 2) {
    return { pass: false, line: final.line, message: 'There is only one stage. Name it AS build and start a second stage FROM a Java runtime image.' };
  }
  const base = final.base;
  if (base.kind === 'stage') {
    return { pass: false, line: base.line, message: 'The final stage builds on the build stage and inherits all its tools. Start it FROM a Java runtime image instead.' };
  }
  const toolchain = base.info ? base.info.toolchain : TOOLCHAIN_NAME.test(`${base.repository}:${base.tag ?? ''}`);
  if (toolchain) {
    return { pass: false, line: base.line, message: `${base.resolved} is a build toolchain. Use a runtime image such as eclipse-temurin:21-jre-alpine or a distroless Java image.` };
  }
  return { pass: true, message: `The final stage runs on ${base.resolved}.` };
}

function onlyArtifactCopied(image: ImageModel): GoalResult {
  const final = image.final;
  if (!final) return { pass: false, message: 'The Dockerfile has no FROM yet.' };
  const fromBuild = final.adds.filter((add) => add.from !== null);
  if (fromBuild.length === 0) {
    return { pass: false, line: final.line, message: 'Copy the built jar into the final stage with COPY --from=build /app/target/app.jar ...' };
  }
  for (const add of fromBuild) {
    const extra = add.sources.find((source) => !ARTIFACT.test(source));
    if (extra !== undefined) {
      return { pass: false, line: add.line, message: `COPY --from brings ${extra} into the runtime image. Copy only the .jar or .war file.` };
    }
  }
  const sources = final.adds.filter((add) => add.from === null).find((add) => add.sources.some((s) => BUILD_INPUTS.test(s)));
  if (sources) {
    return { pass: false, line: sources.line, message: 'The source code and pom.xml belong in the build stage only; the runtime stage needs just the artifact.' };
  }
  return { pass: true, message: 'Only the built artifact reaches the runtime image.' };
}

export const exercise: Exercise = {
  id: 'multi-stage-builds/maven-to-runtime',
  lesson: 'multi-stage-builds',
  title: 'Ship the jar, not the build',
  task:
    'This image builds a Spring-style service with Maven and runs it from the same image, so Maven, the JDK, Git and the ' +
    'sources all go to production, as root. Split it into a build stage and a runtime stage on a Java runtime image, copy ' +
    'only `target/app.jar` across, and run it as a numeric non-root user.',
  files: [{ name: 'Dockerfile', kind: 'dockerfile', starter, solution }],
  rules: ['build-tools-in-final-image', 'runs-as-root', 'copy-entire-stage-filesystem'],
  goals: [
    { id: 'runtime-base', title: 'The final stage uses a runtime, not a toolchain', why: 'Compilers and build tools let an attacker build and fetch new code inside the container.', check: (ctx) => runtimeBase(ctx.image()) },
    { id: 'only-artifact', title: 'Only the .jar or .war is copied from the build stage', why: 'Copying directories from the build stage brings sources, caches and tools back.', check: (ctx) => onlyArtifactCopied(ctx.image()) },
    numericNonRootGoal,
  ],
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
