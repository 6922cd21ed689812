#!/usr/bin/env bash
# The checks that use real clients rather than our own code: Python's
# icalendar and khal read the calendars, Chromium and poppler render the
# report. Each script prints "N passed, M failed" last; this adds them up.
set -u
cd "$(dirname "$0")/.."
passed=0
failed=0
for check in scripts/check-ics-clients.sh scripts/check-report.sh; do
  [ -f "$check" ] || continue
  echo "== $check"
  output=$(bash "$check" 2>&1)
  status=$?
  echo "$output"
  counts=$(echo "$output" | grep -E '^[0-9]+ passed, [0-9]+ failed' | tail -n 1)
  if [ -z "$counts" ]; then
    echo "$check printed no summary line (exit $status)"
    failed=$((failed + 1))
    continue
  fi
  passed=$((passed + $(echo "$counts" | sed -E 's/^([0-9]+) passed.*/\1/')))
  failed=$((failed + $(echo "$counts" | sed -E 's/.* ([0-9]+) failed.*/\1/')))
  [ "$status" -eq 0 ] || [ "$(echo "$counts" | sed -E 's/.* ([0-9]+) failed.*/\1/')" -gt 0 ] || failed=$((failed + 1))
done
echo "clients: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
