FROM golang:1.27-alpine AS build
WORKDIR /src
COPY go.mod main.go ./
RUN CGO_ENABLED=0 go build -o /out/server .

FROM alpine:3.24
COPY --from=build /out/server /usr/local/bin/server
USER 10001:10001
CMD ["/usr/local/bin/server"]
