# Sourced by build-linux.sh and build-macos.sh after jpackage made the app-image at $1 (the folder holding
# bin/ and lib/). Makes the installed app start and print about as fast as a bare JVM:
# - SQLite's native library unpacked into the image, so sqlite-jdbc need not copy it out of its jar on every start;
# - the launcher's JVM options: the client compiler only and the serial collector (on two cores the server
#   compiler's threads compete with the start itself);
# - a class-data archive (AppCDS) of the classes a window start and an export load, made by training runs, so the
#   JVM maps them instead of loading and verifying each one from the jars. The archive works only where it was
#   made; the class list ships too, and the .deb's postinst makes the archive again where it is installed.
optimize_image() {
  local image app runtime_java cp cfg native_dir lib_name train
  # Absolute: the archive records the class path it was made with, and a relative one matches only when the
  # app is started from the folder the build ran in.
  image=$(cd "$1" && pwd)
  app="$image/lib/app"
  [[ -d "$app" ]] || app="$image/Contents/app"
  runtime_java="$image/lib/runtime/bin/java"
  [[ -x "$runtime_java" ]] || runtime_java="$image/Contents/runtime/Contents/Home/bin/java"
  cfg=$(ls "$app"/*.cfg)

  lib_name=$(unzip -Z1 "$app/lib/"sqlite-jdbc-*.jar | grep -E "^org/sqlite/native/$(sqlite_os_arch)/[^/]+$" | head -1)
  native_dir="$app/native"
  mkdir -p "$native_dir"
  unzip -q -o -j "$app/lib/"sqlite-jdbc-*.jar "$lib_name" -d "$native_dir"

  # The class path exactly as the launcher builds it: the archive records it and must match at run time.
  cp=$(sed -n 's:^app.classpath=\$APPDIR/::p' "$cfg" | sed "s:^:$app/:" | paste -sd: -)
  train=$(mktemp -d)
  local opts=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC "-Dorg.sqlite.lib.path=$native_dir"
    "-Dorg.sqlite.lib.name=$(basename "$lib_name")" "-Dorg.sqlite.tmpdir=$native_dir" -Djava.awt.headless=true)
  # Two exports: the first also creates and seeds the data folder, the second is the usual one (it replaces the PDF).
  local round
  for round in first again; do
    "$runtime_java" "${opts[@]}" -XX:DumpLoadedClassList="$train/export-$round.classlist" -cp "$cp" \
      org.restride.Launcher --data-dir "$train/data" export --template return-to-run --patient-name Training \
      --out "$train/t.pdf" >/dev/null
  done
  "$runtime_java" "${opts[@]}" -XX:DumpLoadedClassList="$train/search.classlist" -cp "$cp" org.restride.Launcher \
    --data-dir "$train/data" library search bridge >/dev/null
  if [[ -n "${MONOCLE_JAR:-}" ]]; then
    # The window's classes, from a start on the headless display (Monocle is on the training class path only).
    "$runtime_java" "${opts[@]}" -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw \
      -Drestride.bench.exitAfterFirstFrame=true -XX:DumpLoadedClassList="$train/window.classlist" \
      -cp "$cp:$MONOCLE_JAR" org.restride.Launcher --data-dir "$train/data" >/dev/null 2>&1 \
      || echo "optimize: the window training run failed; the archive holds the command line's classes only"
  fi
  cat "$train"/*.classlist | grep -v -i monocle | awk '!seen[$0]++' > "$app/restride.classlist"
  "$runtime_java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:dump -XX:SharedClassListFile="$app/restride.classlist" \
    -XX:SharedArchiveFile="$app/restride.jsa" -cp "$cp" >"$train/dump.log" 2>&1 \
    || { cat "$train/dump.log"; return 1; }
  rm -rf "$train"

  sed -i.bak '/^\[JavaOptions\]/a\
java-options=-XX:TieredStopAtLevel=1\
java-options=-XX:+UseSerialGC\
java-options=-Xshare:auto\
java-options=-XX:SharedArchiveFile=$APPDIR/restride.jsa\
java-options=-Dorg.sqlite.lib.path=$APPDIR/native\
java-options=-Dorg.sqlite.lib.name='"$(basename "$lib_name")"'\
java-options=-Dorg.sqlite.tmpdir=$APPDIR/native' "$cfg"
  rm -f "$cfg.bak"
  echo "optimize: $(wc -l < "$app/restride.classlist") classes archived ($(du -h "$app/restride.jsa" | cut -f1)), SQLite unpacked"
}

sqlite_os_arch() {
  local os arch
  case "$(uname -s)" in Linux) os=Linux ;; Darwin) os=Mac ;; *) os=Windows ;; esac
  case "$(uname -m)" in x86_64|amd64) arch=x86_64 ;; aarch64|arm64) arch=aarch64 ;; *) arch=$(uname -m) ;; esac
  echo "$os/$arch"
}
