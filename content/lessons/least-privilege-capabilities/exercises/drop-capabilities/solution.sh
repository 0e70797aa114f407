docker run -d --name web -p 127.0.0.1:8080:8080 \
  --cap-drop ALL \
  --security-opt no-new-privileges \
  --read-only --tmpfs /tmp \
  example/web:1.4
