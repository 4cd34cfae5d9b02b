# Linux: what the two Debian packages install, and how CPack's DEB generator builds them (scripts/package.sh).
#   herald        component "herald": herald, herald-cli, the agent's systemd user unit, .desktop, icon, MIME types,
#                 AppStream metainfo, man pages, bash and zsh completion of herald-cli
#   herald-relay  component "relay": herald-relay only (it links herald_relay + herald_storage: no GUI, keychain,
#                 D-Bus or phone-number library), its hardened systemd unit, sysusers.d and tmpfiles.d entries
# Install with CMAKE_INSTALL_PREFIX=/usr (scripts/package.sh does): the units name /usr/bin.
set(herald_linux ${CMAKE_CURRENT_SOURCE_DIR}/linux)
set(herald_gen ${CMAKE_CURRENT_BINARY_DIR})

install(FILES ${herald_linux}/herald.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT herald)
install(FILES ${herald_gen}/io.herald.Herald.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo
    COMPONENT herald)
install(FILES ${herald_linux}/herald.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
    COMPONENT herald)
# The workspace's MIME types (by suffix); dpkg's shared-mime-info trigger runs update-mime-database.
install(FILES ${herald_linux}/io.herald.Herald.mime.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages
    COMPONENT herald)
install(FILES ${herald_linux}/herald-agent.service DESTINATION lib/systemd/user COMPONENT herald)

install(FILES ${herald_linux}/herald-relay.service DESTINATION lib/systemd/system COMPONENT relay)
install(FILES ${herald_linux}/herald-relay.sysusers DESTINATION lib/sysusers.d RENAME herald-relay.conf
    COMPONENT relay)
install(FILES ${herald_linux}/herald-relay.tmpfiles DESTINATION lib/tmpfiles.d RENAME herald-relay.conf
    COMPONENT relay)

# Man pages from one source: each program's own --help and --version (help2man), plus packaging/man/*.h2m for
# the sections --help has no room for. Built with the programs when help2man is installed.
find_program(HERALD_HELP2MAN help2man)
set(herald_man_programs "")
if(HERALD_HELP2MAN AND NOT CMAKE_CROSSCOMPILING)
    set(herald_man_programs herald herald-cli herald-relay)
else()
    message(STATUS "help2man not found: no man pages (scripts/package.sh installs it)")
endif()
set(herald_man_herald_component herald)
set(herald_man_herald-cli_component herald)
set(herald_man_herald-relay_component relay)
foreach(program IN LISTS herald_man_programs)
    set(includes -i ${CMAKE_CURRENT_SOURCE_DIR}/man/${program}.h2m)
    if(program STREQUAL "herald-cli")
        # `herald-cli help` (every command with its description) reads better as a man page than the synopsis
        # list of --help; the synopsis is in herald-cli.h2m.
        list(APPEND includes --help-option=help)
    endif()
    if(NOT program STREQUAL "herald-relay")
        list(APPEND includes -i ${CMAKE_CURRENT_SOURCE_DIR}/man/common.h2m)
    endif()
    add_custom_command(OUTPUT ${herald_gen}/${program}.1.gz
        COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen HERALD_RELAY_APP_SECRET= LC_ALL=C.UTF-8
            ${HERALD_HELP2MAN} --no-info --no-discard-stderr --section=1 ${includes} --output=${herald_gen}/${program}.1
            $<TARGET_FILE:${program}>
        COMMAND gzip -9nf ${herald_gen}/${program}.1
        DEPENDS ${program} ${CMAKE_CURRENT_SOURCE_DIR}/man/${program}.h2m ${CMAKE_CURRENT_SOURCE_DIR}/man/common.h2m
        COMMENT "Man page of ${program} (help2man)" VERBATIM)
    list(APPEND herald_man_pages ${herald_gen}/${program}.1.gz)
    install(FILES ${herald_gen}/${program}.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1
        COMPONENT ${herald_man_${program}_component})
endforeach()

# bash and zsh completion of herald-cli, generated from its command registry (`herald-cli help`, and each
# command's options from `herald-cli help NAME`).
add_custom_command(OUTPUT ${herald_gen}/herald-cli.bash ${herald_gen}/_herald-cli
    COMMAND ${CMAKE_COMMAND} -DCLI=$<TARGET_FILE:herald-cli> -DBASH=${herald_gen}/herald-cli.bash
        -DZSH=${herald_gen}/_herald-cli -P ${herald_linux}/completion.cmake
    DEPENDS herald-cli ${herald_linux}/completion.cmake
    COMMENT "bash and zsh completion of herald-cli" VERBATIM)
install(FILES ${herald_gen}/herald-cli.bash DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
    RENAME herald-cli COMPONENT herald)
install(FILES ${herald_gen}/_herald-cli DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions
    COMPONENT herald)

# Debian changelog (from CHANGELOG.md's first entry), the upstream changelog and the copyright file, per package.
set(herald_deb_revision 1)
execute_process(COMMAND date -u -R -d "${HERALD_RELEASE_DATE} 12:00:00"
    OUTPUT_VARIABLE herald_release_rfc2822 OUTPUT_STRIP_TRAILING_WHITESPACE)
herald_read_changelog(${PROJECT_SOURCE_DIR}/CHANGELOG.md herald_entry)
# One "  * " line per item, wrapped at 80 columns.
function(herald_deb_change text out)
    string(REPLACE " " ";" words "${text}")
    set(result "")
    set(line "  *")
    foreach(word IN LISTS words)
        string(LENGTH "${line} ${word}" length)
        if(length GREATER 80)
            string(APPEND result "${line}\n")
            set(line "   ")
        endif()
        string(APPEND line " ${word}")
    endforeach()
    set(${out} "${${out}}${result}${line}\n" PARENT_SCOPE)
