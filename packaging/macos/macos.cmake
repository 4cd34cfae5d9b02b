# macOS: herald.app (herald-cli inside, in Contents/MacOS) with Qt and every third-party dylib in the bundle, in a
# DMG (CPack DragNDrop). Signing-ready: macdeployqt signs when HERALD_CODESIGN_IDENTITY is set at install time
# (hardened runtime, packaging/macos/herald.entitlements); without it the CI signs ad hoc.
# herald-relay is a Linux server and is not packaged here.
set(herald_mac ${CMAKE_CURRENT_SOURCE_DIR}/macos)

set_source_files_properties(${herald_mac}/herald.icns PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
target_sources(herald PRIVATE ${herald_mac}/herald.icns)
set_target_properties(herald PROPERTIES
    MACOSX_BUNDLE_INFO_PLIST ${herald_mac}/Info.plist.in
    MACOSX_BUNDLE_GUI_IDENTIFIER io.herald.Herald
    MACOSX_BUNDLE_BUNDLE_NAME Herald
    MACOSX_BUNDLE_ICON_FILE herald.icns
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_COPYRIGHT "Copyright © 2026 The Herald team")

# Deploy. Qt 6.4 has no qt_generate_deploy_app_script(OUTPUT_SCRIPT): the install step runs macdeployqt, which
# copies Qt's frameworks and plugins (platforms, styles, sqldrivers, tls) and every non-system dylib the two
# programs load (QtKeychain, libphonenumber, protobuf, abseil, ICU, SQLite) into Contents/Frameworks and rewrites
# their install names; -executable does the same for herald-cli.
find_program(HERALD_MACDEPLOYQT macdeployqt
    HINTS ${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS} ${QT6_INSTALL_PREFIX}/tools/Qt6/bin ${QT6_INSTALL_PREFIX}/bin
    REQUIRED)
install(CODE "
    set(app \"\${CMAKE_INSTALL_PREFIX}/herald.app\")
    set(sign)
    if(DEFINED ENV{HERALD_CODESIGN_IDENTITY})
        set(sign \"-codesign=\$ENV{HERALD_CODESIGN_IDENTITY}\" -hardened-runtime -timestamp)
    endif()
    execute_process(COMMAND \"${HERALD_MACDEPLOYQT}\" \"\${app}\" -always-overwrite
            \"-executable=\${app}/Contents/MacOS/herald-cli\" \${sign}
        RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR \"macdeployqt failed (\${rc})\")
    endif()
    # One SQLite per process: Qt's libqsqlite.dylib must use the bundle's libsqlite3, not a copy of its own
    # (vcpkg's qtbase builds it with system SQLite; Workspace::open() refuses two copies).
    file(GLOB sqlite \"\${app}/Contents/Frameworks/libsqlite3*.dylib\")
    if(NOT sqlite)
        message(FATAL_ERROR \"libsqlite3 was not deployed into the bundle: Herald and Qt's SQLite driver must share it\")
    endif()
" COMPONENT herald)

set(CPACK_GENERATOR DragNDrop)
set(CPACK_DMG_VOLUME_NAME Herald)
set(CPACK_DMG_FORMAT UDZO)
set(CPACK_PACKAGE_ICON ${herald_mac}/herald.icns)
