"""Independent reference for the n-of-1 analysis (src/core/trials/analysis.ts).

    python3 src/core/trials/__vectors__/reference.py   # rewrites expected.json

Reads every case in cases.json and its CSV with the standard csv module and
recomputes, with NumPy and SciPy only, the figures the TypeScript must match
to 1e-6 (analysis.vectors.test.ts):
  - period means over analysable days (period window = first to last row of the
    period; the first `washoutDays` days are left out; blank = not logged;
    "too_unwell" = counted apart);
  - pair differences mean(A) - mean(B), pairs = periods (1,2), (3,4), ...; a pair
    with no logged value in either period is left out;
  - mean difference and 95% t interval (scipy.stats.t.ppf, df = k - 1);
  - exact two-sided randomisation p by brute force over all 2^k sign vectors
    (a flip counts when |sum| >= |observed| - 1e-9 * sum|d|);
  - the posterior of delta = A - B with the sd of the pair differences unknown
    (posterior_unknown_sd): prior N(0, (4 * mcid)^2) unless the case gives one,
    reference prior p(sigma^2) ~ 1/sigma^2; its density is the normal prior times
    the Student-t kernel [(k-1)s^2 + k(dbar - delta)^2]^(-k/2), integrated over
    delta with scipy.integrate.quad (normalising constant, mean, variance,
    P(benefit > mcid)) and its 2.5%/97.5% quantiles found with
    scipy.optimize.brentq on the CDF. The TypeScript integrates over log(sigma)
    instead, so the two share no numerical method;
  - the three sensitivity scenarios (worst/best observed value imputed).
It also re-implements mulberry32 and the allocation rule (key "_prng") so
prng.test.ts can check the seeded allocation against a second implementation.
"""
import csv
import datetime as dt
import json
import math
import os
import subprocess

import numpy as np
from scipy import integrate, optimize, stats

HERE = os.path.dirname(os.path.abspath(__file__))
TOL = 1e-9


def read_rows(name):
    with open(os.path.join(HERE, f"{name}.csv"), newline="") as f:
        rows = []
        for r in csv.DictReader(f):
            o = r["outcome"].strip()
            if o == "":
                outcome = None
            elif o == "too_unwell":
                outcome = "too_unwell"
            else:
                outcome = float(o)
            rows.append((dt.date.fromisoformat(r["date"]), int(r["period"]), r["arm"].strip().upper(), outcome))
        return rows


def periods_of(rows, washout):
    last = max(p for _, p, _, _ in rows)
    count = last + (last % 2)
    out = {}
    for period in range(1, count + 1):
        mine = [r for r in rows if r[1] == period]
        if not mine:
            out[period] = None
            continue
        start = min(r[0] for r in mine)
        end = max(r[0] for r in mine)
        analysis_start = start + dt.timedelta(days=washout)
        kept = [r for r in mine if r[0] >= analysis_start]
        values = [r[3] for r in kept if isinstance(r[3], float)]
        unwell = sum(1 for r in kept if r[3] == "too_unwell")
        analysable = max(0, (end - analysis_start).days + 1)
        out[period] = {
            "arm": mine[0][2],
            "values": values,
            "unwell": unwell,
            "missing": max(0, analysable - len(values) - unwell),
        }
    return out


