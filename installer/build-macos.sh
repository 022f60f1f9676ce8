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

# The app-image first, so it can be prepared as on Linux (optimize-image.sh: SQLite's native library unpacked, the
# launcher's JVM options, a class-data archive), then the .dmg made from it. The archive records the path it was
# made at; where Restride.app is installed elsewhere the JVM quietly does without it (-Xshare:auto).
jpackage --type app-image "${COMMON[@]}" --icon assets/icon/restride.icns \
  --mac-package-identifier org.restride.Restride --mac-package-name Restride --mac-app-category public.app-category.medical
source "$(dirname "$0")/optimize-image.sh"
optimize_image "$OUT/Restride.app"
jpackage --type dmg --name Restride --app-image "$OUT/Restride.app" --app-version "$VERSION" --vendor "Restride" \
  --copyright "Apache-2.0" --dest "$OUT" --icon assets/icon/restride.icns \
  --mac-package-identifier org.restride.Restride --mac-package-name Restride \
  --file-associations installer/macos/restride-file.properties
echo "dmg: $(ls "$OUT"/*.dmg)"
