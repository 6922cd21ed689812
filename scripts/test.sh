#!/usr/bin/env bash
# Runs every test: the layer check (imports follow Package.swift), the Swift
# test suite, then the real-client checks (Python icalendar, khal, Chromium,
# poppler). Installs what is missing first.
set -euo pipefail
cd "$(dirname "$0")/.."
CTG_CLIENT_TOOLS=1 scripts/ensure-deps.sh
scripts/check-layers.py
swift build --build-tests
swift test --skip-build
scripts/client-checks.sh
