#!/bin/sh
set -eu
# Release 3.1 of the shop front end, by the digest the release workflow signed.
IMAGE=registry.example.com/shop-web@sha256:fb46758b77a59fc647dfa8414986bce4d533014f94508bea3d846bb5e2c7d008
cosign verify \
  --certificate-identity https://github.com/example/shop-web/.github/workflows/release.yml@refs/tags/v3.1.0 \
  --certificate-oidc-issuer https://token.actions.githubusercontent.com \
  "$IMAGE"
docker run -d --name shop-web -p 127.0.0.1:8080:8080 "$IMAGE"
