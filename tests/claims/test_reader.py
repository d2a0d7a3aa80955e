"""Proof files: the grammar, and errors naming file/line/key."""

import pytest

from symact.claims.reader import load_paths, loads
from symact.errors import ProofFileError, SymactError

HEAD = '''[[claim]]
id = "c"
title.cs = "tvrzení"
title.en = "claim"
source = "test"
'''


def error(text: str) -> ProofFileError:
    with pytest.raises(ProofFileError) as info:
        loads(text, "t.toml")
    return info.value


def test_error_is_a_value_error_and_a_symact_error():
    assert issubclass(ProofFileError, SymactError) and issubclass(ProofFileError, ValueError)


def test_bad_toml_names_the_line():
    e = error(HEAD + 'lhs = "x\nrhs = "x"\n')
    assert e.file == "t.toml" and e.line == 6 and "invalid TOML" in str(e)


def test_unknown_key_names_line_and_key():
    e = error(HEAD + 'lhs = "x"\nrhs = "x"\nrhs_typo = "y"\n')
    assert (e.line, e.key) == (8, "claim[0].rhs_typo")
    assert str(e).startswith("t.toml:8: claim[0].rhs_typo: unknown key")


def test_unknown_key_in_second_claim_and_in_derivation():
    text = HEAD + 'lhs = "x"\nrhs = "x"\n\n' + HEAD.replace('"c"', '"d"') + (
        'lhs = "x"\nrhs = "x"\n\n[[claim.derivation]]\nsteps = ["x", "x"]\nstep = 1\n')
    e = error(text)
    assert e.key == "claim[1].derivation[0].step"
    assert text.splitlines()[e.line - 1] == "step = 1"


def test_unknown_top_level_key_names_its_own_line():
    text = 'extra = 1\n' + HEAD + 'lhs = "x"\nrhs = "x"\n' + HEAD.replace('"c"', '"d"') + (
        'lhs = "x"\nrhs = "x"\n')
    e = error(text)
    assert (e.line, e.key) == (1, "extra")


def test_missing_english_title():
    e = error('[[claim]]\nid = "c"\ntitle.cs = "x"\nsource = "s"\nlhs = "x"\nrhs = "x"\n')
    assert e.key == "claim[0].title.en" and e.line == 3


def test_hostile_expression_is_refused_with_its_line():
    e = error(HEAD + 'lhs = "x"\nrhs = "x"\n[[claim.derivation]]\nsteps = [\n  "x",\n'
              '  "__import__(\'os\').system(\'true\')",\n]\n')
    assert e.key == "claim[0].derivation[0].steps[1]" and e.line == 11
    assert "__import__" in str(e)


def test_forms_are_exclusive_and_complete():
    assert "exactly one form" in str(error(HEAD + 'lhs = "x"\nrhs = "x"\nsign = "x"\n'))
    assert error(HEAD + 'lhs = "x"\n').key == "claim[0].rhs"
    assert "exactly one form" in str(error(HEAD))


def test_expected_unknown_needs_a_reason():
    e = error(HEAD + 'lhs = "x"\nrhs = "x"\nexpect = "unknown"\n')
    assert e.key == "claim[0].expect" and "why" in str(e)


def test_bad_property_values():
    assert error(HEAD + 'activation = "tanh"\nproperty = "range"\nvalue = "-1..1"\n'
                 ).key == "claim[0].value"
    assert error(HEAD + 'activation = "tanhh"\nproperty = "range"\nvalue = "(-1, 1)"\n'
                 ).key == "claim[0].activation"
    assert error(HEAD + 'activation = "tanh"\nproperty = "colour"\nvalue = "red"\n'
                 ).key == "claim[0].property"


def test_duplicate_ids_across_files(tmp_path):
    for n in ("a", "b"):
        (tmp_path / f"{n}.toml").write_text(HEAD + 'lhs = "x"\nrhs = "x"\n', encoding="utf-8")
    with pytest.raises(ProofFileError, match="already used"):
        load_paths([tmp_path])
