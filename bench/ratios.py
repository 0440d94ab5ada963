#!/usr/bin/env python3
"""Reads Google Benchmark JSON (stdin or a file) and prints each X_Journal / X_RawInsert
(or any pair NAME_<a> / NAME_<b> given with --pair a b) ratio of mean real time."""
import json, sys

def main():
    args = sys.argv[1:]
    pair = ("Journal", "RawInsert")
    if len(args) >= 3 and args[0] == "--pair":
        pair = (args[1], args[2]); args = args[3:]
    data = json.load(open(args[0]) if args else sys.stdin)
    times = {}
    for b in data["benchmarks"]:
        if b.get("run_type", "iteration") != "iteration":
            continue
        times[b["name"].split("/")[0]] = (b["real_time"], b["time_unit"], b["cpu_time"])
    for name, (t, unit, cpu) in sorted(times.items()):
        if name.endswith("_" + pair[0]):
            base = name[: -len(pair[0])] + pair[1]
            if base in times:
                tb, ub, cpub = times[base]
                assert unit == ub
                print(f"{name[: -len(pair[0]) - 1]}: real {t:.1f} {unit} vs {tb:.1f} {ub}"
                      f" -> {t / tb:.2f}x; cpu {cpu:.1f} vs {cpub:.1f} -> {cpu / cpub:.2f}x")

main()
