#!/usr/bin/env python3
"""Draws the tune/test split of the gold files once, stratified by topic (eval/GOLD.md).

The first gold files (written while the rules were built, so never test) are in eval/gold/tune already; new files
wait in eval/gold/new. For each topic, the new files are shuffled with the seed and the first half of the topic's
files (counting the first files, rounded up, at most all new ones) move to eval/gold/test, the rest to
eval/gold/tune. The seed and the resulting lists are written to eval/gold/SPLIT.txt.

Usage (from the repo root): tools/gold/split.py [--seed N]
"""
import argparse
import json
import random
import shutil
from collections import defaultdict
from pathlib import Path

GOLD = Path("eval/gold")


def topic(path):
    return json.loads(path.read_text(encoding="utf-8"))["topic"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261203)
    seed = ap.parse_args().seed
    tune, test, new = GOLD / "tune", GOLD / "test", GOLD / "new"
    tune.mkdir(exist_ok=True)
    test.mkdir(exist_ok=True)
    first = defaultdict(list)
    for p in sorted(tune.glob("*.json")):
        first[topic(p)].append(p.name)
    fresh = defaultdict(list)
    for p in sorted(new.glob("*.json")):
        fresh[topic(p)].append(p)
    rng = random.Random(seed)
    lines = [f"seed {seed}", "topic: files (first files in tune / new files to tune / new files to test)"]
    moved = {"tune": [], "test": []}
    for t in sorted(set(first) | set(fresh)):
        files = fresh[t]
        rng.shuffle(files)
        k = min(len(files), (len(files) + len(first[t]) + 1) // 2)
        for i, p in enumerate(files):
            dest = test if i < k else tune
            shutil.move(str(p), dest / p.name)
            moved[dest.name].append(p.name)
        lines.append(f"{t}: {len(first[t])} / {len(files) - k} / {k}")
    for name in ("tune", "test"):
        lines.append("")
        lines.append(f"{name}:")
        lines.extend(sorted(q.name for q in (GOLD / name).glob("*.json")))
    (GOLD / "SPLIT.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines[:2 + len(set(first) | set(fresh))]))


if __name__ == "__main__":
    main()
