@echo off
rem coffeechat: runs coffeechat.jar (next to this script) with the JVM settings that build a
rem site fastest (see the shell script "coffeechat" beside it and docs/PERFORMANCE.md).
rem JAVA_HOME picks the Java to run; COFFEECHAT_JAVA_OPTS adds or overrides JVM options.
setlocal
set "java=java"
if defined JAVA_HOME set "java=%JAVA_HOME%\bin\java"
"%java%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC %COFFEECHAT_JAVA_OPTS% -jar "%~dp0coffeechat.jar" %*
exit /b %ERRORLEVEL%
