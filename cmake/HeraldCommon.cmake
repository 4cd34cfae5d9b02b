# One INTERFACE target that carries the language level, warnings and Qt strictness for every target.
add_library(herald_common INTERFACE)
# Includes name their layer: "models/ledger/ledger.h", "ui/campaigns/campaignspage.h" from the root,
# "engine/send/pacer.h", "cli/clisupport.h" from app/.
target_include_directories(herald_common INTERFACE ${PROJECT_SOURCE_DIR} ${PROJECT_SOURCE_DIR}/app)
target_compile_features(herald_common INTERFACE cxx_std_20)
target_compile_options(herald_common INTERFACE
    -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor -Wshadow=local)
if(HERALD_WERROR)
    target_compile_options(herald_common INTERFACE -Werror)
endif()
target_compile_definitions(herald_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    HERALD_VERSION="${PROJECT_VERSION}")
