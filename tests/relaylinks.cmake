# herald-relay links what a server needs and nothing of the desktop: no keychain (and with it no D-Bus), no phone
# numbers (and with them no protobuf), no widgets (issue 12 §6; docs/architecture.md "Programs and libraries").
# Run by CTest as: cmake -DBINARY=<herald-relay> -P relaylinks.cmake
execute_process(COMMAND ldd ${BINARY} OUTPUT_VARIABLE libs RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "ldd ${BINARY} failed (${rc})")
endif()
if(NOT libs MATCHES "libQt6Core")
    message(FATAL_ERROR "ldd printed no Qt Core for ${BINARY}, so this check would prove nothing:\n${libs}")
endif()
foreach(forbidden qt6keychain Qt6DBus phonenumber protobuf Qt6Widgets Qt6Gui)
    if(libs MATCHES "${forbidden}")
        message(FATAL_ERROR "herald-relay links ${forbidden}:\n${libs}")
    endif()
endforeach()
message(STATUS "herald-relay links none of the desktop's libraries")
