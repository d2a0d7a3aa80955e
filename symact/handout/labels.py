r"""Every word of the handout in Czech and English: ``LABELS[lang][key]``.

Both languages have the same keys (a test checks it); :func:`word` falls back to the key.

>>> LABELS["cs"]["proof"], LABELS["en"]["proof"]
('Důkaz', 'Proof')
>>> word("en", "increasing"), word("en", "no such key")
('increasing', 'no such key')
"""

from __future__ import annotations

from collections.abc import Mapping

LABELS: Mapping[str, Mapping[str, str]] = {
    "cs": {
        "title": "Aktivační funkce: vlastnosti a důkazy",
        "subtitle": "Jak zefektivnit učení NN: alternativní model neuronu",
        "sheets": "Listy aktivačních funkcí", "definition": "Definice",
        "domain": r"$D_f$", "range": r"$H_f$", "derivative": "Derivace",
        "output_form": r"Derivace pomocí výstupu $y = f(x)$", "limits": "Limity",
        "output_valid": r"Výstup $y$ určuje $f'$",
        "output_loss": r"$f'$ z~zaokrouhleného $y$ ztrácí většinu číslic (float64)",
        "derivative_limits": "Limity derivace", "symmetry": "Symetrie",
        "monotonic": "Monotonie", "derivative_monotonic": "Monotonie derivace",
        "convexity": "Konvexita", "continuity": "Spojitost", "saturation": "Saturace",
        "extrema": "Extrémy", "lipschitz": r"Lipschitzova konstanta $\sup|f'|$",
        "identity": r"Aproximuje identitu v~0", "signs": "Výstupy obou znamének",
        "signal": r"Šíření signálu, $Z \sim N(0, 1)$", "gain": "Zesílení (zachová rozptyl)",
        "torch_gain": r"PyTorch \texttt{calculate\_gain}", "gradient_factor":
        r"$\mathbb{E} f'(Z)^2$", "table": "Tabulka vlastností", "proofs": "Tvrzení a důkazy",
        "proof": "Důkaz", "exercise": "Cvičení", "claim": "Tvrzení", "source": "Zdroj",
        "assume": "Předpoklady", "counterexample": "Protipříklad", "verdict": "Výsledek",
        "proved": "dokázáno", "disproved": "vyvráceno", "unknown": "nerozhodnuto",
        "yes": "ano", "no": "ne", "none": "žádná", "unknown_value": "neznámé",
        "odd": "lichá", "even": "sudá", "point": "středově souměrná podle",
        "increasing": "rostoucí", "nondecreasing": "neklesající", "decreasing": "klesající",
        "nonincreasing": "nerostoucí", "not_monotonic": "není monotónní",
        "convex": "konvexní", "concave": "konkávní", "neither": "ani konvexní, ani konkávní",
        "discontinuous": "nespojitá", "not_differentiable": "není diferencovatelná v",
        "saturates_at": r"$f' \to 0$ pro", "saturates_only": r"$f' \to 0$ pouze pro",
        "no_saturation": "nesaturuje",
        "min": "minimum", "max": "maximum", "at": "v", "no_form": "neexistuje (f není prostá)",
        "steps_hidden": "ověřený řetězec o {n} krocích (viz \\texttt{symact prove})",
        "checked_properties": "ověřeno proti \\texttt{properties()}", "activation": "funkce",
        "property": "vlastnost", "value": "hodnota", "moment": "moment", "reals": r"$\mathbb{R}$",
        "approx_id": r"$\approx$ id v 0", "seconds": "s",
        "shift_invariant": "Invariantní vůči posunu",
        "permutation_equivariant": "Ekvivariantní vůči permutacím",
        "bounded_below": "Omezená zdola", "bounded_above": "Omezená shora",
        "value_at_zero": "$f(0)$", "derivative_at_zero": "$f'(0)$",
        "intro_sheets": "Každá vlastnost na listech je odvozena z jediného výrazu SymPy "
                        "(\\texttt{symact}).",
        "intro_proofs": "Každé tvrzení a každý krok odvození je ověřen týmž kódem jako "
                        "\\texttt{symact check}; u každého je uveden vypočtený výsledek.",
        "contents": "Obsah", "relations": "Vztahy mezi funkcemi",
        "intro_relations": "Vztahy mezi funkcemi (afinní změna vstupu a výstupu, derivace, "
                           "limita parametru) jsou dokázány (\\texttt{symact relations}).",
        "relations_text": "Každá rovnost je dokázána a její certifikát ověřen nezávislou "
                          "kontrolou; u limity parametru je limitní funkce nalezena "
                          "Gruntzovým algoritmem a ověřena numericky, její rovnost s~funkcí "
                          "vpravo je dokázána.",
        "relations_none": "Mezi vybranými funkcemi nebyl nalezen žádný vztah.",
        "relations_implied": "dalších derivací a limit je tatáž funkce jako uvedená, zapsaná "
                             "pomocí jiné funkce katalogu",
        "wrong": "chybné odvození", "wrong_step": "chybně", "undecided_step": "nerozhodnuto",
        "first_wrong": "První chybný krok", "wrong_note": "Chybný krok",
        "undecided_note": "Nerozhodnutý krok", "claim_itself": "Tvrzení samo (bez psaných kroků)",
        "holds": "platí", "fails": "neplatí", "false": "nepravda", "undecided": "nerozhodnuto",
        "derived_value": "\\texttt{properties()} odvozuje", "reason": "důvod",
        "claims_checked": "Ověřených tvrzení", "when": "pro", "otherwise": "jinak",
    },
    "en": {
        "title": "Activation functions: properties and proofs",
        "subtitle": "after the lecture “Jak zefektivnit učení NN: alternativní model neuronu”",
        "sheets": "Activation sheets", "definition": "Definition", "domain": "Domain",
        "range": "Range", "derivative": "Derivative",
        "output_form": r"Derivative through the output $y = f(x)$", "limits": "Limits",
        "output_valid": r"The output $y$ determines $f'$",
        "output_loss": r"$f'$ from a rounded $y$ loses most digits (float64)",
        "derivative_limits": "Limits of the derivative", "symmetry": "Symmetry",
        "monotonic": "Monotonicity", "derivative_monotonic": "Monotonicity of the derivative",
        "convexity": "Convexity", "continuity": "Continuity", "saturation": "Saturation",
        "extrema": "Extrema", "lipschitz": r"Lipschitz constant $\sup|f'|$",
        "identity": "Approximates the identity near 0", "signs": "Outputs of both signs",
        "signal": r"Signal propagation, $Z \sim N(0, 1)$",
        "gain": "Gain (variance-preserving)", "torch_gain": r"PyTorch \texttt{calculate\_gain}",
        "gradient_factor": r"$\mathbb{E} f'(Z)^2$", "table": "Property table",
        "proofs": "Claims and proofs", "proof": "Proof", "exercise": "Exercise",
        "claim": "Claim", "source": "Source", "assume": "Assumptions",
        "counterexample": "Counterexample", "verdict": "Verdict", "proved": "proved",
        "disproved": "disproved", "unknown": "unknown", "yes": "yes", "no": "no",
        "none": "none", "unknown_value": "unknown", "odd": "odd", "even": "even",
        "point": "point-symmetric about", "increasing": "increasing",
        "nondecreasing": "non-decreasing", "decreasing": "decreasing",
        "nonincreasing": "non-increasing", "not_monotonic": "not monotonic",
        "convex": "convex", "concave": "concave", "neither": "neither convex nor concave",
        "discontinuous": "discontinuous", "not_differentiable": "not differentiable at",
        "saturates_at": r"$f' \to 0$ as", "saturates_only": r"$f' \to 0$ only as",
        "no_saturation": "does not saturate",
        "min": "minimum", "max": "maximum", "at": "at",
        "no_form": "none (f is not injective)",
        "steps_hidden": "a checked chain of {n} steps (see \\texttt{symact prove})",
        "checked_properties": "checked against \\texttt{properties()}",
        "activation": "activation", "property": "property", "value": "value",
        "moment": "moment", "reals": r"$\mathbb{R}$", "approx_id": r"$\approx$ id at 0",
        "seconds": "s",
        "shift_invariant": "Shift invariant",
        "permutation_equivariant": "Permutation equivariant",
        "bounded_below": "Bounded below", "bounded_above": "Bounded above",
        "value_at_zero": "$f(0)$", "derivative_at_zero": "$f'(0)$",
        "intro_sheets": "Every property on the sheets is derived from one SymPy expression "
                        "(\\texttt{symact}).",
        "intro_proofs": "Every claim and every step of every derivation is checked by the "
                        "same code as \\texttt{symact check}; each shows the verdict computed.",
        "contents": "Contents", "relations": "Relations between the functions",
        "intro_relations": "The relations between the functions (an affine change of input "
                           "and output, a derivative, a parameter limit) are proved "
                           "(\\texttt{symact relations}).",
        "relations_text": "Every equation is proved and its certificate replayed by an "
                          "independent checker; for a parameter limit the limit function is "
                          "found by Gruntz's algorithm and checked numerically, and its "
                          "equation with the right side is proved.",
        "relations_none": "No relation was found between the chosen functions.",
        "relations_implied": "more derivatives and limits are a listed function written "
                             "through another catalog entry",
        "wrong": "wrong derivation", "wrong_step": "wrong", "undecided_step": "not decided",
        "first_wrong": "First wrong step", "wrong_note": "Wrong step",
        "undecided_note": "Step not decided",
        "claim_itself": "The claim itself (without the written steps)",
        "holds": "holds", "fails": "is false", "false": "false", "undecided": "undecided",
        "derived_value": "\\texttt{properties()} derives", "reason": "reason",
        "claims_checked": "Claims checked", "when": "if", "otherwise": "otherwise",
    },
}


def word(lang: str, key: str) -> str:
    """The label ``key`` in ``lang``; the key itself when there is no label for it."""
    return LABELS[lang].get(key, key)


def yes_no(value: bool, lang: str) -> str:
    """``ano``/``ne``, ``yes``/``no``."""
    return word(lang, "yes" if value else "no")
