; Included in the installer's section by CPACK_NSIS_EXTRA_INSTALL_COMMANDS (packaging/windows/windows.cmake).
; The script exists only when the optional "Background agent" component was chosen.
IfFileExists "$INSTDIR\bin\herald-agent-task.cmd" 0 herald_agent_done
  nsExec::ExecToLog '"$INSTDIR\bin\herald-agent-task.cmd" install'
herald_agent_done:
