#!/usr/bin/env bash
# The whole test suite under AddressSanitizer (with LeakSanitizer) and
# UndefinedBehaviorSanitizer: installs what is missing, builds in build-asan with
# -DACCORDO_SANITIZE=ON (the benchmarks are left out) and runs every test, the PostgreSQL
# variants included, without a display. Any report fails the test that caused it.
#
# Too slow for CI; run it by hand before a release or after touching memory-sensitive code.
# Extra arguments go to ctest, e.g. scripts/sanitize.sh -R tst_auditlog
# ACCORDO_JOBS (default 2) sets how many compilers and tests run at once.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
BUILD="${ACCORDO_BUILD_DIR:-$ROOT/build-asan}"
JOBS="${ACCORDO_JOBS:-2}"
SUPPRESSIONS="$ROOT/tests/sanitizer"

# GCC's own sanitizer runtimes, the compiler Qt 6.4 on Debian 12 is built with.
install_missing libasan8 libubsan1

launcher=()
if command -v ccache >/dev/null; then
    export CCACHE_BASEDIR="$ROOT" CCACHE_NOHASHDIR=true
    # The precompiled headers (cmake/precompiledheaders.cmake) are cached only with these.
    export CCACHE_SLOPPINESS=pch_defines,time_macros
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
fi

# -O1 (what the sanitizer manuals advise) and line tables only (-g1, enough for the file:line
# of every frame in a report): a third faster to compile than -O2 -g with the instrumentation.
started=$(date +%s)
cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DACCORDO_SANITIZE=ON \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1 -DNDEBUG" "${launcher[@]}"
cmake --build "$BUILD" --parallel "$JOBS"
built=$(date +%s)
echo "Sanitizer build: $((built - started)) s"

# AddressSanitizer and LeakSanitizer write their reports to a file per process in $LOGS
# instead of stderr: the tests also start accordo-cli as a child process and some expect it
# to fail, so a report there would not otherwise fail the test. Any report file after the run
# fails this script. GCC's UBSan runtime ignores log_path next to ASan and prints to stderr;
# abort_on_error makes every finding a crash (SIGABRT), which no test takes for an expected
# failure, and the test logs are searched for its "runtime error:" lines as well.
# halt_on_error: the first report ends the process. detect_leaks: LeakSanitizer at exit;
# lsan.supp names only third-party libraries. The PostgreSQL server and Python are not
# instrumented; only Accordo's programs read these variables.
LOGS="$BUILD/sanitizer-reports"
rm -rf "$LOGS"
mkdir -p "$LOGS"
export ASAN_OPTIONS="halt_on_error=1:abort_on_error=1:log_path=$LOGS/report:log_exe_name=1:detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1"
export LSAN_OPTIONS="suppressions=$SUPPRESSIONS/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="halt_on_error=1:abort_on_error=1:print_stacktrace=1:suppressions=$SUPPRESSIONS/ubsan.supp"
export QT_QPA_PLATFORM=offscreen

status=0
ctest --test-dir "$BUILD" --output-on-failure --parallel "$JOBS" --timeout 1800 "$@" || status=$?
echo "Sanitizer test run: $(($(date +%s) - built)) s"

reports=("$LOGS"/report*)
found=0
if [ -e "${reports[0]}" ]; then
    for report in "${reports[@]}"; do
        echo "==== $report"
        cat "$report"
    done
    found=${#reports[@]}
fi
if grep -n "runtime error:" "$BUILD/Testing/Temporary/LastTest.log"*; then
    found=$((found + 1))
fi
if [ "$found" -gt 0 ]; then
    echo "Sanitizer reports found (files in $LOGS, runtime errors in the test log)" >&2
    exit 1
fi
echo "Sanitizer reports: none"
exit $status
