#!/bin/sh
# Stand-in for the nginx images' /docker-entrypoint.sh: the real script runs the hooks in
# /docker-entrypoint.d/ first when the command is nginx or nginx-debug; any other command is
# executed as given, which is all the stand-in does (it has no nginx).
set -e
exec "$@"
