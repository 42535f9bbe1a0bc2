"""Writes the fixture CSVs (run once; the CSVs are committed, so this only documents how they were made).

    python3 src/core/trials/__vectors__/make_fixtures.py

Daily outcomes are 0-10 integers: a baseline, plus the effect on A days, plus
Gaussian noise, rounded and clipped, so ties are common as in real journals.
"""
import csv
import datetime as dt
import json
import os

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
START = dt.date(2026, 1, 5)


def write(name, rows):
    with open(os.path.join(HERE, f"{name}.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["date", "period", "arm", "outcome"])
        for r in rows:
            w.writerow(r)


def simulate(seed, pairs, period_days, effect, base=6.0, noise=1.0, lengths=None, blanks=0.0, unwell=0.0, drop=0.0):
    rng = np.random.default_rng(seed)
    rows = []
    day = START
    for p in range(pairs):
        order = "AB" if rng.random() < 0.5 else "BA"
        for j, arm in enumerate(order):
            period = 2 * p + j + 1
            n = lengths[period - 1] if lengths else period_days
            for _ in range(n):
                y = base + (effect if arm == "A" else 0.0) + rng.normal(0, noise)
                value = str(int(min(10, max(0, round(y)))))
                u = rng.random()
                if u < drop:
                    value = None  # no row at all
                elif u < drop + blanks:
                    value = ""
                elif u < drop + blanks + unwell:
                    value = "too_unwell"
                if value is not None:
                    rows.append([day.isoformat(), period, arm, value])
                day += dt.timedelta(days=1)
    return rows


def constant_rows(pairs, period_days, a_value, b_value, orders):
    rows = []
    day = START
    for p in range(pairs):
        for j, arm in enumerate(orders[p]):
            for _ in range(period_days):
                rows.append([day.isoformat(), 2 * p + j + 1, arm, a_value if arm == "A" else b_value])
                day += dt.timedelta(days=1)
    return rows


def ties_rows():
    # Period values chosen so pair differences are thirds (1/3, 1/3, 2/3, 1/3, -2/3):
    # many sign flips tie the observed sum on paper but differ in the last float bit,
    # so the tolerance rule of the randomisation test matters.
    pattern = [
        ("AB", [2, 2, 1], [1, 1, 2]),
        ("BA", [1, 1, 2], [2, 2, 1]),
        ("AB", [3, 2, 2], [2, 2, 1]),
        ("BA", [4, 4, 5], [5, 4, 5]),
        ("AB", [1, 1, 1], [1, 2, 2]),
    ]
    rows = []
    day = START
    for p, (order, a_vals, b_vals) in enumerate(pattern):
        for j, arm in enumerate(order):
            vals = a_vals if arm == "A" else b_vals
            for v in vals:
                rows.append([day.isoformat(), 2 * p + j + 1, arm, str(v)])
                day += dt.timedelta(days=1)
    return rows


def empty_period_rows():
    rows = simulate(11, 5, 7, -1.0)
    return [[d, p, a, "" if p == 4 else v] for d, p, a, v in rows]


write("three_pairs", simulate(1, 3, 10, -1.5))
write("ten_pairs", simulate(2, 10, 7, -0.8))
write("large_effect", simulate(3, 6, 7, -3.0))
write("null_effect", simulate(4, 8, 7, 0.0))
write("negative_effect", simulate(5, 6, 7, 1.5))
write("constant", constant_rows(4, 7, "5", "5", ["AB", "BA", "BA", "AB"]))
write("constant_difference", constant_rows(4, 7, "4", "5", ["BA", "AB", "BA", "AB"]))
write("ties", ties_rows())
write("missing_days", simulate(6, 6, 7, -1.0, blanks=0.15, unwell=0.1, drop=0.1))
write("unbalanced", simulate(7, 5, 0, -1.0, lengths=[5, 9, 7, 6, 8, 5, 9, 7, 6, 8], drop=0.2))
write("empty_period", empty_period_rows())
write("mood_prior", simulate(8, 7, 7, 1.0, base=5.0, noise=1.5))
write("long_22_pairs", simulate(9, 22, 4, -0.5, noise=1.2))

with open(os.path.join(HERE, "cases.json")) as f:
    names = {c["name"] for c in json.load(f)}
missing = {n for n in names if not os.path.exists(os.path.join(HERE, f"{n}.csv"))}
assert not missing, missing
