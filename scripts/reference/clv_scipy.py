"""The CLV fits' peer in `npm run bench`: BG/NBD, MBG/NBD and Pareto/NBD by scipy.optimize.minimize
(BFGS, forward-difference gradients) on the same distinct (x, t_x, T) rows with weights and from the
same starting point as Segmap, with the likelihoods as lifetimes writes them (Pareto/NBD through
scipy.special.hyp2f1). Reads JSON {n, x, tx, T, w, starts: {model: [params]}} on stdin; prints per
model the median time of three fits (ms), the evaluations, the log-likelihood and the parameters.
"""
import json
import sys
import time

import numpy as np
from scipy.optimize import minimize
from scipy.special import gammaln, hyp2f1, logsumexp


def bgnbd(p, x, tx, T):
    r, alpha, a, b = p
    a1 = gammaln(r + x) - gammaln(r) + r * np.log(alpha)
    a2 = gammaln(a + b) + gammaln(b + x) - gammaln(b) - gammaln(a + b + x)
    a3 = -(r + x) * np.log(alpha + T)
    with np.errstate(divide="ignore", invalid="ignore"):
        a4 = np.where(x > 0, np.log(a) - np.log(b + np.maximum(x, 1) - 1) - (r + x) * np.log(alpha + tx), -np.inf)
    return a1 + a2 + np.logaddexp(a3, a4)


def mbgnbd(p, x, tx, T):
    r, alpha, a, b = p
    a1 = gammaln(r + x) - gammaln(r) + r * np.log(alpha)
    a2 = gammaln(a + b) + gammaln(b + x + 1) - gammaln(b) - gammaln(a + b + x + 1)
    a3 = -(r + x) * np.log(alpha + T)
    a4 = np.log(a) - np.log(b + x) - (r + x) * np.log(alpha + tx)
    return a1 + a2 + np.logaddexp(a3, a4)


def pnbd(p, x, tx, T):
    r, alpha, s, beta = p
    if alpha < beta:
        lo, hi, t = alpha, beta, r + x
    else:
        lo, hi, t = beta, alpha, s + 1.0 + 0 * x
    rsf = r + s + x
    p1 = hyp2f1(rsf, t, rsf + 1.0, (hi - lo) / (hi + tx))
    q1 = hi + tx
    p2 = hyp2f1(rsf, t, rsf + 1.0, (hi - lo) / (hi + T))
    q2 = hi + T
    with np.errstate(divide="ignore", invalid="ignore"):
        log_a0 = logsumexp(
            [np.log(p1) + rsf * np.log(q2), np.log(p2) + rsf * np.log(q1)], axis=0, b=[np.ones_like(x), -np.ones_like(x)]
        ) - rsf * np.log(q1 * q2)
    a1 = gammaln(r + x) - gammaln(r) + r * np.log(alpha) + s * np.log(beta)
    a2 = np.logaddexp(-(r + x) * np.log(alpha + T) - s * np.log(beta + T), np.log(s) + log_a0 - np.log(rsf))
    return a1 + a2


MODELS = {"bgnbd": bgnbd, "mbgnbd": mbgnbd, "pnbd": pnbd}


def main():
    d = json.load(sys.stdin)
    x, tx, T, w = (np.asarray(d[k], dtype=float) for k in ("x", "tx", "T", "w"))
    n = d["n"]
    out = {}
    for name, start in d["starts"].items():
        ll = MODELS[name]
        evaluations = [0]

        def objective(u):
            evaluations[0] += 1
            with np.errstate(all="ignore"):
                v = -np.sum(w * ll(np.exp(u), x, tx, T)) / n
            return v if np.isfinite(v) else 1e10

        times = []
        for _ in range(3):
            evaluations[0] = 0
            t0 = time.perf_counter()
            res = minimize(objective, np.log(start), method="BFGS")
            times.append((time.perf_counter() - t0) * 1000)
        out[name] = {
            "ms": round(sorted(times)[1], 1),
            "evaluations": evaluations[0],
            "logLikelihood": round(-res.fun * n, 4),
            "params": [float(v) for v in np.exp(res.x)],
            "success": bool(res.success),
            # The objective is 1e10 where the likelihood is not finite (then logLikelihood ≈ −1e10 n).
        }
    print(json.dumps(out))


if __name__ == "__main__":
    main()
