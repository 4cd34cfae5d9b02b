@echo off
rem Registers (install) or removes (remove) the scheduled task that runs "herald-cli agent" when the user who
rem installed Herald logs on: scheduled, recurring and triggered campaigns are then sent while Herald is closed.
rem Installed by the optional "Background agent" component; the installer and uninstaller call it.
setlocal
set TASK=Herald agent
if /I "%~1"=="install" (
    schtasks /Create /TN "%TASK%" /SC ONLOGON /RU "%USERDOMAIN%\%USERNAME%" /IT /RL LIMITED ^
        /TR "\"%~dp0herald-cli.exe\" agent" /F
    exit /b %ERRORLEVEL%
)
if /I "%~1"=="remove" (
    schtasks /Delete /TN "%TASK%" /F >nul 2>&1
    exit /b 0
)
echo usage: %~nx0 install^|remove
exit /b 2
