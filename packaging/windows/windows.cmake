# Windows: herald.exe and herald-cli.exe with Qt and every third-party DLL beside them, in an NSIS installer
# (CPack; WiX configured too). Start-menu entry, icon, uninstaller, upgrades in place (one registry key, one
# WiX upgrade code); the agent is an optional component that registers a scheduled task at logon.
# herald-relay is a Linux server and is not built here (app/relay/CMakeLists.txt).
set(herald_win ${CMAKE_CURRENT_SOURCE_DIR}/windows)

# Icon and version resource of herald.exe and herald-cli.exe (the version from project()).
configure_file(${herald_win}/herald.rc.in ${CMAKE_CURRENT_BINARY_DIR}/herald.rc @ONLY)
target_sources(herald PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/herald.rc)
target_sources(herald-cli PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/herald.rc)

# Deploy. Qt 6.4 has no qt_generate_deploy_app_script(OUTPUT_SCRIPT), so the install step runs windeployqt itself
# (Qt's DLLs and the platforms, styles, sqldrivers and tls plugins, the MSVC runtime), then copies every other DLL
# the two programs load — QtKeychain, libphonenumber, protobuf, abseil, ICU, SQLite — from the directories the
# package manager put them in (vcpkg: <installed>/<triplet>/bin, the same as Qt's).
find_program(HERALD_WINDEPLOYQT windeployqt
    HINTS ${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS} ${QT6_INSTALL_PREFIX}/tools/Qt6/bin ${QT6_INSTALL_PREFIX}/bin
    REQUIRED)
set(herald_dll_dirs ${QT6_INSTALL_PREFIX}/bin ${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS})
if(DEFINED VCPKG_INSTALLED_DIR AND DEFINED VCPKG_TARGET_TRIPLET)
    list(APPEND herald_dll_dirs ${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/bin)
endif()
install(CODE "
    set(bin \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
    execute_process(COMMAND \"${HERALD_WINDEPLOYQT}\" --release --compiler-runtime --no-opengl-sw
            --no-system-d3d-compiler --dir \"\${bin}\" \"\${bin}/herald.exe\" \"\${bin}/herald-cli.exe\"
        RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR \"windeployqt failed (\${rc})\")
    endif()
    file(GET_RUNTIME_DEPENDENCIES
        EXECUTABLES \"\${bin}/herald.exe\" \"\${bin}/herald-cli.exe\"
        RESOLVED_DEPENDENCIES_VAR deps UNRESOLVED_DEPENDENCIES_VAR missing
        DIRECTORIES ${herald_dll_dirs}
        PRE_EXCLUDE_REGEXES \"^api-ms-\" \"^ext-ms-\"
        POST_EXCLUDE_REGEXES \".*[Ss]ystem32/.*\" \".*[Ww]indows/.*\")
    foreach(dll IN LISTS deps)
        file(INSTALL \"\${dll}\" DESTINATION \"\${bin}\")
    endforeach()
    if(missing)
        message(FATAL_ERROR \"Not found, so not deployed: \${missing}\")
    endif()
    # One SQLite per process: Qt's sqldrivers/qsqlite.dll must use this sqlite3.dll, not a copy of its own
    # (vcpkg's qtbase builds it with -DFEATURE_system_sqlite=ON; Workspace::open() refuses two copies).
    if(NOT EXISTS \"\${bin}/sqlite3.dll\")
        message(FATAL_ERROR \"sqlite3.dll was not deployed: Herald and Qt's SQLite driver must share it\")
    endif()
" COMPONENT herald)

# The optional agent: a script that registers `herald-cli agent` as a scheduled task at logon.
install(FILES ${herald_win}/herald-agent-task.cmd DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT agent)

set(CPACK_GENERATOR NSIS)
set(CPACK_COMPONENTS_ALL herald agent)
set(CPACK_COMPONENT_HERALD_DISPLAY_NAME "Herald")
set(CPACK_COMPONENT_HERALD_DESCRIPTION "The desktop application and herald-cli.")
set(CPACK_COMPONENT_HERALD_REQUIRED ON)
set(CPACK_COMPONENT_AGENT_DISPLAY_NAME "Background agent")
set(CPACK_COMPONENT_AGENT_DESCRIPTION
    "Runs herald-cli agent at logon, so scheduled and triggered campaigns are sent while Herald is closed.")
set(CPACK_COMPONENT_AGENT_DISABLED ON)
set(CPACK_COMPONENT_AGENT_DEPENDS herald)
set(CPACK_PACKAGE_EXECUTABLES herald Herald)
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY Herald)
set(CPACK_NSIS_PACKAGE_NAME Herald)
set(CPACK_NSIS_DISPLAY_NAME Herald)
set(CPACK_NSIS_MUI_ICON ${herald_win}/herald.ico)
set(CPACK_NSIS_MUI_UNIICON ${herald_win}/herald.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME "${CMAKE_INSTALL_BINDIR}\\\\herald.exe")
set(CPACK_NSIS_URL_INFO_ABOUT ${PROJECT_HOMEPAGE_URL})
set(CPACK_NSIS_CONTACT "packages@herald.example.org")
# An upgrade replaces the installed version in place (same registry key): uninstall it first, silently.
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH ON)   # offers to put herald-cli on PATH
set(CPACK_NSIS_EXECUTABLES_DIRECTORY ${CMAKE_INSTALL_BINDIR})
# Forward slashes: NSIS reads them, and CPack's config file would take backslashes for escapes.
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS "!include \\\"${herald_win}/agent-install.nsh\\\"")
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "!include \\\"${herald_win}/agent-uninstall.nsh\\\"")

# WiX (cpack -G WIX): the upgrade code must never change, or Windows installs a second copy beside the first.
set(CPACK_WIX_UPGRADE_GUID 872D2151-B7B3-4E58-827B-B9214042FDEC)
set(CPACK_WIX_PRODUCT_ICON ${herald_win}/herald.ico)
set(CPACK_WIX_PROGRAM_MENU_FOLDER Herald)
