#!/usr/bin/env python3
"""Adds what swift-argument-parser's generated page lacks: the exit status
in detail, the kiosk, the files and the environment (Debian's manual pages
have them). Reads the generated page, writes the finished one to stdout."""
import sys

page = open(sys.argv[1], encoding="utf-8").read()
exit_status = '''.Sh "EXIT STATUS"
.Bl -tag -width 4n
.It 0
Success; also after a quick exit (F12 or Esc Esc).
.It 64
Usage error: an unknown flag, fact, question, option, scenario, language or region.
.It 65
Data error: invalid content, invalid or incomplete answers, an input over its size limit, or input that ended early.
.It 66
An input file or folder does not exist, cannot be read, or is not a regular file (a FIFO, a device, a symbolic link in a content folder).
.It 70
Internal error, or standard output could not be written.
.It 141
Killed by SIGPIPE: a reader closed the pipe early, as with any command.
.El
.Sh KIOSK
.Nm
.Cm kiosk
runs unattended in a counselling centre: Ctrl-C, Ctrl-Z and Ctrl-\\e do nothing; after
.Fl -idle-timeout
seconds a countdown asks whether the visitor is still there, then everything is wiped and the welcome screen returns.
Quick exit wipes at once. Nothing is written to disk. Staff leave with Ctrl-X and the PIN whose crypt(3) hash
.Cm kiosk set-pin
wrote, or with SIGTERM or SIGHUP. The unit
.Pa chatcheck-kiosk@.service
runs it on a console, for example
.Ql systemctl enable --now chatcheck-kiosk@tty1 .
.Sh FILES
.Bl -tag -width Ds
.It Pa /etc/default/chatcheck
The kiosk unit's language and country: CHATCHECK_LANG and CHATCHECK_REGION.
.It Pa /etc/chatcheck/staff-pin
The staff PIN's hash (mode 0600, owner root), written by
.Ql chatcheck kiosk set-pin --staff-pin-file /etc/chatcheck/staff-pin .
.It Pa /etc/chatcheck/local.yaml
The centre's own contact (name, phone, address, hours, languages); start from
.Pa /etc/chatcheck/local.example.yaml .
.It Pa /lib/systemd/system/chatcheck-kiosk@.service
The kiosk on a console; not enabled by installing.
.El
.Sh ENVIRONMENT
.Bl -tag -width Ds
.It Ev LC_ALL , LC_MESSAGES , LANG
The language (German for de*, else English) and the country for the helplines, unless
.Fl -lang
and
.Fl -region
are given.
.It Ev NO_COLOR
When set and not empty, no colour (like
.Fl -no-color ) .
.It Ev TERM
The terminal; when it is unset,
.Ql dumb ,
unknown or cannot move the cursor, the plain line mode is used.
.It Ev LINES , COLUMNS
Used up to 1000; larger values are ignored.
.It Ev HOME
Where a handout saved as ~/name goes.
.El
'''
start = page.index('.Sh "EXIT STATUS"')
end = page.index(".Sh", start + 4)
page = page[:start] + exit_status + page[end:]
# Blank lines in the commands' discussions become paragraph breaks (groff
# warns about empty input lines).
page = "\n".join(".Pp" if line.strip() == "" else line for line in page.split("\n"))
sys.stdout.write(page.rstrip("\n").rstrip(".Pp").rstrip("\n") + "\n")
