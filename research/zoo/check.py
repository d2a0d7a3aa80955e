import sympy as sp, re, collections
exec(open('/tmp/zoo/candidates.py').read())
x = sp.Symbol('x', real=True)
bad = []; names = collections.Counter(d['name'] for d in ZOO)
dups = [n for n,c in names.items() if c > 1]
fam = collections.Counter(d['family'] for d in ZOO)
ver = collections.Counter(d['verified'] for d in ZOO)
keys = {'name','expr','params','allowed','family','aliases','reference','source_url','formula_as_published','kinks','verified','note'}
report = []
for d in ZOO:
    assert set(d) == keys, (d['name'], set(d) ^ keys)
    assert d['family'] in {'sigmoidal','rectifier','exponential','self-gated','periodic','shrinkage','other'}, d['name']
    loc = {p: sp.Symbol(p, real=True) for p in d['params']}
    loc['x'] = x
    try:
        e = sp.sympify(d['expr'], locals=loc)
    except Exception as ex:
        bad.append((d['name'], 'parse', ex)); continue
    free = {str(s) for s in e.free_symbols}
    extra = free - set(d['params']) - {'x'}
    if extra: bad.append((d['name'], 'unknown symbols', extra))
    subs = {loc[p]: sp.sympify(v) for p, v in d['params'].items()}
    ed = e.subs(subs)
    # numeric sanity
    for t in [-2.3, -0.7, 0.4, 1.9]:
        v = complex(ed.subs(x, t).evalf())
        if abs(v.imag) > 1e-12 or v != v: bad.append((d['name'], 'value', t, v))
    # kinks: derivative of containing branch
    for bp, dv in d['kinks'].items():
        try:
            b = sp.sympify(bp, locals=loc).subs(subs)
            want = sp.sympify(dv, locals=loc).subs(subs)
        except Exception as ex:
            report.append((d['name'], bp, 'kink not parseable', dv)); continue
        if isinstance(ed, sp.Piecewise):
            for expr_i, cond in ed.args:
                c = cond.subs(x, b)
                if c == True:
                    got = sp.simplify(sp.diff(expr_i, x).subs(x, b))
                    break
            else:
                got = None
        else:
            got = sp.simplify(sp.diff(ed, x).subs(x, b))
        ok = got is not None and sp.simplify(got - want) == 0
        report.append((d['name'], bp, dv, got, 'OK' if ok else 'MISMATCH'))
print('entries', len(ZOO), 'dups', dups)
print('families', dict(fam)); print('verified', dict(ver))
print('BAD', bad)
for r in report: print(r)
