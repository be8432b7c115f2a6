#!/usr/bin/env bash
# Measures which workload fields of a folder of Kubernetes manifests Consort's typed attributes express, which need
# a [Patch], and which Consort cannot carry. See docs/coverage.md.
#
#   tests/coverage/coverage.sh <folder-of-manifests> [--markdown] [--problems-only]
#
# A thin wrapper: the work is in coverage.py, next to this file.
set -euo pipefail

script="${BASH_SOURCE[0]}"
case "$script" in
    */*) here="${script%/*}" ;;
    *) here=. ;;
esac

if [ "$#" -lt 1 ]; then
    echo "usage: $0 <folder-of-manifests> [--markdown] [--problems-only]" >&2
    exit 2
fi

if ! command -v python3 >/dev/null 2>&1; then
    echo "coverage.sh: python3 (3.8 or later) is required but was not found on PATH" >&2
    exit 2
fi

if ! python3 -c 'import sys; sys.exit(sys.version_info < (3, 8))' >/dev/null 2>&1; then
    echo "coverage.sh: python3 is $(python3 -c 'import platform; print(platform.python_version())'); 3.8 or later is required" >&2
    exit 2
fi

if ! python3 -c 'import yaml' >/dev/null 2>&1; then
    echo "coverage.sh: PyYAML is required but python3 cannot import it;" \
        "install it with 'python3 -m pip install pyyaml' (or the python3-yaml package of your distribution)" >&2
    exit 2
fi

exec python3 "$here/coverage.py" "$@"
