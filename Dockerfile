# syntax=docker/dockerfile:1
# Serves the built site the way the course teaches: a multi-stage build, an unprivileged web server,
# a numeric non-root user, root-owned read-only files and a port above 1024.
# Base images are pinned by tag. For a production deployment pin them by digest as well
# (name:tag@sha256:…, from `docker buildx imagetools inspect name:tag`) and let a bot keep them current.

FROM node:24.11.1-bookworm-slim AS build
WORKDIR /src
COPY package.json package-lock.json ./
# --ignore-scripts: the project's `prepare` script builds the CLI from sources not copied yet (and the
# site does not need it), and the `node` devDependency would download a second Node binary at install
# time; the image's own Node runs the build.
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY . .
RUN npm run build

FROM nginxinc/nginx-unprivileged:1.30-alpine
COPY --from=build --chown=0:0 --chmod=555 /src/dist /usr/share/nginx/html
COPY --chown=0:0 --chmod=444 deploy/nginx.conf /etc/nginx/conf.d/default.conf
COPY --chown=0:0 --chmod=444 deploy/security-headers.conf /etc/nginx/shipshape/security-headers.conf
USER 101:101
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s CMD ["wget", "-q", "--spider", "http://127.0.0.1:8080/"]
