import type { ExerciseTranslation } from '../../../../../src/checker/grading/localize';

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
      "why": "特权模式会暴露全部主机设备，并关闭 seccomp 和 AppArmor。"
    },
    "serial-device": {
      "title": "串口适配器仍然可用",
      "why": "服务必须继续工作：它从 /dev/ttyUSB0 读取数据。"
    },
    "only-that-device": {
      "title": "没有暴露其他主机设备",
      "why": "每多一个设备，尤其是磁盘，就多一条逃出容器的路。"
    },
    "capabilities-dropped": {
      "title": "已丢弃全部能力",
      "why": "读取设备不需要任何能力，所以读取程序应该从零能力启动。"
    }
  }
};
