"""The words of feedback and report in Czech and English (one table per language).

>>> say("cs", "rule", rule="definition of sigmoid")
'platný krok: definice funkce sigmoid'
>>> say("en", "wrong", at="z = 1", left="0.7311", right="1.582")
'wrong: at z = 1 the previous line is 0.7311 but this one is 1.582'
"""

from __future__ import annotations

import re

TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "heading": "Feedback: {title}",
        "student": "Student: {student}",
        "variant": "Your variant: {variant}",
        "points": "Points: {points} of {max_points}",
        "correct": "Correct: every step is valid and the derivation goes from {lhs} to {rhs}.",
        "wrong_step": "Line {line} is wrong (the first problem).",
        "conditional_step": "Line {line} holds only for {condition}, but the exercise asks "
                            "for every value (the first problem).",
        "incomplete": "Every step is valid, but the derivation is not complete.",
        "start": "It should start at {lhs}; your first line is {first}.",
        "end": "It should end at {rhs}; your last line is {last}.",
        "reversed": "It goes from {rhs} to {lhs}: write it from {lhs} to {rhs}.",
        "empty": "The submission holds no expression: write one expression per line from "
                 "{lhs} to {rhs}.",
        "short": "A derivation needs at least two lines, from {lhs} to {rhs}.",
        "unreadable": "Line {line}{column} cannot be read: {detail}.",
        "column": ", column {column}",
        "file": "The file cannot be read: {detail}.",
        "timeout": "A step could not be decided within {budget} s; your teacher will look at "
                   "it.",
        "undecided": "Line {line} could not be decided (the checker has no method for it); "
                     "your teacher will look at it.",
        "memory": "Checking needed more memory than allowed; your teacher will look at it.",
        "error": "The checker failed on this submission ({detail}); your teacher will look "
                 "at it.",
        "steps": "Steps",
        "rule": "valid step: {rule}",
        "rule_only": "{rule}",
        "valid_if": "valid only for {condition}",
        "holds_if": "valid (where the exercise is defined: {condition})",
        "left_out": "; it leaves out {at}",
        "wrong": "wrong: at {at} the previous line is {left} but this one is {right}",
        "unknown": "not decided",
        "not_checked": "not checked (an earlier line cannot be read)",
        "start_line": "first line",
        "line": "line {line}",
        # report
        "report_title": "Class report: {title}",
        "submissions": "{n} submissions",
        "status": "status", "count": "count", "student_col": "student",
        "first_wrong_col": "first wrong line", "points_col": "points", "seconds_col": "seconds",
        "common": "The most common wrong step",
        "common_row": "{prev} = {typed} ({n}×)",
        "none": "none",
        "feedback_link": "feedback",
    },
    "cs": {
        "heading": "Zpětná vazba: {title}",
        "student": "Student: {student}",
        "variant": "Vaše varianta: {variant}",
        "points": "Body: {points} z {max_points}",
        "correct": "Správně: každý krok platí a odvození vede od {lhs} k {rhs}.",
        "wrong_step": "Řádek {line} je chybný (první problém).",
        "conditional_step": "Řádek {line} platí jen pro {condition}, zadání ale žádá všechny "
                            "hodnoty (první problém).",
        "incomplete": "Každý krok platí, ale odvození není úplné.",
        "start": "Má začínat výrazem {lhs}; váš první řádek je {first}.",
        "end": "Má končit výrazem {rhs}; váš poslední řádek je {last}.",
        "reversed": "Vede od {rhs} k {lhs}: napište ho od {lhs} k {rhs}.",
        "empty": "Odevzdaný soubor neobsahuje žádný výraz: napište na každý řádek jeden výraz, "
                 "od {lhs} k {rhs}.",
        "short": "Odvození potřebuje aspoň dva řádky, od {lhs} k {rhs}.",
        "unreadable": "Řádek {line}{column} nelze přečíst: {detail}.",
        "column": ", sloupec {column}",
        "file": "Soubor nelze přečíst: {detail}.",
        "timeout": "Některý krok se nepodařilo rozhodnout do {budget} s; podívá se na něj "
                   "vyučující.",
        "undecided": "Řádek {line} se nepodařilo rozhodnout (kontrola na něj nemá metodu); "
                     "podívá se na něj vyučující.",
        "memory": "Kontrola potřebovala víc paměti, než je povoleno; podívá se na ni "
                  "vyučující.",
        "error": "Kontrola tohoto odevzdání selhala ({detail}); podívá se na ni vyučující.",
        "steps": "Kroky",
        "rule": "platný krok: {rule}",
        "rule_only": "{rule}",
        "valid_if": "platí jen pro {condition}",
        "holds_if": "platí (tam, kde je zadání definováno: {condition})",
        "left_out": "; vynechává {at}",
        "wrong": "chyba: v bodě {at} má předchozí řádek hodnotu {left}, tento ale {right}",
        "unknown": "nerozhodnuto",
        "not_checked": "nekontrolováno (dřívější řádek nelze přečíst)",
        "start_line": "první řádek",
        "line": "řádek {line}",
        "report_title": "Přehled třídy: {title}",
        "submissions": "{n} odevzdání",
        "status": "stav", "count": "počet", "student_col": "student",
        "first_wrong_col": "první chybný řádek", "points_col": "body", "seconds_col": "sekundy",
        "common": "Nejčastější chybný krok",
        "common_row": "{prev} = {typed} ({n}×)",
        "none": "žádný",
        "feedback_link": "zpětná vazba",
    },
}

