@echo off
rem Starts Callbench. There is no native launcher: this script finds a Java 21 or newer and starts the
rem Equinox launcher with the VM arguments the product needs. CALLBENCH_VMARGS adds more.
setlocal enabledelayedexpansion
set "HERE=%~dp0"
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java.exe"
set "MAJOR="
for /f "tokens=3" %%v in ('"%JAVA%" -XshowSettings:properties -version 2^>^&1 ^| findstr /c:"java.specification.version"') do set "MAJOR=%%v"
if not defined MAJOR goto nojava
for /f "delims=." %%m in ("%MAJOR%") do set "MAJOR=%%m"
if %MAJOR% LSS 21 goto nojava
for %%f in ("%HERE%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%f"
if not defined LAUNCHER (
  echo This Callbench installation is damaged: its launcher is missing from %HERE%plugins. 1>&2
  exit /b 1
)
if /i "%~1"=="--local-contact-center" goto localcontactcenter
"%JAVA%" -Dosgi.requiredJavaVersion=21 --enable-native-access=ALL-UNNAMED -XX:TieredStopAtLevel=1 %CALLBENCH_VMARGS% -jar "%LAUNCHER%" -clearPersistedState %*
exit /b %ERRORLEVEL%
:localcontactcenter
rem the local contact center alone, headless, with the shipped configuration; the other arguments go to it
set "ARGS=%*"
set "ARGS=!ARGS:*--local-contact-center=!"
"%JAVA%" -Xmx512m %CALLBENCH_VMARGS% -cp "%HERE%plugins\*" dev.callbench.server.internal.LocalContactCenterMain --config "%HERE%local-contact-center\local-contact-center.json" !ARGS!
exit /b %ERRORLEVEL%
:nojava
echo Callbench needs Java 21 or newer, and none was found. 1>&2
echo Install a Java 21+ runtime, or set JAVA_HOME to one, then start Callbench again. 1>&2
exit /b 1
