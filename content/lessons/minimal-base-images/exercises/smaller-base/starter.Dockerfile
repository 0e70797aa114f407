FROM debian:trixie
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates \
 && rm -rf /var/lib/apt/lists/*
COPY --chmod=555 server /usr/local/bin/server
USER 10001:10001
CMD ["/usr/local/bin/server"]
