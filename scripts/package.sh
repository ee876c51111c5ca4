#!/usr/bin/env bash
# Installs what is missing, builds, and makes the Debian package (build/accordo_*.deb);
# lists its contents. Install it with: apt install ./build/accordo_*.deb
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
install_missing
build
(cd "$BUILD" && cpack -G DEB)
dpkg-deb --info "$BUILD"/accordo_*.deb
dpkg-deb --contents "$BUILD"/accordo_*.deb
