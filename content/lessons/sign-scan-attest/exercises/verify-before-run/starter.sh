#!/bin/sh
# Release 3.1 of the shop front end, as the release workflow pushed it.
docker pull registry.example.com/shop-web:3.1
docker run -d --name shop-web -p 127.0.0.1:8080:8080 registry.example.com/shop-web:3.1
