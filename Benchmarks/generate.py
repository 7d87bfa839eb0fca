#!/usr/bin/env python3
"""Writes a content folder with N questions, for timing `chatcheck lint`.

Usage: generate.py N OUT_DIR [CONTENT_DIR]

The interview is a chain: question i offers two answers; the first sets one
of eight facts (round robin), the second sets none; both lead on, the last
to the result. Every path therefore collects a different mix of the eight
facts (256 outcomes at most) over 2^N paths. Seven cards (one per fact,
the last for either of the last two facts), each for any reader with a
"now" step and the emergency number, plus one for paths that set no fact,
keep every path advised within the card budget of 7, so the content lints
clean. UI strings and resources come from CONTENT_DIR
(default: the repository's Content/)."""
import os, re, shutil, sys

n = int(sys.argv[1])
out = sys.argv[2]
src = sys.argv[3] if len(sys.argv) > 3 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Content")
facts = [f"gen.f{i}" for i in range(8)]

shutil.rmtree(out, ignore_errors=True)
os.makedirs(os.path.join(out, "resources"))
for name in os.listdir(os.path.join(src, "resources")):
    shutil.copy(os.path.join(src, "resources", name), os.path.join(out, "resources", name))
shutil.copy(os.path.join(src, "ui.yaml"), os.path.join(out, "ui.yaml"))
# The learning stories come along as they are.
if os.path.isdir(os.path.join(src, "learn")):
    shutil.copytree(os.path.join(src, "learn"), os.path.join(out, "learn"))

manifest = open(os.path.join(src, "chatcheck.yaml"), encoding="utf-8").read()
head, _, _ = manifest.partition("\ninvariants:")
# Generated questions have no translations: German and English only.
head = re.sub(r"(?m)^languages: .*", "languages: [de, en]", head)
head = re.sub(r"(?m)^(translated_languages|unreviewed_languages): .*\n", "", head)
head = re.sub(r"(?m)^language_names: .*", 'language_names: {de: "Deutsch", en: "English"}', head)
head = re.sub(r"(?m)^start: \S+", "start: q0", head)
head = re.sub(r"(?m)^card_budget: \S+", "card_budget: 7", head)
head = head.replace("\nfacts:\n", "\nfacts:\n" + "".join(f"  - {{id: {f}, label: {{de: \"{f}\", en: \"{f}\"}}}}\n" for f in facts))
head += "\ninvariants:\n  - id: emergency-number-always\n    roles: [emergency]\n"
open(os.path.join(out, "chatcheck.yaml"), "w", encoding="utf-8").write(head)

with open(os.path.join(out, "questions.yaml"), "w", encoding="utf-8") as q:
    q.write("questions:\n")
    for i in range(n):
        nxt = f"q{i + 1}" if i + 1 < n else "result"
        q.write(f"  - id: q{i}\n    text: {{de: \"Frage {i}\", en: \"Question {i}\"}}\n    help: {{de: \"Hilfe\", en: \"Help\"}}\n"
                f"    options:\n      - {{id: a, label: {{de: Ja, en: \"Yes\"}}, sets: [{facts[i % 8]}], next: {nxt}}}\n"
                f"      - {{id: b, label: {{de: Nein, en: \"No\"}}, next: {nxt}}}\n")

with open(os.path.join(out, "advice.yaml"), "w", encoding="utf-8") as a:
    def card(cid, when):
        a.write(f"  - id: {cid}\n    topic: warning-signs\n    priority: info\n    when: {when}\n    reader: any\n"
                f"    title: {{de: \"Karte {cid}\", en: \"Card {cid}\"}}\n    text: {{de: \"Text\", en: \"Text\"}}\n"
                f"    now: {{de: \"Jetzt {cid}\", en: \"Now {cid}\"}}\n    resources: [emergency]\n")
    a.write("cards:\n")
    used = facts[:min(n, len(facts))]  # only facts some question sets
    card("none", "not (" + " or ".join(used) + ")")
    for i, f in enumerate(used[:6]):
        card(f"card{i}", f)
    if len(used) > 6:
        card("card6", " or ".join(used[6:]))
