#!/bin/sh
# The web app listens on port 8080. Only the reverse proxy on this host should reach it.
docker run -d --name web -p 127.0.0.1:8080:8080 web:2.3
