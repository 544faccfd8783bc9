"""Domain steps of `depot --self-test`, added as capabilities land.

Kept apart from the CLI so each feature adds its own proof (an intake by
scan, a quote and payment, a handover sheet read back, a label as PDF)
without the CLI growing. Imports are lazy: the steps run inside the frozen
bundle, which is exactly what they are there to prove.
"""

from __future__ import annotations

from collections.abc import Callable


def domain_steps() -> list[tuple[str, Callable[[], object]]]:
    return []
