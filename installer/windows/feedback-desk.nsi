; Feedback Desk — Windows installer (NSIS 3, Modern UI 2), per user, no administrator rights.
;
; Build with installer/windows/build-installer.sh, or by hand:
;   makensis -DVERSION=0.1.0 -DVERSION4=0.1.0.0 -DBUNDLE=dist/feedback-desk \
;            -DICON=build/installer/icons/feedback-desk.ico -DOUTFILE=dist/feedback-desk-0.1.0-setup.exe \
;            installer/windows/feedback-desk.nsi
; Optional: -DCOMPRESSOR=lzma (default, solid) | zlib | bzip2 | none (no compression: for tests),
;           -DPUBLISHER="…", -DTARGET=amd64-unicode (default) | x86-unicode.
;
; Installer command line (besides NSIS's own /S and /D=PATH, which must come last):
;   /NODESKTOP   no desktop shortcut        /DESKTOP   a desktop shortcut
;   (default: what the previous installation had; a desktop shortcut on a first install)
; Uninstaller command line:
;   /S           silent: keeps the user's data
;   /REMOVEDATA  also delete the user's data (database, drafts, settings); in silent mode too
; Exit code 2 when the app was running and the user (or /S) did not close it.
;
; The user's data lives outside the install folder and is never touched by the installer:
;   %LOCALAPPDATA%\feedback-desk\   database, profiles, drafts, outbox
;   %APPDATA%\feedback-desk\        settings (feedback-desk.ini)
; The uninstaller deletes those two folders only when asked, and nothing else outside $INSTDIR.

Unicode true
ManifestDPIAware true
; 64-bit like the bundle it carries (a 64-bit Python): no WOW64 redirection to think about, and the
; build tested under Wine (which has no 32-bit side here) is the one that ships. -DTARGET=x86-unicode
; gives the classic 32-bit installer.
!define /ifndef TARGET amd64-unicode
Target ${TARGET}

!macro REQUIRE_DEFINE NAME
  !ifndef ${NAME}
    !error "Pass -D${NAME}=… to makensis (see the top of this file, or use build-installer.sh)"
  !endif
!macroend
!insertmacro REQUIRE_DEFINE VERSION
!insertmacro REQUIRE_DEFINE VERSION4
!insertmacro REQUIRE_DEFINE BUNDLE
!insertmacro REQUIRE_DEFINE ICON
!insertmacro REQUIRE_DEFINE OUTFILE
!searchparse /noerrors "${VERSION4}" "" VERSION_MAJOR "." VERSION_MINOR "."
!ifndef VERSION_MAJOR | VERSION_MINOR
  !error "VERSION4 must look like 1.2.3.4, not ${VERSION4}"
!endif
!define /ifndef COMPRESSOR lzma
!define /ifndef PUBLISHER "Feedback Desk"

!if "${COMPRESSOR}" == "none"
  SetCompress off
!else if "${COMPRESSOR}" == "zlib"
  SetCompressor /SOLID zlib
!else if "${COMPRESSOR}" == "bzip2"
  SetCompressor /SOLID bzip2
!else if "${COMPRESSOR}" == "lzma"
  SetCompressor /SOLID lzma
  SetCompressorDictSize 32
!else
  !error "COMPRESSOR must be lzma, zlib, bzip2 or none, not ${COMPRESSOR}"
!endif

!define APP_NAME "Feedback Desk"
!define APP_EXE "feedback-desk.exe"
!define CLI_EXE "feedback-desk-cli.exe"
!define UNINST_EXE "uninstall.exe"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\FeedbackDesk"
!define DATA_NAME "feedback-desk"  ; platformdirs / QSettings folder name (see the contract above)

Name "${APP_NAME}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
InstallDirRegKey HKCU "${UNINST_KEY}" "InstallLocation"
RequestExecutionLevel user
BrandingText "${APP_NAME} ${VERSION}"
ShowInstDetails show
ShowUninstDetails show

!include MUI2.nsh
!include LogicLib.nsh
!include FileFunc.nsh
!include nsDialogs.nsh
!include Sections.nsh

VIProductVersion "${VERSION4}"
VIFileVersion "${VERSION4}"
VIAddVersionKey /LANG=1033 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=1033 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "FileDescription" "${APP_NAME} ${VERSION} Setup"
VIAddVersionKey /LANG=1033 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=1033 "LegalCopyright" "${PUBLISHER}"

;--------------------------------------------------------------------------------------------------
; Modern UI

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_UNABORTWARNING
!define MUI_LANGDLL_REGISTRY_ROOT HKCU
!define MUI_LANGDLL_REGISTRY_KEY "${UNINST_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
!define MUI_LANGDLL_ALLLANGUAGES

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "$(RunApp)"
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
UninstPage custom un.DataPageCreate un.DataPageLeave
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Indonesian"
!insertmacro MUI_RESERVEFILE_LANGDLL

;--------------------------------------------------------------------------------------------------
; Our own strings, in both languages

LangString SecAppName ${LANG_ENGLISH} "${APP_NAME} (required)"
LangString SecAppName ${LANG_INDONESIAN} "${APP_NAME} (wajib)"
LangString SecAppDesc ${LANG_ENGLISH} "The ${APP_NAME} program and its Start menu shortcut."
LangString SecAppDesc ${LANG_INDONESIAN} "Program ${APP_NAME} dan pintasannya di menu Start."
LangString SecDesktopName ${LANG_ENGLISH} "Desktop shortcut"
LangString SecDesktopName ${LANG_INDONESIAN} "Pintasan di desktop"
LangString SecDesktopDesc ${LANG_ENGLISH} "A ${APP_NAME} icon on the desktop."
LangString SecDesktopDesc ${LANG_INDONESIAN} "Ikon ${APP_NAME} di desktop."
LangString RunApp ${LANG_ENGLISH} "Start ${APP_NAME} now"
LangString RunApp ${LANG_INDONESIAN} "Jalankan ${APP_NAME} sekarang"
LangString AppRunning ${LANG_ENGLISH} "${APP_NAME} is still running from $INSTDIR.$\r$\n$\r$\nPlease finish your work and close ${APP_NAME} (also any ${APP_NAME} command windows), then click Retry."
LangString AppRunning ${LANG_INDONESIAN} "${APP_NAME} masih berjalan dari $INSTDIR.$\r$\n$\r$\nSelesaikan pekerjaan Anda dan tutup ${APP_NAME} (juga jendela perintah ${APP_NAME}), lalu coba lagi (Retry)."
LangString AppRunningAbort ${LANG_ENGLISH} "${APP_NAME} is running: nothing was changed."
LangString AppRunningAbort ${LANG_INDONESIAN} "${APP_NAME} sedang berjalan: tidak ada yang diubah."
LangString RemovingOld ${LANG_ENGLISH} "Removing the previous version's program files (your data is kept)…"
LangString RemovingOld ${LANG_INDONESIAN} "Menghapus berkas program versi sebelumnya (data Anda tetap disimpan)…"
LangString NotInstalledHere ${LANG_ENGLISH} "$INSTDIR does not look like a ${APP_NAME} installation (${APP_EXE} is missing): only the shortcuts, the registration and the uninstaller are removed; delete the folder yourself if you are sure."
LangString NotInstalledHere ${LANG_INDONESIAN} "$INSTDIR tampaknya bukan instalasi ${APP_NAME} (${APP_EXE} tidak ada): hanya pintasan, pendaftaran dan program pencopot yang dihapus; hapus foldernya sendiri jika Anda yakin."
LangString LeftBehind ${LANG_ENGLISH} "Some files in $INSTDIR could not be removed; delete them after restarting Windows."
LangString LeftBehind ${LANG_INDONESIAN} "Beberapa berkas di $INSTDIR tidak dapat dihapus; hapus setelah Windows dinyalakan ulang."
LangString DataTitle ${LANG_ENGLISH} "Your data"
LangString DataTitle ${LANG_INDONESIAN} "Data Anda"
LangString DataSubtitle ${LANG_ENGLISH} "Keep or delete your ${APP_NAME} data."
LangString DataSubtitle ${LANG_INDONESIAN} "Simpan atau hapus data ${APP_NAME} Anda."
LangString DataText ${LANG_ENGLISH} "Your database, drafts and settings are kept, so that a new installation finds them again:$\r$\n$\r$\n    $LOCALAPPDATA\${DATA_NAME}$\r$\n    $APPDATA\${DATA_NAME}$\r$\n$\r$\nBackups you saved elsewhere are never touched."
LangString DataText ${LANG_INDONESIAN} "Basis data, draf dan pengaturan Anda tetap disimpan, agar instalasi baru dapat menemukannya lagi:$\r$\n$\r$\n    $LOCALAPPDATA\${DATA_NAME}$\r$\n    $APPDATA\${DATA_NAME}$\r$\n$\r$\nCadangan yang Anda simpan di tempat lain tidak pernah disentuh."
LangString DataCheckbox ${LANG_ENGLISH} "Also delete my ${APP_NAME} data (database, drafts, settings)"
LangString DataCheckbox ${LANG_INDONESIAN} "Hapus juga data ${APP_NAME} saya (basis data, draf, pengaturan)"
LangString DataConfirm ${LANG_ENGLISH} "Delete your ${APP_NAME} database, drafts and settings for good?$\r$\n$\r$\nEntries not yet sent to a server or saved in a backup are lost."
LangString DataConfirm ${LANG_INDONESIAN} "Hapus basis data, draf dan pengaturan ${APP_NAME} Anda untuk selamanya?$\r$\n$\r$\nEntri yang belum terkirim ke server atau tersimpan di cadangan akan hilang."
LangString DataKept ${LANG_ENGLISH} "Your data is kept in $LOCALAPPDATA\${DATA_NAME} and $APPDATA\${DATA_NAME}."
LangString DataKept ${LANG_INDONESIAN} "Data Anda tetap disimpan di $LOCALAPPDATA\${DATA_NAME} dan $APPDATA\${DATA_NAME}."
LangString DataRemoved ${LANG_ENGLISH} "Deleting your ${APP_NAME} data…"
LangString DataRemoved ${LANG_INDONESIAN} "Menghapus data ${APP_NAME} Anda…"

;--------------------------------------------------------------------------------------------------
; Is the app running from $INSTDIR? A running .exe cannot be opened for writing (Windows lets a
; running .exe be renamed, so a rename would not tell). Both executables share _internal\.

Var Busy

!macro CHECK_NOT_RUNNING_FUNC un
Function ${un}ExeBusy  ; $0 = path; sets $Busy to 1 when it exists and cannot be opened for writing
  ${If} ${FileExists} "$0"
    ClearErrors
    FileOpen $1 "$0" a
    ${If} ${Errors}
      StrCpy $Busy 1
    ${Else}
      FileClose $1
    ${EndIf}
  ${EndIf}
FunctionEnd

Function ${un}CheckNotRunning
  Push $0
  Push $1
  Push $2
  StrCpy $2 0
  ${Do}
    StrCpy $Busy 0
    StrCpy $0 "$INSTDIR\${APP_EXE}"
    Call ${un}ExeBusy
    StrCpy $0 "$INSTDIR\${CLI_EXE}"
    Call ${un}ExeBusy
    ${IfThen} $Busy == 0 ${|} ${ExitDo} ${|}
    ${If} ${Silent}
      ; Unattended: give a closing app a few seconds, then give up with exit code 2.
      IntOp $2 $2 + 1
      ${If} $2 > 10
        DetailPrint "$(AppRunningAbort)"
        SetErrorLevel 2
        Abort
      ${EndIf}
      Sleep 1000
    ${Else}
      MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(AppRunning)" /SD IDCANCEL IDRETRY retry
        DetailPrint "$(AppRunningAbort)"
        SetErrorLevel 2
        Abort
      retry:
    ${EndIf}
  ${Loop}
  Pop $2
  Pop $1
  Pop $0
FunctionEnd
!macroend
!insertmacro CHECK_NOT_RUNNING_FUNC ""
!insertmacro CHECK_NOT_RUNNING_FUNC "un."

;--------------------------------------------------------------------------------------------------
; Installer

Section "$(SecAppName)" SecApp
  SectionIn RO
  SetShellVarContext current
  Call CheckNotRunning

  ; Over an earlier (or the same) version: remove its program files first, so that nothing of the
  ; old _internal\ lingers. Only when this folder really holds Feedback Desk; the user's data is
  ; elsewhere and is never touched.
  ${If} ${FileExists} "$INSTDIR\${APP_EXE}"
  ${OrIf} ${FileExists} "$INSTDIR\${CLI_EXE}"
    DetailPrint "$(RemovingOld)"
    RMDir /r "$INSTDIR\_internal"
    Delete "$INSTDIR\${APP_EXE}"
    Delete "$INSTDIR\${CLI_EXE}"
    Delete "$INSTDIR\${UNINST_EXE}"
  ${EndIf}

  SetOutPath "$INSTDIR"
  SetOverwrite on
  File /r "${BUNDLE}/*"
  WriteUninstaller "$INSTDIR\${UNINST_EXE}"

  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0

  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE},0"
  WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\${UNINST_EXE}"'
  WriteRegStr HKCU "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\${UNINST_EXE}" /S'
  WriteRegStr HKCU "${UNINST_KEY}" "InstallerLanguage" "$LANGUAGE"
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "VersionMajor" ${VERSION_MAJOR}
  WriteRegDWORD HKCU "${UNINST_KEY}" "VersionMinor" ${VERSION_MINOR}
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINST_KEY}" "EstimatedSize" $0
  WriteRegDWORD HKCU "${UNINST_KEY}" "DesktopShortcut" 0
