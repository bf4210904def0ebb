#!/usr/bin/env python3
"""format_table.py RESULTS_TSV [--same-output S] [--machine M] [--version V] [--load L]

Prints bench/run.sh's results as Markdown: one row per measurement (wall time, MB/s, peak RSS),
then rightslint's wall time divided by ripgrep's and alex's on the same input, and the --jobs
speed-up on many/. MB are MiB. A timed-out peer makes its ratio an upper bound ("< x").
"""

import argparse
import csv
import datetime

MIB = 1 << 20


def number(text):
    try:
        return float(text)
    except (TypeError, ValueError):
        return None


def ratio(ours, theirs):
    x, y = number(ours), number(theirs)
    if x is not None and y:
        return f"{x / y:.3g}"
    if x is not None and theirs and theirs.startswith(">"):
        return f"< {x / float(theirs[1:]):.3g} (timeout)"
    return "-"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("results")
    parser.add_argument("--same-output", default="not compared")
    parser.add_argument("--machine", default="?")
    parser.add_argument("--version", default="?")
    parser.add_argument("--load", default="?")
    args = parser.parse_args()
    with open(args.results, encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))

    print(f"{datetime.date.today().isoformat()}; {args.machine}; {args.version}; "
          f"load average before the run: {args.load}.")
    print()
    print("| input | files | size | tool | wall s | MB/s | peak RSS MB | note |")
    print("|---|---:|---:|---|---:|---:|---:|---|")
    for row in rows:
        size = int(row["bytes"])
        shown_size = f"{size / MIB:.1f} MB" if size >= MIB // 10 else f"{size / 1024:.1f} KB"
        wall = number(row["wall_s"])
        shown_wall = f"{wall:.3f}" if wall is not None else row["wall_s"]
        rate = f"{size / MIB / wall:.3g}" if wall else "-"
        rss = f"{int(row['peak_rss_kB']) / 1024:.0f}" if row["peak_rss_kB"].isdigit() else "-"
        print(f"| {row['input']} | {row['files']} | {shown_size} | {row['tool']} | {shown_wall} "
              f"| {rate} | {rss} | {row['note']} |")

    def wall_of(label, tool):
        return next((r["wall_s"] for r in rows if r["input"] == label and r["tool"] == tool), None)

    print()
    print("| input | rightslint / ripgrep (wall) | rightslint / alex (wall) |")
    print("|---|---:|---:|")
    for label in dict.fromkeys(row["input"] for row in rows):
        ours = wall_of(label, "rightslint -j1")
        ripgrep = wall_of(label, "ripgrep") or wall_of(label, "ripgrep -j1")
        print(f"| {label} | {ratio(ours, ripgrep)} | {ratio(ours, wall_of(label, 'alex'))} |")

    # One file with two jobs (its paragraphs filtered on two threads), against the same peers.
    for label in dict.fromkeys(row["input"] for row in rows):
        two = wall_of(label, "rightslint -j2")
        if two is None or label.startswith("many/"):
            continue
        ripgrep = wall_of(label, "ripgrep")
        print()
        print(f"- {label} with --jobs 2: rightslint / ripgrep = {ratio(two, ripgrep)}, "
              f"rightslint / alex = {ratio(two, wall_of(label, 'alex'))}")

    def rate_of(label):
        row = next((r for r in rows if r["input"] == label and r["tool"] == "rightslint -j1"), None)
        wall = number(row["wall_s"]) if row else None
        return (int(row["bytes"]) / MIB / wall, row["peak_rss_kB"]) if wall else (None, None)

    base, _ = rate_of("en 10 MB")
    scale = [label for label in dict.fromkeys(r["input"] for r in rows) if label.startswith("en x")]
    if base and scale:
        print()
        for label in scale:
            rate, rss = rate_of(label)
            if rate:
                print(f"- {label}: {rate:.3g} MB/s, {rate / base:.2f} of the 10 MB file's "
                      f"{base:.3g} MB/s (target: within 20 %), peak RSS "
                      f"{int(rss) / 1024:.0f} MB (target: under 150 MB)")

    many = next((row["input"] for row in rows if row["input"].startswith("many/")), None)
    if many:
        one, two = wall_of(many, "rightslint -j1"), wall_of(many, "rightslint -j2")
        print()
        print(f"- {many}: --jobs 2 is {ratio(one, two)}x as fast as --jobs 1 (target: at least "
              f"1.7x); with two jobs each, rightslint / ripgrep = "
              f"{ratio(two, wall_of(many, 'ripgrep -j2'))}")
        print(f"- output of --jobs 1 and --jobs 2 on many/: {args.same_output}")


if __name__ == "__main__":
    main()
