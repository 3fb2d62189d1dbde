# Installing Hattama and `make package` (CPack, a Debian package): docs/install.md.
#
#   /usr/bin/hattama                                the program (templates, catalogue,
#                                                   translations and icon are built in)
#   /usr/share/applications/hattama.desktop         the menu entry
#   /usr/share/icons/hicolor/{scalable,NxN}/apps/   the icon, SVG and PNG
#   /usr/share/metainfo/kz.hattama.Hattama.metainfo.xml   AppStream data
#   /usr/share/man/{,ru/,kk/}man1/hattama.1.gz      the man page, made from --help
#   /usr/share/hattama/templates/                   the built-in templates, to copy and change
#   /usr/share/doc/hattama/                         copyright, changelog, install.md
#   /etc/hattama/hattama.conf                       the system settings (a conffile, all
#                                                   commented out; HATTAMA_SYSTEM_CONFIG_PATH)
include(GNUInstallDirs)

set(HATTAMA_HOMEPAGE "https://hattama.kz" CACHE STRING
  "Home page of the AppStream data; the screenshots are expected under <homepage>/screenshots/")
set(HATTAMA_PACKAGE_MAINTAINER "Hattama team <team@hattama.kz>" CACHE STRING
  "Maintainer field of the Debian package")
set(_linux ${PROJECT_SOURCE_DIR}/packaging/linux)
set(_doc ${CMAKE_INSTALL_DATADIR}/doc/hattama)

install(TARGETS hattama RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${_linux}/hattama.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
configure_file(${_linux}/kz.hattama.Hattama.metainfo.xml.in
  ${PROJECT_BINARY_DIR}/packaging/kz.hattama.Hattama.metainfo.xml @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/packaging/kz.hattama.Hattama.metainfo.xml
  DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

# Icons: the SVG as it is, PNG sizes drawn from it at build time.
find_program(HATTAMA_RSVG_CONVERT rsvg-convert REQUIRED) # librsvg2-bin
install(FILES ${PROJECT_SOURCE_DIR}/resources/hattama.svg
  DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
set(_pngs "")
foreach(size 16 22 24 32 48 64 128 256)
  set(_png ${PROJECT_BINARY_DIR}/packaging/icons/${size}x${size}/hattama.png)
  add_custom_command(OUTPUT ${_png}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/packaging/icons/${size}x${size}
    COMMAND ${HATTAMA_RSVG_CONVERT} -w ${size} -h ${size} -o ${_png} ${PROJECT_SOURCE_DIR}/resources/hattama.svg
    DEPENDS ${PROJECT_SOURCE_DIR}/resources/hattama.svg
    COMMENT "Icon ${size}x${size}"
    VERBATIM)
  list(APPEND _pngs ${_png})
  install(FILES ${_png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()
add_custom_target(hattama_icons ALL DEPENDS ${_pngs})

# The man page in each language (app/CMakeLists.txt makes them).
install(FILES ${PROJECT_BINARY_DIR}/app/man/en/hattama.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
foreach(lang ru kk)
  install(FILES ${PROJECT_BINARY_DIR}/app/man/${lang}/hattama.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/${lang}/man1)
endforeach()

install(DIRECTORY ${PROJECT_SOURCE_DIR}/resources/templates/ ${PROJECT_SOURCE_DIR}/resources/protocol/
  DESTINATION ${CMAKE_INSTALL_DATADIR}/hattama/templates)
install(FILES ${_linux}/copyright ${PROJECT_SOURCE_DIR}/docs/install.md DESTINATION ${_doc})
# The changelog Debian requires, with the version of this build (known only at build time).
install(CODE "
  file(STRINGS \"${HATTAMA_VERSION_DIR}/version.txt\" _version LIMIT_COUNT 1)
  set(_dir \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${_doc}\")
  file(MAKE_DIRECTORY \"\${_dir}\")
  string(TIMESTAMP _date \"%a, %d %b %Y %H:%M:%S +0000\" UTC)
  file(WRITE \"\${_dir}/changelog\" \"hattama (\${_version}) unstable; urgency=medium\\n\\n  * Built from the project's sources, version \${_version}.\\n\\n -- ${HATTAMA_PACKAGE_MAINTAINER}  \${_date}\\n\")
  execute_process(COMMAND gzip -9 -n -f \"\${_dir}/changelog\" RESULT_VARIABLE _gzip)
  if(NOT _gzip EQUAL 0)
    message(FATAL_ERROR \"gzip of the changelog failed\")
  endif()")
# The system settings file goes where the program reads it, whatever the install prefix.
get_filename_component(_etc ${HATTAMA_SYSTEM_CONFIG_PATH} DIRECTORY)
get_filename_component(_conf_name ${HATTAMA_SYSTEM_CONFIG_PATH} NAME)
install(FILES ${_linux}/hattama.conf DESTINATION ${_etc} RENAME ${_conf_name})
file(WRITE ${PROJECT_BINARY_DIR}/packaging/conffiles "${HATTAMA_SYSTEM_CONFIG_PATH}\n")

# The Debian package: hattama_<version>_<arch>.deb.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME hattama)
set(CPACK_PACKAGE_VENDOR "The Hattama authors")
set(CPACK_PACKAGE_CONTACT "${HATTAMA_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "court hearing recorder and protocol")
set(CPACK_PACKAGE_DESCRIPTION "Hattama records court hearings: every microphone on its own track,
several cameras, one clock, in hash-chained segments that survive a power
cut. It produces the hearing protocol in Russian and Kazakh (PDF, ODT,
HTML) for the courts of Kazakhstan.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${HATTAMA_HOMEPAGE}")
set(CPACK_STRIP_FILES ON)
set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
  OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
# The libraries the program links, computed by dpkg-shlibdeps; then what it loads at run time
# that no linker sees: Qt plugins (SQL drivers, SVG icons), Qt's own translations, the
# GStreamer plugins Qt Multimedia plays through, the DejaVu fonts of the PDF protocol, the
# ffmpeg and ffprobe programs the party's copy cuts its media with (and xorriso for an image or
# a disc, recommended).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
  "libqt6sql6-sqlite, libqt6sql6-psql, libqt6svg6, qt6-translations-l10n, fonts-dejavu-core, gstreamer1.0-plugins-base, gstreamer1.0-plugins-good, gstreamer1.0-libav, ffmpeg")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "pulseaudio | pipewire-pulse, gstreamer1.0-pulseaudio, xorriso")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA ${PROJECT_BINARY_DIR}/packaging/conffiles)
# The version is the build's (cmake/HattamaVersion.cmake), read when cpack runs.
configure_file(${PROJECT_SOURCE_DIR}/cmake/CPackProjectConfig.cmake.in
  ${PROJECT_BINARY_DIR}/CPackProjectConfig.cmake @ONLY)
set(CPACK_PROJECT_CONFIG_FILE ${PROJECT_BINARY_DIR}/CPackProjectConfig.cmake)
include(CPack)
