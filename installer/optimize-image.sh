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
  [[ -x "$image/bin/Restride" ]] && write_launcher "$cfg" "$image/bin/Restride"
  echo "optimize: $(wc -l < "$app/restride.classlist") classes archived ($(du -h "$app/restride.jsa" | cut -f1)), SQLite unpacked"
}

# Replaces jpackage's native Linux launcher with a shell script that starts the image's runtime with the .cfg's
# options and class path, written out. The native launcher asks the package manager who owns it on every start
# (rpm -qf, then dpkg -S, twice): on Debian and Ubuntu about 0.14 s of processor time before Java even starts.
write_launcher() {
  local cfg=$1 launcher=$2 options="" classpath="" main="" line value
  while IFS= read -r line; do
    value=${line#*=}
    value=${value//\$APPDIR/\$app}
    case "$line" in
      java-options=*) options="$options \"$value\"" ;;
      app.classpath=*) classpath="${classpath:+$classpath:}$value" ;;
      app.mainclass=*) main=$value ;;
    esac
  done < "$cfg"
  cat > "$launcher" <<SCRIPT
#!/bin/sh
# Starts Restride: the image's own Java runtime with the options and class path of lib/app/Restride.cfg
# (written out by installer/optimize-image.sh, in place of jpackage's launcher, which queries the package manager
# on every start). The paths are made canonical, as the class-data archive was made with them.
self=\$(readlink -f "\$0")
root=\${self%/bin/*}
app="\$root/lib/app"
exec "\$root/lib/runtime/bin/java"$options -cp "$classpath" $main "\$@"
SCRIPT
  chmod 755 "$launcher"
}

sqlite_os_arch() {
  local os arch
  case "$(uname -s)" in Linux) os=Linux ;; Darwin) os=Mac ;; *) os=Windows ;; esac
  case "$(uname -m)" in x86_64|amd64) arch=x86_64 ;; aarch64|arm64) arch=aarch64 ;; *) arch=$(uname -m) ;; esac
  echo "$os/$arch"
}
