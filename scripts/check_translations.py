#!/usr/bin/env python3
"""Checks the user-interface catalogs (assets/i18n/*.json) against English.

For every catalog other than en.json it lists keys missing from it, keys English lacks, and keys
whose {placeholders} differ from English. For every catalog and the data files shown in the UI
(assets/index/*.json, assets/benchmarks/*.json, assets/published/*.json; report only) it lists characters the UI font
lacks: the font is cut down to ICC_FONT_UNICODES in src/app/CMakeLists.txt, and ImGui draws any
other character as '?'. With --font (the built subset fonts, as the test TranslationCatalogs passes
them) the characters are those the fonts hold; otherwise those ICC_FONT_UNICODES names.

It also names keys whose English text changed since the catalog was last committed (from git),
so that a reworded English text is not left with an outdated translation.

Exit status 1 when a catalog has a problem; characters the font lacks in a data file are reported
but do not fail the check, since those files have their own owners.

Usage: scripts/check_translations.py [--font FILE]... [--catalogs FOLDER] [repository root]
  (default root: the folder above this script; default catalogs: assets/i18n under it)
"""

# Index of this file:
# [SECTION] Reading the files
# [SECTION] What the font holds
# [SECTION] The checks
# [SECTION] Main

import argparse
import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

PLACEHOLDER = re.compile(r"\{([A-Za-z0-9_]+)\}")
# Line breaks are layout for ImGui, not glyphs, so the font needs none.
LAYOUT_CHARACTERS = {"\n"}


# [SECTION] Reading the files


def LoadJson(path, problems):
    """Parses a JSON file, noting duplicate keys (json.load would silently keep the last one)."""
    def CollectDuplicates(pairs):
        seen = set()
        for key, _ in pairs:
            if key in seen:
                problems.append(f"{path.name}: key \"{key}\" appears more than once")
            seen.add(key)
        return dict(pairs)

    try:
        return json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=CollectDuplicates)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        problems.append(f"{path.name}: cannot be read: {error}")
        return None


# [SECTION] What the font holds


def FontRanges(root):
    """The code point ranges of the UI font, read from the build so that the two cannot drift."""
    cmake = (root / "src/app/CMakeLists.txt").read_text(encoding="utf-8")
    match = re.search(r'set\(ICC_FONT_UNICODES\s+"([^"]+)"\)', cmake)
    if not match:
        sys.exit("ICC_FONT_UNICODES not found in src/app/CMakeLists.txt")
    ranges = []
    for part in match.group(1).split(","):
        first, _, last = part.strip().removeprefix("U+").partition("-")
        ranges.append((int(first, 16), int(last or first, 16)))
    return ranges


def FontCodePoints(paths):
    """The code points every one of the fonts maps to a glyph, as (first, last) ranges."""
    from fontTools.ttLib import TTFont  # only this mode needs fontTools

    common = None
    for path in paths:
        points = set(TTFont(path).getBestCmap())
        common = points if common is None else common & points
    ranges = []
    for code in sorted(common or ()):
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1] = (ranges[-1][0], code)
        else:
            ranges.append((code, code))
    return ranges


# [SECTION] The checks