SectionEnd

Section "$(SecDesktopName)" SecDesktop
  SetShellVarContext current
  Delete "$DESKTOP\${APP_NAME}.lnk"
  CreateShortcut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0
  WriteRegDWORD HKCU "${UNINST_KEY}" "DesktopShortcut" 1
SectionEnd

Section "-RemoveUnwantedDesktopShortcut"
  SetShellVarContext current
  ${IfNot} ${SectionIsSelected} ${SecDesktop}
    Delete "$DESKTOP\${APP_NAME}.lnk"  ; an upgrade where the user turned the shortcut off
  ${EndIf}
SectionEnd

!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecApp} "$(SecAppDesc)"
  !insertmacro MUI_DESCRIPTION_TEXT ${SecDesktop} "$(SecDesktopDesc)"
!insertmacro MUI_FUNCTION_DESCRIPTION_END

Function .onInit
  SetShellVarContext current
  ; A desktop shortcut on a first install (the recorders find the app there); on an upgrade, what
  ; the previous installation had; /NODESKTOP or /DESKTOP on the command line decide for /S.
  ClearErrors
  ReadRegDWORD $0 HKCU "${UNINST_KEY}" "DesktopShortcut"
  ${IfNot} ${Errors}
  ${AndIf} $0 == 0
    !insertmacro UnselectSection ${SecDesktop}
  ${EndIf}
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/NODESKTOP" $R1
  ${IfNot} ${Errors}
    !insertmacro UnselectSection ${SecDesktop}
  ${EndIf}
  ClearErrors
  ${GetOptions} $R0 "/DESKTOP" $R1
  ${IfNot} ${Errors}
    !insertmacro SelectSection ${SecDesktop}
  ${EndIf}
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

