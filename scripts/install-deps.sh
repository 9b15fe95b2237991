#!/usr/bin/env bash
# Installs the Debian packages given as arguments when they are missing
# (one apt-get update at most), and Python packages given after "--pip".
set -euo pipefail
debs=(); pips=(); mode=deb
for a in "$@"; do
  if [ "$a" = "--pip" ]; then mode=pip; continue; fi
  if [ $mode = deb ]; then debs+=("$a"); else pips+=("$a"); fi
done
SUDO=""; [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null && SUDO="sudo"
missing=()
for p in "${debs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Устанавливаю пакеты Debian: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
for spec in "${pips[@]}"; do
  mod="${spec%%=*}"; mod="${mod//-/_}"; mod="${mod%%[<>]*}"
  [ "$mod" = "python_calamine" ] && mod="python_calamine"
  python3 -c "import $mod" 2>/dev/null || { echo "Устанавливаю модуль Python: $spec"; python3 -m pip install -q --disable-pip-version-check "$spec"; }
done