def Strings(value, path=""):
    """Yields (path, text) for every string in a JSON value, keys included for objects."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield f"{path}/{key}", key
            yield from Strings(item, f"{path}/{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from Strings(item, f"{path}/{index}")


def MissingGlyphs(document, ranges):
    """Lines naming each character outside the font ranges, with the first few places it occurs."""
    places = {}
    for path, text in Strings(document):
        for character in text:
            code = ord(character)
            if character in LAYOUT_CHARACTERS or any(lo <= code <= hi for lo, hi in ranges):
                continue
            places.setdefault(character, []).append(path or "/")
    lines = []
    for character, where in sorted(places.items()):
        name = unicodedata.name(character, "unnamed")
        shown = ", ".join(where[:3]) + (f" and {len(where) - 3} more" if len(where) > 3 else "")
        lines.append(f"U+{ord(character):04X} {name} ({len(where)}x): {shown}")
    return lines


def CompareWithEnglish(name, catalog, english):
    """Lines naming missing keys, extra keys and placeholder differences."""
    lines = []
    for key in sorted(english.keys() - catalog.keys()):
        lines.append(f"{name}: missing \"{key}\": {english[key]!r}")
    for key in sorted(catalog.keys() - english.keys()):
        lines.append(f"{name}: \"{key}\" is not in en.json")
    for key in sorted(catalog.keys() & english.keys()):
        if not isinstance(catalog[key], str) or not isinstance(english[key], str):
            lines.append(f"{name}: \"{key}\" is not a text")
            continue
        if not catalog[key]:
            lines.append(f"{name}: \"{key}\" is empty")
        wanted = set(PLACEHOLDER.findall(english[key]))
        found = set(PLACEHOLDER.findall(catalog[key]))
        if wanted != found:
            lines.append(f"{name}: \"{key}\" has placeholders {sorted(found)}, English has {sorted(wanted)}")
    return lines


def EnglishChangedSince(root, name, english):
    """Keys whose English text differs from en.json as committed with the catalog's last commit:
    their translation may be stale. Empty when git or the history is not available."""
    def Git(*args):
        return subprocess.run(["git", "-C", str(root), *args], capture_output=True, text=True, check=True).stdout

    try:
        commit = Git("log", "-1", "--format=%H", "--", f"assets/i18n/{name}").strip()
        earlier = json.loads(Git("show", f"{commit}:assets/i18n/en.json")) if commit else {}
    except (OSError, subprocess.CalledProcessError, json.JSONDecodeError):
        return []
    if not isinstance(earlier, dict):
        return []
    return sorted(k for k in english.keys() & earlier.keys() if english[k] != earlier[k])


# [SECTION] Main


def main():
    parser = argparse.ArgumentParser(description="Checks the UI catalogs against English and the UI font.")
    parser.add_argument("root", nargs="?", type=Path, default=Path(__file__).resolve().parent.parent)
    parser.add_argument("--font", action="append", type=Path, default=[],
                        help="a built subset font (repeatable): check against the characters it holds")
    parser.add_argument("--catalogs", type=Path, help="the folder of the catalogs (default: ROOT/assets/i18n)")
    arguments = parser.parse_args()
    root = arguments.root
    catalogs = arguments.catalogs or root / "assets/i18n"
    ranges = FontCodePoints(arguments.font) if arguments.font else FontRanges(root)
    failures = []
    english = LoadJson(catalogs / "en.json", failures)
    if english is None:
        print("\n".join(failures))
        return 1
    print(f"en.json: {len(english)} keys")

    for path in sorted(catalogs.glob("*.json")):
        catalog = english if path.name == "en.json" else LoadJson(path, failures)
        if catalog is None:
            continue
        if path.name != "en.json":
            problems = CompareWithEnglish(path.name, catalog, english)
            same = sorted(k for k in catalog.keys() & english.keys() if catalog[k] == english[k]
                          and isinstance(english[k], str)
                          and any(c.isalpha() for c in PLACEHOLDER.sub("", english[k])))
            print(f"{path.name}: {len(catalog)} keys, {len(problems)} problems"
                  + (f"; same text as English (check they need none): {', '.join(same)}" if same else ""))
            failures += problems
            changed = EnglishChangedSince(root, path.name, english)
            if changed:
                print(f"  English changed since {path.name} was last committed (review): {', '.join(changed)}")
        failures += [f"{path.name}: font lacks {line}" for line in MissingGlyphs(catalog, ranges)]

    data_files = (sorted((root / "assets/index").glob("*.json")) + sorted((root / "assets/benchmarks").glob("*.json")) +
                  sorted((root / "assets/published").glob("*.json")))
    for path in data_files:
        if path.name.endswith(".schema.json"):
            continue
        notes = []
        document = LoadJson(path, notes)
        if document is not None:
            notes += [f"font lacks {line}" for line in MissingGlyphs(document, ranges)]
        print(f"{path.name} (report only): "
              + (f"{len(notes)} problems" if notes else "all characters are in the font"))
        for note in notes:
            print(f"  {note}")

    for failure in failures:
        print(failure)
    print("catalogs: " + ("OK" if not failures else f"{len(failures)} problems"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
