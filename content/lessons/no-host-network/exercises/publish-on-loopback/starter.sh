#!/bin/sh
# The web app listens on port 8080. Only the reverse proxy on this host should reach it.
docker run -d --name web --net=host web:2.3
