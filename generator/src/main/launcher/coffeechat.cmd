@echo off
rem coffeechat: runs coffeechat.jar (next to this script) with the JVM settings that build a
rem site fastest (see the shell script "coffeechat" beside it and docs/PERFORMANCE.md).
rem JAVA_HOME picks the Java to run; COFFEECHAT_JAVA_OPTS adds or overrides JVM options.
setlocal
set "java=java"
if defined JAVA_HOME set "java=%JAVA_HOME%\bin\java"
rem A cohort of packets compiles sooner and has a fixed heap touched at start (see the shell script).
set "tune="
if "%~1"=="packets" set "tune=-XX:CompileThresholdScaling=0.1 -Xms96m -Xmn64m -XX:+AlwaysPreTouch"
"%java%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC %tune% %COFFEECHAT_JAVA_OPTS% -jar "%~dp0coffeechat.jar" %*
exit /b %ERRORLEVEL%
