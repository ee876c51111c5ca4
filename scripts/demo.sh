#!/usr/bin/env bash
# Installs what is missing, builds, and opens Accordo on a demo workspace.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
install_missing
build
DEMO="$BUILD/demo.accordo"
[ -f "$DEMO" ] || "$BUILD/bin/accordo-cli" init --db "$DEMO" --demo
exec "$BUILD/bin/accordo" "$DEMO"
