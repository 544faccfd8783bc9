"""Benchmarks: `python -m bench.<name>`; each prints its figures (never timed asserts in tests)."""
