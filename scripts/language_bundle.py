#!/usr/bin/env python3
"""Writes the file of one interface language for the web page (icc-lang-<language>.json), which the
page fetches the first time the language is chosen: the program itself ships English only
(BENCHMARKS.md, "Bytes"; src/model/language_files.h).

    language_bundle.py <output.json> <language> <file.json> [...]

The files are the language's catalog (assets/i18n/<language>.json) and its texts of each built-in
index (<index>.<language>.json from scripts/split_index_languages.py), each under its own name:

    {"format": "icc-language/1", "language": "pl", "files": {"pl.json": {...}, "icc-2019.pl.json": {...}}}
"""
import json
import os
import sys


def main():
    output, language, *files = sys.argv[1:]
    bundle = {"format": "icc-language/1", "language": language, "files": {}}
    for path in files:
        name = os.path.basename(path)
        if name != f"{language}.json" and not name.endswith(f".{language}.json"):
            sys.exit(f"language_bundle.py: {name} is not a file of {language}")
        with open(path, encoding="utf-8") as source:
            bundle["files"][name] = json.load(source)
    text = json.dumps(bundle, ensure_ascii=False, separators=(",", ":"))
    # The single-file build puts it inside a <script> element.
    text = text.replace("</", "<\\/")
    os.makedirs(os.path.dirname(output) or ".", exist_ok=True)
    with open(output, "w", encoding="utf-8") as out:
        out.write(text)


if __name__ == "__main__":
    main()
