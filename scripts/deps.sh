# Shared by run.sh and test.sh: installs the Debian/Ubuntu packages Stridewell needs, skipping
# what is already there. Sourced, not run.

stridewell_build_packages=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools
  libqt6sql6-sqlite qt6-qpa-plugins libqt6opengl6-dev libgl-dev zlib1g-dev
  libpugixml-dev libminizip-dev
  fonts-dejavu-core
)
stridewell_test_packages=(
  libgtest-dev libgmock-dev libbenchmark-dev xvfb xauth poppler-utils clang-format
)
# Wanted by the tests but not needed to pass them, and named differently across releases: the
# fuzz smoke run (clang with libFuzzer; skipped without) and gpsbabel for the importer
# benchmarks. Installed when the release has them.
stridewell_optional_test_packages=(clang libclang-rt-14-dev gpsbabel)

stridewell_apt_updated=0

# Prints the packages of "$@" that are not installed.
missing_packages() {
  local pkg
  for pkg in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
      echo "$pkg"
    fi
  done
}

# Usage: apt_as_root ARGS...   runs apt-get as root, through sudo when not root.
apt_as_root() {
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
      sudo="sudo"
    else
      echo "stridewell: error: need root or sudo to run: apt-get $*" >&2
      return 1
    fi
  fi
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get "$@"
}

apt_update_once() {
  if [ "$stridewell_apt_updated" = 0 ]; then
    apt_as_root update -qq
    stridewell_apt_updated=1
  fi
}

# Usage: install_packages pkg...   (root, or sudo when not root); fails if one cannot be had.
install_packages() {
  local missing
  mapfile -t missing < <(missing_packages "$@")
  if [ ${#missing[@]} -eq 0 ]; then
    return 0
  fi
  echo "Installing: ${missing[*]}"
  apt_update_once
  apt_as_root install -y -qq --no-install-recommends "${missing[@]}"
}

# Usage: install_optional_packages pkg...   installs those this release's archive has.
install_optional_packages() {
  local missing available=() pkg
  mapfile -t missing < <(missing_packages "$@")
  if [ ${#missing[@]} -eq 0 ]; then
    return 0
  fi
  apt_update_once
  for pkg in "${missing[@]}"; do
    if apt-cache show "$pkg" >/dev/null 2>&1; then
      available+=("$pkg")
    else
      echo "Not in this release's archive, skipped: $pkg"
    fi
  done
  if [ ${#available[@]} -gt 0 ]; then
    echo "Installing: ${available[*]}"
    apt_as_root install -y -qq --no-install-recommends "${available[@]}"
  fi
}
