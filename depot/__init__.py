"""Depot core: configuration, database, users, audit, money, clock, scans, events.

The core is a headless library: nothing here imports Qt or the higher layers
(`inventory`, `rma`, `exports`, `ui`); only `depot.cli` composes them.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("depot")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.1.0"
