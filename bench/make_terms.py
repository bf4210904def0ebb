#!/usr/bin/env python3
"""make_terms.py LEXICONS_DIR OUT: the literal strings ripgrep searches for in bench/run.sh.

Every `term` of lexicons/*/stigma.tsv, plus a few inflected forms so that ripgrep does about the
work a word list would need: English nouns get their plural, and Russian and Ukrainian words that
end in a vowel, soft sign or й also appear without that letter (the stem every case form of
«наркоманка», «наркоманія» starts with; ripgrep -F matches inside words, so a stem covers the
endings). This is a throughput baseline, not a linter: ripgrep finds the letters, not the words.
"""

import csv
import sys
from pathlib import Path

CYRILLIC_ENDINGS = "аяоеьйыиіїуюєё"


def english_plural(word):
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def forms(language, term, pos):
    yield term
    words = term.split(" ")
    if language == "en" and pos == "noun":
        yield " ".join(words[:-1] + [english_plural(words[-1])])
    elif language in ("ru", "uk"):
        last = words[-1]
        if len(last) > 4 and last[-1] in CYRILLIC_ENDINGS:
            yield " ".join(words[:-1] + [last[:-1]])


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: make_terms.py LEXICONS_DIR OUT")
    lexicons, out = Path(sys.argv[1]), Path(sys.argv[2])
    terms = []
    for path in sorted(lexicons.glob("*/stigma.tsv")):
        language = path.parent.name
        with path.open(encoding="utf-8", newline="") as handle:
            rows = (line for line in handle if line.strip() and not line.startswith("#"))
            for row in csv.DictReader(rows, delimiter="\t"):
                term = (row.get("term") or "").strip()
                if term:
                    terms.extend(forms(language, term, (row.get("pos") or "").strip()))
    unique = sorted(set(terms))
    out.write_text("".join(term + "\n" for term in unique), encoding="utf-8")
    print(f"{len(unique)} literals from {lexicons}/*/stigma.tsv -> {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
