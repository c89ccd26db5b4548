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
  libgtest-dev libgmock-dev libbenchmark-dev xvfb xauth poppler-utils
  clang libclang-rt-14-dev gpsbabel
)

# Usage: install_packages pkg...   (root, or sudo when not root)
install_packages() {
  local missing=()
  local pkg
  for pkg in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$pkg")
    fi
  done
  if [ ${#missing[@]} -eq 0 ]; then
    return 0
  fi
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
      sudo="sudo"
    else
      echo "stridewell: error: need root or sudo to install: ${missing[*]}" >&2
      return 1
    fi
  fi
  echo "Installing: ${missing[*]}"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}
