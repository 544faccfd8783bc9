"""Fast checks of the packaging recipe, without running PyInstaller.

The real proof is the frozen self-test (`make bundle-selftest`); these catch
the cheap mistakes first: a resource or page the spec would not collect,
versions that disagree, an installer that names another program or deletes
the user's data on uninstall.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PIL import Image

import depot
from installer import recipe

ROOT = Path(__file__).resolve().parent.parent.parent
ISS = (ROOT / "installer" / "depot.iss").read_text(encoding="utf-8")
WORKFLOW = (ROOT / "installer" / "windows-build.yml").read_text(encoding="utf-8")


class _Recorder:
    """Stands in for PyInstaller's Analysis / PYZ / EXE / COLLECT while the spec runs."""

    calls: list[tuple[str, tuple, dict]]

    def __init__(self, kind: str, calls: list) -> None:
        self.kind, self.calls = kind, calls

    def __call__(self, *args, **kwargs):
        self.calls.append((self.kind, args, kwargs))
        result = type(self.kind, (), {})()
        result.binaries, result.datas, result.pure, result.scripts = (
            [("libcups.so.2", "/usr/lib/libcups.so.2", "BINARY"),
             ("libQt6Core.so.6", "/q/libQt6Core.so.6", "BINARY")], [], [], [])
        return result


@pytest.fixture(scope="module")
def spec(tmp_path_factory) -> dict[str, dict]:
    """Run depot.spec as PyInstaller would, recording what it asks for."""
    calls: list = []
    namespace = {"SPECPATH": str(ROOT), "__file__": str(ROOT / "depot.spec"),
                 "workpath": str(tmp_path_factory.mktemp("build"))}
    for kind in ("Analysis", "PYZ", "EXE", "COLLECT"):
        namespace[kind] = _Recorder(kind, calls)
    source = (ROOT / "depot.spec").read_text(encoding="utf-8")
    exec(compile(source, "depot.spec", "exec"), namespace)
    recorded = {kind: {"args": args, **kwargs} for kind, args, kwargs in calls}
    recorded["namespace"] = namespace
    return recorded


def test_spec_builds_one_windowed_folder_named_depot(spec):
    exe, collect = spec["EXE"], spec["COLLECT"]
    assert exe["name"] == collect["name"] == recipe.PROGRAM == "depot"
    assert exe["console"] is False
    assert exe["exclude_binaries"] is True  # one folder, not one file
    assert exe["upx"] is False and collect["upx"] is False
    assert ("X utf8", None, "OPTION") in exe["args"][2]
    # stripping is done by the recipe, selectively (see test_strip_spares_vendored_libraries)
    assert exe["strip"] is collect["strip"] is False


def test_strip_spares_libraries_auditwheel_vendored():
    assert recipe.should_strip("libpython3.11.so.1.0")
    assert recipe.should_strip("PySide6/Qt/lib/libQt6Gui.so.6")
    assert recipe.should_strip("numpy/_core/_multiarray_umath.cpython-311-x86_64-linux-gnu.so")
    assert not recipe.should_strip("numpy.libs/libscipy_openblas64_-32a4b2a6.so")
    assert not recipe.should_strip("pillow.libs/libjpeg-6dc8d115.so.62.4.0")


def test_spec_collects_every_resource_and_the_chinese_catalogue(spec):
    datas = spec["Analysis"]["datas"]
    shipped = {(Path(src).relative_to(ROOT / "resources").as_posix(), dest)
               for src, dest in datas if Path(src).is_relative_to(ROOT / "resources")}
    assert ("translations/depot_zh_CN.qm", "resources/translations") in shipped
    assert ("style.qss", "resources") in shipped
    assert ("icons/depot.ico", "resources/icons") in shipped
    on_disk = {p.relative_to(ROOT / "resources").as_posix()
               for p in (ROOT / "resources").rglob("*")
               if p.is_file() and "__pycache__" not in p.parts
               and p.suffix not in (".py", ".pyc", ".ts", ".tsv")}
    assert {name for name, _ in shipped} == on_disk
    assert not any(name.endswith((".py", ".ts")) for name, _ in shipped)
    assert recipe.missing_resources(ROOT) == []


def test_spec_lists_pages_and_modules_loaded_by_name(spec):
    hidden = set(spec["Analysis"]["hiddenimports"])
    pages = {f"ui.pages.{p.stem}" for p in (ROOT / "ui" / "pages").glob("*.py")
             if p.stem != "__init__"}
    assert pages and pages <= hidden
    assert {"depot.cli", "rma.schema", "ui.sections"} <= hidden
    # holidays loads countries by name; the package brings every country
    assert {"holidays.countries", "psycopg", "psycopg_binary.pq", "barcode.writer"} <= hidden
    assert str(ROOT / "installer" / "hooks") in spec["Analysis"]["hookspath"]


