#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz with clang in build-fuzz and runs each for
# SECONDS (default 30) on a scratch copy of its seed corpus, so that runs do not grow the
# committed corpus. Exits non-zero when any target crashes, leaks, times out or reports
# undefined behaviour; the input that did it is kept in build-fuzz/artifacts/, the full
# output of each run in build-fuzz/logs/.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]      e.g. scripts/fuzz.sh 600 fuzz_csvreader
#
# ACCORDO_FUZZ_JOBS targets run at a time (default: the number of cores, at most 2);
# ACCORDO_FUZZ_TIMEOUT is the most seconds one input may take (default 5).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

SECONDS_PER_TARGET="${1:-30}"
shift || true
FUZZ_BUILD="${ACCORDO_FUZZ_BUILD_DIR:-$ROOT/build-fuzz}"
CORPORA="$ROOT/tests/fuzz/corpus"
JOBS="${ACCORDO_FUZZ_JOBS:-$(( $(nproc) < 2 ? $(nproc) : 2 ))}"
TIMEOUT="${ACCORDO_FUZZ_TIMEOUT:-5}"

# The longest input each target reads (its LLVMFuzzerTestOneInput ignores longer ones).
declare -A MAX_LEN=(
    [fuzz_csvreader]=65536 [fuzz_importmapping]=16384 [fuzz_servicenow]=16384
    [fuzz_calendarjson]=8192 [fuzz_icalimport]=8192
    [fuzz_isotime]=256 [fuzz_duration]=256 [fuzz_batchline]=1024 [fuzz_observations]=16384
    [fuzz_vcardreader]=65536
)
if [ $# -gt 0 ]; then
    TARGETS=("$@")
else
    TARGETS=(fuzz_csvreader fuzz_importmapping fuzz_servicenow fuzz_calendarjson
             fuzz_icalimport fuzz_isotime fuzz_duration fuzz_batchline fuzz_observations
             fuzz_vcardreader)
fi
for target in "${TARGETS[@]}"; do
    if [ -z "${MAX_LEN[$target]:-}" ]; then
        echo "fuzz.sh: unknown target \"$target\" (known: ${!MAX_LEN[*]})" >&2
        exit 2
    fi
done

install_missing "${FUZZ_PACKAGES[@]}"

launcher=()
if command -v ccache >/dev/null; then
    export CCACHE_BASEDIR="$ROOT" CCACHE_NOHASHDIR=true
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
fi
build_start=$(date +%s)
CC=clang CXX=clang++ cmake -S "$ROOT" -B "$FUZZ_BUILD" -G Ninja -DACCORDO_FUZZ=ON \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" >/dev/null
cmake --build "$FUZZ_BUILD" --parallel "$(nproc)" --target "${TARGETS[@]}"
echo "fuzz.sh: built ${#TARGETS[@]} target(s) in $(( $(date +%s) - build_start )) s"

SCRATCH="$(mktemp -d)"
trap 'rm -rf "$SCRATCH"' EXIT
ARTIFACTS="$FUZZ_BUILD/artifacts"
LOGS="$FUZZ_BUILD/logs"
mkdir -p "$ARTIFACTS" "$LOGS"

run_target() {
    local target="$1" corpus="$SCRATCH/$1"
    mkdir -p "$corpus"
    cp -r "$CORPORA/$target/." "$corpus/"
    "$FUZZ_BUILD/bin/$target" -max_total_time="$SECONDS_PER_TARGET" \
        -max_len="${MAX_LEN[$target]}" -timeout="$TIMEOUT" -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$ARTIFACTS/$target-" "$corpus" \
        >"$LOGS/$target.log" 2>&1
    echo $? >"$SCRATCH/$target.rc"
}

running=0
for target in "${TARGETS[@]}"; do
    run_target "$target" &
    running=$((running + 1))
    if [ "$running" -ge "$JOBS" ]; then
        wait -n || true
        running=$((running - 1))
    fi
done
wait || true

passed=0
failed=0
for target in "${TARGETS[@]}"; do
    rc="$(cat "$SCRATCH/$target.rc" 2>/dev/null || echo 1)"
    runs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$LOGS/$target.log" | tail -1)"
    units="$(sed -n 's/^stat::new_units_added: *//p' "$LOGS/$target.log" | tail -1)"
    if [ "$rc" = 0 ]; then
        passed=$((passed + 1))
        printf 'fuzz.sh: %-20s ok      %10s executions in %s s, %s new inputs\n' \
            "$target" "${runs:-?}" "$SECONDS_PER_TARGET" "${units:-?}"
    else
        failed=$((failed + 1))
        printf 'fuzz.sh: %-20s FAILED  %10s executions (exit %s); its log ends:\n' \
            "$target" "${runs:-?}" "$rc"
        tail -n 60 "$LOGS/$target.log"
        ls "$ARTIFACTS" | sed -n "s|^$target-|    kept input: $ARTIFACTS/$target-|p"
    fi
done
echo "fuzz: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
