#!/usr/bin/env python3
"""Splits an index file by language for the web app, which embeds the parts instead of the whole:

  <name>.en.json   the index with its English texts only (a valid index file on its own);
  <name>.<xx>.json for each other language xx: only the texts in xx, at the places they have in the
                   index (objects keep the keys that lead to a text, arrays every element, as {}
                   where it holds none), and "languages": ["en", "xx"].

Starting in English then parses a quarter of the texts instead of all of them, and another
language its own texts and the English fallback (BENCHMARKS.md, "Start"); core's
LoadIndexDefinition(json, texts) puts a language's texts into the English part, value by value.
The repository keeps the one multilingual source (assets/index/FORMAT.md).

    split_index_languages.py <index.json> <output folder> <language> [<language> ...]

Every part is checked before it is written: the English part with a language's texts put in must
be the source cut down to English and that language."""
import json
import os
import sys


def is_text(value, languages):
    return isinstance(value, dict) and bool(value) and set(value) <= languages


def cut_to(value, languages, keep):
    """`value` with every text (an object keyed by the index's languages) cut down to `keep`."""
    if is_text(value, languages):
        return {code: text for code, text in value.items() if code in keep}
    if isinstance(value, dict):
        return {key: cut_to(item, languages, keep) for key, item in value.items()}
    if isinstance(value, list):
        return [cut_to(item, languages, keep) for item in value]
    return value


def texts_in(value, languages, language):
    """Only the texts of `language` in `value`, at their places; None where there is none."""
    if is_text(value, languages):
        return {language: value[language]} if language in value else None
    if isinstance(value, dict):
        kept = {key: texts_in(item, languages, language) for key, item in value.items()}
        kept = {key: item for key, item in kept.items() if item is not None}
        return kept or None
    if isinstance(value, list):
        kept = [texts_in(item, languages, language) for item in value]
        return [{} if item is None else item for item in kept] if any(item is not None for item in kept) else None
    return None


def put_in(into, texts):
    """What core's LoadIndexDefinition(json, texts) does: objects key by key, arrays of the same
    length element by element, any other value replaced."""
    if isinstance(into, dict) and isinstance(texts, dict):
        for key, item in texts.items():
            into[key] = put_in(into[key], item) if key in into else item
        return into
    if isinstance(into, list) and isinstance(texts, list) and len(into) == len(texts):
        return [put_in(a, b) for a, b in zip(into, texts)]
    return texts


def write(path, value):
    with open(path + ".tmp", "w", encoding="utf-8", newline="") as f:
        json.dump(value, f, ensure_ascii=False, separators=(",", ":"))
    os.replace(path + ".tmp", path)


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    source, folder, *wanted = sys.argv[1:]
    with open(source, encoding="utf-8") as f:
        index = json.load(f)
    languages = set(index["languages"])
    name = os.path.splitext(os.path.basename(source))[0]
    os.makedirs(folder, exist_ok=True)
    english = cut_to(index, languages, {"en"})
    english["languages"] = ["en"]
    write(os.path.join(folder, f"{name}.en.json"), english)
    for language in wanted:
        if language == "en":
            continue
        texts = texts_in(index, languages, language) or {}
        texts["languages"] = ["en", language] if language in languages else ["en"]
        expected = cut_to(index, languages, {"en", language})
        expected["languages"] = texts["languages"]
        if put_in(json.loads(json.dumps(english)), texts) != expected:
            sys.exit(f"{source}: the {language} texts put into the English part do not give the index back")
        write(os.path.join(folder, f"{name}.{language}.json"), texts)


if __name__ == "__main__":
    main()
