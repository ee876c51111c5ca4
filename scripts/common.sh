# Shared by demo.sh and test.sh: install what is missing from Debian 12, then build.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${ACCORDO_BUILD_DIR:-$ROOT/build}"

# Everything comes from Debian 12's own packages; the README says why each one is there.
PACKAGES=(
    build-essential cmake ninja-build pkg-config ccache
    qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev libgl-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-charts-dev qt6-svg-dev
    libqt6sql6-sqlite libqt6sql6-psql
    libboost-date-time-dev libical-dev
    postgresql
    sqlite3 libsqlite3-dev python3 fonts-dejavu-core poppler-utils unzip
    help2man desktop-file-utils appstream shared-mime-info bash-completion dpkg-dev file
)
# Only scripts/fuzz.sh needs these: clang with libFuzzer and the sanitizer runtimes.
FUZZ_PACKAGES=(clang libclang-rt-14-dev)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_missing() {
    local missing=()
    for package in "${PACKAGES[@]}" "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$package")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "Installing: ${missing[*]}"
        as_root apt-get update -q
        as_root env DEBIAN_FRONTEND=noninteractive \
            apt-get install -y -q --no-install-recommends "${missing[@]}"
    fi
}

build() {
    # ccache keeps compiled objects between builds, also across clones of the repository:
    # paths are taken relative to the source root and the build directory is not hashed.
    local launcher=()
    if command -v ccache >/dev/null; then
        export CCACHE_BASEDIR="$ROOT" CCACHE_NOHASHDIR=true
        # The precompiled headers (cmake/precompiledheaders.cmake) are cached only with these.
        export CCACHE_SLOPPINESS=pch_defines,time_macros
        launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
    fi
    cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}"
    cmake --build "$BUILD" --parallel "$(nproc)"
}
