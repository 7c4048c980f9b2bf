#!/bin/sh
# /usr/bin/translator-app: start the bundle installed in /opt/translator-app (see packaging/build_deb.sh).
exec /opt/translator-app/translator-app "$@"
