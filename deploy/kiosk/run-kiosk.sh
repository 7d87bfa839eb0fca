#!/bin/sh
# Getty autologin recipe: make this the login shell of a dedicated user
# (see README.md), so the console always shows ChatCheck. It restarts
# ChatCheck whatever happens and resets the terminal between runs; there is
# no shell to fall back to.
export LANG=C.UTF-8
export SWIFT_BACKTRACE=enable=no
# The centre's language and country (its helplines).
CHATCHECK_LANG=de
CHATCHECK_REGION=DE
[ -r /etc/default/chatcheck ] && . /etc/default/chatcheck
unset LINES COLUMNS
trap '' INT QUIT TSTP
while true; do
  stty sane 2>/dev/null
  printf '\033c\033[3J'
  set -- --staff-pin-file /etc/chatcheck/staff-pin
  [ -r /etc/chatcheck/local.yaml ] && set -- "$@" --local /etc/chatcheck/local.yaml
  /usr/local/bin/chatcheck kiosk --lang "$CHATCHECK_LANG" --region "$CHATCHECK_REGION" --idle-timeout 120 "$@"
  status=$?
  stty sane 2>/dev/null
  printf '\033c\033[3J'
  # 0: a member of staff left with the PIN (or the system asked it to stop).
  [ "$status" -eq 0 ] && exit 0
  sleep 1
done
