; Included in the uninstaller by CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS: removes the agent's scheduled task if any.
nsExec::ExecToLog 'schtasks.exe /Delete /TN "Herald agent" /F'
