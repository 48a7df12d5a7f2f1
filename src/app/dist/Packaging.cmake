# Debian packages (./run.sh package): stationops (the app and its verbs), stationops-gateway (the
# service on the control-room PC) and stationops-sim (the device simulator). CPack writes them
# to build/packages; dpkg-shlibdeps works out Depends.
include(GNUInstallDirs)
set(dist ${PROJECT_SOURCE_DIR}/src/app/dist)
set(dist_out ${PROJECT_BINARY_DIR}/dist)

install(TARGETS stationops RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT app)
install(TARGETS stationops-devsim RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT sim)

install(FILES ${dist}/org.stationops.StationOps.desktop DESTINATION share/applications COMPONENT app)
configure_file(${dist}/org.stationops.StationOps.metainfo.xml
    ${dist_out}/org.stationops.StationOps.metainfo.xml @ONLY)
install(FILES ${dist_out}/org.stationops.StationOps.metainfo.xml DESTINATION share/metainfo
    COMPONENT app)
install(FILES ${dist}/org.stationops.StationOps.svg DESTINATION share/icons/hicolor/scalable/apps
    COMPONENT app)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/config/ DESTINATION share/doc/stationops/examples
    COMPONENT app)
install(FILES ${PROJECT_SOURCE_DIR}/README.md DESTINATION share/doc/stationops COMPONENT app)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/devices/scenarios/ DESTINATION share/stationops/scenarios
    COMPONENT sim)
install(FILES ${dist}/stationops-gateway.service DESTINATION /lib/systemd/system
    COMPONENT gateway)

# Each package's copyright and changelog, as Debian policy asks.
set(debian_date "Thu, 03 Dec 2026 00:00:00 +0000")
foreach(pkg stationops stationops-gateway stationops-sim)
    if(pkg STREQUAL "stationops")
        set(component app)
    elseif(pkg STREQUAL "stationops-gateway")
        set(component gateway)
    else()
        set(component sim)
    endif()
    file(WRITE ${dist_out}/${pkg}/changelog
        "${pkg} (${PROJECT_VERSION}) stable; urgency=medium\n\n"
        "  * Packaged from the StationOps source tree.\n\n"
        " -- StationOps <it@stationops.org>  ${debian_date}\n")
    add_custom_command(OUTPUT ${dist_out}/${pkg}/native/changelog.gz
        COMMAND ${CMAKE_COMMAND} -E copy ${dist_out}/${pkg}/changelog
            ${dist_out}/${pkg}/native/changelog
        COMMAND gzip -n -9 -f ${dist_out}/${pkg}/native/changelog
        DEPENDS ${dist_out}/${pkg}/changelog VERBATIM)
    list(APPEND changelogs ${dist_out}/${pkg}/native/changelog.gz)
    install(FILES ${dist}/copyright ${dist_out}/${pkg}/native/changelog.gz
        DESTINATION share/doc/${pkg} COMPONENT ${component})
endforeach()

# Manual pages from --help.
foreach(prog stationops stationops-devsim)
    if(prog STREQUAL "stationops")
        set(summary "patrol inspections, cash, incidents and device alarms for metro station staff")
        set(component app)
    else()
        set(summary "plays device scenarios on pseudo-terminals for training and test benches")
        set(component sim)
    endif()
    add_custom_command(OUTPUT ${dist_out}/${prog}.1.gz
        COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen
            ${CMAKE_COMMAND} -DPROGRAM=$<TARGET_FILE:${prog}> -DNAME=${prog}
            "-DSUMMARY=${summary}" -DVERSION=${PROJECT_VERSION} -DOUT=${dist_out}/${prog}.1
            -P ${dist}/manpage.cmake
        COMMAND gzip -n -9 -f ${dist_out}/${prog}.1
        DEPENDS ${prog} ${dist}/manpage.cmake VERBATIM)
    list(APPEND manpages ${dist_out}/${prog}.1.gz)
    install(FILES ${dist_out}/${prog}.1.gz DESTINATION share/man/man1 COMPONENT ${component})
endforeach()
add_custom_target(stationops_dist ALL DEPENDS ${changelogs} ${manpages})

# Maintainer scripts, named as dpkg wants them, one folder a package.
foreach(script app.preinst app.postinst gateway.postinst gateway.prerm gateway.postrm)
    string(REPLACE "." ";" parts ${script})
    list(GET parts 0 component)
    list(GET parts 1 name)
    configure_file(${dist}/${script} ${dist_out}/control/${component}/${name} @ONLY
        FILE_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE
        WORLD_READ WORLD_EXECUTE)
endforeach()

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME stationops)
set(CPACK_PACKAGE_VENDOR StationOps)
set(CPACK_PACKAGE_CONTACT "StationOps <it@stationops.org>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_OUTPUT_FILE_PREFIX ${PROJECT_BINARY_DIR}/packages)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL app gateway sim)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE https://stationops.org/)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "StationOps <it@stationops.org>")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(CPACK_DEBIAN_APP_PACKAGE_NAME stationops)
set(CPACK_COMPONENT_APP_DESCRIPTION "metro station staff tablet app
 Patrol inspections door by door, ticket-sale cash reconciled to the fen with a
 blind count and a supervisor's sign-off, passenger-service incidents through
 their review, and the station's device alarms, in Simplified Chinese and
 English. Also the command-line verbs: verify, backup, restore, export, staff,
 sync and server.")
set(CPACK_DEBIAN_APP_PACKAGE_DEPENDS "qml6-module-qtquick, qml6-module-qtquick-controls, qml6-module-qtquick-layouts, qml6-module-qtquick-templates, qml6-module-qtquick-window, qml6-module-qtquick-dialogs, qml6-module-qtqml-workerscript, qml6-module-qtquick-pdf, qml6-module-qt-labs-folderlistmodel, qml6-module-qtmultimedia, libqt6sql6-sqlite, fonts-noto-cjk")
set(CPACK_DEBIAN_APP_PACKAGE_RECOMMENDS "libqt6sql6-psql")
set(CPACK_DEBIAN_APP_PACKAGE_CONTROL_EXTRA
    ${dist_out}/control/app/preinst ${dist_out}/control/app/postinst)

set(CPACK_DEBIAN_GATEWAY_PACKAGE_NAME stationops-gateway)
set(CPACK_DEBIAN_GATEWAY_PACKAGE_ARCHITECTURE all)
set(CPACK_COMPONENT_GATEWAY_DESCRIPTION "StationOps gateway service for the control-room PC
 Runs 'stationops gateway' day and night as the stationops system user in the
 dialout group: the serial links to platform screen doors, escalators, lifts,
 the fire panel and pumps, and the alarm engine. Config in /etc/stationops,
 data in /var/lib/stationops.")
set(CPACK_DEBIAN_GATEWAY_PACKAGE_DEPENDS "stationops (= ${PROJECT_VERSION}), adduser")
set(CPACK_DEBIAN_GATEWAY_PACKAGE_CONTROL_EXTRA ${dist_out}/control/gateway/postinst
    ${dist_out}/control/gateway/prerm ${dist_out}/control/gateway/postrm)

set(CPACK_DEBIAN_SIM_PACKAGE_NAME stationops-sim)
set(CPACK_COMPONENT_SIM_DESCRIPTION "StationOps device simulator for training rooms and test benches
 Plays scenarios of platform screen door, escalator, lift, fire panel and pump
 controllers on pseudo-terminals, so the whole alarm chain runs without
 hardware.")
include(CPack)
