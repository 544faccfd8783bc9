"""What goes into the frozen program, computed from the source tree.

`depot.spec` asks this module for every list it needs (version, data files,
hidden imports, exclusions, which Qt plugins and translations to keep), so
the rules live in plain functions that the fast tests check without running
PyInstaller. Nothing here is hand-maintained when a file is added: resources
are found by walking `resources/`, our own modules by walking the packages,
the Qt modules we use by reading our imports.

Why each rule exists:

- **Every first-party module is a hidden import.** Pages are loaded by
  import string (`ui/sections.py`), and any other by-name import a feature
  adds later would work from source and fail only in the bundle. Our own
  code is small; collecting all of it removes that class of bug.
- **Third-party modules loaded by name** (see `THIRD_PARTY_HIDDEN`) and the
  data files they read at run time (`third_party_datas`) are listed with the
  reason; the frozen self-test exercises each of them.
- **Qt**: only the Qt modules our code imports are kept (everything else in
  PySide6 is excluded), and the Qt hooks in `installer/hooks/` drop plugins
  and translations we do not ship *before* PyInstaller follows their library
  dependencies; filtering afterwards would still drag in what a dropped
  plugin links to (the GTK theme plugin alone pulls in GTK).
"""

from __future__ import annotations

import ast
import importlib.util
import logging
import re
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent.parent

PROGRAM = "depot"  # depot / depot.exe, and the bundle folder dist/depot
APP_NAME = "Depot"
PUBLISHER = "Depot"
FIRST_PARTY = ("depot", "inventory", "rma", "exports", "ui", "resources")

#: languages we ship; Qt's own catalogues are kept for these only
LANGUAGES = ("en", "zh_CN")

#: files the program cannot do without; the build stops when one is missing
REQUIRED_RESOURCES = (
    "style.qss",
    "icons/depot.ico",
    "icons/depot.png",
    "translations/depot_zh_CN.qm",
)
#: sources and byte code under resources/ that the running program never reads
_RESOURCE_SKIP_SUFFIXES = (".py", ".pyc", ".ts", ".tsv")

#: modules imported by name at run time, which PyInstaller cannot see, and why
THIRD_PARTY_HIDDEN: dict[str, str] = {
    # holidays imports each country lazily (registry.EntityLoader ->
    # importlib.import_module); its package __init__ imports every country, so
    # naming the package brings them all: the depot's country is a setting.
    "holidays.countries": "country calendars loaded by name",
    # python-barcode's writers (PNG via Pillow, SVG) are imported on demand.
    "barcode.writer": "barcode image/SVG writers",
    # peewee imports psycopg inside a try; psycopg picks its libpq binding at
    # run time. The binary wheel carries libpq, so stations need no PostgreSQL
    # client installed.
    "psycopg": "PostgreSQL driver",
    "psycopg_binary.pq": "psycopg's bundled libpq binding",
    # zoneinfo falls back to the tzdata package where the OS has no zone
    # database (Windows); it is found through importlib.resources, by name.
    "tzdata": "time-zone database for zoneinfo on Windows",
}

_LXML_EXTRAS = ("lxml.objectify", "lxml.html", "lxml.isoschematron", "lxml.sax",
                "lxml.builder")

#: Qt plugins kept, by plugin folder; None keeps the whole folder. Any folder
#: not named here is left out (wayland, eglfs, generic input, SQL drivers,
#: TLS, QML tooling, the GTK theme, the SVG icon engine, the virtual keyboard).
QT_PLUGINS: dict[str, frozenset[str] | None] = {
    # offscreen: --self-test and CI; xcb: Linux desktops (also under XWayland);
    # windows / cocoa: the real targets.
    "platforms": frozenset({"qoffscreen", "qxcb", "qwindows", "qcocoa"}),
    # the window icon (.ico), photos of returned units (.jpg), animated hints
    "imageformats": frozenset({"qico", "qjpeg", "qgif"}),
    # compose keys and IBus, so Chinese names can be typed on Linux
    # (Windows IMEs go through the platform plugin)
    "platforminputcontexts": frozenset({"composeplatforminputcontextplugin",
                                        "ibusplatforminputcontextplugin"}),
    "printsupport": None,  # the system print dialog and printer list (labels, sheets)
    "styles": None,  # the native Windows 11 / Vista look
    "xcbglintegrations": None,  # xcb refuses to start without one
}

