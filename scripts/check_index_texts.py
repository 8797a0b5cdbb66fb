#!/usr/bin/env python3
"""Checks every text a user reads in index definition files (assets/index/*.json).

- Every localized text (titles, descriptions, questions, help, options, bands, recommendations,
  good-practice pointers, carry-over reasons, disclaimer, groups) has every language the file
  lists, none empty.
- No internal source key ("[S47]", "S-cam", "N7") in a text: keys belong in "source" fields and
  assets/index/SOURCES.md.
- No word the glossary says to avoid ("Words to avoid" in assets/i18n/README.md), in the
  language it names.
- Every help text ends with the file's evidence line ("Evidence:" and its translations in
  "Evidence line" of the same README), so that cities know what to give with each answer.

Exit status 1 with one line per problem.

Usage: scripts/check_index_texts.py [--glossary README] FILE...
  (default glossary: assets/i18n/README.md beside this script's folder)
"""

import argparse
import json
import re
import sys
from pathlib import Path

# Keys of SOURCES.md: S1, S22b, S37b, S-cam, S-mel2, N2, N7 (as a word, bracketed or not).
SOURCE_KEY = re.compile(r"\[S[^\]]*\]|(?<![\w-])(?:S\d{1,3}[a-z]?|S-[a-z]+\d?|N\d)(?![\w-])")
TEXT_FIELDS = {"title", "description", "text", "help", "label", "disclaimer", "city", "why"}


def MarkdownTable(readme, heading):
    """The rows (lists of cells) of the first table under `heading`."""
    rows, inside = [], False
    for line in readme.splitlines():
        if line.startswith("#"):
            inside = line.lstrip("#").strip() == heading
            continue
        if inside and line.startswith("|"):
            cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
            if not all(set(cell) <= set("-: ") for cell in cells):
                rows.append(cells)
    return rows[1:]  # without the header


def Glossary(path):
    readme = Path(path).read_text(encoding="utf-8")
    avoid = []
    for language, word, *rest in MarkdownTable(readme, "Words to avoid"):
        avoid.append((language, word.strip("`"), rest[0] if rest else ""))
    evidence = {language: line.strip("`") for language, line in MarkdownTable(readme, "Evidence line")}
    return avoid, evidence


def Texts(node, path=""):
    """(JSON pointer, field name, localized object) for every text in the file."""
    if isinstance(node, dict):
        for key, value in node.items():
            child = f"{path}/{key}"
            if key in TEXT_FIELDS and isinstance(value, dict):
                yield child, key, value
            elif key != "source":
                yield from Texts(value, child)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from Texts(value, f"{path}/{i}")


def WordPattern(word):
    return re.compile(r"(?<!\w)" + re.escape(word) + r"(?!\w)", re.IGNORECASE)


def CheckFile(path, avoid, evidence):
    problems = []
    definition = json.loads(Path(path).read_text(encoding="utf-8"))
    languages = definition.get("languages", ["en"])
    patterns = [(language, WordPattern(word), word, instead) for language, word, instead in avoid]
    for pointer, field, text in Texts(definition):
        for language in languages:
            value = text.get(language, "")
            if not isinstance(value, str) or not value.strip():
                problems.append(f"{path.name}: {pointer}: no {language} text")
                continue
            if match := SOURCE_KEY.search(value):
                problems.append(f"{path.name}: {pointer}/{language}: internal source key \"{match.group(0)}\" in a text")
            for avoided_language, pattern, word, instead in patterns:
                if avoided_language == language and pattern.search(value):
                    problems.append(f"{path.name}: {pointer}/{language}: \"{word}\" (glossary: {instead})")
            spaced = value.replace("\u00a0", " ").replace("\u202f", " ")  # French puts a no-break space before ':'
            if field == "help" and language in evidence and evidence[language] not in spaced:
                problems.append(f"{path.name}: {pointer}/{language}: no evidence line (\"{evidence[language]} …\")")
    return problems


def main():
    root = Path(__file__).resolve().parent.parent
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--glossary", default=root / "assets" / "i18n" / "README.md")
    parser.add_argument("files", nargs="+", type=Path)
    arguments = parser.parse_args()
    avoid, evidence = Glossary(arguments.glossary)
    problems = [problem for path in arguments.files for problem in CheckFile(path, avoid, evidence)]
    for problem in problems:
        print(problem)
    if not problems:
        print(f"{len(arguments.files)} index file(s): every text in every language, no source keys, glossary kept")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
