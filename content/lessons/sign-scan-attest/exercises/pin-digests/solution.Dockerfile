FROM golang:1.27@sha256:a70163333d24e7f6c0ae81810d33a474410af537e47f6a6a45bcfa05123e3648 AS build
WORKDIR /src
COPY go.mod main.go ./
RUN CGO_ENABLED=0 go build -o /out/server .

FROM gcr.io/distroless/static-debian13:nonroot@sha256:1d8d490822819f81fcb74226214e9f177c0cd6048d46e2dd3e843f72a6953043
COPY --from=build /out/server /server
USER 65532:65532
CMD ["/server", "--port", "8080"]
