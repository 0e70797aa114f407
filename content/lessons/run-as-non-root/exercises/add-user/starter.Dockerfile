FROM alpine:3.20
COPY --chmod=555 server /usr/local/bin/server
CMD ["/usr/local/bin/server"]
