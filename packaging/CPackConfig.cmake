# Installation layout and packages: a .deb (dependencies computed from the binaries, so
# `apt install ./flowscope_*.deb` pulls Qt) and a .tar.gz. Included from the top-level file.
include(GNUInstallDirs)

set(FLOWSCOPE_APP_ID org.flowscope.FlowScope)

# Man pages: the template's prose around the synopsis and options that the programs describe
# themselves with (flowscope-manpage), so --help and the page agree; Debian wants them compressed.
find_program(GZIP_PROGRAM gzip REQUIRED)
foreach(page flowscope flowscope-sandbox)
    add_custom_command(OUTPUT ${CMAKE_BINARY_DIR}/man/${page}.1
        COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/man
        COMMAND flowscope-manpage ${page} ${CMAKE_CURRENT_LIST_DIR}/man/${page}.1.in
            ${CMAKE_BINARY_DIR}/man/${page}.1
        DEPENDS flowscope-manpage ${CMAKE_CURRENT_LIST_DIR}/man/${page}.1.in
        COMMENT "Writing the ${page}(1) man page")
    add_custom_command(OUTPUT ${CMAKE_BINARY_DIR}/man/${page}.1.gz
        COMMAND ${GZIP_PROGRAM} -9 -n -c ${CMAKE_BINARY_DIR}/man/${page}.1 > ${CMAKE_BINARY_DIR}/man/${page}.1.gz
        DEPENDS ${CMAKE_BINARY_DIR}/man/${page}.1
        COMMENT "Compressing the ${page}(1) man page")
    list(APPEND FLOWSCOPE_MAN_PAGES ${CMAKE_BINARY_DIR}/man/${page}.1.gz)
endforeach()
add_custom_target(man_pages ALL DEPENDS ${FLOWSCOPE_MAN_PAGES})

install(FILES ${FLOWSCOPE_MAN_PAGES} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/${FLOWSCOPE_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/${FLOWSCOPE_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
# The archive's sync for hosts without the window: a systemd user timer (off until enabled).
install(FILES ${CMAKE_CURRENT_LIST_DIR}/flowscope-archive-sync.service
    ${CMAKE_CURRENT_LIST_DIR}/flowscope-archive-sync.timer DESTINATION lib/systemd/user)
install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/flowscope.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${FLOWSCOPE_APP_ID}.svg)
install(FILES ${CMAKE_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/flowscope RENAME copyright)

set(CPACK_PACKAGE_NAME flowscope)
set(CPACK_PACKAGE_VENDOR "The FlowScope authors")
set(CPACK_PACKAGE_CONTACT "The FlowScope authors <flowscope@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Browse, search and export Twilio Studio flow executions")
set(CPACK_PACKAGE_DESCRIPTION "FlowScope is a fast desktop browser for Twilio Studio flow executions, made for support staff: pick a flow, narrow the date range, scroll through executions that load page by page, read an execution's context as a tree and its steps, and export to spreadsheet-safe CSV. It includes flowscope-sandbox, a Studio v1 server with generated data.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_SOURCE_DIR}/LICENSE)
set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON) # the Qt libraries the binaries link, with versions
# flowscope:// links open FlowScope: the desktop database learns the scheme on install and
# forgets it on removal.
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    ${CMAKE_CURRENT_LIST_DIR}/debian/postinst ${CMAKE_CURRENT_LIST_DIR}/debian/postrm)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# The SVG icon engine and the platform plugins are loaded, not linked: name them.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6, qt6-qpa-plugins")
# The shared archive reaches PostgreSQL through Qt SQL's driver plugin, which no binary links.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, libqt6sql6-psql")
set(CPACK_ARCHIVE_FILE_NAME "${CPACK_PACKAGE_NAME}-${PROJECT_VERSION}-${CMAKE_SYSTEM_NAME}-${CMAKE_SYSTEM_PROCESSOR}")
include(CPack)