;--------------------------------------------------------------------------------------------------
; Uninstaller

Var RemoveData
Var DataCheckbox

Function un.onInit
  SetShellVarContext current
  !insertmacro MUI_UNGETLANGUAGE
  StrCpy $RemoveData 0
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/REMOVEDATA" $R1
  ${IfNot} ${Errors}
    StrCpy $RemoveData 1
  ${EndIf}
FunctionEnd

Function un.DataPageCreate
  !insertmacro MUI_HEADER_TEXT "$(DataTitle)" "$(DataSubtitle)"
  nsDialogs::Create 1018
  Pop $0
  ${If} $0 == error
    Abort
  ${EndIf}
  ${NSD_CreateLabel} 0 0 100% 60% "$(DataText)"
  Pop $0
  ${NSD_CreateCheckbox} 0 70% 100% 12u "$(DataCheckbox)"
  Pop $DataCheckbox
  ${If} $RemoveData == 1
    ${NSD_Check} $DataCheckbox
  ${EndIf}
  nsDialogs::Show
FunctionEnd

Function un.DataPageLeave
  ${NSD_GetState} $DataCheckbox $0
  ${If} $0 == ${BST_CHECKED}
    MessageBox MB_YESNO|MB_ICONEXCLAMATION|MB_DEFBUTTON2 "$(DataConfirm)" IDYES confirmed
      Abort  ; back to the page: the user changed their mind
    confirmed:
    StrCpy $RemoveData 1
  ${Else}
    StrCpy $RemoveData 0
  ${EndIf}
