/** `help` and the banner in Simplified Chinese; the commands are the English help's, as typed. */
export const HELP_TEXT_ZH_CN = `这个终端连接的是一台模拟的 Docker 主机。这里不会运行真实的容器；
模拟遵循 Docker 和 Linux 的真实行为，所以你看到的结果就是真实环境中会出现的结果。

编辑器中的文件位于当前目录（~）。可以试试：
  ls -l                                   练习的文件
  docker build -t app .                   构建编辑器中的 Dockerfile
  docker run --rm app id                  镜像以哪个用户运行？
  docker run --rm -it alpine:3.24 sh      在容器中打开一个 shell（用 exit 退出）
  docker run --rm --privileged alpine:3.24 fdisk -l
  docker run --rm --network host alpine:3.24 wget -qO- 127.0.0.1:8500
  sudo apparmor_parser -r -W docker-nginx 加载编辑器标签页“docker-nginx”中的配置文件
  sh run.sh                               运行编辑器标签页“run.sh”中的 docker 命令
  docker compose up -d, docker compose ps 启动编辑器中 compose.yaml 定义的服务
  docker images, docker ps -a, docker inspect NAME, docker history IMAGE
  kubectl apply -f FILE, kubectl get pods  实验环境中的单节点 Kubernetes 集群
在 Alpine 容器中：id, ls -l, touch, cat, ps, ip addr, netstat -lnt,
  grep Cap /proc/self/status, mount, fdisk -l, apk add（capsh 在 libcap 中）, exit.
其他：clear, help。按 Tab 可以补全命令、docker 子命令、选项和镜像名。
`;

export const BANNER_ZH_CN = '模拟的 Docker 主机：这里不会运行真实的容器。\n输入 help 查看可以做什么。\n';
