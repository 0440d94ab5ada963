#!/usr/bin/env bash
# Installs everything Lots needs to build, run and test, from Debian 12 packages only.
# Run as root (or via sudo). Safe to run again.
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends \
  build-essential cmake ninja-build pkg-config ccache git clang-format \
  qt6-base-dev qt6-base-dev-tools qt6-declarative-dev qt6-declarative-dev-tools \
  qt6-positioning-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools \
  qt6-l10n-tools qt6-httpserver-dev qt6-websockets-dev libgl-dev \
  qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts \
  qml6-module-qtquick-window qml6-module-qtquick-templates qml6-module-qtqml-workerscript \
  qml6-module-qtpositioning qml6-module-qttest qml6-module-qtquick-shapes \
  qml6-module-qtqml qml6-module-qtquick-dialogs qml6-module-qtqml-models \
  qt6-qpa-plugins libqt6positioning6-plugins libqt6svg6 qt6-image-formats-plugins \
  libsqlcipher-dev sqlcipher libsodium-dev qtkeychain-qt6-dev \
  libpqxx-dev postgresql-15 libbenchmark-dev \
  dbus dbus-x11 gnome-keyring libsecret-tools xvfb xauth fonts-dejavu-core
