#!/usr/bin/env bash
# Install what claimlens needs to build, test, fuzz and benchmark on Debian 12.
# Runs apt only for packages that are missing; needs root or sudo for that.
set -euo pipefail

# pg_trgm (compared against in make bench) ships in postgresql-15 itself.
packages=(
	make gcc clang libclang-rt-14-dev llvm
	postgresql-15 postgresql-server-dev-15
	libutf8proc-dev libcmocka-dev libxxhash-dev
	iso-codes
)

missing=()
for p in "${packages[@]}"; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "claimlens: installing ${missing[*]}" >&2
if [ "$(id -u)" -eq 0 ]; then
	sudo=()
elif command -v sudo >/dev/null; then
	sudo=(sudo)
else
	echo "claimlens: missing packages (${missing[*]}) and no root or sudo to install them" >&2
	exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
