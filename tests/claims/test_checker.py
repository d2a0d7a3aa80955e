"""Proof files: the checks of each form (equality, sign, property) and of derivations."""

from symact.claims.checker import check
from symact.claims.reader import loads

HEAD = '''[[claim]]
id = "c"
title.cs = "tvrzení"
title.en = "claim"
source = "test"
'''


def one(body: str, file: str = "t.toml"):
    (claim,) = loads(HEAD + body, file)
    return claim


def test_equality_and_sign_forms():
    assert check(one('lhs = "tanh(-z)"\nrhs = "-tanh(z)"\n')).status == "proved"
    r = check(one('sign = "a*d"\nsame_sign_as = "d"\nassume = "-1 < a < 1"\n'
                  'expect = "disproved"\n'))
    assert r.status == "disproved" and r.ok
    assert r.verdicts[0].counterexample is not None


def test_property_claims_against_properties():
    assert check(one('activation = "tanh"\nproperty = "range"\nvalue = "(-1, 1)"\n')).ok
    wrong = check(one('activation = "tanh"\nproperty = "range"\nvalue = "[-1, 1]"\n'))
    assert wrong.status == "disproved" and not wrong.ok
    assert check(one('activation = "sigmoid"\nproperty = "symmetry"\n'
                     'value = "point (0, 1/2)"\n')).ok
    assert check(one('activation = "tanh"\nproperty = "symmetry"\nvalue = "even"\n')
                 ).status == "disproved"


def test_derivative_claims_are_proved_twice():
    r = check(one('activation = "sigmoid"\nproperty = "derivative_from_output"\n'
                  'value = "y*(1 - y)"\n'))
    assert r.ok and len(r.verdicts) == 2
    bad = check(one('activation = "sigmoid"\nproperty = "derivative_from_output"\n'
                    'value = "y*(1 + y)"\n'))
    assert bad.status == "disproved"


def test_wrong_step_names_its_line_and_key():
    text = HEAD + ('lhs = "2*x"\nrhs = "x + x"\n\n[[claim.derivation]]\nsteps = [\n'
                   '  "2*x",\n  "x + x",\n  "3*x",\n]\n')
    (claim,) = loads(text, "t.toml")
    r = check(claim)
    assert r.status == "proved" and not r.ok
    (err,) = r.errors
    assert err.key == "claim[0].derivation[0].steps[2]"
    assert "is wrong" in err.message and "at x =" in err.message
    assert (err.derivation, err.link, err.status) == (0, 1, "wrong") and not r.undecided
    assert r.verdict == "wrong"  # what the handout and check's table show: not "proved"
    assert r.problems() == (str(err),) and str(err).startswith("t.toml:")


def test_verdict_is_the_claims_status_when_every_step_is_right():
    text = HEAD + 'lhs = "2*x"\nrhs = "x + x"\n[[claim.derivation]]\nsteps = ["2*x", "x + x"]\n'
    r = check(loads(text, "t.toml")[0])
    assert r.ok and r.verdict == "proved" and r.problems() == ()
    bad = check(one('lhs = "x"\nrhs = "x + 1"\n'))
    assert bad.verdict == "disproved" and not bad.ok
    (line,) = bad.problems()
    assert line.startswith("t.toml:1: claim[0]: disproved, expected proved: counterexample")


def test_false_words_and_booleans_are_disproved_true_ones_proved():
    def status(act: str, prop: str, value: str) -> str:
        return check(one(f'activation = "{act}"\nproperty = "{prop}"\nvalue = {value}\n')
                     ).status

    assert status("sigmoid", "symmetry", '"odd"') == "disproved"
    assert status("relu", "bounded_below", "false") == "disproved"
    assert status("relu", "bounded_below", "true") == "proved"
    assert status("tanh", "monotonic", '"decreasing"') == "disproved"
    # strictly increasing is nondecreasing too; relu (flat for x < 0) is not increasing
    assert status("tanh", "monotonic", '"nondecreasing"') == "proved"
    assert status("relu", "monotonic", '"increasing"') == "disproved"
