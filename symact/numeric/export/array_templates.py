"""The runtime part of the torch and jax modules, as source templates (one entry per target).

``HELPERS`` is written once per module: ``_finish`` evaluates a printed form on float64 with the
limits at ±inf (nan: none known) and rounds once to the input's dtype; jax adds ``_tanh`` and
``_cosh`` (more accurate than XLA's) and reads subnormals from the bits (XLA on CPU flushes them
to zero). ``ITEM`` is written per activation and filled by
:func:`symact.numeric.export.array_target.array_module`: ``{name}``, ``{cls}``, ``{doc}``, the
printed forms ``{value}``/``{deriv}`` with their comments ``{vcom}``/``{dcom}``, the limits
``{vlo}``, ``{vhi}``, ``{dlo}``, ``{dhi}`` and (jax) the saturation points ``{vsat}``, ``{dsat}``.
The value gets the exported derivative as its autograd rule (``torch.autograd.Function``,
``jax.custom_jvp``), so backprop uses the stable derivative.
"""

HELPERS = {
    "torch": '''def _finish(x, f, at_minus_inf, at_plus_inf):
    """f on float64 (finite x), the limits at ±inf (nan: none known), rounded once."""
    x64 = x.to(torch.float64)
    inf = torch.isinf(x64)
    r = f(torch.where(inf, torch.zeros_like(x64), x64))
    r = torch.where(torch.isnan(x64), x64, r)
    if at_minus_inf == at_minus_inf:
        r = torch.where(x64 == -math.inf, torch.full_like(r, at_minus_inf), r)
    if at_plus_inf == at_plus_inf:
        r = torch.where(x64 == math.inf, torch.full_like(r, at_plus_inf), r)
    return r.to(x.dtype)
''',
    "jax": '''_TINY = 2.2250738585072014e-308  # the smallest normal float64


def _tanh(u):
    """tanh u = sign(u)·(−t)/(2 + t), t = expm1(−2|u|): XLA's tanh is ~7 ULP off near ±1."""
    t = jnp.expm1(-2.0 * jnp.abs(u))
    return jnp.copysign(-t / (2.0 + t), u)


def _cosh(u):
    """(eᵘ + e⁻ᵘ)/2: XLA's cosh is ~10 ULP off for |u| ≈ 40."""
    return 0.5 * (jnp.exp(u) + jnp.exp(-u))


def _subnormal_and_sign(x):
    """(x is subnormal, sign bit of x), read from the bits: XLA on CPU treats subnormal
    operands as zero (DAZ), so arithmetic and comparisons cannot see them."""
    if not jnp.issubdtype(x.dtype, jnp.floating):
        return jnp.zeros(x.shape, bool), x < 0
    info = jnp.finfo(x.dtype)
    b = jax.lax.bitcast_convert_type(x, jnp.dtype(f"uint{info.bits}"))
    mant = (1 << int(info.nmant)) - 1
    expo = ((1 << int(info.nexp)) - 1) << int(info.nmant)
    return ((b & expo) == 0) & ((b & mant) != 0), (b >> (info.bits - 1)) == 1


def _round_product(m, c):
    """m·c (both >= 0) rounded once to an integer, ties to even: the product's rounding
    error (Veltkamp split, exact in float64) decides a tie that fl(m·c) only seems to be
    (0.01·50 is 0.5 in float64, 0.50000000000000001 exactly)."""
    p = m * c
    split = lambda a: (a * 134217729.0) - ((a * 134217729.0) - a)  # noqa: E731
    mh, ch = split(m), split(c)
    ml, cl = m - mh, c - ch
    e = (((mh * ch - p) + mh * cl) + ml * ch) + ml * cl  # m·c = p + e exactly
    f = jnp.floor(p)
    tie = (p - f) == 0.5
    return jnp.where(tie & (e > 0), f + 1.0, jnp.where(tie & (e < 0), f, jnp.round(p)))


def _on_subnormals(x, r, sides):
    """r with each subnormal x replaced by f(0±) + c±·x, rounded once and built from the
    bits (XLA on CPU flushes subnormal operands and results: relu(5e-324) would be 0).
    sides: ((f(0-), c-), (f(0+), c+)), a side None where that model does not hold."""
    if not jnp.issubdtype(x.dtype, jnp.floating) or jnp.finfo(x.dtype).tiny > 1e-30:
        return r  # integers; float16, which XLA does not flush
    sub, neg = _subnormal_and_sign(x)
    info = jnp.finfo(x.dtype)
    nmant, bits = int(info.nmant), int(info.bits)
    ubits = jnp.dtype(f"uint{bits}")
    b = jax.lax.bitcast_convert_type(x, ubits)
    m = (b & ((1 << nmant) - 1)).astype(jnp.float64)  # x = ±m·2^-scale, m < 2^nmant exact
    scale = nmant - int(info.minexp)
    for negative, side in ((True, sides[0]), (False, sides[1])):
        if side is None:
            continue
        v, c = side
        if v != 0 or c == 0:  # f(±x) rounds to f(0±)
            val = jnp.full(x.shape, v, x.dtype)
        else:
            q = _round_product(m, abs(c))  # |c·x| in units of the smallest subnormal
            sign = jnp.asarray((1 << (bits - 1)) * (negative != (c < 0)), ubits)
            small = jax.lax.bitcast_convert_type(q.astype(ubits) | sign, x.dtype)
            big = ((q * 2.0 ** -(scale // 2)) * 2.0 ** -(scale - scale // 2)).astype(x.dtype)
            val = jnp.where(q < 2.0 ** nmant, small, -big if negative != (c < 0) else big)
        r = jnp.where(sub & (neg == negative), val, r)
    return r


def _finish(x, f, at_minus_inf, at_plus_inf, below=math.inf, above=math.inf,
            one_sided=False, tiny=None):
    """f on float64 (finite x), the limits at ±inf (nan: none known), rounded once to the
    dtype of x (float64 for integer x). x <= -below / x >= above: the limit itself (f has
    reached it in float64 there); f then sees a safe 0 instead of x, so no branch overflows.

    one_sided (derivatives): a subnormal x is evaluated as the smallest normal number of its
    sign, so a kink at 0 gets the derivative of the side x lies on, not the convention at 0.
    tiny (values): the model of f on the subnormals, see _on_subnormals.
    """
    x = jnp.asarray(x)
    dtype = x.dtype if jnp.issubdtype(x.dtype, jnp.floating) else jnp.dtype("float64")
    x64 = x.astype(jnp.float64)
    if x64.dtype != jnp.float64:
        raise RuntimeError("jax_enable_x64 was switched off after this module was imported: "
                           "the activations need float64 (jax.config.update("
                           "'jax_enable_x64', True))")
    if one_sided:
        sub, neg = _subnormal_and_sign(x)
        x64 = jnp.where(sub, jnp.where(neg, -_TINY, _TINY), x64)
    lo, hi = x64 <= -below, x64 >= above
    # broadcast, not "+ zeros_like": -0.0 + 0.0 is +0.0
    r = jnp.broadcast_to(jnp.asarray(f(jnp.where(jnp.isinf(x64) | lo | hi, 0.0, x64)),
                                     jnp.float64), x64.shape)
    r = jnp.where(jnp.isnan(x64), x64, r)
    if at_minus_inf == at_minus_inf:
        r = jnp.where((x64 == -math.inf) | lo, at_minus_inf, r)
    if at_plus_inf == at_plus_inf:
        r = jnp.where((x64 == math.inf) | hi, at_plus_inf, r)
    r = r.astype(dtype)
    return r if tiny is None else _on_subnormals(x, r, tiny)
''',
}

