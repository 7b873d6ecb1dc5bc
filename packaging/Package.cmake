# The Debian package (scripts/package.sh runs cpack in its own build folder). Included
# from the top-level CMakeLists.txt, so that CPackConfig.cmake lands in the build folder.
# The package: Debian's dependencies from the binary (dpkg-shlibdeps), plus the Qt plugins
# Loket loads at run time, which no binary links to.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME loket)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The Loket authors")
set(CPACK_PACKAGE_CONTACT "The Loket authors")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "LPSE service desk: guest book, queue, files and service standards")
# The long description; CPack puts the summary above it and indents it for the control file.
set(CPACK_PACKAGE_DESCRIPTION "Loket is the counter application of the LPSE service desk of Kota Banjarmasin:
the guest book and queue numbers, the document checklist of each service, the
hand-off to the verifikator or admin sistem, and the promised service times
counted on the office's working calendar. One SQLite file for one PC, or one
PostgreSQL server shared by every counter PC. The same core serves a headless
command line (loket --help).")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The SQL drivers (a file or the office server), the voice of the waiting room's calls.
# X11 and offscreen come with libqt6gui6, which the binary links.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, qt6-speech-speechd-plugin")
# pg_dump and pg_restore for the server's backups; the speech engine and its Indonesian voice;
# Wayland sessions.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "postgresql-client, speech-dispatcher, speech-dispatcher-espeak-ng, qt6-wayland, fonts-dejavu-core")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX ${CMAKE_INSTALL_PREFIX})
include(CPack)
