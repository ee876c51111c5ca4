#!/usr/bin/env bash
# Installs a build into a temporary prefix, as a package would under /usr, and checks what
# the desktop reads: every file is in place, and the desktop entry and the AppStream
# metainfo pass their validators. Usage: scripts/checkinstall.sh [BUILD_DIR]
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${1:-${ACCORDO_BUILD_DIR:-$ROOT/build}}"
APP_ID=io.github.accordo.Accordo
PREFIX="$(mktemp -d)"
trap 'rm -rf "$PREFIX"' EXIT

cmake --install "$BUILD" --prefix "$PREFIX" >/dev/null

expected=(
    bin/accordo
    bin/accordo-cli
    "share/applications/$APP_ID.desktop"
    "share/metainfo/$APP_ID.metainfo.xml"
    "share/mime/packages/$APP_ID.xml"
    "share/icons/hicolor/scalable/apps/$APP_ID.svg"
    share/icons/hicolor/scalable/mimetypes/application-x-accordo-workspace.svg
    share/man/man1/accordo-cli.1
    share/bash-completion/completions/accordo-cli
)
for size in 16 22 24 32 48 64 128 256; do
    expected+=("share/icons/hicolor/${size}x${size}/apps/$APP_ID.png")
done
missing=0
for file in "${expected[@]}"; do
    if [ ! -s "$PREFIX/$file" ]; then
        echo "checkinstall: missing from the installation: $file" >&2
        missing=1
    fi
done
[ "$missing" -eq 0 ] || exit 1
# Nothing beyond the list: a new installed file is added here on purpose.
installed=$(cd "$PREFIX" && find . -type f | sed 's|^\./||' | sort)
unexpected=$(comm -23 <(echo "$installed") <(printf '%s\n' "${expected[@]}" | sort))
if [ -n "$unexpected" ]; then
    echo "checkinstall: installed but not expected: $unexpected" >&2
    exit 1
fi

desktop-file-validate "$PREFIX/share/applications/$APP_ID.desktop"
appstreamcli validate --no-net "$PREFIX/share/metainfo/$APP_ID.metainfo.xml"
# The man page renders without warnings.
warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l \
    "$PREFIX/share/man/man1/accordo-cli.1" 2>&1 >/dev/null)
if [ -n "$warnings" ]; then
    echo "checkinstall: the man page of accordo-cli: $warnings" >&2
    exit 1
fi
"$PREFIX/bin/accordo-cli" --version
echo "checkinstall: ${#expected[@]} files installed and valid"
