# The Debian package: cpack -G DEB in the build directory writes accordo_<version>_<arch>.deb
# with what cmake --install installs under /usr. dpkg-shlibdeps finds the libraries the two
# programs link; the plugins Qt loads at run time are named here, since no linker sees them.
set(CPACK_PACKAGE_NAME accordo)
set(CPACK_PACKAGE_VENDOR "The Accordo developers")
set(CPACK_PACKAGE_CONTACT "The Accordo developers <accordo@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "service level management for the desktop")
set(CPACK_PACKAGE_DESCRIPTION
    "Accordo manages service level agreements: customer SLAs, internal SLAs, operational
level agreements and underpinning contracts, their approval workflow, targets in business
time, measurements imported from ticket systems, KPI dashboards and PDF reports.
accordo is the desktop application, accordo-cli the command line.")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://accordo.github.io/")
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The SVG icon engine and image plugin draw every icon; the SQLite driver opens workspaces.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6, libqt6sql6-sqlite")
# Workspaces on a PostgreSQL server; Wayland without XWayland; Qt's own dialogs in Italian.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-psql, qt6-wayland, qt6-translations-l10n")

set(CPACK_GENERATOR DEB)
include(CPack)
