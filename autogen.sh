#!/bin/sh
# Generate ./configure and the Makefile templates.
set -e
cd "$(dirname "$0")"
# aclocal wants the macro directory of configure.ac to exist; git keeps no empty ones.
mkdir -p m4
autoreconf --force --install
