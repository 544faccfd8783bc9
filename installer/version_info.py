"""The Windows version resource of depot.exe, generated from the project version.

Explorer shows it under Properties → Details, support reads it off a
screenshot, and the installer script takes its own version from it
(`GetFileProductVersion` in depot.iss), so pyproject.toml stays the one
place a version is written. Built in code rather than kept as a hand-edited
text file, which is the usual way the two drift apart.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from installer.recipe import APP_NAME, PROGRAM, PUBLISHER, version_tuple

if TYPE_CHECKING:
    from PyInstaller.utils.win32.versioninfo import VSVersionInfo

DESCRIPTION = "Depot repair workbench"
_LANG_EN_US, _CODEPAGE_UNICODE = 0x0409, 1200


def version_strings(version: str) -> dict[str, str]:
    """The string table of the resource (what Explorer lists)."""
    return {
        "CompanyName": PUBLISHER,
        "FileDescription": DESCRIPTION,
        "FileVersion": version,
        "InternalName": PROGRAM,
        "LegalCopyright": f"© {PUBLISHER}",
        "OriginalFilename": f"{PROGRAM}.exe",
        "ProductName": APP_NAME,
        "ProductVersion": version,
    }


def version_resource(version: str) -> VSVersionInfo:
    # imported here: PyInstaller's Windows helpers need pefile, installed on Windows only
    from PyInstaller.utils.win32.versioninfo import (
        FixedFileInfo,
        StringFileInfo,
        StringStruct,
        StringTable,
        VarFileInfo,
        VarStruct,
        VSVersionInfo,
    )

    numbers = version_tuple(version)
    strings = [StringStruct(k, v) for k, v in version_strings(version).items()]
    return VSVersionInfo(
        ffi=FixedFileInfo(filevers=numbers, prodvers=numbers),
        kids=[
            StringFileInfo([StringTable(f"{_LANG_EN_US:04X}{_CODEPAGE_UNICODE:04X}", strings)]),
            VarFileInfo([VarStruct("Translation", [_LANG_EN_US, _CODEPAGE_UNICODE])]),
        ],
    )
