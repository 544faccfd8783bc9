"""PySide6.QtWidgets as PyInstaller's own hook collects it, minus the Qt plugins and
translations Depot does not ship (rules: installer/recipe.py, QT_PLUGINS).

Filtering here, before PyInstaller follows library dependencies, keeps out
what a dropped plugin links to as well.
"""

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

from installer.recipe import filter_qt_collection

hiddenimports, binaries, datas = filter_qt_collection(*add_qt6_dependencies(__file__))
