"""What the frozen program runs as __main__ (PyInstaller's entry script).

Kept out of the `depot` package on purpose: PyInstaller puts the entry
script's folder on the module search path, and `depot/` on that path would
make `depot/config.py` importable as a top-level `config`.
"""

import sys

from depot.cli import main

if __name__ == "__main__":
    sys.exit(main())
