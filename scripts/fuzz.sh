#!/usr/bin/env bash
# Coverage-guided fuzzing of the three readers (instance, schedule, ICS)
# with libFuzzer and AddressSanitizer, one target after the other.
#
#   scripts/fuzz.sh SECONDS [instance|schedule|ics]
#
# Builds the nested Fuzz/ package with the sanitizers, seeds a working corpus
# outside git (.build-fuzz-corpus/TARGET, kept between runs so it grows) from
# instances/ and the ICS fixtures, runs each target for SECONDS and prints
# executions, coverage and what it found (crash-, timeout-, oom- files under
# .build-fuzz-corpus/artifacts/TARGET/, cleared when TARGET runs again). Exits 1 when something was found.
# Too long for CI: scripts/test.sh does not call it.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:?usage: scripts/fuzz.sh SECONDS [instance|schedule|ics]}
targets=${2:-instance schedule ics}
root=$PWD
scratch=$root/.build-fuzz-run
corpus=$root/.build-fuzz-corpus

# -parse-as-library: no `main` of our own, libFuzzer's runs the loop. The C
# of Yams (libyaml) is instrumented too, so its branches guide the search.
swift build -c debug --package-path Fuzz --scratch-path "$scratch" \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library \
    -Xcc -fsanitize=fuzzer-no-link,address 2>&1 | { grep -v 'Cannot export local symbol' || true; }

seeds() {
    case $1 in
        # Without alias-expansion.yaml: reaching its bound of 1,000,000
        # values takes 4 s in a debug build and over 10 s under the sanitizers.
        instance) ls instances/*.yaml instances/valid/* instances/invalid/*.{yaml,json} | grep -v alias-expansion ;;
        schedule) ls Fuzz/Seeds/schedule/* ;;
        ics) ls Tests/ICalendarTests/Fixtures/*.ics Tests/PlanningTests/Fixtures/*.ics Fuzz/Seeds/ics/* ;;
        *) echo "unknown target $1 (instance, schedule or ics)" >&2; exit 2 ;;
    esac
}

found=0
for target in $targets; do
    # Findings of an earlier run are cleared: copy them away before rerunning.
    rm -rf "$corpus/artifacts/$target"
    mkdir -p "$corpus/$target" "$corpus/artifacts/$target"
    # Seeds are named by content, so a rerun adds nothing twice.
    for seed in $(seeds "$target"); do
        cp "$seed" "$corpus/$target/seed-$(sha1sum "$seed" | cut -c1-16)"
    done
    log=$corpus/$target.log
    echo "== fuzz-$target for ${seconds}s ($(ls "$corpus/$target" | wc -l) inputs in the corpus)"
    # 64 KiB covers every real instance and calendar of the repository and
    # keeps each run fast; a timeout of 10 s and 2 GiB catch hangs and blow-ups.
    "$scratch/debug/fuzz-$target" "$corpus/$target" \
        -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$corpus/artifacts/$target/" >"$log" 2>&1 || true
    last=$(grep -E '^#[0-9]+' "$log" | tail -1 || true)
    executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
    rss=$(sed -n 's/^stat::peak_rss_mb: *//p' "$log")
    echo "executions: ${executions:-?}  exec/s: ${rate:-?}  peak RSS: ${rss:-?} MB"
    echo "coverage: $(grep -oE 'cov: [0-9]+ ft: [0-9]+ corp: [0-9]+/[0-9a-zA-Z]+' <<<"$last" || echo '?')"
    artifacts=$(ls "$corpus/artifacts/$target")
    if [ -n "$artifacts" ]; then
        found=1
        echo "found (reproduce: $scratch/debug/fuzz-$target FILE):"
        sed 's/^/  /' <<<"$artifacts"
        grep -E 'ERROR: (libFuzzer|AddressSanitizer)|Fatal error|SUMMARY' "$log" | head -5 | sed 's/^/  /'
    else
        echo "found: nothing"
    fi
done
exit "$found"
