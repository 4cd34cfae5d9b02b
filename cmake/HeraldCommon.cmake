# One INTERFACE target that carries the language level, warnings and Qt strictness for every target.
add_library(herald_common INTERFACE)
# Includes name their layer: "models/ledger/ledger.h", "ui/campaigns/campaignspage.h" from the root,
# "engine/send/pacer.h", "cli/clisupport.h" from app/.
target_include_directories(herald_common INTERFACE ${PROJECT_SOURCE_DIR} ${PROJECT_SOURCE_DIR}/app)
target_compile_features(herald_common INTERFACE cxx_std_20)
if(MSVC)
    # /utf-8: the sources are UTF-8 (curly quotes, "…" in messages); /Zc:__cplusplus: Qt 6 requires it.
    target_compile_options(herald_common INTERFACE /W4 /permissive- /utf-8 /Zc:__cplusplus /EHsc)
    target_compile_definitions(herald_common INTERFACE NOMINMAX WIN32_LEAN_AND_MEAN)
    if(HERALD_WERROR)
        target_compile_options(herald_common INTERFACE /WX)
    endif()
else()
    target_compile_options(herald_common INTERFACE
        -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor)
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        target_compile_options(herald_common INTERFACE -Wshadow=local)
    endif()
    if(HERALD_WERROR)
        target_compile_options(herald_common INTERFACE -Werror)
    endif()
endif()
target_compile_definitions(herald_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    HERALD_VERSION="${PROJECT_VERSION}")
