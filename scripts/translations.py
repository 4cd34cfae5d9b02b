#!/usr/bin/env python3
"""Herald's translation workflow: the .ts files in translations/ are filled from dictionaries.

A dictionary is translations/src/<locale>.json: {"<context>\\u0004<source>": "translation"} for a plain
message, {"<context>\\u0004<source>": ["form 1", "form 2", ...]} for a %n (numerus) message, in the plural
forms Qt's lrelease knows for the language (Portuguese, Spanish, English: 2 — one, other; Indonesian: 1;
Hindi: 2). The optional key "__meta__" is ignored. The .ts files themselves come from lupdate
(`cmake --build build --target update_translations`), which adds new sources as unfinished.

  scripts/translations.py status             per language: messages, translated, unfinished, in the dictionary
  scripts/translations.py missing LOCALE      the untranslated messages of herald_LOCALE.ts as a JSON skeleton
  scripts/translations.py fill [--src DIR] [LOCALE...]
                                              copy the dictionaries into the .ts files (all locales by default)
  scripts/translations.py check [--sources FRESH.ts] [LOCALE...]
                                              exit 1 on an unfinished message, a %1/%n marker mismatch, a wrong
                                              number of plural forms, or (with --sources, an lupdate run over the
                                              current sources) a source the .ts file does not have
"""
import argparse
import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "translations"
SRC_DIR = TS_DIR / "src"
SEP = "\u0004"

# Plural forms per language, as Qt's lrelease counts them (qtbase/src/corelib/kernel/qtranslator_p.h rules).
PLURAL_FORMS = {"pt": 2, "es": 2, "en": 2, "de": 2, "hi": 2, "id": 1}
MARKER = re.compile(r"%(?:L?\d{1,2}|n|Ln)")


def locale_of(path):
    return path.stem[len("herald_"):]


def plural_forms(locale):
    return PLURAL_FORMS.get(locale.split("_")[0], 2)


def ts_files(locales=None):
    files = sorted(TS_DIR.glob("herald_*.ts"))
    if locales:
        files = [f for f in files if locale_of(f) in locales]
    return files


def markers(text):
    # %n counts once however often it appears; the others as a set (a translation may repeat %1).
    return sorted(set(MARKER.findall(text.replace("%L", "%"))))


class Message:
    def __init__(self, context, element):
        self.context = context
        self.element = element
        self.source = element.findtext("source") or ""
        self.numerus = element.get("numerus") == "yes"
        self.translation = element.find("translation")

    @property
    def key(self):
        return self.context + SEP + self.source

    def finished(self):
        t = self.translation
        if t is None or t.get("type") in ("unfinished", "vanished", "obsolete"):
            return False
        if self.numerus:
            forms = [f.text or "" for f in t.findall("numerusform")]
            return bool(forms) and all(forms)
        return bool(t.text)

    def texts(self):
        t = self.translation
        if t is None:
            return []
        if self.numerus:
            return [f.text or "" for f in t.findall("numerusform")]
        return [t.text or ""]

    def set(self, value, forms):
        t = self.translation
        if t is None:
            t = ET.SubElement(self.element, "translation")
            self.translation = t
        for child in list(t):
            t.remove(child)
        t.text = None
        if self.numerus:
            values = value if isinstance(value, list) else [value]
            values = (values + [values[-1]] * forms)[:forms]
            for v in values:
                ET.SubElement(t, "numerusform").text = v
        else:
            t.text = value[0] if isinstance(value, list) else value
        if "type" in t.attrib:
            del t.attrib["type"]


