#!/usr/bin/env python3
"""Copies a JSON file without the whitespace between its tokens (the build embeds the built-in
data files this way: the same values in fewer bytes; the repository keeps the readable source).

    minify_json.py <input.json> <output.json>

Only whitespace outside strings is dropped; every other byte stays as it was (no re-encoding of
numbers or escapes). Fails if the input is not JSON or the copy would parse differently."""
import json
import sys


def minify(text):
    out = []
    in_string = escaped = False
    for char in text:
        if in_string:
            out.append(char)
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char in " \t\r\n":
            continue
        else:
            out.append(char)
            in_string = char == '"'
    return "".join(out)


def main():
    source, target = sys.argv[1:3]
    with open(source, encoding="utf-8") as f:
        text = f.read()
    small = minify(text)
    if json.loads(small) != json.loads(text):
        sys.exit(f"{source}: the minified copy parses differently")
    with open(target, "w", encoding="utf-8", newline="") as f:
        f.write(small)


if __name__ == "__main__":
    main()
