"""``symact signal``: Gaussian moments, gains, gradient flow and the mean/variance map."""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from typing import Any, TypeVar

import mpmath
import sympy as sp

from ..budget import MOMENTS, deadline
from ..core import resolve, with_stable_forms
from ..errors import BudgetExceeded, Divergent, SymactError
from ..plotting import pyplot, save
from ..propagation import FIELDS, fixed_point, gains, gradient_flow, moments, variance_trajectory
from .options import seconds

_DEFAULT_PLOT = ("tanh", "relu", "selu", "sigmoid")
# share of an activation's budget the exact moments leave to the gains, sup |f'| and the
# fixed point (the quadrature may still use it: without numbers there is no record)
AFTER_MOMENTS = 0.2
T = TypeVar("T")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("signal", help="signal propagation: moments, gains, self-normalisation")
    p.add_argument("names", nargs="*", metavar="NAME",
                   help="activations (default: those with an authored stable form)")
    p.add_argument("--var", type=float, default=1.0, help="input variance (default 1)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--format", choices=("text", "json", "latex"), default=None)
    p.add_argument("--layers", type=int, default=10, help="depth for the gradient bound")
    p.add_argument("--plot", metavar="FILE.png", help="variance through 50 layers")
    p.add_argument("--budget", type=seconds, default=MOMENTS, metavar="SECONDS",
                   help=f"seconds per activation, for its whole record (default {MOMENTS:g});"
                   " what does not finish in time is reported as unknown")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.var <= 0:
        raise SymactError(f"--var must be positive, got {args.var}")
    acts = [resolve(n) for n in args.names] or list(with_stable_forms())
    if args.plot:
        _plot(args.plot, [a.name for a in acts] if args.names else list(_DEFAULT_PLOT))
    fmt = "json" if args.json else (args.format or "text")
    reports = []
    for k, act in enumerate(acts, 1):
        if sys.stderr.isatty() and len(acts) > 1:
            print(f"\r[{k}/{len(acts)}] {act.name:<14}", end="", file=sys.stderr, flush=True)
        reports.append(report(act, args.var, args.layers, budget=args.budget))
    if sys.stderr.isatty() and len(acts) > 1:
        print(file=sys.stderr)
    if fmt == "json":
        print(json.dumps(reports if len(reports) > 1 else reports[0], indent=2,
                         ensure_ascii=False))
    elif fmt == "latex":
        print("\n\n".join(_latex(r) for r in reports))
    else:
        print("\n\n".join(_text(r) for r in reports))
    return 0


def _num(v: Any) -> float | None:
    try:
        f = float(v)
    except (TypeError, ValueError):
        return None
    return f if mpmath.isfinite(f) else None


def report(act, var: float = 1.0, layers: int = 10, *,
           budget: float = MOMENTS) -> dict[str, Any]:
    """One activation's signal-propagation record (JSON-ready), all of it within ``budget``
    seconds. A moment that does not exist gives ``{"name", "input", "divergent": reason}``;
    moments not found in time give ``{"name", "input", "unknown": reason}``, and nothing
    computed from them; gains, gradient or fixed point not found in the time left after the
    moments give ``{"unknown": reason}`` in their place."""
    stop = time.monotonic() + budget
    head: dict[str, Any] = {"name": act.name, "input": {"mean": 0, "variance": var}}
    try:
        m = moments(act, 0, sp.nsimplify(var), budget=budget, leave=AFTER_MOMENTS * budget)
    except Divergent as exc:
        return {**head, "divergent": str(exc)}
    except BudgetExceeded:
        return {**head, "unknown": f"the Gaussian moments did not finish within {budget:g} s"}
    late = {"unknown": f"not finished within the budget of {budget:g} s"}
    out: dict[str, Any] = dict(head)
    out["moments"] = {k: {"value": str(getattr(m, k)) if m.exact[k] else mpmath.nstr(
        m.value(k), 30), "numeric": _num(m.value(k)), "exact": m.exact[k],
        "error": None if m.error.get(k) is None else _num(m.error[k]),
        "latex": sp.latex(getattr(m, k)) if m.exact[k] else mpmath.nstr(m.value(k), 15)}
        for k in FIELDS}
    g = _within(stop, gains, act, m if var == 1 else None, budget=budget)
    out["gains"] = late if g is None else {
        "forward": mpmath.nstr(g.forward, 20), "backward": mpmath.nstr(g.backward, 20),
        "forward_exact": None if g.forward_exact is None else str(g.forward_exact),
        "torch": None if g.torch is None else str(g.torch), "note": g.note}
    flow = _within(stop, gradient_flow, act, m,
                   budget=max(0.9 * (stop - time.monotonic()), 0.05))
    out["gradient"] = late if flow is None else {
        "sup_slope": None if flow.sup_slope is None else str(flow.sup_slope),
        f"bound_{layers}_layers": flow.bound(layers),
        "mean_field_factor": _num(flow.mean_field_factor),
        "edge_of_chaos_weight_variance": _num(flow.edge_of_chaos_weight_variance),
    }
    try:
        fp = _within(stop, fixed_point, act, (0.0, var))
        out["fixed_point"] = late if fp is None else {
            "mu": _num(fp.mu), "nu": _num(fp.nu), "spectral_radius": _num(fp.spectral_radius),
            "stable": fp.stable}
    except (ValueError, TypeError, ZeroDivisionError, ArithmeticError) as exc:
        out["fixed_point"] = {"unknown": f"none found from (0, {var:g}): {exc}"}
    return out


