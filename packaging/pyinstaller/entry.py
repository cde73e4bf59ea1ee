"""The bundle's entry point: PyInstaller needs a script; the app is a package, which the spec
bundles under its installed name."""

import sys

from viparita.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