def test_spec_collects_data_read_by_libraries(spec):
    dests = {(Path(src).name, dest) for src, dest in spec["Analysis"]["datas"]}
    assert ("_application_identifiers.json", "biip/gs1_application_identifiers") in dests
    assert ("CN.mo", "holidays/locale/zh_CN/LC_MESSAGES") in dests


def test_spec_excludes_unused_qt_and_tools(spec):
    excludes = set(spec["Analysis"]["excludes"])
    assert {"PySide6.QtQml", "PySide6.QtQuick", "tkinter", "pytest"} <= excludes
    used = {f"PySide6.{m}" for m in recipe.qt_modules_used(ROOT)}
    assert {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets",
            "PySide6.QtPrintSupport"} <= used
    assert not used & excludes


def test_spec_leaves_out_readline_and_on_linux_the_secret_service_stack(spec):
    excludes = set(spec["Analysis"]["excludes"])
    assert "readline" in excludes
    assert "ssl" not in excludes, "psycopg's libpq binding imports it"
    linux = spec["namespace"]["sys"].platform.startswith("linux")
    assert ("cryptography" in excludes) is linux
    assert "keyring" not in excludes, "Windows keeps its Credential Manager backend"


def test_spec_leaves_host_printing_libraries_on_linux(spec):
    names = [entry[0] for entry in spec["namespace"]["a"].binaries]
    linux = spec["namespace"]["sys"].platform.startswith("linux")
    assert ("libcups.so.2" in names) is not linux
    assert "libQt6Core.so.6" in names


def test_numpy_and_qt_opengl_ship_only_when_our_code_uses_pyqtgraph(tmp_path):
    (tmp_path / "ui").mkdir()
    (tmp_path / "ui" / "charts.py").write_text("import openpyxl\n")
    assert {"numpy", "PySide6.QtOpenGL"} <= set(recipe.excludes(tmp_path))
    (tmp_path / "ui" / "kpi.py").write_text("def plot():\n    import pyqtgraph\n")
    excludes = recipe.excludes(tmp_path)
    assert "numpy" not in excludes and "PySide6.QtOpenGL" not in excludes
    # pyqtgraph imports QtOpenGL by name, so the recipe names it
    assert "PySide6.QtOpenGL" in recipe.hidden_imports(tmp_path)


@pytest.mark.parametrize(("source", "dest", "kept"), [
    ("/qt/plugins/platforms/libqoffscreen.so", "PySide6/Qt/plugins/platforms", True),
    ("/qt/plugins/platforms/libqxcb.so", "PySide6/Qt/plugins/platforms", True),
    ("C:\\qt\\plugins\\platforms\\qwindows.dll", "PySide6\\plugins\\platforms", True),
    ("/qt/plugins/platforms/libqwayland.so", "PySide6/Qt/plugins/platforms", False),
    ("/qt/plugins/platforms/libqeglfs.so", "PySide6/Qt/plugins/platforms", False),
    ("/qt/plugins/imageformats/libqjpeg.so", "PySide6/Qt/plugins/imageformats", True),
    ("/qt/plugins/imageformats/libqpdf.so", "PySide6/Qt/plugins/imageformats", False),
    ("/qt/plugins/printsupport/libcupsprintersupport.so", "PySide6/Qt/plugins/printsupport",
     True),
    ("C:\\qt\\plugins\\styles\\qmodernwindowsstyle.dll", "PySide6\\plugins\\styles", True),
    ("/qt/plugins/platformthemes/libqgtk3.so", "PySide6/Qt/plugins/platformthemes", False),
    ("/qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
     "PySide6/Qt/plugins/platforminputcontexts", False),
    ("/qt/translations/qtbase_zh_CN.qm", "PySide6/Qt/translations", True),
    ("/qt/translations/qtbase_en.qm", "PySide6/Qt/translations", True),
    ("/qt/translations/qtbase_de.qm", "PySide6/Qt/translations", False),
    ("C:\\qt\\translations\\qt_help_zh_TW.qm", "PySide6\\translations", False),
    ("/qt/lib/libQt6Core.so.6", "PySide6/Qt/lib", True),
])
def test_qt_plugins_and_translations_kept(source, dest, kept):
    assert recipe.keep_qt_file(source, dest) is kept


def test_shipped_languages_match_the_program():
    from ui import i18n

    assert tuple(i18n.SUPPORTED) == recipe.LANGUAGES


def test_host_and_unused_libraries_are_dropped_per_platform():
    assert recipe.keep_binary("libcups.so.2", "linux") is False
    assert recipe.keep_binary("libgnutls.so.30", "linux") is False
    assert recipe.keep_binary("libdbus-1.so.3", "linux") is False
    assert recipe.keep_binary("libX11.so.6", "linux") is False
    assert recipe.keep_binary("libfontconfig.so.1", "linux") is False
    assert recipe.keep_binary("libQt6Gui.so.6", "linux") is True
    assert recipe.keep_binary("libQt6DBus.so.6", "linux") is True
    assert recipe.keep_binary("libcups.so.2", "win32") is True
    assert recipe.keep_binary("PySide6\\opengl32sw.dll", "win32") is False
    assert recipe.keep_binary("PySide6\\Qt6Gui.dll", "win32") is True


