#!/bin/sh
# Stand-in for the node image's docker-entrypoint.sh: the first argument runs through node when it is
# an option (starts with "-"), is not a command on PATH, or is a file that is not executable.
set -e
case ${1-} in
	-*) set -- node "$@" ;;
	*)
		if [ -z "$(command -v "${1-}")" ] || { [ -f "${1-}" ] && [ ! -x "${1-}" ]; }; then
			set -- node "$@"
		fi ;;
esac
exec "$@"
