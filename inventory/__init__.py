"""Spare parts, stock ledger, valuation, receiving, reservations, loaner assets.

Knows nothing of RMAs: a move carries a free-text reference.
"""