# The rule names of symact.prover.teaching (LESSONS, SAME, MANY) in Czech.
RULES_CS = {
    "definition of": "definice funkce",
    "derivative, read backwards": "derivace, čteno pozpátku",
    "derivative": "derivace",
    "limit, read backwards": "limita, čteno pozpátku",
    "limit": "limita",
    "as one Piecewise": "jako jedna funkce po částech",
    "Piecewise written with Abs, Max, ...": "funkce po částech zapsaná pomocí Abs, Max, …",
    "hyperbolic functions as exponentials": "hyperbolické funkce pomocí exponenciál",
    "exponentials as hyperbolic functions": "exponenciály jako hyperbolické funkce",
    "inverse functions cancel": "inverzní funkce se ruší",
    "inverse functions, read backwards": "inverzní funkce, čteno pozpátku",
    "erfc = 1 − erf": "erfc = 1 − erf",
    "1 − erf = erfc": "1 − erf = erfc",
    "Lambert W: e^W(u) = u/W(u)": "Lambertova funkce W: e^W(u) = u/W(u)",
    "Lambert W: u/W(u) = e^W(u)": "Lambertova funkce W: u/W(u) = e^W(u)",
    "logarithm of a product or power": "logaritmus součinu nebo mocniny",
    "combine logarithms": "sloučení logaritmů",
    "hyperbolic identity": "hyperbolická identita",
    "powers with equal bases": "mocniny se stejným základem",
    "split a power": "rozdělení mocniny",
    "expand": "roznásobení",
    "factor": "vytknutí (rozklad na součin)",
    "combine fractions": "sloučení zlomků",
    "split the fraction": "rozdělení zlomku",
    "cancel common factors": "krácení společného činitele",
    "multiply numerator and denominator by the same factor":
        "rozšíření zlomku (čitatel i jmenovatel týmž činitelem)",
    "arithmetic (same normal form)": "aritmetika (stejný normální tvar)",
    "valid, but more than one rule at once": "platí, ale jde o více pravidel najednou",
}
STATUS = {"en": {"correct": "correct", "wrong_step": "wrong step", "incomplete": "incomplete",
                 "unreadable": "unreadable", "timeout": "timeout"},
          "cs": {"correct": "správně", "wrong_step": "chybný krok", "incomplete": "neúplné",
                 "unreadable": "nečitelné", "timeout": "nerozhodnuto"}}


def rule_in(lang: str, rule: str) -> str:
    """A teaching rule's name in ``lang`` (the English name when no translation is known)."""
    if lang != "cs":
        return rule
    if rule in RULES_CS:
        return RULES_CS[rule]
    m = re.match(r"definition of (.+)$", rule)
    return f"{RULES_CS['definition of']} {m.group(1)}" if m else rule


def say(lang: str, key: str, **values: object) -> str:
    """The text ``key`` in ``lang`` with ``values`` filled in (rule names translated)."""
    if "rule" in values and isinstance(values["rule"], str):
        values["rule"] = rule_in(lang, values["rule"])
    return TEXTS[lang][key].format(**values)