#: Linux only: the host's printing system. Qt's CUPS print plugin links libcups,
#: which brings GnuTLS, Kerberos and Avahi (about 9 MB). They talk to the host's
#: cupsd and read its TLS and Kerberos configuration, so they must be the host's
#: own copies anyway; the plugin loads them from the system. A host without CUPS
#: cannot print to a printer in any case: the plugin then stays unloaded, and
#: nothing else needs these libraries (the program starts without them).
LINUX_HOST_LIBRARIES = frozenset({
    "libcups.so.2",
    "libgnutls.so.30", "libp11-kit.so.0", "libidn2.so.0", "libunistring.so.2",
    "libtasn1.so.6", "libnettle.so.8", "libhogweed.so.6", "libgmp.so.10",
    "libavahi-client.so.3", "libavahi-common.so.3",
    "libgssapi_krb5.so.2", "libkrb5.so.3", "libk5crypto.so.3", "libkrb5support.so.0",
    "libcom_err.so.2", "libkeyutils.so.1",
    # D-Bus (Qt's accessibility bridge, input methods, desktop portals): libdbus-1
    # speaks the host daemon's protocol and pulls in libsystemd, which pulls in
    # libgcrypt, libgpg-error, libcap and liblz4 (2.7 MB). A desktop that can show
    # a Qt window has them all, and they must be the host's own for the same
    # reason as CUPS: they talk to the host's daemons and read its configuration.
    "libdbus-1.so.3", "libsystemd.so.0", "libgcrypt.so.20", "libgpg-error.so.0",
    "libcap.so.2", "liblz4.so.1",
    # The X11 client libraries on top of libxcb, which PyInstaller already takes from
    # the host (its own rule, like libGL): they must match it and the X server.
    "libX11.so.6", "libX11-xcb.so.1", "libXau.so.6", "libXdmcp.so.6", "libbsd.so.0",
    "libmd.so.0",
    # Fontconfig reads the host's font configuration, whose format follows the host's
    # fontconfig version; with its FreeType, PNG, Brotli and Expat (1.7 MB).
    "libfontconfig.so.1", "libfreetype.so.6", "libexpat.so.1", "libpng16.so.16",
    "libbrotlidec.so.1", "libbrotlicommon.so.1",
})

#: Windows only: Qt's software OpenGL renderer (Mesa llvmpipe, ~20 MB), the
#: fallback for OpenGL on machines without a GPU driver. Depot draws with
#: widgets on the raster engine and uses no OpenGL (no QtOpenGL, no QtQuick).
WINDOWS_UNUSED_LIBRARIES = frozenset({"opengl32sw.dll"})

_QT_TRANSLATION = re.compile(r"^(?P<base>[a-z_]+?)_(?P<lang>[a-z]{2}(?:_[A-Z]{2})?)\.qm$")


# ---------------------------------------------------------------------------
# Version


def project_version(root: Path = ROOT) -> str:
    """The version in pyproject.toml: the one source for the bundle and installer."""
    with open(root / "pyproject.toml", "rb") as fh:
        return tomllib.load(fh)["project"]["version"]


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """"1.2.3" -> (1, 2, 3, 0), as Windows version resources want four numbers.

    A pre-release suffix ("1.3.0rc1") is dropped: the numeric part is what
    Windows compares.
    """
    numbers = []
    for part in version.split(".")[:4]:
        digits = re.match(r"\d+", part)
        if digits is None:
            break
        numbers.append(int(digits.group()))
    if not numbers:
        raise ValueError(f"Version {version!r} does not start with a number.")
    return tuple([*numbers, 0, 0, 0][:4])  # type: ignore[return-value]


# ---------------------------------------------------------------------------
# Our own files


def resource_datas(root: Path = ROOT) -> list[tuple[str, str]]:
    """Every runtime file under resources/, as PyInstaller (source, dest folder) pairs.

    The folder keeps its layout inside the bundle (`resources/...`), which is
    where `resources.path()` looks in both source and frozen runs.
    """
    base = root / "resources"
    datas = []
    for path in sorted(base.rglob("*")):
        rel = path.relative_to(base)
        if (
            not path.is_file()
            or "__pycache__" in rel.parts
            or any(part.startswith(".") for part in rel.parts)
            or path.suffix in _RESOURCE_SKIP_SUFFIXES
        ):
            continue
        datas.append((str(path), str(PurePosixPath("resources", *rel.parent.parts))))
    return datas


def missing_resources(root: Path = ROOT) -> list[str]:
    return [name for name in REQUIRED_RESOURCES if not (root / "resources" / name).is_file()]


def _first_party_files(root: Path) -> Iterable[tuple[str, Path]]:
    for package in FIRST_PARTY:
        base = root / package
        for path in sorted(base.rglob("*.py")):
            rel = path.relative_to(root).with_suffix("")
            if "__pycache__" in rel.parts:
                continue
            parts = rel.parts[:-1] if rel.name == "__init__" else rel.parts
            yield ".".join(parts), path


