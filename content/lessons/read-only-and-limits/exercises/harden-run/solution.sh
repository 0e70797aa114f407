docker run -d --name web -p 127.0.0.1:8080:8080 \
  --read-only --tmpfs /tmp \
  --memory 256m --memory-swap 256m \
  --pids-limit 200 \
  --restart on-failure:5 \
  example/web:1.4
