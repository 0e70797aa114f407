import type { FileDecisionMessageId } from './file-decision';

/** The AppArmor file decisions in Simplified Chinese, under the same ids. */
export const fileDecisionMessagesZhCn: Record<FileDecisionMessageId, string> = {
  deniedRead: '禁止读取 {{path}}：`{{rule}}`（第 {{line}} 行）拒绝了 `r` 权限，deny 规则优先于任何允许规则。',
  allowedRead: '允许读取 {{path}}：`{{rule}}`（第 {{line}} 行）允许进程这样做。',
  allowedAuditedRead: '允许读取 {{path}}：`{{rule}}`（第 {{line}} 行）允许进程这样做，并且有 audit 规则记录这次访问。',
  noRuleRead: '禁止读取 {{path}}：配置文件 {{profile}} 中没有规则允许这样做，而配置文件没有允许的访问一律被拒绝。',
  noRuleComplainRead: '允许读取 {{path}}：配置文件 {{profile}} 中没有规则允许这样做，本应被拒绝；但它处于 complain 模式，所以访问会放行，只记录日志。',
  unconfinedRead: '允许读取 {{path}}：配置文件 {{profile}} 设置了 flags=(unconfined)，什么也不限制。',
  deniedReadDir: '禁止读取（列出）目录 {{path}}：`{{rule}}`（第 {{line}} 行）拒绝了 `r` 权限，deny 规则优先于任何允许规则。',
  allowedReadDir: '允许读取（列出）目录 {{path}}：`{{rule}}`（第 {{line}} 行）允许进程这样做。',
  allowedAuditedReadDir: '允许读取（列出）目录 {{path}}：`{{rule}}`（第 {{line}} 行）允许进程这样做，并且有 audit 规则记录这次访问。',
  noRuleReadDir: '禁止读取（列出）目录 {{path}}：配置文件 {{profile}} 中没有规则允许这样做，而配置文件没有允许的访问一律被拒绝。',
  noRuleComplainReadDir: '允许读取（列出）目录 {{path}}：配置文件 {{profile}} 中没有规则允许这样做，本应被拒绝；但它处于 complain 模式，所以访问会放行，只记录日志。',
  unconfinedReadDir: '允许读取（列出）目录 {{path}}：配置文件 {{profile}} 设置了 flags=(unconfined)，什么也不限制。',
  deniedWrite: '禁止写入 {{path}}：`{{rule}}`（第 {{line}} 行）拒绝了 `w` 权限，deny 规则优先于任何允许规则。',
  allowedWrite: '允许写入 {{path}}：`{{rule}}`（第 {{line}} 行）允许进程这样做。',
  allowedAuditedWrite: '允许写入 {{path}}：`{{rule}}`（第 {{line}} 行）允许进程这样做，并且有 audit 规则记录这次访问。',
  noRuleWrite: '禁止写入 {{path}}：配置文件 {{profile}} 中没有规则允许这样做，而配置文件没有允许的访问一律被拒绝。',
  noRuleComplainWrite: '允许写入 {{path}}：配置文件 {{profile}} 中没有规则允许这样做，本应被拒绝；但它处于 complain 模式，所以访问会放行，只记录日志。',
  unconfinedWrite: '允许写入 {{path}}：配置文件 {{profile}} 设置了 flags=(unconfined)，什么也不限制。',
  deniedLink: '禁止创建名为 {{path}} 的硬链接：`{{rule}}`（第 {{line}} 行）拒绝了 `l` 权限，deny 规则优先于任何允许规则。（`l` 表示 link，即硬链接，不是 list。）',
  allowedLink: '允许创建名为 {{path}} 的硬链接：`{{rule}}`（第 {{line}} 行）允许进程这样做。（`l` 表示 link，即硬链接，不是 list。）',
  allowedAuditedLink: '允许创建名为 {{path}} 的硬链接：`{{rule}}`（第 {{line}} 行）允许进程这样做，并且有 audit 规则记录这次访问。（`l` 表示 link，即硬链接，不是 list。）',
  noRuleLink: '禁止创建名为 {{path}} 的硬链接：配置文件 {{profile}} 中没有规则允许这样做，而配置文件没有允许的访问一律被拒绝。（`l` 表示 link，即硬链接，不是 list。）',
  noRuleComplainLink: '允许创建名为 {{path}} 的硬链接：配置文件 {{profile}} 中没有规则允许这样做，本应被拒绝；但它处于 complain 模式，所以访问会放行，只记录日志。（`l` 表示 link，即硬链接，不是 list。）',
  unconfinedLink: '允许创建名为 {{path}} 的硬链接：配置文件 {{profile}} 设置了 flags=(unconfined)，什么也不限制。',
};
