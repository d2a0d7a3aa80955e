"""The record's ``constants`` key: every named constant of an expression string is defined,
checked against the published SELU constants and by re-evaluating the closed forms."""

import json
import re

import mpmath
import sympy as sp

from symact import properties
from symact.core import NAMED_CONSTANTS, resolve
from symact.core.catalog import CATALOG
from symact.derive.cache import record
from symact.derive.text import show_text, table
from symact.handout.sheets import sheet

# Klambauer et al. (2017), "Self-Normalizing Neural Networks", eq. (14)/(15) to 30+ digits
PUBLISHED = {"SELU_ALPHA": "1.6732632423543772848170429916717",
             "SELU_LAMBDA": "1.0507009873554804934193349852946"}


def test_selu_record_defines_its_constants():
    rec = properties("selu").to_dict()
    assert "SELU_ALPHA" in rec["range"]["lower"]
    assert set(rec["constants"]) == {"SELU_ALPHA", "SELU_LAMBDA"}
    for name, c in rec["constants"].items():
        want = mpmath.mpf(PUBLISHED[name])
        assert abs(mpmath.mpf(c["value"]) - want) < mpmath.mpf(10) ** -29
        exact = sp.sympify(c["exact"])  # a closed form with no symbol left
        assert not exact.free_symbols
        assert abs(mpmath.mpf(str(sp.N(exact, 40))) - want) < mpmath.mpf(10) ** -29


def test_every_upper_case_name_in_a_record_is_defined():
    # a derived field can only hold a constant its definition holds: every entry whose
    # expression or parameters hold one, and a few without (whose constants must be empty)
    named = tuple(NAMED_CONSTANTS.values())
    holds = [a for a in CATALOG if a.kind == "scalar" and (
        a.expr.has(*named) or any(sp.sympify(p.default).has(*named) for p in a.params))]
    others = [a for a in CATALOG if a.name in ("elu", "gelu", "hardtanh")]
    assert holds and len(others) == 3
    for act in holds + others:
        rec = properties(act).to_dict()
        body = json.dumps({k: v for k, v in rec.items() if k not in ("name", "constants")})
        names = set(re.findall(r"\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b", body))
        assert names <= set(rec["constants"]), (act.name, names)
        assert rec["constants"] == {} or names, act.name


def test_text_and_table_print_the_values():
    rec, how = record(resolve("selu"), use_cache=False)
    assert "SELU_ALPHA ≈ 1.67326324235437728481704299167" in show_text(rec, how)
    for fmt in ("text", "markdown"):
        assert "where SELU_ALPHA ≈ 1.6732632423543772848" in table([rec], fmt)


def test_the_handout_sheet_gives_the_values():
    text = sheet(properties("selu"), "en", fit=False)
    assert r"\alpha_{\mathrm{SELU}} \approx 1.6732632423543773" in text
    assert r"\lambda_{\mathrm{SELU}} \approx 1.0507009873554805" in text
