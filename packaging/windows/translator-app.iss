; Inno Setup 6 script: Release Translator's setup.exe from the PyInstaller folder (see .github/workflows/release.yml).
;   iscc /DAppVersion=0.1.0 packaging\windows\translator-app.iss
; Per-machine install under Program Files, a Start-menu entry and an uninstaller. Silent install for IT:
;   translator-app-<version>-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /ALLUSERS
; Upgrade in place: the same AppId finds the installed copy and replaces its files. Each user's database lives in
; %LOCALAPPDATA%\translator-app (settings in %LOCALAPPDATA%\translator-app too), which neither setup nor the
; uninstaller touches; the new version migrates it on first start, after a backup beside it.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\build\pyinstaller\dist\translator-app"
#endif

[Setup]
; Never change the AppId: upgrades find the installed copy by it.
AppId={{5648C5D2-9690-4A93-A89B-51CA2B22E842}
AppName=Release Translator
AppVersion={#AppVersion}
AppVerName=Release Translator {#AppVersion}
AppPublisher=Release Translator
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\Release Translator
DefaultGroupName=Release Translator
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
; per-machine: administrators install for every user (/ALLUSERS is then what setup does anyway)
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\dist
OutputBaseFilename=translator-app-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\translator-app.ico
UninstallDisplayIcon={app}\translator-app.exe
UninstallDisplayName=Release Translator
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; an upgrade closes a running copy first (silently too) rather than failing on locked files
CloseApplications=force
RestartApplications=no

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"

[InstallDelete]
; upgrade in place: drop the previous bundle's libraries so no stale file of the old version is left behind
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Release Translator"; Filename: "{app}\translator-app.exe"; WorkingDir: "{userdocs}"

[Run]
Filename: "{app}\translator-app.exe"; Description: "{cm:LaunchProgram,Release Translator}"; \
  Flags: nowait postinstall skipifsilent
