# Release facts from one place. The version is project(Herald VERSION …) and the date HERALD_RELEASE_DATE (top-level
# CMakeLists.txt); the notes are CHANGELOG.md's first entry, "## [VERSION] - DATE" followed by text and "- " items.
# Included by packaging/ (AppStream release, Debian changelog) and run as a script by the changelog_version test:
#   cmake -DCHANGELOG=CHANGELOG.md -DVERSION=x.y.z -DDATE=yyyy-mm-dd -P HeraldRelease.cmake

# Reads the first entry of `changelog` into <prefix>_VERSION, <prefix>_DATE, <prefix>_TEXT (the paragraph lines
# joined by spaces) and <prefix>_ITEMS (a list of the "- " lines, without the dash).
function(herald_read_changelog changelog prefix)
    file(STRINGS "${changelog}" lines ENCODING UTF-8)
    set(version "")
    set(date "")
    set(text "")
    set(items "")
    foreach(line IN LISTS lines)
        if(line MATCHES "^## \\[([^]]+)\\] - ([0-9-]+)")
            if(version)
                break()
            endif()
            set(version "${CMAKE_MATCH_1}")
            set(date "${CMAKE_MATCH_2}")
        elseif(version AND line MATCHES "^- (.*)")
            string(REPLACE ";" "," item "${CMAKE_MATCH_1}")
            list(APPEND items "${item}")
        elseif(version AND NOT line STREQUAL "")
            string(APPEND text " ${line}")
        endif()
    endforeach()
    string(STRIP "${text}" text)
    set(${prefix}_VERSION "${version}" PARENT_SCOPE)
    set(${prefix}_DATE "${date}" PARENT_SCOPE)
    set(${prefix}_TEXT "${text}" PARENT_SCOPE)
    set(${prefix}_ITEMS "${items}" PARENT_SCOPE)
endfunction()

function(herald_xml_escape text out)
    string(REPLACE "&" "&amp;" text "${text}")
    string(REPLACE "<" "&lt;" text "${text}")
    string(REPLACE ">" "&gt;" text "${text}")
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

# The AppStream <description> body of the first entry: <p>text</p><ul><li>…</li></ul>.
function(herald_release_notes_xml changelog out)
    herald_read_changelog("${changelog}" entry)
    herald_xml_escape("${entry_TEXT}" text)
    set(xml "        <p>${text}</p>")
    if(entry_ITEMS)
        string(APPEND xml "\n        <ul>")
        foreach(item IN LISTS entry_ITEMS)
            herald_xml_escape("${item}" item)
            string(APPEND xml "\n          <li>${item}</li>")
        endforeach()
        string(APPEND xml "\n        </ul>")
    endif()
    set(${out} "${xml}" PARENT_SCOPE)
endfunction()

if(CMAKE_SCRIPT_MODE_FILE STREQUAL CMAKE_CURRENT_LIST_FILE)
    herald_read_changelog("${CHANGELOG}" entry)
    if(NOT entry_VERSION STREQUAL VERSION OR NOT entry_DATE STREQUAL DATE)
        message(FATAL_ERROR "CHANGELOG.md's first entry is [${entry_VERSION}] - ${entry_DATE}, but CMakeLists.txt "
            "says version ${VERSION} of ${DATE}: add a \"## [${VERSION}] - ${DATE}\" entry at the top of CHANGELOG.md "
            "(or fix project(VERSION) / HERALD_RELEASE_DATE).")
    endif()
    if(NOT entry_ITEMS AND entry_TEXT STREQUAL "")
        message(FATAL_ERROR "CHANGELOG.md's entry for ${VERSION} is empty: say what changed.")
    endif()
    message(STATUS "CHANGELOG.md's first entry is ${VERSION} of ${DATE}")
endif()
