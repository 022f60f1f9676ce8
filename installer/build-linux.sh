#!/usr/bin/env bash
# Builds Restride for Linux with jpackage: an app-image (target/installer/Restride, run bin/Restride) and a .deb
# (target/installer/restride_<version>-1_amd64.deb) with a menu entry, the icon, and .restride files opening in
# Restride. Users need no Java: a runtime jlinked from the JDK's modules ships inside, stripped.
#
#   installer/build-linux.sh                 app-image and .deb
#   installer/build-linux.sh --app-image     the app-image only (what CI checks)
#   SKIP_BUILD=1 installer/build-linux.sh    reuse target/restride.jar and target/lib from an earlier mvn package
#
# Needs: JDK 17+ (jlink, jpackage, jdeps), Maven; for the .deb, dpkg-deb and fakeroot.
set -euo pipefail
source "$(dirname "$0")/prepare.sh"

jpackage --type app-image "${COMMON[@]}" --icon assets/icon/restride-256.png
source "$(dirname "$0")/optimize-image.sh"
optimize_image "$OUT/Restride"
echo "app-image: $OUT/Restride (run $OUT/Restride/bin/Restride)"
[[ "${1:-}" == "--app-image" ]] && exit 0

# The .deb packs the optimised image; its postinst makes the class-data archive again where it is installed.
jpackage --type deb --name Restride --app-image "$OUT/Restride" --app-version "$VERSION" --vendor "Restride" \
  --description "Staged return-to-running and return-to-lifting roadmaps for postpartum patients." \
  --copyright "Apache-2.0" --dest "$OUT" --resource-dir installer/linux/resources --icon assets/icon/restride-256.png \
  --install-dir /opt --linux-package-name restride --linux-app-category Office --linux-menu-group "Office;MedicalSoftware" \
  --linux-shortcut --file-associations installer/linux/restride-file.properties
echo "deb: $(ls "$OUT"/*.deb)"
