; Depot: the Windows installer (Inno Setup 6).
;
; Packs the one-folder bundle that `pyinstaller --noconfirm depot.spec` leaves
; in dist\depot; run from the repository root on Windows:
;
;     iscc installer\depot.iss      ->  dist\installer\depot-<version>-setup.exe
;
; - Per-user install: no administrator rights, the program goes to
;   %LOCALAPPDATA%\Programs\Depot; a Start-menu entry, a desktop icon if asked.
; - The uninstaller removes the program and nothing else. The user's data
;   stays: the database, backups and logs (%LOCALAPPDATA%\Depot\Depot, see
;   depot/config.py) and the workstation settings (HKCU\Software\Depot).
;   That is why there is no [UninstallDelete] section; keep it that way.
; - The version comes from depot.exe's version resource, which depot.spec
;   writes from pyproject.toml: one version, written in one place. Override
;   with  iscc /DAppVersion=1.2.3 installer\depot.iss  only for experiments.

#define AppName "Depot"
#define AppPublisher "Depot"
#define AppExeName "depot.exe"
#define BundleDir AddBackslash(SourcePath) + "..\dist\depot"

#if !FileExists(BundleDir + "\" + AppExeName)
  #error dist\depot\depot.exe not found: build the bundle first (pyinstaller --noconfirm depot.spec)
#endif
#ifndef AppVersion
  #define AppVersion GetFileProductVersion(BundleDir + "\" + AppExeName)
#endif
#if AppVersion == ""
  #error depot.exe carries no version resource: was it built with depot.spec on Windows?
#endif
#define AppNumericVersion GetVersionNumbersString(BundleDir + "\" + AppExeName)

[Setup]
; The AppId identifies Depot to Windows across versions (upgrades, uninstall).
; Never change it: a new id makes the next version install beside the old one.
AppId={{3CBF9ACA-A61E-460C-9B04-0FE5F50CA75C}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#AppNumericVersion}
VersionInfoProductVersion={#AppNumericVersion}
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\dist\installer
OutputBaseFilename=depot-{#AppVersion}-setup
SetupIconFile=..\resources\icons\depot.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
; a running Depot holds its DLLs open: ask to close it rather than fail mid-copy
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto
LanguageDetectionMethod=uilanguage

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
; Chinese ships with Inno Setup 6.5 and later; an older compiler builds English only.
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
Name: "zh_CN"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the bundled libraries as a whole, so no DLL or Qt plugin
; left over from an older version can be picked up by the new one.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