def test_versions_agree():
    version = recipe.project_version(ROOT)
    assert depot.__version__ == version
    from installer.version_info import version_strings

    strings = version_strings(version)
    assert strings["ProductVersion"] == strings["FileVersion"] == version
    assert strings["OriginalFilename"] == "depot.exe"
    # the installer takes its version from that resource, not from a second literal
    assert "GetFileProductVersion(BundleDir" in ISS
    assert not re.search(r"#define\s+AppVersion\s+\"", ISS)


def test_version_resource_serialises():
    pytest.importorskip("pefile")  # PyInstaller's Windows helpers need it (Windows only)
    from installer.version_info import version_resource

    resource = version_resource("1.2.3")
    strings = {s.name: s.val for s in resource.kids[0].kids[0].kids}
    assert strings["ProductVersion"] == "1.2.3"
    assert resource.ffi.productVersionMS == (1 << 16) | 2
    assert resource.ffi.productVersionLS == 3 << 16
    assert resource.toRaw()


@pytest.mark.parametrize(("text", "numbers"), [
    ("0.1.0", (0, 1, 0, 0)), ("1.2", (1, 2, 0, 0)), ("2.3.4.5", (2, 3, 4, 5)),
    ("1.3.0rc1", (1, 3, 0, 0)),
])
def test_version_tuple(text, numbers):
    assert recipe.version_tuple(text) == numbers


def test_installer_packs_the_bundle_the_spec_builds():
    assert '#define AppExeName "depot.exe"' in ISS
    assert f'"..\\dist\\{recipe.PROGRAM}"' in ISS
    assert re.search(r"^Source: \"\{#BundleDir\}\\\*\".*recursesubdirs", ISS, re.M)
    assert re.search(r"^SetupIconFile=\.\.\\resources\\icons\\depot\.ico$", ISS, re.M)


def test_installer_is_per_user_with_start_menu_and_optional_desktop_icon():
    assert re.search(r"^PrivilegesRequired=lowest$", ISS, re.M)
    assert "PrivilegesRequiredOverridesAllowed" not in ISS
    assert re.search(r"^DefaultDirName=\{autopf\}", ISS, re.M)
    assert re.search(r"^Name: \"\{autoprograms\}\\", ISS, re.M)
    assert re.search(r"^Name: \"desktopicon\";.*Flags: unchecked", ISS, re.M)
    assert re.search(r"^Name: \"\{autodesktop\}\\.*Tasks: desktopicon", ISS, re.M)
    assert re.search(r"^AppId=\{\{3CBF9ACA-A61E-460C-9B04-0FE5F50CA75C\}$", ISS, re.M)


def test_uninstall_keeps_the_users_data():
    sections = re.findall(r"^\[(\w+)\]", ISS, re.M)
    assert "UninstallDelete" not in sections
    assert "uninsdeletekey" not in ISS.lower()  # QSettings in HKCU\Software\Depot stay
    # the program folder and the data folder (depot/config.py) are different places
    assert "{localappdata}\\Depot" not in ISS and "{userappdata}" not in ISS
    install_delete = re.search(r"^\[InstallDelete\]\n(.*?)(?=^\[)", ISS, re.M | re.S).group(1)
    for line in install_delete.splitlines():
        if line.startswith("Type:"):
            assert 'Name: "{app}\\' in line


def test_windows_workflow_builds_tests_and_packs_with_the_same_files():
    assert "pyinstaller --noconfirm --clean depot.spec" in WORKFLOW
    assert "python -m installer.check_bundle dist\\depot" in WORKFLOW
    assert "installer\\depot.iss" in WORKFLOW
    assert "runs-on: windows-latest" in WORKFLOW
    assert "--self-test" in WORKFLOW and "depot.db" in WORKFLOW


def test_ci_builds_and_self_tests_the_linux_bundle():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^bundle-selftest: bundle\n\t.*installer\.check_bundle", makefile, re.M)
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "make bundle-selftest" in ci
    # the suite runs last, so its summary line closes the CI log
    assert ci.index("make test") > ci.index("make bundle-selftest")


def test_icon_has_every_size_windows_asks_for():
    with Image.open(ROOT / "resources" / "icons" / "depot.ico") as ico:
        sizes = ico.info["sizes"]
    assert {(s, s) for s in (16, 24, 32, 48, 256)} <= sizes
    with Image.open(ROOT / "resources" / "icons" / "depot.png") as png:
        assert png.size == (256, 256) and png.mode == "RGBA"
