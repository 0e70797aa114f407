import type { ExerciseTranslation } from '../../../../../src/checker/grading/localize';
import type { MESSAGES } from './exercise';
import { numericNonRootGoalZhCn } from '../../../run-as-non-root/exercises/final-user.zh-cn';

/** The goals' messages in Simplified Chinese, under the ids of MESSAGES. */
const messages: Record<keyof typeof MESSAGES, string> = {
  noFrom: 'Dockerfile 中还没有 FROM。',
  oneStage: '只有一个阶段，所以 Maven、JDK 编译器、Git 和源代码都会随应用一起发布。',
  fixSplit: '把这个阶段命名为 `AS build`。在构建阶段之后，用 `FROM eclipse-temurin:21-jre-alpine`（或 distroless 的 Java 镜像）开始最终阶段。',
  fromBuildStage: '最终阶段 FROM 构建阶段开始，继承了其中的一切：Maven、JDK 和源代码。',
  toolchain: '{{image}} 是一套构建工具链：它把编译器和构建工具带进了生产环境。',
  fixRuntime: '在构建阶段之后，用 `FROM eclipse-temurin:21-jre-alpine`（或 distroless 的 Java 镜像）开始最终阶段。',
  runtime: '最终阶段运行在 {{image}} 上，这是一个不带构建工具的运行时镜像。',
  nothingCopied: '没有从构建阶段复制任何东西，运行时镜像里没有可以运行的应用。',
  extraCopied: '这条 COPY --from 把 {{source}} 带进了运行时镜像，随之而来的还有源代码、缓存或工具。',
  fixCopyJar: '只复制 jar：`COPY --from=build --chown=0:0 --chmod=444 /app/target/app.jar /opt/app/app.jar`。',
  sourcesCopied: '运行时阶段又复制了一次源代码或 pom.xml；只有构建阶段需要它们。',
  fixSourcesCopied: '从最终阶段删除这条 COPY。',
  onlyArtifact: '只有构建产物进入了运行时镜像。',
};

/** The exercise in Simplified Chinese. */
export const translation: ExerciseTranslation = {
  "title": "发布 jar 包，而不是整个构建环境",
  "task": "这个镜像用 Maven 构建一个 Spring 风格的服务，并直接在同一个镜像中运行它，于是 Maven、JDK、Git 和源代码都以 root 身份进入了生产环境。把它拆成一个构建阶段和一个基于 Java 运行时镜像的运行时阶段，只把 `target/app.jar` 复制过去，并以数字形式的非 root 用户和组运行。",
  "hints": [
    "用 `AS build` 给现有阶段命名。它后面的内容都可以保留；需要新阶段的是运行时。",
    "用 `FROM eclipse-temurin:21-jre-alpine` 开始第二个阶段，用 `COPY --from=build` 复制 jar 包，并让 CMD 指向复制过来的文件。",
    "运行时阶段：`FROM eclipse-temurin:21-jre-alpine`、`COPY --from=build --chmod=444 /app/target/app.jar /opt/app/app.jar`、`USER 10001:10001`、`CMD [\"java\", \"-jar\", \"/opt/app/app.jar\"]`。"
  ],
  "run": {
    "title": "镜像可以构建，jar 包可以启动",
    "why": "终端就是这样处理你的 Dockerfile 的；CMD 指向镜像里没有的 jar 包，在那里和这里都会失败。",
    "passed": "docker build 在构建阶段运行 Maven，java 在运行时镜像中启动了复制过来的 jar 包。"
  },
  "goals": {
    "runtime-base": {
      "title": "最终阶段使用运行时，而不是工具链",
      "why": "编译器和构建工具让攻击者可以在容器内构建、下载新的代码。",
      "messages": messages
    },
    "only-artifact": {
      "title": "只从构建阶段复制 .jar 或 .war",
      "why": "从构建阶段复制目录，会把源代码、缓存和工具重新带回来。",
      "messages": messages
    },
    "final-user-numeric-non-root": numericNonRootGoalZhCn
  }
};
