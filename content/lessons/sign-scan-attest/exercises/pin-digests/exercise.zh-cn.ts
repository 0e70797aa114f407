import type { ExerciseTranslation } from '../../../../../src/checker/grading/localize';

/** The exercise in Simplified Chinese. */
export const translation: ExerciseTranslation = {
  title: '按摘要固定两个基础镜像',
  task:
    '这个 Go 服务用 `golang:1.27` 构建，运行在 distroless 的 `nonroot` 上，两者都只写了标签。把每个 FROM 固定到镜像仓库今天为该标签提供的摘要，' +
    '并把标签保留在摘要前面，这样下一次构建要么正好用这两个镜像，要么直接失败。终端里的 `docker pull` 会打印每个摘要。',
  hints: [
    '一个引用可以同时带标签和摘要：`name:tag@sha256:<64 hex digits>`（64 位十六进制）。这时 Docker 使用的是摘要。',
    '在终端里，`docker pull golang:1.27` 和 `docker pull gcr.io/distroless/static-debian13:nonroot` 都会打印一行 `Digest:`；`docker inspect --format \'{{.RepoDigests}}\' IMAGE` 也能再看到它。',
    '写成 `FROM golang:1.27@sha256:a70163333d24e7f6c0ae81810d33a474410af537e47f6a6a45bcfa05123e3648 AS build` 和 `FROM gcr.io/distroless/static-debian13:nonroot@sha256:1d8d490822819f81fcb74226214e9f177c0cd6048d46e2dd3e843f72a6953043`。',
  ],
  run: {
    title: '镜像基于固定的基础镜像构建，服务器可以启动',
    why: '终端就是这样处理你的 Dockerfile 的；镜像仓库里没有的摘要会让那里的构建失败，真实的构建器也一样。',
    passed: 'docker build 解析了两个摘要，服务器以 UID 65532 持续运行。',
  },
  goals: {
    'bases-by-digest': {
      title: '每个 FROM 都按摘要指定镜像',
      why: '标签随时可以被挪到另一个镜像上；摘要只对应唯一一个镜像。',
      messages: {
        noBase: 'Dockerfile 里已经没有引用镜像的 FROM 了，没有东西可以固定。',
        notPinned: '`FROM {{image}}` 只写了标签：谁能向这个仓库推送，谁就决定了下一次构建从哪里开始。',
        passed: '每个 FROM 都按摘要指定了镜像。',
        fix: '在后面加上 `docker pull {{image}}` 打印的摘要：`FROM {{image}}@sha256:…`。',
      },
    },
    'digest-from-registry': {
      title: '每个摘要都是镜像仓库为该标签提供的那个',
      why: '仓库里没有的摘要会让构建停下；从别的镜像抄来的摘要也不是你想要的镜像。',
      messages: {
        unknownDigest: '镜像仓库里 `{{image}}` 所在的仓库没有 {{digest}} 这个镜像，所以 BuildKit 会以“not found”停下。摘要必须是仓库为这个标签报告的那个。',
        passed: '每个摘要都是仓库为它的标签提供的那个，构建解析到的正是这两个镜像。',
        fix: '运行 `docker pull {{image}}`，复制 `Digest:` 那一行。',
      },
    },
    'tag-kept': {
      title: '摘要前面保留了标签',
      why: 'Dependabot 和 Renovate 要读标签，才知道这个摘要属于哪个版本，并以拉取请求的方式提出下一个摘要。',
      messages: {
        noTag: '`FROM {{name}}@{{digest}}` 没有标签：Docker 不需要它，但人和更新机器人要靠它知道这个摘要是什么，并提出下一个摘要。',
        passed: '每个摘要前面都保留了标签，方便阅读，也方便 Dependabot 或 Renovate。',
        fix: '把标签写在摘要前面：`FROM {{image}}@{{digest}}`。',
      },
    },
    'same-bases': {
      title: '镜像保留原来的两个基础镜像',
      why: '固定只应该改变你拿到的字节，而不是构建的基础：构建阶段需要 Go，运行时仍然是 distroless 和非 root。',
      messages: {
        changed: '镜像现在基于 `{{image}}` 构建；请保留原来的两个基础镜像（构建用 golang:1.27，运行用 distroless nonroot），只给它们加上固定。',
        passed: '仍然用 golang:1.27 构建，运行在 distroless static-debian13:nonroot 上。',
        fix: '保留 `FROM golang:1.27… AS build` 和 `FROM gcr.io/distroless/static-debian13:nonroot…`。',
      },
    },
  },
};
