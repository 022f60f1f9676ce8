# Shared by build-linux.sh and build-macos.sh (sourced, not run): builds the jars, lays out the jpackage input
# folder and jlinks the runtime. Sets VERSION, OUT and COMMON (the jpackage options every package shares).
# JavaFX comes as the platform's jars that Maven resolved on this machine, so build on the system you package for.
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

# jpackage wants a plain version number: 0.1.0-SNAPSHOT packages as 0.1.0
VERSION=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)
VERSION=${VERSION%-SNAPSHOT}
OUT=target/installer

if [[ "${SKIP_BUILD:-}" != "1" ]]; then
  mvn -B -q -ntp -DskipTests package
fi
rm -rf "$OUT"
mkdir -p "$OUT/input/lib"
cp target/restride.jar "$OUT/input/"
cp target/lib/*.jar "$OUT/input/lib/"

# The JDK modules the jars use, found by jdeps, plus locale data and character sets for users everywhere.
MODULES=$(jdeps --print-module-deps --ignore-missing-deps --multi-release 17 \
  --class-path "$OUT/input/lib/*" "$OUT/input/restride.jar")
MODULES="$MODULES,java.logging,jdk.localedata,jdk.charsets"
echo "jlink: $MODULES"
jlink --add-modules "$MODULES" --strip-debug --no-header-files --no-man-pages --compress="${JLINK_COMPRESS:-0}" --generate-cds-archive --output "$OUT/runtime"

# Monocle (a test dependency) lets the packaging's training run start the window without a display.
if [[ -z "${MONOCLE_JAR:-}" ]]; then
  mvn -B -q -ntp dependency:build-classpath -Dmdep.includeArtifactIds=openjfx-monocle \
    -Dmdep.outputFile="$OUT/monocle.path" >/dev/null 2>&1 && MONOCLE_JAR=$(cat "$OUT/monocle.path") || true
fi

COMMON=(--name Restride --app-version "$VERSION" --vendor "Restride"
  --description "Staged return-to-running and return-to-lifting roadmaps for postpartum patients."
  --copyright "Apache-2.0"
  --input "$OUT/input" --main-jar restride.jar --main-class org.restride.Launcher
  --runtime-image "$OUT/runtime" --java-options "-Dfile.encoding=UTF-8" --dest "$OUT")
