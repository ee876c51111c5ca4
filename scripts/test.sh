#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite without a display.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
install_missing
build
# What a package would install, under a temporary prefix, and its validators.
bash "$ROOT/scripts/checkinstall.sh" "$BUILD"
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$BUILD" --output-on-failure --parallel "$(nproc)" --timeout 900
