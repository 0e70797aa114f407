#!/usr/bin/env sh
# Stand-in for eclipse-temurin's /__cacert_entrypoint.sh: the real script imports certificates only
# when USE_SYSTEM_CA_CERTS is set and then executes the command; the stand-in only executes it.
set -e
exec "$@"
