"""Packaging: what goes into the frozen program (recipe), its hooks and checks.

Not part of the installed program; used by `depot.spec`, the build checks
and the tests.
"""
