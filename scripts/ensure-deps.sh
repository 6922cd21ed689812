#!/usr/bin/env bash
# Installs what ctg-planner needs from Debian/Ubuntu packages when it is missing:
# GLPK's header and library (libglpk-dev). With CTG_CLIENT_TOOLS=1 it also installs
# the tools the client-side checks use (glpsol, khal, Python's icalendar,
# Chromium and poppler-utils).
set -euo pipefail

need=()
[ -f /usr/include/glpk.h ] || need+=(libglpk-dev)
if [ "${CTG_CLIENT_TOOLS:-0}" = 1 ]; then
  command -v glpsol >/dev/null || need+=(glpk-utils)
  command -v khal >/dev/null || need+=(khal)
  /usr/bin/python3 -c 'import icalendar' 2>/dev/null || need+=(python3-icalendar)
  command -v chromium >/dev/null || need+=(chromium)
  command -v pdfinfo >/dev/null || need+=(poppler-utils)
fi
[ ${#need[@]} -eq 0 ] && exit 0

echo "Installing: ${need[*]}" >&2
if [ "$(id -u)" = 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
elif command -v sudo >/dev/null; then
  sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
else
  echo "error: missing ${need[*]}; install them with apt-get (Debian/Ubuntu) or 'brew install glpk' (macOS)." >&2
  exit 1
fi