def first_party_modules(root: Path = ROOT) -> list[str]:
    """Every module of our packages (pages are imported by name, see ui/sections.py)."""
    return sorted({name for name, _ in _first_party_files(root)})


def imported_modules(root: Path = ROOT) -> frozenset[str]:
    """Dotted names of everything our code imports (any depth, lazy imports too)."""
    found: set[str] = set()
    for _, path in _first_party_files(root):
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        except SyntaxError:  # a file being edited; PyInstaller will report it properly
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.add(node.module)
                found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return frozenset(found)


# ---------------------------------------------------------------------------
# Third-party modules and data


def is_installed(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False


def hidden_imports(root: Path = ROOT) -> list[str]:
    third_party = [m for m in THIRD_PARTY_HIDDEN if is_installed(m)]
    qt = sorted(f"PySide6.{m}" for m in qt_modules_used(root))
    return first_party_modules(root) + third_party + qt


def _package_dir(package: str) -> Path | None:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def _package_files(package: str, patterns: Iterable[str]) -> list[tuple[str, str]]:
    base = _package_dir(package)
    if base is None:
        return []
    datas = []
    for pattern in patterns:
        for path in sorted(base.glob(pattern)):
            if path.is_file():
                rel = path.relative_to(base.parent)
                datas.append((str(path), str(PurePosixPath(*rel.parent.parts))))
    return datas


def third_party_datas() -> list[tuple[str, str]]:
    """Data files libraries read at run time and no PyInstaller hook collects."""
    return (
        # GS1 Application Identifiers and company prefixes: every GS1 scan
        _package_files("biip", ["**/*.json", "**/*.lzma"])
        # the font python-barcode's image writer puts under the bars
        + _package_files("barcode", ["fonts/*.ttf"])
        # names of the Chinese public holidays in the languages we ship (the
        # calendar itself is code; other countries fall back to their own names)
        + _package_files("holidays", ["locale/en_US/LC_MESSAGES/CN.mo",
                                      "locale/zh_CN/LC_MESSAGES/CN.mo"])
    )


def pyside6_modules() -> set[str]:
    """The Qt modules the installed PySide6 provides (QtCore, QtGui, …)."""
    base = _package_dir("PySide6")
    if base is None:
        return set()
    return {p.name.split(".")[0] for p in base.iterdir()
            if p.name.startswith("Qt") and p.suffix in (".so", ".pyd")}


#: Qt modules a library we use imports by name (invisible to PyInstaller and to
#: `imported_modules`): pyqtgraph's curve items and GL helpers
#: `importlib.import_module` QtOpenGL and QtOpenGLWidgets.
THIRD_PARTY_QT: dict[str, frozenset[str]] = {
    "pyqtgraph": frozenset({"QtOpenGL", "QtOpenGLWidgets"}),
}


def qt_modules_used(root: Path = ROOT) -> set[str]:
    """Qt modules our code imports (through ui/qt.py, by the rules), and those the
    libraries we import load by name."""
    used = imported_modules(root)
    modules = {name.split(".")[1] for name in used
               if name.startswith("PySide6.") and name.split(".")[1].startswith("Qt")}
    tops = {name.split(".")[0] for name in used}
    for package, needed in THIRD_PARTY_QT.items():
        if package in tops:
            modules |= needed
    return modules


def excludes(root: Path = ROOT) -> list[str]:
    """Modules kept out of the bundle although something could import them."""
    used = imported_modules(root)
    tops = {name.split(".")[0] for name in used}
    out = {f"PySide6.{m}" for m in pyside6_modules() - qt_modules_used(root)}
    out |= {"tkinter", "_tkinter", "PIL.ImageTk", "PIL._imagingtk"}  # Tk: we draw with Qt
    # AVIF decoding: libavif alone is 5 MB; photos come as JPEG/PNG/WebP
    out |= {"PIL.AvifImagePlugin", "PIL._avif"}
    # openpyxl (and Pillow) import numpy if present; we only need it for charts
    if not tops & {"numpy", "pyqtgraph"}:
        out |= {"numpy"}
    # openpyxl reads and writes through lxml.etree; the rest of lxml (objectify,
    # html, schematron, ~4 MB) ships only if our own code imports it
    out |= {m for m in _LXML_EXTRAS if not any(u == m or u.startswith(m + ".") for u in used)}
    # an interactive prompt's line editing and pydoc's topic texts (Python's ssl stays,
    # although Depot opens no TLS connection itself: psycopg's libpq binding imports it
    # so that Python sets up OpenSSL first)
    out |= {"readline", "pydoc_data"}
    if sys.platform.startswith("linux"):
        # keyring's Secret Service backend (GNOME Keyring, KWallet) needs
        # secretstorage -> cryptography, an 11 MB library, only for the
        # encrypted D-Bus session. The installer ships for Windows, whose
        # Credential Manager backend needs none of it; the Linux bundle is the CI
        # build, and there a server password goes in ~/.pgpass (Depot says so
        # when a password cannot be kept). Running from source keeps the backend.
        out |= {"secretstorage", "jeepney", "cryptography", "_cffi_backend", "cffi"}
    # test and build tools installed in the same environment
    out |= {"pytest", "_pytest", "hypothesis", "pytestqt", "zxingcpp", "PyInstaller"}
    return sorted(out)


# ---------------------------------------------------------------------------
# Qt plugins and translations (used by installer/hooks/hook-PySide6.*.py)


def plugin_name(filename: str) -> str:
    """"libqxcb.so" / "qwindows.dll" / "libqjpeg.dylib" -> "qxcb" / "qwindows" / "qjpeg"."""
    stem = filename.split(".")[0]
    return stem[3:] if stem.startswith("lib") else stem


def keep_qt_file(source: str, dest_dir: str) -> bool:
    """Whether a Qt plugin or translation file collected by a Qt hook ships.

    `dest_dir` is the folder in the bundle: PySide6/Qt/plugins/<type> on
    Linux and macOS, PySide6/plugins/<type> on Windows; likewise translations.
    """
    parts = PurePosixPath(dest_dir.replace("\\", "/")).parts
    name = PurePosixPath(source.replace("\\", "/")).name
    if "plugins" in parts:
        after = parts[parts.index("plugins") + 1:]
        if not after:
            return True
        allowed = QT_PLUGINS.get(after[0], frozenset())
        return allowed is None or plugin_name(name) in allowed
    if parts and parts[-1] == "translations":
        match = _QT_TRANSLATION.match(name)
        return match is None or match.group("lang") in LANGUAGES
    return True


def filter_qt_collection(hiddenimports, binaries, datas):
    """Filter what a Qt hook collects (see installer/hooks)."""
    binaries = [(src, dest) for src, dest in binaries if keep_qt_file(src, dest)]
    datas = [(src, dest) for src, dest in datas if keep_qt_file(src, dest)]
    return hiddenimports, binaries, datas


def keep_binary(dest_name: str, platform: str = sys.platform) -> bool:
    """Whether a library PyInstaller collected ships (LINUX_HOST_LIBRARIES,
    WINDOWS_UNUSED_LIBRARIES)."""
    name = PurePosixPath(dest_name.replace("\\", "/")).name
    if platform.startswith("linux"):
        return name not in LINUX_HOST_LIBRARIES
    if platform == "win32":
        return name.lower() not in WINDOWS_UNUSED_LIBRARIES
    return True


def should_strip(dest_name: str) -> bool:
    """Whether `strip` may touch a library (Linux builds strip debug symbols: ~36 MB).

    Not the libraries auditwheel vendored into `<package>.libs/`: patchelf
    rewrote their headers, and strip then lays out segments the loader refuses
    (numpy's OpenBLAS: "ELF load command address/offset not page-aligned"). They
    come stripped from their wheels anyway (2.6 MB to gain in all).
    """
    parts = PurePosixPath(dest_name.replace("\\", "/")).parts
    return not any(part.endswith(".libs") for part in parts[:-1])


def stripped_binaries(binaries, cache_dir: Path):
    """`binaries` (PyInstaller TOC) with strippable libraries replaced by stripped copies.

    Done here rather than with PyInstaller's `strip=True`, which strips every
    library or none. Copies are kept in `cache_dir` (the build folder) and
    redone only when the source is newer. A library that fails to strip (or
    carries a FIPS checksum, .hmac/.chk, which stripping would invalidate)
    ships as it is.
    """
    out = []
    for dest, src, typecode in binaries:
        source = Path(src)
        if (typecode in ("BINARY", "EXTENSION") and should_strip(dest) and source.is_file()
                and not source.with_name(f".{source.name}.hmac").exists()
                and not source.with_suffix(".chk").exists()):
            target = cache_dir / dest
            fresh = target.exists() and target.stat().st_mtime >= source.stat().st_mtime
            if not fresh:
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(source, target)
                result = subprocess.run(["strip", str(target)], capture_output=True, text=True)
                if result.returncode != 0:
                    logging.getLogger(__name__).warning("strip %s failed: %s", dest,
                                                        result.stderr.strip())
                    target.unlink()
            if target.exists():
                src = str(target)
        out.append((dest, src, typecode))
    return out


def is_windows() -> bool:
    return sys.platform == "win32"
