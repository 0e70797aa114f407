import type { LIMIT_MESSAGES } from './limit-goals';

type LimitMessageId = keyof typeof LIMIT_MESSAGES;

/** The limit checks' messages in Simplified Chinese, under the same ids. */
export const limitMessagesZhCn: Record<LimitMessageId, string> = {
  noContainer: '这个文件已经不再启动 Web 服务了，没有可以加固或运行的东西。',
  readOnly: '根文件系统以只读方式挂载：运行期间镜像里的任何文件都改不了。',
  writable: '根文件系统可写：进入容器的代码可以修改它的脚本和配置，或者把工具放进去。',
  readOnlyOff: '`{{setting}}` 让根文件系统仍然可写。',
  fixReadOnly: '加上 `{{setting}}`。',
  tmpOnTmpfs: '/tmp 上的 tmpfs 在内存中保存临时文件，不能执行、没有 setuid；根文件系统的其余部分保持只读。',
  tmpOnVolume: '/tmp 上的卷保存临时文件；根文件系统的其余部分保持只读。',
  tmpOnWritableRoot: '/tmp 可写，是因为整个根文件系统仍然可写。',
  tmpMissing: '服务启动时要创建 /tmp/web-cache，而在只读的根文件系统上，/tmp 没有挂载任何可写的东西：服务会立即退出。',
  tmpReadOnly: '/tmp 上的挂载是只读的，服务仍然无法创建临时文件。',
  tmpExec: '`{{option}}` 选项让放进 /tmp 的文件可以执行；去掉它，tmpfs 就保持 Docker 的默认值 noexec。',
  fixTmp: '加上 `{{setting}}`。',
  memoryLimited: '内存上限为 {{memory}}：超过上限时，内核会 OOM kill 这个容器里的进程，而不是主机上别处的进程。',
  memoryMissing: '容器可以占用主机的全部内存；内存耗尽时，OOM killer 可能结束主机上的任何进程。',
  memoryUnlimited: '`{{value}}` 根本没有设置内存限制。',
  memoryUnreadable: '“{{value}}”不是 Docker 能识别的大小；请写成数字加单位，例如 256m。',
  memoryTooSmall: '{{value}} 低于 Docker 的下限 6MB：守护进程会拒绝创建这个容器。',
  unlimitedSwap: '`{{setting}} -1` 允许无限使用交换空间，内存限制就再也限制不住容器从主机拿走的资源。',
  fixMemory: '加上 `{{setting}}`，按服务在负载下的实际用量再留些余量来定。',
  pidsLimited: '最多 {{pids}} 个进程：fork 炸弹会停在这个上限，而且只影响这个容器。',
  pidsMissing: '进程数没有限制：容器里的一个 fork 炸弹就能占满主机的进程表。',
  pidsUnlimited: '`{{value}}` 表示不限制进程数。',
  nprocIsPerUser: '`{{setting}}` 统计的是某个用户 ID 在整台主机上的进程数，对 root 则完全不生效：它不是这个容器的限制。',
  fixPids: '加上 `{{setting}}`。',
  restartBounded: '容器失败后最多重启 {{count}} 次，崩溃循环会停下来。',
  noRestart: '容器不会被重启，崩溃会直接暴露出来，而不是陷入循环。',
  restartForever: '只要守护进程还在运行，`{{policy}}` 就会一直重启容器，不管它是因为什么停下的。',
  restartUnbounded: '不带次数的 `on-failure` 会无休止地重试。',
  restartTooMany: '`on-failure:{{count}}` 允许的重启次数超过了 CIS Docker Benchmark 建议的 5 次。',
  fixRestart: '改用 `{{setting}}`。',
};

/** The goals' titles and reasons in Simplified Chinese, shared by both exercises. */
export const limitGoalsZhCn = {
  'read-only-rootfs': {
    title: '根文件系统是只读的',
    why: '根文件系统只读时，进入容器的代码无论以哪个用户运行，都无法修改镜像中的文件，也留不下工具。',
    messages: limitMessagesZhCn,
  },
  'tmp-writable': {
    title: '/tmp 可写，但其中的文件不能执行',
    why: '服务会把临时文件写到 /tmp；tmpfs 只给它这一个可写路径，而且 Docker 以 noexec 和 nosuid 挂载它。',
    messages: limitMessagesZhCn,
  },
  'memory-limit': {
    title: '内存有限制',
    why: '有了内存限制，容器超出上限时内核会 OOM kill 这个容器里的进程，而不是任由它把主机的内存耗尽。',
    messages: limitMessagesZhCn,
  },
  'pids-limit': {
    title: '进程数有限制',
    why: 'PIDs 限制让 fork 炸弹停在容器内部；没有它，炸弹会占满主机上所有进程共用的进程表。',
    messages: limitMessagesZhCn,
  },
  'restart-bounded': {
    title: '重启次数有上限',
    why: '一启动就崩溃的容器应该在尝试几次后停下，让故障暴露出来，而不是永远重启下去。',
    messages: limitMessagesZhCn,
  },
};
