import type { ExerciseTranslation } from '../../../../src/checker/grading/localize';
import type { LEAST_PRIVILEGE_MESSAGES } from './runtime-goals';

/** The least-privilege goals' messages in Simplified Chinese, under the same ids. */
const messages: Record<keyof typeof LEAST_PRIVILEGE_MESSAGES, string> = {
  noService: '这个文件已经不再启动 Web 服务，所以没有可以加固或运行的东西。',
  dropsAll: '在添加任何能力之前，所有默认能力都已丢弃。',
  dropsOnly: '只丢弃了 {{names}}，Docker 默认的 14 项能力中其余的都还保留着，而且这份列表随引擎版本而变。',
  dropsOnlyMore: '只丢弃了 {{names}} 以及另外 {{more}} 项，Docker 默认的 14 项能力中其余的都还保留着，而且这份列表随引擎版本而变。',
  keepsDefaults: '容器保留了 Docker 默认的 14 项能力（CHOWN、DAC_OVERRIDE、NET_RAW、SETUID 等），而这个 Web 服务一项都不需要。',
  fixDropAll: '加上 {{setting}}，然后只加回服务确实需要的能力。',
  privileged: '特权模式会授予所有能力和主机的所有设备，不管这一行的其余部分丢弃了什么。',
  fixRemove: '删除 {{setting}}。',
  effective: '实际生效的能力：{{names}}。',
  effectiveNone: '实际生效的能力：无。',
  extraOne: '容器仍然持有一项它不需要的能力：{{names}}。在 8080 端口上运行的非 root Web 服务器一项能力都不需要。',
  extraMany: '容器仍然持有 {{count}} 项它不需要的能力：{{names}}。在 8080 端口上运行的非 root Web 服务器一项能力都不需要。',
  extraManyMore: '容器仍然持有 {{count}} 项它不需要的能力：{{names}} 以及另外 {{more}} 项。在 8080 端口上运行的非 root Web 服务器一项能力都不需要。',
  fixRemoveCapAddFlag: '删除 `--cap-add {{cap}}`。',
  fixRemoveCapAddKey: '删除 `cap_add` 下的 `{{cap}}`。',
  fixAdd: '加上 {{setting}}。',
  noNewPrivileges: '已设置 no-new-privileges：setuid 二进制文件无法授予任何权限。',
  noNewPrivilegesOff: '这里关闭了 no-new-privileges，所以 su 这类 setuid 二进制文件仍然可以提升权限。',
  noNewPrivilegesMissing: 'su 这类 setuid 和 setgid 二进制文件仍然可以提升进程的权限。',
  readOnly: '根文件系统是只读的。',
  writable: '根文件系统可写，攻击者可以往里面放入工具，或者修改应用。',
  tmpMounted: '/tmp 有自己的可写挂载。',
  tmpWritable: '/tmp 目前可写，和根文件系统的其他部分一样。',
  tmpReadOnly: '根文件系统只读后，服务无法再把临时文件写到 /tmp，因而会失败。',
  fixTmpfs: '用 {{setting}} 给 /tmp 单独挂载。',
  imageUser: '使用镜像自己的非 root 用户。',
  rootUser: '{{setting}} 以 root 启动服务，覆盖了镜像的非 root 用户。',
  fixRootUser: '删除 {{setting}}：镜像本身已经以非 root 用户运行。',
  rootGroup: '{{setting}} 让进程属于组 0，也就是 root 组。',
  fixRootGroup: '删除 {{setting}}，或者同时给出一个非 root 的组。',
  nonRootUser: '服务以 {{user}} 运行，不是 root。',
};

/** The goals of leastPrivilegeGoals in Simplified Chinese, shared by the exercises that use them. */
export const leastPrivilegeGoalsZhCn: ExerciseTranslation['goals'] = {
  'drops-all': {
    title: '容器从零能力开始启动',
    why: '从空集合开始，就只会授予你点名的能力，不管引擎的默认值是什么。',
    messages,
  },
  'only-needed': {
    title: '只加回服务需要的能力',
    why: 'Web 服务不需要任何管理类能力；单是 SYS_ADMIN 就足以实现大多数容器逃逸。',
    messages,
  },
  'no-new-privileges': {
    title: '已阻止权限提升',
    why: '设置 no_new_privs 后，setuid 二进制文件和文件能力都无法提升进程的权限。',
    messages,
  },
  'read-only-rootfs': {
    title: '根文件系统是只读的',
    why: '在只读文件系统中，攻击者无法放入工具，也无法修改应用。',
    messages,
  },
  'tmp-writable': {
    title: '/tmp 仍然可写',
    why: '服务会写临时文件；在 /tmp 上挂载 tmpfs 或卷，服务在只读文件系统上也能正常工作。',
    messages,
  },
  'non-root-user': {
    title: '服务仍然以非 root 用户运行',
    why: '镜像以非 root 用户运行服务；把它覆盖为 root，会带回剩下的所有能力，以及 DAC_OVERRIDE 那种无视文件权限的能力。',
    messages,
  },
};
