#!/usr/bin/env python3
"""The floor to compare a build with: one bare pass of one regex over every abstract, in plain Python.

Reads JSON lines (gzip too), parses each record, runs a single compiled regex for capitalised names and acronyms
("LoRA", "ResNet-50", "GLUE") over title and abstract, and counts the matches. No tokens, no recognizers, no graph:
whatever PaperGraph costs above this is what its extraction and graph are worth.

Usage: regex_peer.py CORPUS.jsonl[.gz]   prints one line: records, matches, seconds, records/s.
"""
import gzip
import json
import re
import sys
import time

NAME = re.compile(r"\b(?:[A-Z][a-z]*[A-Z][A-Za-z]*|[A-Z]{2,})(?:-\d+[A-Za-z]*)?\b")


def main(path: str) -> None:
    start = time.perf_counter()
    opener = gzip.open if open(path, "rb").read(2) == b"\x1f\x8b" else open
    records = matches = 0
    with opener(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            line = line.strip()
            if not line:
                continue
            record = json.loads(line)
            text = (record.get("title") or "") + "\n" + (record.get("abstract") or "")
            matches += len(NAME.findall(text))
            records += 1
    seconds = time.perf_counter() - start
    print(f"python regex pass: {records:,} records, {matches:,} matches, {seconds:.1f} s, {records / seconds:,.0f} records/s")


if __name__ == "__main__":
    main(sys.argv[1])
