/** What `help` prints: what the terminal is, and commands worth trying. */
export const HELP_TEXT = `This terminal talks to a simulated Docker host. Nothing here runs real containers;
the simulation follows what Docker and Linux really do, so the outcomes are the ones you would see.

Your editor files are in the current directory (~). Try:
  ls -l                                   the exercise files
  docker build -t app .                   build the Dockerfile in the editor
  docker run --rm app id                  which user does the image run as?
  docker run --rm -it alpine:3.24 sh      open a shell in a container (leave with exit)
  docker run --rm --privileged alpine:3.24 fdisk -l
  docker run --rm --network host alpine:3.24 wget -qO- 127.0.0.1:8500
  sudo apparmor_parser -r -W docker-nginx load the profile in the editor tab "docker-nginx"
  sh run.sh                               run the docker commands in the editor tab "run.sh"
  docker compose up -d, docker compose ps start the services of the editor's compose.yaml
  docker images, docker ps -a, docker inspect NAME, docker history IMAGE
  kubectl apply -f FILE, kubectl get pods  the lab's one-node Kubernetes cluster
Inside an Alpine container: id, ls -l, touch, cat, ps, ip addr, netstat -lnt,
  grep Cap /proc/self/status, mount, fdisk -l, apk add (libcap for capsh), exit.
Other: clear, help. Tab completes commands, docker verbs, flags and image names.
`;

export const BANNER = 'Simulated Docker host — nothing here runs real containers.\nType help for what you can do here.\n';
