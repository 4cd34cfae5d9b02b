# Writes bash and zsh completion for herald-cli from its command registry, by asking the built program:
# `herald-cli help` lists every command, `herald-cli help NAME` prints that command's options.
#   cmake -DCLI=path/to/herald-cli -DBASH=out/herald-cli.bash -DZSH=out/_herald-cli -P completion.cmake
# Each completion finds the command words typed so far (skipping options and --workspace's value) and offers
# the sub-commands of a group, or the options of a whole command (file names for its other words).
set(ENV{QT_QPA_PLATFORM} offscreen)
set(ENV{LC_ALL} C.UTF-8)
execute_process(COMMAND ${CLI} help OUTPUT_VARIABLE listing RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "`${CLI} help` failed (${rc}): cannot generate the completion")
endif()
string(REPLACE "\n" ";" lines "${listing}")
set(commands "")
foreach(line IN LISTS lines)
    if(line MATCHES "^  ([a-z][a-z-]*( [a-z][a-z-]*)?)  ")
        list(APPEND commands "${CMAKE_MATCH_1}")
    endif()
endforeach()
list(LENGTH commands count)
if(count LESS 10)
    message(FATAL_ERROR "`${CLI} help` listed only ${count} commands: has its format changed?")
endif()

set(top help --workspace --help --version)
set(groups "")
set(bash_cases "")
set(zsh_cases "")
foreach(command IN LISTS commands)
    execute_process(COMMAND ${CLI} help ${command} OUTPUT_VARIABLE help RESULT_VARIABLE rc)
    string(REPLACE "\n" ";" help_lines "${help}")
    set(options "")
    foreach(line IN LISTS help_lines)
        if(line MATCHES "^  (-[a-zA-Z], )?(--[a-z][a-z0-9-]*)")
            list(APPEND options "${CMAKE_MATCH_2}")
        endif()
    endforeach()
    list(REMOVE_DUPLICATES options)
    list(JOIN options " " option_words)
    string(APPEND bash_cases "        \"${command}\" | \"${command} \"*) words=\"${option_words}\"; kind=options ;;\n")
    string(APPEND zsh_cases "        \"${command}\" | \"${command} \"*) list=(${option_words}); kind=options ;;\n")
    string(REPLACE " " ";" parts "${command}")
    list(GET parts 0 first)
    list(APPEND top ${first})
    list(LENGTH parts n)
    if(n EQUAL 2)
        list(GET parts 1 verb)
        list(APPEND groups ${first})
        list(APPEND verbs_${first} ${verb})
    endif()
endforeach()
list(REMOVE_DUPLICATES top)
list(REMOVE_DUPLICATES groups)
foreach(group IN LISTS groups)
    list(JOIN verbs_${group} " " verb_words)
    string(APPEND bash_cases "        ${group}) words=\"${verb_words}\" ;;\n")
    string(APPEND zsh_cases "        ${group}) list=(${verb_words}) ;;\n")
endforeach()
list(JOIN top " " top_words)
set(firsts ${top})
list(REMOVE_ITEM firsts help --workspace --help --version)
list(JOIN firsts " " help_words)

file(WRITE ${BASH} "# bash completion for herald-cli -*- shell-script -*-
# Generated from herald-cli's command registry by packaging/linux/completion.cmake; do not edit.
_herald_cli()
{
    local cur=\${COMP_WORDS[COMP_CWORD]} prev=\${COMP_WORDS[COMP_CWORD-1]} i w words='' kind=words
    local -a typed=()
    if [[ \$prev == -w || \$prev == --workspace ]]; then
        compopt -o default; COMPREPLY=(); return
    fi
    for ((i = 1; i < COMP_CWORD; i++)); do
        w=\${COMP_WORDS[i]}
        case \$w in
            -w | --workspace) ((i++)); continue ;;
            -*) continue ;;
        esac
        typed+=(\"\$w\")
    done
    case \"\${typed[*]}\" in
        \"\") words=\"${top_words}\" ;;
        help) words=\"${help_words}\" ;;
${bash_cases}    esac
    if [[ \$kind == options && \$cur != -* ]]; then
        compopt -o default; COMPREPLY=(); return
    fi
    COMPREPLY=(\$(compgen -W \"\$words\" -- \"\$cur\"))
} &&
    complete -F _herald_cli herald-cli
")

file(WRITE ${ZSH} "#compdef herald-cli
# zsh completion for herald-cli. Generated from herald-cli's command registry by packaging/linux/completion.cmake;
# do not edit.
_herald-cli() {
    local -a typed list
    local i w kind=words
    if [[ \${words[CURRENT-1]} == (-w|--workspace) ]]; then
        _files; return
    fi
    for (( i = 2; i < CURRENT; i++ )); do
        w=\${words[i]}
        case \$w in
            -w | --workspace) (( i++ )); continue ;;
            -*) continue ;;
        esac
        typed+=(\$w)
    done
    case \"\${typed[*]}\" in
        \"\") list=(${top_words}) ;;
        help) list=(${help_words}) ;;
${zsh_cases}    esac
    if [[ \$kind == options && \$PREFIX != -* ]]; then
        _files; return
    fi
    compadd -a list
}
_herald-cli \"\$@\"
")