FunctionEnd

Section "Uninstall"
  SetShellVarContext current
  Call un.CheckNotRunning

  ; Is this uninstaller the registered installation? (A copy elsewhere must not unregister it.)
  ReadRegStr $0 HKCU "${UNINST_KEY}" "InstallLocation"
  ${If} $0 == ""
  ${OrIf} $0 == $INSTDIR
    Delete "$SMPROGRAMS\${APP_NAME}.lnk"
    Delete "$DESKTOP\${APP_NAME}.lnk"
    DeleteRegKey HKCU "${UNINST_KEY}"
  ${EndIf}

  ; Program files: only the names the installer puts there, and _internal\ only when this folder
  ; really is a Feedback Desk installation; the folder itself only if nothing else is left in it.
  ${If} ${FileExists} "$INSTDIR\${APP_EXE}"
  ${OrIf} ${FileExists} "$INSTDIR\${CLI_EXE}"
    RMDir /r "$INSTDIR\_internal"
  ${Else}
    DetailPrint "$(NotInstalledHere)"
    ${IfNot} ${Silent}
      MessageBox MB_OK|MB_ICONINFORMATION "$(NotInstalledHere)"
    ${EndIf}
  ${EndIf}
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  Delete "$INSTDIR\${UNINST_EXE}"
  RMDir "$INSTDIR"
  ${If} ${FileExists} "$INSTDIR\_internal\*.*"
  ${OrIf} ${FileExists} "$INSTDIR\${APP_EXE}"
    DetailPrint "$(LeftBehind)"
  ${EndIf}

  ; The user's data: only on request, only these two folders, never with an empty base path.
  ${If} $RemoveData == 1
    DetailPrint "$(DataRemoved)"
    ${If} $LOCALAPPDATA != ""
      RMDir /r "$LOCALAPPDATA\${DATA_NAME}"
    ${EndIf}
    ${If} $APPDATA != ""
      RMDir /r "$APPDATA\${DATA_NAME}"
    ${EndIf}
  ${Else}
    DetailPrint "$(DataKept)"
  ${EndIf}
SectionEnd
