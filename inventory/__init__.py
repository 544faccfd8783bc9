"""Spare parts, stock ledger, valuation, receiving, reservations, loaner assets.

Knows nothing of RMAs: a move carries a free-text reference.
"""

# The warehouse's business settings (cut-off, core due days, write-off
# threshold) are declared at import, so the settings screen lists them as
# soon as the schema is known, before any warehouse screen was opened.
from inventory import rules as _rules  # noqa: F401
