"""Language: English and Simplified Chinese ship together.

The language comes from `--lang`, else the per-workstation override in
QSettings ("language"), else the system locale. Our own catalogue
(`resources/translations/depot_<lang>.qm`) and Qt's own (`qtbase_<lang>`, for
standard buttons and dialogs) are installed on the application.
"""

from __future__ import annotations

import resources
from ui.qt import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

SUPPORTED = ("en", "zh_CN")
_installed: list[QTranslator] = []


def choose_language(cli_value: str | None = None, settings: QSettings | None = None) -> str:
    for candidate in (cli_value, settings.value("language", "") if settings else ""):
        if candidate:
            return normalise(str(candidate))
    return normalise(QLocale.system().name())


def normalise(name: str) -> str:
    name = name.replace("-", "_")
    if name.lower().startswith("zh"):
        return "zh_CN"
    return "en"


def install(app: QCoreApplication, language: str) -> bool:
    """Install translators for `language`; returns whether our catalogue loaded."""
    from depot import i18n as domain_i18n

    domain_i18n.set_translator(QCoreApplication.translate)
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale(language))
    if language == "en":
        return True
    ours = QTranslator(app)
    loaded = ours.load(f"depot_{language}", str(resources.translations_dir()))
    if loaded:
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{language}", qt_dir) or qt.load(
        f"qtbase_{language}", str(resources.translations_dir())
    ):
        app.installTranslator(qt)
        _installed.append(qt)
    return loaded
