#!/usr/bin/env python3
"""Writes Tests/Fixtures/broken/<kind>/: the valid fixture with one defect
each, one per kind of lint error. Each gets `expected.txt`, the diagnostic
lines (paths relative to the fixture) that `chatcheck lint` must print, and
optionally `args.txt`, extra lint arguments.

Run from the package root after changing the valid fixture:
    python3 Tests/Fixtures/make-broken.py [path/to/chatcheck]
With a chatcheck binary it also fills expected.txt from the lines of its
output that contain each fixture's key phrase; review the diff before
committing."""
import os, shutil, subprocess, sys

BASE = os.path.join(os.path.dirname(os.path.abspath(__file__)))
VALID = os.path.join(BASE, "valid")

FIXTURES = [
    # name, key phrase, edits [(file, old, new)], removed files, extra args
    ("yaml-syntax", "YAML syntax", [("questions.yaml", '    help: {de: "Fremde', '   help: {de: "Fremde')], [], ""),
    ("unknown-key", "unknown key 'lable'", [("questions.yaml", '        label: {de: "Eine fremde Person"', '        lable: {de: "Eine fremde Person"')], [], ""),
    ("wrong-type", "must be a list", [("advice.yaml", "    resources: [police]", "    resources: police")], [], ""),
    ("duplicate-id", "duplicate card id", [("advice.yaml", "  - id: block\n", "  - id: webcam\n")], [], ""),
    ("dangling-next", "no question 'happend'", [("questions.yaml", "        next: happened\n  - id: happened", "        next: happend\n  - id: happened")], [], ""),
    ("unreachable-question", "is unreachable", [("questions.yaml", "questions:\n", 'questions:\n  - id: orphan\n    text: {de: "Waise?", en: "Orphan?"}\n    help: {de: "Nie gefragt.", en: "Never asked."}\n    options:\n      - id: yes\n        label: {de: "Ja", en: "Yes"}\n        next: result\n')], [], ""),
    ("cycle", "a cycle", [("questions.yaml", "        sets: [danger.immediate, user.distress]\n        next: result", "        sets: [danger.immediate, user.distress]\n        next: contact")], [], ""),
    ("path-without-advice", "ends without advice", [
        ("advice.yaml", "    when: request.webcam and not images.exist", "    when: request.webcam and contact.unknown"),
        ("advice.yaml", "    resources: [emergency]\n  - id: webcam", "    when: danger.immediate\n    resources: [emergency]\n  - id: webcam")], [], ""),
    ("unreachable-card", "no path reaches card", [("advice.yaml", "    when: danger.immediate\n", "    when: danger.immediate and not user.distress\n")], [], ""),
    ("undeclared-fact", "undeclared fact", [("questions.yaml", "        sets: [payment.demanded]", "        sets: [payment.demand]")], [], ""),
    ("undeclared-fact-in-condition", "undeclared fact", [("advice.yaml", "    when: payment.demanded\n", "    when: payment.demanded or payment.requested\n")], [], ""),
    ("missing-translation", "missing translation", [("questions.yaml", '    text: {de: "Was ist passiert?", en: "What happened?"}', '    text: {de: "Was ist passiert?"}')], [], ""),
    ("resource-without-source", "missing required key 'source'", [("resources/DE.yaml", "    source: https://www.lifeline.de/therapien/erste-hilfe/notrufnummern-id115034.html\n", "")], [], ""),
    ("resource-without-date", "missing required key 'checked'", [("resources/INT.yaml", "    source: https://www.befrienders.org\n    checked: 2026-11-27\n", "    source: https://www.befrienders.org\n")], [], ""),
    ("bad-date", "checked must be a date", [("resources/DE.yaml", "    checked: 2026-11-27\n  - id: de-police-online", "    checked: 27.11.2026\n  - id: de-police-online")], [], ""),
    ("stale-date", "days ago", [("resources/INT.yaml", '    channels: [{kind: call, value: "112"}]\n', '    channels: [{kind: call, value: "112"}]\n    checked_note: x\n')], [], "--strict --today 2026-11-27"),
    ("control-character", "control character", [("advice.yaml", '    text: {de: "Blockiere die Person.", en: "Block the person."}', '    text: {de: "Blockiere die Person.", en: "Block the\\aperson."}')], [], ""),
    ("invisible-character", "invisible or control character U+3164", [("advice.yaml", '    text: {de: "Blockiere die Person.", en: "Block the person."}', '    text: {de: "Blockiere die\\u3164Person.", en: "Block the person."}')], [], ""),
    ("bidi-character", "invisible or control character U+061C", [("questions.yaml", '    help: {de: "Fremde', '    help: {de: "\\u061CFremde')], [], ""),
    ("broken-invariant", "invariant 'evidence-before-block' is broken", [("advice.yaml", "    topic: preserve-evidence\n    priority: urgent", "    topic: preserve-evidence\n    priority: standard")], [], ""),
    ("condition-syntax", "expected ')'", [("advice.yaml", "    when: contact.unknown or images.exist", "    when: contact.unknown or (images.exist")], [], ""),
    ("empty-file", "the file is empty", [], [], ""),
    ("missing-file", "the file is missing", [], ["advice.yaml"], ""),
    ("undeclared-topic", "undeclared topic", [("advice.yaml", "    topic: block-and-report", "    topic: block-report")], [], ""),
    ("undeclared-role", "undeclared resource role", [("advice.yaml", "    resources: [crisis]", "    resources: [crisis-line]")], [], ""),
    ("missing-ui-string", "string 'result.footer' is missing", [("ui.yaml", '  result.footer: {de: "Es ist nicht deine Schuld.", en: "It is not your fault."}\n', "")], [], ""),
    ("card-without-reader", "missing required key 'reader'", [("advice.yaml", "    when: request.webcam and not images.exist\n    reader: any\n", "    when: request.webcam and not images.exist\n")], [], ""),
    ("wrong-reader", "does not address", [("advice.yaml", "    when: request.webcam and not images.exist\n    reader: any\n", "    when: request.webcam and not images.exist\n    reader: parent\n")], [], ""),
    ("over-budget", "more cards than the card budget", [("chatcheck.yaml", "card_budget: 7", "card_budget: 3")], [], ""),
    ("no-summary", "has no summary", [("advice.yaml", '    now: {de: "Achte auf Warnzeichen.", en: "Watch for warning signs."}\n', "")], [], ""),
    ("crisis-without-now", "needs a 'now' step", [("advice.yaml", '        now: {de: "Ruf eine Krisenlinie an.", en: "Call a crisis line."}\n', "")], [], ""),
    ("resource-outside-age", "shows no resource for", [
        ("resources/INT.yaml", 'value: "112"}]\n    ages: all', 'value: "112"}]\n    ages: young'),
        ("resources/DE.yaml", 'value: "110"}]\n    ages: all', 'value: "110"}]\n    ages: young')], [], ""),
    ("text-line-as-call", "takes no calls", [("resources/INT.yaml", '{kind: call, value: "112"}', '{kind: text, value: "112"}')], [], ""),
    ("unverified-without-note", "without an unverified_note", [("resources/INT.yaml", "    source: https://www.befrienders.org\n", "    verified: false\n    source: https://www.befrienders.org\n")], [], "--strict"),
    ("story-without-safe-reply", "has no safe option", [("learn/practice.yaml", "      - id: stay\n        safe: true", "      - id: stay\n        safe: false")], [], ""),
    ("story-without-feedback", "missing required key 'feedback'", [("learn/practice.yaml", '        feedback: {de: "Gut: Du musst nichts schicken.", en: "Good: you don\'t have to send anything."}\n', "")], [], ""),
    ("story-missing-translation", "missing translation", [("learn/practice.yaml", '{de: "Ich zahle.", en: "I pay."}', '{de: "Ich zahle."}')], [], ""),
    ("story-duplicate-decision", "duplicate decision id", [("learn/practice.yaml", "  - id: threat\n", "  - id: move\n")], [], ""),
    ("story-duplicate-option", "duplicate option id", [("learn/practice.yaml", "      - id: pay\n", "      - id: tell\n")], [], ""),
    ("story-missing-file", "has no file learn/practice.yaml", [], ["learn/practice.yaml"], ""),
    ("story-bad-speaker", "from must be one of them, you, note", [("learn/practice.yaml", '  - {from: them, at: "20:01"', '  - {from: alex, at: "20:01"')], [], ""),
    ("story-bad-time", "at must be a time written HH:MM", [("learn/practice.yaml", 'at: "20:02"', 'at: "8 pm"')], [], ""),
    ("story-id-mismatch", "differs from its file name", [("learn/practice.yaml", "id: practice\n", "id: practise\n")], [], ""),
    ("story-one-option", "needs at least two options", [("learn/practice.yaml", '      - id: send\n        safe: false\n        text: {de: "Na gut.", en: "Fine."}\n        feedback: {de: "Riskant, aber nicht deine Schuld: Bilder können gegen dich benutzt werden.", en: "Risky, but not your fault: pictures can be used against you."}\n', "")], [], ""),
    ("story-too-short", "a story has 4 to 8", [("learn/practice.yaml", "  - id: threat\n    prompt:", "  - id: threat\n    promptx:")], [], "--strict"),
    ("story-control-character", "control character", [("learn/practice.yaml", '"Nein."', '"Nein.\\u202E"')], [], ""),
    ("missing-learn-string", "string 'learn.safe' is missing", [("ui.yaml", '  learn.safe: {de: "Sicher", en: "Safe"}\n', "")], [], ""),
    ("bad-channel", "channel kind must be one of", [("resources/DE.yaml", "{kind: web, value: https://www.polizei", "{kind: website, value: https://www.polizei")], [], ""),
]


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else None
    root = os.path.join(BASE, "broken")
    shutil.rmtree(root, ignore_errors=True)
    for name, phrase, edits, removed, args in FIXTURES:
        d = os.path.join(root, name)
        shutil.copytree(VALID, d)
        for f, old, new in edits:
            p = os.path.join(d, f)
            s = open(p, encoding="utf-8").read()
            assert old in s, (name, f, old)
            open(p, "w", encoding="utf-8").write(s.replace(old, new, 1))
        for f in removed:
            os.remove(os.path.join(d, f))
        if name == "empty-file":
            open(os.path.join(d, "ui.yaml"), "w").write("")
        if name == "stale-date":
            p = os.path.join(d, "resources/INT.yaml")
            s = open(p, encoding="utf-8").read().replace("    checked_note: x\n", "")
            s = s.replace("    checked: 2026-11-27\n", "    checked: 2024-01-15\n", 1)
            open(p, "w", encoding="utf-8").write(s)
        if args:
            open(os.path.join(d, "args.txt"), "w").write(args + "\n")
        if binary:
            out = subprocess.run([binary, "lint", "--content", d] + args.split(), capture_output=True, text=True)
            lines = [l.replace(d + "/", "") for l in out.stderr.splitlines() if phrase in l]
            assert out.returncode == 65 and lines, (name, out.returncode, out.stderr)
            open(os.path.join(d, "expected.txt"), "w").write("\n".join(lines) + "\n")


main()