def pair_diffs(periods, mean_of):
    diffs = {}
    for pair in range(1, len(periods) // 2 + 1):
        p1, p2 = periods[2 * pair - 1], periods[2 * pair]
        if p1 is None or p2 is None:
            continue
        a, b = (p1, p2) if p1["arm"] == "A" else (p2, p1)
        ma, mb = mean_of(a), mean_of(b)
        if ma is None or mb is None:
            continue
        diffs[pair] = ma - mb
    return diffs


def randomization_p(d):
    d = np.asarray(d, dtype=float)
    k = len(d)
    observed = abs(d.sum())
    threshold = observed - TOL * np.abs(d).sum()
    if threshold <= 0:
        return 1.0
    hits = 0
    chunk_bits = min(k, 16)
    low = ((np.arange(2**chunk_bits)[:, None] >> np.arange(chunk_bits)) & 1) * -2 + 1  # +1/-1
    low_sums = low @ d[:chunk_bits]
    for high in range(2 ** (k - chunk_bits)):
        signs = 1 - 2 * ((high >> np.arange(k - chunk_bits)) & 1)
        total = low_sums + signs @ d[chunk_bits:]
        hits += int(np.count_nonzero(np.abs(total) >= threshold))
    return hits / 2**k


def paired(d):
    d = np.asarray(d, dtype=float)
    k = len(d)
    m = float(d.mean())
    sd = float(d.std(ddof=1))
    se = sd / np.sqrt(k)
    half = 0.0 if se == 0 else float(stats.t.ppf(0.975, k - 1) * se)
    return m, sd, se, [m - half, m + half], randomization_p(d)


def posterior_unknown_sd(k, dbar, s, m0, s0):
    """Posterior of delta from k pair differences with mean dbar and sd s > 0.

    d_i ~ N(delta, sigma^2); delta ~ N(m0, s0^2) and p(sigma^2) ~ 1/sigma^2,
    independent. Integrating sigma^2 out of the joint posterior leaves
    p(delta | d) ~ N(delta; m0, s0^2) * [(k-1)s^2 + k(dbar - delta)^2]^(-k/2)
    (Gelman et al., BDA 3rd ed., section 3.2, for the integral over sigma^2);
    the bracket is, up to a constant, the Student-t density with df k - 1,
    location dbar and scale s/sqrt(k). Written out with math (scipy.stats
    per-point calls would make quad a hundred times slower).
    """
    tau = s / math.sqrt(k)

    def log_kernel(x):
        return -0.5 * ((x - m0) / s0) ** 2 - 0.5 * k * math.log1p(k * (x - dbar) ** 2 / ((k - 1) * s**2))

    # Every mode lies between m0 and dbar (outside it both factors fall the same way); shift
    # the log density by its height there so that nothing underflows.
    lo, hi = min(m0, dbar), max(m0, dbar)
    mode = dbar if lo == hi else optimize.minimize_scalar(lambda x: -log_kernel(x), bounds=(lo, hi), method="bounded").x
    shift = max(log_kernel(m0), log_kernel(dbar), log_kernel(mode))

    def density(x):
        return math.exp(log_kernel(x) - shift)

    # The finite range holds the prior to +/- 15 sd and the likelihood to +/- 60 scales; the
    # tails beyond are integrated too and asserted negligible, so nothing is cut silently.
    a = min(m0 - 15 * s0, dbar - 60 * tau)
    b = max(m0 + 15 * s0, dbar + 60 * tau)
    # Breakpoints on both scales (a geometric ladder away from dbar, steps of the prior sd
    # around m0), so that no piece handed to quad hides a peak or a shoulder far narrower
    # than itself, whichever of the prior and the likelihood is the narrower.
    ladder = [tau * 2.0**i for i in range(-2, 61)]
    breaks = sorted(
        {dbar, m0, mode}
        | {dbar + sign * x for x in ladder for sign in (1, -1)}
        | {m0 + sign * j * s0 for j in (0.5, 1, 2, 3, 4, 6, 8, 10, 12, 15) for sign in (1, -1)}
    )

    def integral(g, x0, x1, epsabs):
        edges = [x0] + [x for x in breaks if x0 < x < x1] + [x1]
        return sum(
            integrate.quad(g, e0, e1, epsabs=epsabs, epsrel=1e-13, limit=1000)[0] for e0, e1 in zip(edges, edges[1:])
        )

    # Pieces far out in a tail hold almost nothing; an absolute tolerance far below the
    # whole integral spares quad from chasing 13 digits of each of them.
    tiny = 1e-16 * integral(density, a, b, 0)
    z = integral(density, a, b, tiny)
    tails = integrate.quad(density, -np.inf, a, epsabs=0, epsrel=1e-10)[0]
    tails += integrate.quad(density, b, np.inf, epsabs=0, epsrel=1e-10)[0]
    assert tails < 1e-12 * z, (tails, z)
    mean = integral(lambda x: x * density(x), a, b, tiny * (abs(dbar) + abs(m0) + s0 + tau)) / z
    var = integral(lambda x: (x - mean) ** 2 * density(x), a, b, tiny * 1e-3 * min(s0, tau) ** 2) / z

    def cdf(x):
        return integral(density, a, min(max(x, a), b), tiny) / z

    def quantile(p):
        return optimize.brentq(lambda x: cdf(x) - p, a, b, xtol=1e-14, rtol=4 * np.finfo(float).eps, maxiter=500)

    return {
        "mean": float(mean),
        "sd": float(np.sqrt(var)),
        "ci95": [float(quantile(0.025)), float(quantile(0.975))],
        "above": lambda c: float(integral(density, min(max(c, a), b), b, tiny) / z),
        "below": lambda c: float(integral(density, a, min(max(c, a), b), tiny) / z),
    }


def check_sigma_integral():
    """The algebra behind posterior_unknown_sd, checked by brute force on one data set:
    integrating sigma^-2 * prod N(d_i; delta, sigma^2) over sigma^2 numerically must be
    proportional to [(k-1)s^2 + k(dbar - delta)^2]^(-k/2), the same constant for every delta."""
    d = np.array([-1.2, 0.4, -2.5])
    k, dbar, s = len(d), d.mean(), d.std(ddof=1)
    ratios = []
    for delta in (-6.0, -1.0, 0.0, 0.7, 9.0):

        def joint(v):
            return v**-1 * np.prod(stats.norm.pdf(d, delta, np.sqrt(v)))

        # v = sigma^2 over (0, inf), split where the integrand peaks so quad sees it.
        peak = ((k - 1) * s**2 + k * (dbar - delta) ** 2) / (k + 2)
        marginal = integrate.quad(joint, 0, peak, epsabs=0, epsrel=1e-12, limit=500)[0]
        marginal += integrate.quad(joint, peak, np.inf, epsabs=0, epsrel=1e-12, limit=500)[0]
        ratios.append(marginal / ((k - 1) * s**2 + k * (dbar - delta) ** 2) ** (-k / 2))
    assert max(ratios) / min(ratios) - 1 < 1e-9, ratios


def analyse(case):
    rows = read_rows(case["name"])
    periods = periods_of(rows, case["washoutDays"])
    mcid = case["mcid"]
    higher = case["higherIsBetter"]
    prior = case.get("prior", {"mean": 0.0, "sd": 4 * mcid})

    def plain_mean(p):
        return float(np.mean(p["values"])) if p["values"] else None

    diffs = pair_diffs(periods, plain_mean)
    d = [diffs[k] for k in sorted(diffs)]
    m, sd, se, ci, p = paired(d)

    if se == 0:
        post_mean, post_sd, post_ci = m, 0.0, [m, m]
        benefit = m if higher else -m
        prob = 1.0 if benefit > mcid else 0.0
    else:
        post = posterior_unknown_sd(len(d), m, sd, prior["mean"], prior["sd"])
        post_mean, post_sd, post_ci = post["mean"], post["sd"], post["ci95"]
        # benefit = A - B when higher is better, else B - A: P(delta > mcid) or P(delta < -mcid).
        prob = post["above"](mcid) if higher else post["below"](-mcid)

    observed = [v for q in periods.values() if q for v in q["values"]]
    worst = min(observed) if higher else max(observed)
    best = max(observed) if higher else min(observed)
    included = set(diffs)

    def scenario(fill):
        def mean_of(q):
            f = fill(q)
            values = list(q["values"])
            if f[0] is not None:
                values += [f[0]] * q["missing"]
            if f[1] is not None:
                values += [f[1]] * q["unwell"]
            return float(np.mean(values)) if values else None

        sd_ = pair_diffs(periods, mean_of)
        dd = [sd_[k] for k in sorted(sd_) if k in included]
        sm, _, _, sci, sp = paired(dd)
        return {"meanDifference": sm, "ci95": sci, "randomizationP": sp}

    return {
        "periodMeans": {str(k): (plain_mean(v) if v else None) for k, v in periods.items()},
        "pairDifferences": {str(k): v for k, v in diffs.items()},
        "meanDifference": m,
        "sdDifference": sd,
        "ci95": ci,
        "randomizationP": p,
        "posterior": {"mean": post_mean, "sd": post_sd, "ci95": post_ci},
        "posteriorProbAboveMcid": prob,
        "sensitivity": {
            "too_unwell_as_worst": scenario(lambda q: (None, worst)),
            "worst_case_for_a": scenario(lambda q: (worst, worst) if q["arm"] == "A" else (best, best)),
            "best_case_for_a": scenario(lambda q: (best, best) if q["arm"] == "A" else (worst, worst)),
        },
    }


M32 = 0xFFFFFFFF
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def mulberry32(seed):
    """mulberry32 (see prng.ts) written from its definition with Python integers."""
    a = ((seed % 2**32) ^ (((seed // 2**32) * 0x9E3779B9) & M32)) & M32

    def next_u32():
        nonlocal a
        a = (a + 0x6D2B79F5) & M32
        t = ((a ^ (a >> 15)) * (1 | a)) & M32
        t = ((t + (((t ^ (t >> 7)) * (61 | t)) & M32)) & M32) ^ t
        return (t ^ (t >> 14)) & M32

    return next_u32


def allocation(seed, pairs):
    nxt = mulberry32(seed)
    orders = ["BA" if nxt() >= 2**31 else "AB" for _ in range(pairs)]
    codes = []
    for period in range(1, 2 * pairs + 1):
        u = nxt()
        codes.append(f"P{period}-" + "".join(CROCKFORD[(u >> s) & 31] for s in (27, 22, 17)))
    return {"orders": orders, "codes": codes}


def prng_vectors():
    seeds = [0, 1, 42, 2**32 + 5, 2**53 - 1]
    streams = {}
    for seed in seeds:
        nxt = mulberry32(seed)
        streams[str(seed)] = [nxt() for _ in range(5)]
    return {"streams": streams, "allocation": {"seed": 20261122, "pairs": 8, **allocation(20261122, 8)}}


def main():
    check_sigma_integral()
    with open(os.path.join(HERE, "cases.json")) as f:
        cases = json.load(f)
    expected = {c["name"]: analyse(c) for c in cases}
    expected["_prng"] = prng_vectors()
    with open(os.path.join(HERE, "expected.json"), "w") as f:
        json.dump(expected, f, indent=2)
        f.write("\n")
    # The repository's formatter owns JSON layout; without it the numbers are the same, only the line breaks differ.
    subprocess.run(["npx", "--no-install", "prettier", "--write", os.path.join(HERE, "expected.json")], check=False, capture_output=True)


if __name__ == "__main__":
    main()
