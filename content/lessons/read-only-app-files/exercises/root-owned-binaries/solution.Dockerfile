# syntax=docker/dockerfile:1
FROM alpine:3.24
WORKDIR /app
COPY --chown=0:0 --chmod=555 server /app/server
RUN mkdir -p /app/data && chown 10001:10001 /app/data
USER 10001:10001
CMD ["/app/server"]
