#!/bin/sh
# Stand-in for an image's entrypoint wrapper that ends with `exec "$@"` (maven's mvn-entrypoint.sh
# also copies reference settings first; the stand-in has none).
set -e
exec "$@"
