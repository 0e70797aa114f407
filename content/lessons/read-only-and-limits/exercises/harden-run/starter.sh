docker run -d --name web -p 127.0.0.1:8080:8080 --restart always example/web:1.4
