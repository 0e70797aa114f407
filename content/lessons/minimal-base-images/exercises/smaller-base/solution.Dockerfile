FROM gcr.io/distroless/static-debian13:nonroot
COPY --chmod=555 server /usr/local/bin/server
CMD ["/usr/local/bin/server"]
