# syntax=docker/dockerfile:1
# Serves the built site the way the course teaches: a multi-stage build, an unprivileged web server,
# a numeric non-root user, root-owned read-only files and a port above 1024.

FROM node:24.11.1-bookworm-slim AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM nginxinc/nginx-unprivileged:1.30-alpine
COPY --from=build --chown=0:0 --chmod=555 /src/dist /usr/share/nginx/html
COPY --chown=0:0 --chmod=444 deploy/nginx.conf /etc/nginx/conf.d/default.conf
USER 101:101
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s CMD ["wget", "-q", "--spider", "http://127.0.0.1:8080/"]
