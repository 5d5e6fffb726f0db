#!/usr/bin/env bash
# Makes sure Debian's Chromium and its ChromeDriver are installed for the browser tests
# (/usr/bin/chromium, /usr/bin/chromedriver); installs them from Debian's packages when missing.
set -euo pipefail

if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "Chromium is missing and installing it needs root: apt-get install chromium chromium-driver" >&2
  exit 1
fi
echo "Installing chromium and chromium-driver from Debian's packages"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium chromium-driver fonts-dejavu-core >/dev/null
/usr/bin/chromium --version
