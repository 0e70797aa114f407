import type { ExerciseTranslation } from '../../../../../src/checker/grading/localize';

/** The exercise in Simplified Chinese. */
export const translation: ExerciseTranslation = {
  title: '只运行发布工作流签过名的镜像',
  task:
    '这个部署脚本会启动 `registry.example.com/shop-web:3.1` 当前指向的任何镜像。3.1 版本由工作流 ' +
    '`https://github.com/example/shop-web/.github/workflows/release.yml@refs/tags/v3.1.0` 通过 GitHub 的 OIDC 签发方 ' +
    '`https://token.actions.githubusercontent.com` 以无密钥方式签名。让脚本用 cosign 验证这个签名，验证失败就停下，并启动它验证过的那个确切镜像。' +
    '终端里有 `cosign` 和镜像仓库。',
  hints: [
    '签名缺失或者签名者不对时，cosign verify 会以非零状态退出；这时脚本必须停下，`set -e` 对每条命令都会这样做。',
    '无密钥验证需要两个参数：身份和签发方。`docker pull` 会打印 shop-web:3.1 的摘要；把它放进一个变量，两条命令都用它。',
    '加上 `set -eu`、`IMAGE=registry.example.com/shop-web@sha256:fb46758b77a59fc647dfa8414986bce4d533014f94508bea3d846bb5e2c7d008`，然后在 `docker run ... "$IMAGE"` 之前运行 `cosign verify --certificate-identity https://github.com/example/shop-web/.github/workflows/release.yml@refs/tags/v3.1.0 --certificate-oidc-issuer https://token.actions.githubusercontent.com "$IMAGE"`。',
  ],
  run: {
    title: '脚本验证发布版本并启动它',
    why: '终端就是这样执行你的脚本的：cosign 检查镜像仓库里的签名，检查失败时什么都不能运行起来。',
    passed: 'cosign 验证了发布签名，shop-web 从验证过的摘要运行起来。',
  },
  goals: {
    'verified-first': {
      title: '验证失败时，脚本在 docker run 之前停下',
      why: '失败了却拦不住部署的检查，只会在一个未签名、正在运行的容器旁边打印一条错误。',
      messages: {
        noRun: '脚本已经不再启动 shop-web 了：保留启动它的那条 docker run。',
        noVerify: '在 docker run 启动 `{{image}}` 之前，没有任何东西检查签名：以这个名字推送的任何镜像都会运行。',
        passed: 'cosign verify 在 docker run 启动镜像之前检查它，验证失败会让脚本停下。',
        fix: '在 docker run 之前加上带发布身份的 `cosign verify`，并在开头加上 `set -eu`。',
      },
    },
    'release-identity': {
      title: '只接受发布工作流的签名',
      why: '任何人都能为自己的身份拿到 Sigstore 证书；只有指明接受谁的签名，签名才有意义。',
      messages: {
        noVerify: '还没有针对 shop-web 镜像的 cosign verify，所以没有检查任何身份。',
        noIdentity: '这条 cosign verify 没有指明签名者：缺少身份和签发方时，cosign 会拒绝无密钥验证，部署就此停下。',
        wrongIdentity: '验证接受的是 `{{identity}}`，它不是发布工作流：镜像必须由构建 3.1 版本的那个工作流签名。',
        loosePattern: '模式 `{{pattern}}` 也接受身份 `{{other}}`，而它不是你的发布工作流：cosign 会在主体的任意位置查找这个模式，所以请精确写出工作流。',
        wrongIssuer: '签发方 `{{issuer}}` 不是为 GitHub Actions 工作流担保的那个，所以发布签名对不上。',
        passed: '只有发布工作流所做、并由 GitHub 的 OIDC 签发方担保的签名才能通过。',
        fix: '使用 `--certificate-identity https://github.com/example/shop-web/.github/workflows/release.yml@refs/tags/v3.1.0 --certificate-oidc-issuer https://token.actions.githubusercontent.com`。',
      },
    },
    'runs-verified-digest': {
      title: '运行的就是验证过的摘要',
      why: '每条命令都会重新解析标签；只有摘要能让检查过的镜像和启动的镜像是同一个。',
      messages: {
        noRun: '脚本已经不再启动 shop-web 了。',
        byTag: 'docker run 启动的是 `{{image}}`，一个标签：cosign 检查之后它会被再解析一次，那时可能已经指向另一个镜像。',
        wrongDigest: '`{{digest}}` 不是镜像仓库里 3.1 版本的摘要；验证会失败，什么都不会启动。',
        notVerified: 'docker run 启动的是 `{{image}}`，但 cosign 验证的是另一个引用；请验证实际运行的那个。',
        passed: 'cosign 验证过的摘要，就是运行的摘要。',
        fix: '验证并运行 `registry.example.com/shop-web@sha256:fb46758b77a59fc647dfa8414986bce4d533014f94508bea3d846bb5e2c7d008`。',
      },
    },
  },
};
