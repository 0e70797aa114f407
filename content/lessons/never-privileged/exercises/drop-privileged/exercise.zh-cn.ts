import type { ExerciseTranslation } from '../../../../../src/checker/grading/localize';
import type { MESSAGES } from './exercise';

/** The goals' messages in Simplified Chinese, under the ids of MESSAGES. */
const messages: Record<keyof typeof MESSAGES, string> = {
  noCommand: 'run.sh 中已经没有启动传感器读取程序的 `docker run` 命令。',
  privileged: '`--privileged` 给了读取程序所有能力和主机的所有设备，还关闭了 seccomp 和 AppArmor，而它的工作只需要一个设备。',
  fixPrivileged: '删除 `--privileged`。',
  notPrivileged: '没有使用特权模式。',
  devicePassed: '{{device}} 已通过 --device 传入。',
  deviceMissing: '去掉特权模式后，容器看不到 {{device}} 了，读取程序没有数据可读。',
  fixDeviceMissing: '用 `--device {{device}}` 只传入这一个设备。',
  otherDevice: '`--device {{device}}` 给了容器另一个主机设备，而读取程序从不使用它。',
  fixOtherDevice: '删除 `--device {{device}}`。',
  onlyThatDevice: '只暴露了串口适配器。',
  noCapabilities: '容器运行时没有任何能力。',
  oneCapability: '容器仍然有一项能力（{{names}}），而读取设备一项能力都不需要。',
  capabilities: '容器仍然有 {{count}} 项能力（{{names}}），而读取设备一项能力都不需要。',
  capabilitiesMore: '容器仍然有 {{count}} 项能力（{{names}} 以及另外 {{more}} 项），而读取设备一项能力都不需要。',
  fixDropAll: '加上 `--cap-drop ALL`。',
};

/** The exercise in Simplified Chinese. */
export const translation: ExerciseTranslation = {
  "title": "用它唯一需要的设备替换 --privileged",
  "task": "传感器读取程序只读取 USB 串口适配器 `/dev/ttyUSB0`，却以 `--privileged` 运行。去掉特权模式，只把那一个设备交给容器，并让它从空的能力集合启动。",
  "hints": [
    "特权模式给的远不止设备访问。读取程序用到的是哪一个主机资源？",
    "Docker 不用特权模式也能暴露单个主机设备：`--device HOST_PATH`。",
    "把 `--privileged` 换成 `--device /dev/ttyUSB0:r`（`:r` 限定为只读），再加上 `--cap-drop ALL`：读取设备不需要任何能力。"
  ],
  "run": {
    "title": "`run.sh` 启动传感器读取程序，并且它持续运行",
    "why": "终端就是这样处理 run.sh 的；无法启动或打不开设备的读取程序，不算修复。",
    "passed": "`sh run.sh` 启动了传感器读取程序，它仍在运行。"
  },
  "goals": {
    "not-privileged": {
      "title": "容器不是特权模式",
      "why": "特权模式会暴露全部主机设备，并关闭 seccomp 和 AppArmor。",
      "messages": messages
    },
    "serial-device": {
      "title": "串口适配器仍然可用",
      "why": "服务必须继续工作：它从 /dev/ttyUSB0 读取数据。",
      "messages": messages
    },
    "only-that-device": {
      "title": "没有暴露其他主机设备",
      "why": "每多一个设备，尤其是磁盘，就多一条逃出容器的路。",
      "messages": messages
    },
    "capabilities-dropped": {
      "title": "已丢弃全部能力",
      "why": "读取设备不需要任何能力，所以读取程序应该从零能力启动。",
      "messages": messages
    }
  }
};
