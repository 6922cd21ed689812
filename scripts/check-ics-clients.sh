#!/usr/bin/env bash
# Real calendar clients read what `ctg-planner solve` writes for the bundled
# instance: Python's icalendar parses calendar.ics, every feed and every
# invitation; khal imports calendar.ics, lists it back, and takes an update
# (same UIDs, higher SEQUENCE) without duplicating anything. Times are
# compared with schedule.json, on both sides of both clock changes.
#
# Needs Debian's khal and python3-icalendar (for /usr/bin/python3), which CI
# installs; this script installs nothing. Builds .build/debug/ctg-planner if
# it is missing. Prints one line per check, then "N passed, M failed", and
# exits 1 when a check failed.
set -uo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
instance=$root/instances/ctg-2022-2023.yaml
binary=$root/.build/debug/ctg-planner
helper=$root/scripts/ics_clients.py
python=/usr/bin/python3
epoch=1700000000

passed=0
failed=0
result() { # PASS|FAIL message
    echo "$1: $2"
    if [ "$1" = PASS ]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
}
finish() {
    echo "$passed passed, $failed failed"
    exit $((failed > 0))
}
# Runs the helper and counts its PASS/FAIL lines; a helper that dies without saying why is one more failure.
run_helper() {
    local line own=0 status=
    while IFS= read -r line; do
        case $line in
            PASS:*) result PASS "${line#PASS: }" ;;
            FAIL:*) result FAIL "${line#FAIL: }"; own=$((own + 1)) ;;
            STATUS:*) status=${line#STATUS:} ;;
            *) echo "$line" ;;
        esac
    done < <("$python" "$helper" "$@" 2>&1; echo "STATUS:$?")
    if [ "$status" != 0 ] && [ "$own" -eq 0 ]; then result FAIL "ics_clients.py $1 exited with status $status"; fi
}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if "$python" -c 'import icalendar' 2>/dev/null; then
    result PASS "$python has icalendar $("$python" -c 'import icalendar; print(icalendar.__version__)')"
else
    result FAIL "$python cannot import icalendar (apt-get install python3-icalendar)"
fi
if command -v khal >/dev/null; then
    result PASS "$(khal --version)"
else
    result FAIL "khal is not installed (apt-get install khal)"
fi
[ "$failed" -eq 0 ] || finish

if [ ! -x "$binary" ]; then
    (cd "$root" && swift build --product ctg-planner) >"$work/build.log" 2>&1 ||
        { tail -20 "$work/build.log"; result FAIL "swift build --product ctg-planner"; finish; }
fi

out=$work/out
mkdir -p "$out"
(cd "$out" && SOURCE_DATE_EPOCH=$epoch "$binary" solve "$instance" --time-limit 20 --quiet \
    --feeds feeds --invitations invitations >"$work/solve.log" 2>&1)
status=$?
if [ $status -eq 0 ]; then
    result PASS "ctg-planner solve $(basename "$instance") --time-limit 20 --feeds --invitations"
else
    tail -20 "$work/solve.log"
    result FAIL "ctg-planner solve $(basename "$instance") exited with status $status"
    finish
fi
missing=()
for path in calendar.ics schedule.json feeds invitations; do [ -e "$out/$path" ] || missing+=("$path"); done
if [ ${#missing[@]} -eq 0 ]; then
    counts="feeds/ ($(ls "$out/feeds" | wc -l) files), invitations/ ($(ls "$out/invitations" | wc -l) partners)"
    result PASS "solve wrote calendar.ics (the default), schedule.json, $counts"
else
    result FAIL "solve did not write ${missing[*]}"
    finish
fi

run_helper files --schedule "$out/schedule.json" --calendar "$out/calendar.ics" --feeds "$out/feeds" \
    --invitations "$out/invitations" --epoch "$epoch"
mkdir -p "$work/khal"
run_helper khal --schedule "$out/schedule.json" --calendar "$out/calendar.ics" --workdir "$work/khal"

# A real re-plan: the CAF cannot come to its first meeting after 2 November,
# and a working-group session is cancelled. khal takes the new calendar on
# top of the first one.
caf_date=$("$python" -c 'import json, sys
s = json.load(open(sys.argv[1]))
print(min(a["date"] for a in s["assignments"] if "caf" in a["required"] and a["date"] > "2022-11-02"))' "$out/schedule.json")
(cd "$out" && SOURCE_DATE_EPOCH=$((epoch + 100)) "$binary" replan "$instance" --previous schedule.json \
    --now 2022-11-02T08:00 --unavailable "caf@$caf_date" --cancel gt-culture#2 --time-limit 20 --quiet \
    --schedule replanned.json -o replanned.ics >"$work/replan.log" 2>&1)
status=$?
if [ $status -eq 0 ]; then
    result PASS "ctg-planner replan --unavailable caf@$caf_date --cancel gt-culture#2"
    mkdir -p "$work/khal-replan"
    run_helper replan --previous "$out/schedule.json" --previous-calendar "$out/calendar.ics" \
        --schedule "$out/replanned.json" --calendar "$out/replanned.ics" --workdir "$work/khal-replan"
else
    tail -20 "$work/replan.log"
    result FAIL "ctg-planner replan exited with status $status"
fi
finish