endfunction()
set(herald_deb_changes "")
herald_deb_change("${herald_entry_TEXT}" herald_deb_changes)
foreach(item IN LISTS herald_entry_ITEMS)
    herald_deb_change("${item}" herald_deb_changes)
endforeach()
foreach(package herald herald-relay)
    file(WRITE ${herald_gen}/${package}/changelog.Debian
        "${package} (${PROJECT_VERSION}-${herald_deb_revision}) bookworm; urgency=medium\n\n${herald_deb_changes}\n"
        " -- ${CPACK_PACKAGE_CONTACT}  ${herald_release_rfc2822}\n")
    add_custom_command(OUTPUT ${herald_gen}/${package}/changelog.Debian.gz ${herald_gen}/${package}/changelog.gz
        COMMAND gzip -9nf ${herald_gen}/${package}/changelog.Debian
        COMMAND ${CMAKE_COMMAND} -E copy ${PROJECT_SOURCE_DIR}/CHANGELOG.md ${herald_gen}/${package}/changelog
        COMMAND gzip -9nf ${herald_gen}/${package}/changelog
        DEPENDS ${PROJECT_SOURCE_DIR}/CHANGELOG.md
        WORKING_DIRECTORY ${herald_gen}/${package} VERBATIM)
    list(APPEND herald_doc_files ${herald_gen}/${package}/changelog.Debian.gz)
endforeach()
install(FILES ${herald_gen}/herald/changelog.Debian.gz ${herald_gen}/herald/changelog.gz
    ${herald_linux}/debian/copyright DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/herald COMPONENT herald)
install(FILES ${herald_gen}/herald-relay/changelog.Debian.gz ${herald_gen}/herald-relay/changelog.gz
    ${herald_linux}/debian/copyright DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/herald-relay COMPONENT relay)
add_custom_target(herald_package_files ALL
    DEPENDS ${herald_man_pages} ${herald_gen}/herald-cli.bash ${herald_doc_files})

# CPack DEB: one package per component, shlibdeps for the linked libraries plus what Qt loads at run time.
set(CPACK_GENERATOR DEB)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL herald relay)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE ${herald_deb_revision})
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PROJECT_HOMEPAGE_URL})
# Stripped binaries; their debug symbols in herald-dbgsym / herald-relay-dbgsym (.ddeb, as Debian's archive has).
# The generator strips after extracting the symbols, so the install step must not strip first.
set(CPACK_DEBIAN_DEBUGINFO_PACKAGE ON)
set(CPACK_STRIP_FILES OFF)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

# Each package's synopsis is the first line of its CPACK_DEBIAN_<COMPONENT>_DESCRIPTION. CPack DEB prepends
# CPACK_PACKAGE_DESCRIPTION_SUMMARY to it unless that is CPack's default, so it gets the default here.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${CMAKE_PROJECT_NAME} built using CMake")

set(CPACK_DEBIAN_HERALD_PACKAGE_NAME herald)
set(CPACK_DEBIAN_HERALD_PACKAGE_SECTION net)
# Qt loads the SQLite driver at run time, so shlibdeps cannot see it: without it every program fails with
# "Driver not loaded". (The X11 platform plugin is in libqt6gui6 itself; qt6-qpa-plugins holds only VNC.)
set(CPACK_DEBIAN_HERALD_PACKAGE_DEPENDS "libqt6sql6-sqlite")
# A Secret Service for the access tokens (QtKeychain); the native Wayland platform plugin (XWayland works without).
set(CPACK_DEBIAN_HERALD_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager | keepassxc, qt6-wayland")
set(CPACK_DEBIAN_HERALD_PACKAGE_SUGGESTS "herald-relay")
set(CPACK_DEBIAN_HERALD_DESCRIPTION "WhatsApp campaign manager
Herald keeps opted-in contacts, WhatsApp message templates and campaigns in one
workspace, sends the campaigns through the WhatsApp Cloud API at a pace Meta
accepts and shows every campaign's deliveries, reads, replies and failures.
.
This package contains the desktop application (herald), the command-line tool
(herald-cli) and a systemd user unit that runs herald-cli's agent for scheduled
and triggered campaigns.")

set(CPACK_DEBIAN_RELAY_PACKAGE_NAME herald-relay)
set(CPACK_DEBIAN_RELAY_PACKAGE_SECTION net)
set(CPACK_DEBIAN_RELAY_PACKAGE_DEPENDS "libqt6sql6-sqlite")
set(CPACK_DEBIAN_RELAY_PACKAGE_CONTROL_EXTRA
    ${herald_linux}/debian/relay/postinst ${herald_linux}/debian/relay/prerm ${herald_linux}/debian/relay/postrm)
set(CPACK_DEBIAN_RELAY_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_RELAY_DESCRIPTION "webhook relay for the Herald WhatsApp campaign manager
herald-relay is the always-on server that receives Meta's WhatsApp webhooks,
checks their signatures, stores them durably in SQLite and serves them to
Herald desktops, which poll it for delivery statuses and replies.
.
The package installs a hardened systemd unit (dynamic user, state directory,
read-only system) and creates /etc/herald-relay.env for the secrets; the
service is not started until it is enabled.")
