#!/bin/sh
# deps.sh [--quiet] PACKAGE... — install the Debian packages the build needs.
#
# Installs nothing and touches no network when every package is present.
# As root it runs apt-get update then apt-get install -y; otherwise it names
# the missing packages and fails.
quiet=
[ "$1" = --quiet ] && { quiet=1; shift; }

missing=
for p in "$@"; do
	s=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null)
	[ "$s" = installed ] || missing="$missing $p"
done
[ -z "$missing" ] && { [ -n "$quiet" ] || echo "deps: all present"; exit 0; }

if ! command -v dpkg-query >/dev/null 2>&1; then
	echo "deps: not a Debian system; install the equivalents of:$missing" >&2
	exit 1
fi
if [ "$(id -u)" != 0 ]; then
	echo "deps: missing Debian packages:$missing" >&2
	echo "deps: run as root: apt-get install -y$missing" >&2
	exit 1
fi
echo "deps: installing:$missing" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >&2 || { echo "deps: apt-get update failed" >&2; exit 1; }
# shellcheck disable=SC2086
apt-get install -y -qq $missing >&2 || { echo "deps: apt-get install failed" >&2; exit 1; }