def _within(stop: float, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T | None:
    """``fn(*args, **kwargs)`` under a deadline at ``stop`` (monotonic); None when it runs
    out first (or has already)."""
    left = stop - time.monotonic()
    if left <= 0:
        return None
    try:
        with deadline(left):
            return fn(*args, **kwargs)
    except BudgetExceeded:
        return None


def _text(r: dict[str, Any]) -> str:
    lines = [f"{r['name']}   (Z ~ N(0, {r['input']['variance']:g}))"]
    for kind in ("divergent", "unknown"):
        if kind in r:
            return "\n".join([*lines, f"  {kind}: {r[kind]}"])
    for k, m in r["moments"].items():
        tag = "exact" if m["exact"] else f"numeric, error ≤ {m['error']:.1e}" if m[
            "error"] is not None else "numeric"
        lines.append(f"  {k:26} {m['value'][:60]:60} ≈ {m['numeric']:.12g}  [{tag}]")
    lines.extend(_gain_lines(r["gains"]))
    lines.extend(_gradient_lines(r["gradient"]))
    fp = r["fixed_point"]
    if "unknown" in fp:
        lines.append(f"  mean/variance map          {fp['unknown']}")
    else:
        lines.append(f"  mean/variance fixed point  (mu, nu) = ({fp['mu']:.10g}, {fp['nu']:.10g}),"
                     f" spectral radius {fp['spectral_radius']:.6g}: "
                     + ("stable (self-normalising)" if fp["stable"] else "unstable"))
    return "\n".join(lines)


def _gain_lines(g: dict[str, Any]) -> list[str]:
    if "unknown" in g:
        return [f"  gains                      unknown: {g['unknown']}"]
    lines = [f"  gain (variance-preserving) {g['forward']}"
             + (f" = {g['forward_exact']}" if g["forward_exact"] else ""),
             f"  gain (gradient-preserving) {g['backward']}"]
    if g["torch"]:
        lines.append(f"  PyTorch calculate_gain     {g['torch']}: {g['note']}")
    return lines


def _gradient_lines(d: dict[str, Any]) -> list[str]:
    if "unknown" in d:
        return [f"  gradient flow              unknown: {d['unknown']}"]
    lines = []
    bound_key = next(k for k in d if k.startswith("bound_"))
    lines.append(f"  sup |f'|                   {d['sup_slope']}  ({bound_key.replace('_', ' ')}:"
                 f" {d[bound_key]})")
    edge = d["edge_of_chaos_weight_variance"]
    lines.append(f"  E f'(Z)^2                  {d['mean_field_factor']:.12g}; " + (
        f"edge of chaos at sigma_w^2 = {edge:.12g}" if edge is not None else
        "no edge of chaos (no weight variance makes it 1)"))
    return lines


def _latex(r: dict[str, Any]) -> str:
    for kind in ("divergent", "unknown"):
        if kind in r:
            return f"% signal propagation: {r['name']}: {kind}: {r[kind]}"
    rows = []
    names = {"mean": r"\mathbb{E} f(Z)", "second_moment": r"\mathbb{E} f(Z)^2",
             "variance": r"\operatorname{Var} f(Z)", "derivative_mean": r"\mathbb{E} f'(Z)",
             "derivative_second_moment": r"\mathbb{E} f'(Z)^2"}
    for k, m in r["moments"].items():
        rows.append(f"${names[k]}$ & ${m['latex']}$ \\\\")
    g = r["gains"]
    rows.append(r"gain & \text{unknown} \\" if "unknown" in g
                else f"gain & ${g['forward'][:12]}$ \\\\")
    body = "\n".join(rows)
    return (f"% signal propagation: {r['name']}\n\\begin{{tabular}}{{ll}}\n{body}\n"
            "\\end{tabular}")


def _plot(path: str, names: list[str]) -> None:
    plt = pyplot()
    fig, axes = plt.subplots(1, 2, figsize=(10, 4), sharey=True)
    for k, name in enumerate(names):
        color = f"C{k}"
        g = float(gains(name).forward)
        axes[0].semilogy(variance_trajectory(name, 50, gain=1.0), color=color, label=name)
        for q0, style in ((4.0, "--"), (0.25, "-")):
            axes[1].semilogy(variance_trajectory(name, 50, var0=q0, gain=g), style, color=color,
                             label=f"{name}, gain {g:.3g}" if style == "-" else None)
    axes[0].set_title("weights with variance 1/fan_in, q0 = 1")
    axes[1].set_title("variance-preserving gain, q0 = 4 (dashed), 0.25")
    for ax in axes:
        ax.set_xlabel("layer")
        ax.legend(fontsize=8)
    axes[0].set_ylabel("pre-activation variance q")
    save(fig, path)
