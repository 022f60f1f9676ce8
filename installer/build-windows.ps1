# Builds Restride-<version>.msi on Windows with jpackage, into target\installer.
#
#   powershell -ExecutionPolicy Bypass -File installer\build-windows.ps1
#
# Needs: JDK 17+ (jlink, jpackage, jdeps), Maven, and the WiX Toolset 3.x (candle.exe and light.exe on PATH),
# which jpackage uses to make the .msi. Build on Windows: JavaFX's jars that Maven resolves are the system's own.
#
# The upgrade code below is fixed for ever: it is how Windows knows a new Restride.msi replaces the installed
# one. Never change it. Raise the version in pom.xml for each release (Windows compares it).
$ErrorActionPreference = "Stop"
$UpgradeUuid = "6d3f1c52-8a4e-4b7d-9f0e-2b5c7a1e4d83"

Set-Location (Join-Path $PSScriptRoot "..")
[xml]$pom = Get-Content pom.xml
$version = $pom.project.version -replace '-SNAPSHOT$', ''
$out = "target\installer"

if ($env:SKIP_BUILD -ne "1") {
    mvn -B -q -ntp -DskipTests package
    if ($LASTEXITCODE -ne 0) { throw "mvn package failed" }
}
if (Test-Path $out) { Remove-Item -Recurse -Force $out }
New-Item -ItemType Directory -Force "$out\input\lib" | Out-Null
Copy-Item target\restride.jar "$out\input\"
Copy-Item target\lib\*.jar "$out\input\lib\"

# The JDK modules the jars use, found by jdeps, plus locale data and character sets.
$modules = (& jdeps --print-module-deps --ignore-missing-deps --multi-release 17 `
    --class-path "$out\input\lib\*" "$out\input\restride.jar").Trim()
$modules = "$modules,java.logging,jdk.localedata,jdk.charsets"
Write-Host "jlink: $modules"
# Uncompressed class files load faster at start (measured on Linux: 0.79x the CPU of --compress=2); JLINK_COMPRESS
# overrides it, as in prepare.sh.
$compress = if ($env:JLINK_COMPRESS) { $env:JLINK_COMPRESS } else { "0" }
jlink --add-modules $modules --strip-debug --no-header-files --no-man-pages --compress=$compress --generate-cds-archive --output "$out\runtime"
if ($LASTEXITCODE -ne 0) { throw "jlink failed" }

jpackage --type msi --name Restride --app-version $version --vendor Restride `
    --description "Staged return-to-running and return-to-lifting roadmaps for postpartum patients." `
    --copyright "Apache-2.0" `
    --input "$out\input" --main-jar restride.jar --main-class org.restride.Launcher `
    --runtime-image "$out\runtime" --java-options "-Dfile.encoding=UTF-8 -XX:TieredStopAtLevel=1 -XX:+UseSerialGC" `
    --icon assets\icon\restride.ico `
    --win-upgrade-uuid $UpgradeUuid --win-menu --win-menu-group Restride --win-shortcut --win-dir-chooser `
    --add-launcher restride-cli=installer\windows\restride-cli.properties `
    --file-associations installer\windows\restride-file.properties `
    --dest $out
if ($LASTEXITCODE -ne 0) { throw "jpackage failed" }
Write-Host "msi: $((Get-ChildItem "$out\*.msi").FullName)"
