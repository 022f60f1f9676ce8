#!/usr/bin/env bash
# Builds Restride.dmg on macOS with jpackage (target/installer/Restride-<version>.dmg): Restride.app with its own
# stripped Java runtime, the icon, and .restride files opening in Restride. Run it on a Mac (jpackage makes a
# .dmg only there); build on the processor you ship for (Apple silicon or Intel), since JavaFX's jars are native.
#
#   installer/build-macos.sh
#
# Needs: JDK 17+ (jlink, jpackage, jdeps) and Maven. For distribution outside the clinic, sign and notarise:
# add --mac-sign --mac-signing-key-user-name "Developer ID Application: ..." and run xcrun notarytool afterwards.
# The command line is inside the app: Restride.app/Contents/MacOS/Restride --help
set -euo pipefail
source "$(dirname "$0")/prepare.sh"

jpackage --type dmg "${COMMON[@]}" --icon assets/icon/restride.icns \
  --mac-package-identifier org.restride.Restride --mac-package-name Restride --mac-app-category public.app-category.medical \
  --file-associations installer/macos/restride-file.properties
echo "dmg: $(ls "$OUT"/*.dmg)"
