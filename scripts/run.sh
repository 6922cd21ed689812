#!/usr/bin/env bash
# Solves an instance (default: the bundled CTG 2022–2023 instance) with a
# release build; installs GLPK first when it is missing. Extra arguments go
# to `ctg-planner solve`, e.g. scripts/run.sh instances/tiny.yaml --feeds feeds
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/ensure-deps.sh"
swift build -c release --product ctg-planner --package-path "$root" >&2
instance="${1:-$root/instances/ctg-2022-2023.yaml}"
[ $# -gt 0 ] && shift
exec "$root/.build/release/ctg-planner" solve "$instance" "$@"