def read_ts(path):
    tree = ET.parse(path)
    messages = []
    for ctx in tree.getroot().findall("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.findall("message"):
            messages.append(Message(name, m))
    return tree, messages


def lconvert():
    for candidate in ("lconvert", "/usr/lib/qt6/bin/lconvert", "/usr/lib/qt6/libexec/lconvert"):
        found = shutil.which(candidate)
        if found:
            return found
    return None


def write_ts(tree, path):
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    # Qt's own layout (as lupdate writes it), so the next lupdate run changes nothing but new messages.
    tool = lconvert()
    if tool:
        subprocess.run([tool, "-locations", "none", "-i", str(path), "-o", str(path)], check=True)


def read_dictionary(locale, src_dir=None):
    path = Path(src_dir or SRC_DIR) / f"{locale}.json"
    if not path.exists():
        return {}
    d = json.loads(path.read_text(encoding="utf-8"))
    d.pop("__meta__", None)
    return d


def marker_problems(source, texts):
    want = markers(source)
    problems = []
    for i, text in enumerate(texts):
        have = markers(text)
        if have != want:
            problems.append(f"markers {want} in the source, {have} in form {i + 1}: {text!r}")
    return problems


def cmd_status(args):
    print(f"{'language':10} {'messages':>8} {'done':>6} {'open':>6} {'in json':>8}")
    for path in ts_files(args.locales):
        loc = locale_of(path)
        _, msgs = read_ts(path)
        d = read_dictionary(loc)
        done = sum(m.finished() for m in msgs)
        print(f"{loc:10} {len(msgs):8} {done:6} {len(msgs) - done:6} {sum(m.key in d for m in msgs):8}")
    return 0


def cmd_missing(args):
    path = TS_DIR / f"herald_{args.locale}.ts"
    _, msgs = read_ts(path)
    d = read_dictionary(args.locale)
    out = {}
    for m in msgs:
        if not m.finished() and m.key not in d:
            out[m.key] = [""] * plural_forms(args.locale) if m.numerus else ""
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    print()
    print(f"{len(out)} untranslated", file=sys.stderr)
    return 0


def cmd_fill(args):
    for path in ts_files(args.locales):
        loc = locale_of(path)
        d = read_dictionary(loc, args.src)
        if not d:
            continue
        tree, msgs = read_ts(path)
        filled = 0
        known = set()
        for m in msgs:
            known.add(m.key)
            if m.key in d and d[m.key]:
                m.set(d[m.key], plural_forms(loc))
                filled += 1
        write_ts(tree, path)
        stale = [k for k in d if k not in known]
        print(f"{loc}: {filled} of {len(msgs)} filled; {len(stale)} dictionary entries not in the sources")
        for k in stale[: args.show]:
            print("   stale:", k.replace(SEP, " | ")[:150])
    return 0


def cmd_check(args):
    fresh = None
    if args.sources:
        _, fm = read_ts(Path(args.sources))
        fresh = {(m.key, m.numerus) for m in fm}
    bad = 0
    for path in ts_files(args.locales):
        loc = locale_of(path)
        _, msgs = read_ts(path)
        problems = []
        have = {(m.key, m.numerus) for m in msgs}
        # herald_en.ts holds only the English plural forms (lupdate -pluralonly); other messages need nothing.
        plural_only = loc.split("_")[0] == "en"
        if plural_only:
            msgs = [m for m in msgs if m.numerus]
        if fresh is not None:
            for key, numerus in sorted(fresh - have):
                if plural_only and not numerus:
                    continue
                problems.append(f"missing{' (plural)' if numerus else ''}: {key.replace(SEP, ' | ')}")
        for m in msgs:
            where = f"{m.context} | {m.source[:80]!r}"
            if not m.finished():
                problems.append(f"unfinished: {where}")
                continue
            texts = m.texts()
            if m.numerus and len(texts) != plural_forms(loc):
                problems.append(f"{len(texts)} plural forms, {plural_forms(loc)} expected: {where}")
            for p in marker_problems(m.source, texts):
                problems.append(f"{p} ({where})")
        print(f"{path.name}: {len(msgs)} messages, {len(problems)} problem(s)")
        for p in problems[: args.show]:
            print("   ", p)
        bad += bool(problems)
    return 1 if bad else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("status")
    s.add_argument("locales", nargs="*")
    s.set_defaults(func=cmd_status)
    s = sub.add_parser("missing")
    s.add_argument("locale")
    s.set_defaults(func=cmd_missing)
    s = sub.add_parser("fill")
    s.add_argument("locales", nargs="*")
    s.add_argument("--show", type=int, default=10)
    s.add_argument("--src", help="read the dictionaries from this folder instead of translations/src")
    s.set_defaults(func=cmd_fill)
    s = sub.add_parser("check")
    s.add_argument("locales", nargs="*")
    s.add_argument("--sources")
    s.add_argument("--show", type=int, default=20)
    s.set_defaults(func=cmd_check)
    args = ap.parse_args()
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
