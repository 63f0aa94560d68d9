# SPDX-License-Identifier: MIT
# apt-install.sh — sourced by the install scripts: apt_install NAME PACKAGES...
# installs whichever of PACKAGES are missing (as root, or through sudo).

apt_install () {
  local name=$1 p
  local missing=() sudo=()
  shift
  if [ "$(id -u)" -ne 0 ]; then
    sudo=(sudo)
  fi
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -eq 0 ]; then
    echo "$name: all $# packages present"
    return 0
  fi
  echo "$name: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}