ITEM = {
    "torch": '''def _{name}_value(x):
{vcom}
    return {value}


def _{name}_derivative(x):
{dcom}
    return {deriv}


class {cls}(torch.autograd.Function):
    """Autograd uses the exported stable derivative."""

    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return _finish(x, _{name}_value, {vlo}, {vhi})

    @staticmethod
    def backward(ctx, grad):
        (x,) = ctx.saved_tensors
        return grad * _finish(x, _{name}_derivative, {dlo}, {dhi})


def {name}(x):
    """{doc}"""
    return {cls}.apply(x)


def {name}_derivative(x):
    """Derivative of {doc}"""
    return _finish(x, _{name}_derivative, {dlo}, {dhi})
''',
    "jax": '''def _{name}_value(x):
{vcom}
    return {value}


def _{name}_derivative(x):
{dcom}
    return {deriv}


@jax.custom_jvp
def {name}(x):
    """{doc}"""
    return _finish(x, _{name}_value, {vlo}, {vhi}, {vsat}, tiny={vtiny})


@{name}.defjvp
def _{name}_jvp(primals, tangents):
    (x,), (t,) = primals, tangents
    return {name}(x), {name}_derivative(x) * t


def {name}_derivative(x):
    """Derivative of {doc}"""
    return _finish(x, _{name}_derivative, {dlo}, {dhi}, {dsat}, one_sided=True)
''',
}
