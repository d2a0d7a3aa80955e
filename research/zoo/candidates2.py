"""Second batch of activation-zoo candidates for symact (research data, not catalog code).

Same entry format and conventions as candidates.py (see its header and README.md): name, expr (SymPy
string in x and the parameter names), params (defaults as strings), allowed, family, aliases,
reference, source_url, formula_as_published, kinks ({breakpoint: derivative of the branch whose
condition contains the point}), verified (authors/year/title seen on a page of the paper itself:
arXiv listing or mirror, publisher/proceedings page, official repository README), note.

`note` starts with "formula_source: ..." saying where the formula was seen. Many formulas were seen
only in the torch_activation library (github.com/hdmquan/torch_activation, HEAD f75a8a9), a PyTorch
collection that implements the definitions of the Kunc & Kléma (2024) survey "Three Decades of
Activations" (arXiv:2402.09092); that is a secondary source (the survey's transcription), NOT the paper
body, and is marked as such. CAUTION: that library's ROADMAP.md says its author revised the entries
only up to survey section 3.6.21 (TRec) and that "the rest are LLM generated" -- so for most entries
here the library is weak, unreviewed evidence of what the survey/paper says. None of the entries repeats one of the 23 catalog activations or the 83
entries (names or aliases) of candidates.py.

Counts (end of session): 42 entries; verified=True 14 (squ, ncu, ssu, dsu, asu, aptx, lipswish, aria2,
shelu, reltanh, tanhlu, softplus_plus, eanaf, talu). Formula seen in a primary source (abstract, or the
authors' own code/package): 3 (colu abstract, aptx official README, lipswish official code). All other
formulas were seen only in third-party libraries (mostly torch_activation; pywick/Echo for aria2), and
for ssu, dsu, cloglogm, blu the entry deliberately deviates from the library's printed form (see notes).

Parse with the parameter names as real Symbols in local_dict (no parameter is called beta/gamma here).
"""

TA = "torch_activation (github.com/hdmquan/torch_activation @f75a8a9, survey-based library)"

ZOO2 = []

# ---------------------------------------------------------------- batch 1: oscillating / polynomial (Noel et al.)
_NOEL_REF = ("Noel, M. M., Bharadwaj, S., Muthiah-Nakarajan, V., Dutta, P., Amali, G. B. (2021). Biologically "
             "Inspired Oscillating Activation Functions Can Bridge the Performance Gap between Biological and "
             "Artificial Neurons. arXiv:2111.04020 (v4 2023).")
_NOEL_URL = ("https://arxiv.boxedpaper.com/abs/2111.04020 (arXiv listing mirror: title, 5 authors, submitted 7 Nov 2021) ; "
             "https://www.sciencestack.ai/paper/2111.04020 ; https://ar5iv.labs.arxiv.org/html/2111.04020")
ZOO2 += [
    dict(name="squ", expr="x**2 + x", params={}, allowed={}, family="other",
         aliases=["shifted_quadratic_unit"], reference=_NOEL_REF, source_url=_NOEL_URL,
         formula_as_published="SQU(z) = z^2 + z", kinks={}, verified=True,
         note="formula_source: " + TA + " class SQU (docstring 'SQU(z) = z^2 + z'); the paper pages seen "
              "(abstract, sciencestack TL;DR naming SQU/NCU/SSU/DSU) do not print the formula. Non-monotonic, "
              "unbounded above; zeros at 0 and -1."),
    dict(name="ncu", expr="x - x**3", params={}, allowed={}, family="other",
         aliases=["non_monotonic_cubic_unit"], reference=_NOEL_REF, source_url=_NOEL_URL,
         formula_as_published="NCU(z) = z - z^3", kinks={}, verified=True,
         note="formula_source: " + TA + " class NCU (docstring 'NCU(z) = z - z^3'); paper body not seen. "
              "Zeros at 0, +-1; odd; unbounded (-> -inf as z -> +inf)."),
    dict(name="ssu", expr="pi*sinc(x - pi)", params={}, allowed={}, family="periodic",
         aliases=["shifted_sinc_unit"], reference=_NOEL_REF, source_url=_NOEL_URL,
         formula_as_published="SSU(z) = pi * sinc(z - pi)", kinks={}, verified=True,
         note="formula_source: " + TA + " class SSU (docstring 'SSU(z) = pi sinc(z - pi)', named 'Shifted "
              "Sine Unit' there; the sciencestack summary of the paper names it 'Shifted Sinc Unit'). DOUBT: "
              "the library implements the NORMALISED sinc sin(pi t)/(pi t); this entry uses SymPy's unnormalised "
              "sinc(t) = sin(t)/t, which gives SSU(0) = 0 (zero at the origin, as the paper's motivation suggests); "
              "with the normalised sinc SSU(0) = sin(pi^2)/pi != 0. Paper body not seen -- check which sinc."),
    dict(name="dsu", expr="pi/2*(sinc(x - pi) - sinc(x + pi))", params={}, allowed={}, family="periodic",
         aliases=["decaying_sine_unit"], reference=_NOEL_REF, source_url=_NOEL_URL,
         formula_as_published="DSU(z) = (pi/2) * (sinc(z - pi) - sinc(z + pi))", kinks={}, verified=True,
         note="formula_source: " + TA + " class DSU (docstring as above). Same sinc DOUBT as ssu (library uses the "
              "normalised sinc; entry uses sin(t)/t, giving DSU(0) = 0 and an odd function). Paper body not seen."),
]

# ---------------------------------------------------------------- batch 2: assorted with visible sources
ZOO2 += [
    dict(name="asu", expr="x*sin(x)", params={}, allowed={}, family="periodic",
         aliases=["amplifying_sine_unit"],
         reference="Rahman, J. U., et al. (2023). Amplifying Sine Unit: An Oscillatory Activation Function for Deep "
                   "Neural Networks to Recover Nonlinear Oscillations Efficiently. arXiv:2304.09759.",
         source_url="https://www.scholarfeed.org/paper/2304.09759v1 ; https://api.deepai.org/publication/amplifying-sine-unit-"
                    "an-oscillatory-activation-function-for-deep-neural-networks-to-recover-nonlinear-oscillations-efficiently",
         formula_as_published="ASU(z) = z * sin(z)", kinks={}, verified=True,
         note="formula_source: " + TA + " class ASU ('ASU(z) = z sin(z)'); paper abstract names ASU but does not print "
              "it. Only the first author (Jamshaid Ul Rahman, 'et al.') was seen on the pages; co-authors not checked. "
              "Even function (compare gcu = z cos z in candidates.py)."),
    dict(name="aptx", expr="(a + tanh(b*x))*g*x", params={"a": "1", "b": "1", "g": "1/2"},
         allowed={"a": "real (paper default 1)", "b": "real (default 1)", "g": "real (default 1/2)"},
         family="self-gated", aliases=["alpha_plus_tanh_times"],
         reference="Kumar, R. (2022). APTx: better activation function than MISH, SWISH, and ReLU's variants used in deep "
                   "learning. International Journal of Artificial Intelligence and Machine Learning 2(2), 56-61 "
                   "(doi:10.51483/IJAIML.2.2.2022.56-61; arXiv:2209.06119).",
         source_url="http://kk6lht.com/papers/2209.06119.md (paper text mirror: title, author) ; "
                    "https://www.svedbergopen.com/index.php/ijaiml/article/view/58 ; https://pypi.org/project/aptx-activation/",
         formula_as_published="APTx(x) = (alpha + tanh(beta x)) * gamma x; alpha=1, beta=1, gamma=0.5 (defaults)",
         kinks={}, verified=True,
         note="formula_source: official package README (pypi aptx-activation / github mr-ravin/aptx_activation, the author's "
              "repository linked from the paper abstract): formula and defaults alpha=1, beta=1, gamma=1/2. Parameters "
              "renamed alpha->a, beta->b, gamma->g. With the defaults APTx = x(1 + tanh x)/2 = x*sigmoid(2x), i.e. "
              "swish with beta=2 (our observation). README also suggests b=1/2 for the negative part."),
]

# ---------------------------------------------------------------- batch 3: self-gated (swish-like)
ZOO2 += [
    dict(name="colu", expr="x/(1 - x*exp(-(x + exp(x))))", params={}, allowed={}, family="self-gated",
         aliases=["collapsing_linear_unit"],
         reference="Vagerwal, A. (2021). Deeper Learning with CoLU Activation. arXiv:2112.12078.",
         source_url="https://www.emergentmind.com/articles/2112.12078 ; https://arxivlens.com/PaperView/Details/"
                    "deeper-learning-with-colu-activation-8920-1776031",
         formula_as_published="f(x) = x/(1 - x e^{-(x + e^x)})", kinks={}, verified=False,
         note="formula_source: abstract page (emergentmind, arxivlens: 'It is defined as f(x)=x/(1-xe-(x+ex))'); also "
              + TA + " class CoLU. verified=False: title, arXiv id and date (18 Dec 2021) seen, but NO page showed the "
              "author name; 'Vagerwal, A.' is from memory. The denominator 1 - x e^{-x-e^x} > 0 for all real x "
              "(max of x e^{-x-e^x} is < 1), so the function is defined on R (checked numerically only at sample points)."),
    dict(name="lipswish", expr="x/(1 + exp(-b*x))/(11/10)", params={"b": "log(1 + exp(1/2))"},
         allowed={"b": "b > 0 (the code learns b = softplus(b_raw), b_raw init 0.5)"}, family="self-gated",
         aliases=["lip_swish"],
         reference="Chen, R. T. Q., Behrmann, J., Duvenaud, D., Jacobsen, J.-H. (2019). Residual Flows for Invertible "
                   "Generative Modeling. NeurIPS 2019 (arXiv:1906.02735).",
         source_url="https://openreview.net/forum?id=HkgS1BBx8r ; https://models.beaconfind.app/papers/1906.02735.md ; "
                    "github.com/rtqichen/residual-flows (official code, linked on OpenReview)",
         formula_as_published="LipSwish(x) = Swish(x)/1.1 = x*sigmoid(beta x)/1.1 (official code: "
                              "(x * sigmoid(x * softplus(beta))) / 1.1, beta init 0.5)",
         kinks={}, verified=True,
         note="formula_source: official code resflows/layers/base/activations.py (class Swish: "
              "x*sigmoid(x*softplus(self.beta))/1.1, self.beta = 0.5) -- the code's class is called Swish; the paper "
              "(sciencestack TL;DR) calls the activation LipSwish. Default b = softplus(0.5) = log(1+e^{1/2}) ~ 0.974 "
              "is the code's initial effective slope. Dividing by 1.1 keeps the Lipschitz constant < 1 for beta > 0."),
    dict(name="aria2", expr="x*(1 + exp(-b*x))**(-a)", params={"a": "3/2", "b": "2"},
         allowed={"a": "a > 0", "b": "b > 0"}, family="self-gated", aliases=["aria_2"],
         reference="Patwardhan, N., Ingalhalikar, M., Walambe, R. (2018). ARiA: Utilizing Richard's Curve for Controlling "
                   "the Non-monotonicity of the Activation Function in Deep Neural Nets. arXiv:1805.08878.",
         source_url="https://www.paperswithcode.com/paper/aria-utilizing-richards-curve-for-controlling ; "
                    "https://docslib.org/doc/10518752/aria-utilizing-richards-curve-for-controlling-the-non-monotonicity-of",
         formula_as_published="ARiA2 = x * (1 + e^{-beta x})^{-alpha} (two-parameter special case of x * Richards(x)); "
                              "not seen in the paper itself",
         kinks={}, verified=True,
         note="formula_source: library implementations only, which DISAGREE: pywick (achaiah/pywick functions/swish.py) "
              "describes ARiA as x * Richard's curve and ARiA2 as the special case f(x,1,0,1,1,b,1/a) with defaults a=1.5, "
              "b=2 (its code is buggy); Echo (digantamisra98/Echo) implements aria2 = (1+exp(-beta x))^(-alpha) WITHOUT the "
              "factor x (alpha=1.5, beta=1); activations-plus also omits x. The paper calls it a 'Richard's Curve weighted "
              "Activation' analogous to Swish, so the x-weighted form is used; defaults a=3/2, b=2 from pywick, NOT checked "
              "against the paper. a=1 gives swish with slope b."),
]

# ---------------------------------------------------------------- batch 4: ELU/ReLU-like piecewise units
_UNREV = " (library entry marked unreviewed/LLM-generated in its ROADMAP)"
ZOO2 += [
    dict(name="shelu", expr="Piecewise((a*(exp(x + b) - 1), x <= -b), (x + b, True))", params={"a": "1", "b": "0"},
         allowed={"a": "a > 0 (ELU alpha)", "b": "real (learned per-neuron shift)"}, family="exponential",
         aliases=["shifted_elu", "shifted_exponential_linear_unit"],
         reference="Grelsson, B., Felsberg, M. (2018). Improved Learning in Convolutional Neural Networks with Shifted "
                   "Exponential Linear Units (ShELUs). 24th International Conference on Pattern Recognition (ICPR 2018), "
                   "pp. 517-522 (doi:10.1109/ICPR.2018.8545104).",
         source_url="https://5dok.org/document/1y9jn4wq-improved-learning-convolutional-neural-networks-shifted-exponential-linear.html "
                    "(postprint text: title, authors, ICPR 2018 pp. 517-522) ; https://core.ac.uk/works/71823190",
         formula_as_published="ShELU(x) = ELU(x + b): x + b if x + b >= 0; alpha (exp(x + b) - 1) otherwise",
         kinks={"-b": "a"}, verified=True,
         note="formula_source: " + TA + " class ShELU (horizontal shift of ELU); the abstract says only that a per-neuron "
              "'bias shift' of an ELU-shaped function is learned. b is learned (no fixed default in the paper as far as "
              "seen); default b = 0 (ours) reduces to ELU, so the entry is a parametric generalisation rather than a new "
              "fixed function. Kink: C^1 at x = -b only for a = 1 (left slope a, right slope 1)."),
    dict(name="slu_softplus", expr="Piecewise((2*log((exp(x) + 1)/2), x <= 0), (x, True))", params={}, allowed={},
         family="rectifier", aliases=["softplus_linear_unit"],
         reference="Zhao, H., Liu, F., Li, L., Luo, C. (2018). A novel softplus linear unit for deep convolutional neural "
                   "networks. Applied Intelligence 48, 1707-1720 (doi:10.1007/s10489-017-1028-7).",
         source_url="(no page of the paper seen)",
         formula_as_published="SLU(z) = a z for z >= 0; b ln(exp(z) + 1) - c for z < 0, with a = 1, b = 2, c = 2 ln 2",
         kinks={"0": "1"}, verified=False,
         note="formula_source: " + TA + " class SLU (section before 3.6.21, i.e. a library-reviewed entry). verified=False: "
              "authors/venue from memory, not seen. Name 'slu' avoided because SLU also abbreviates other units. C^1 at 0."),
    dict(name="resp", expr="Piecewise((log(1 + exp(x)), x <= 0), (a*x + log(2), True))", params={"a": "17/10"},
         allowed={"a": "1.4 <= a <= 2 recommended"}, family="rectifier", aliases=["rectified_softplus"],
         reference="[reference not identified] ReSP (rectified softplus), listed in Kunc, V., Kléma, J. (2024). Three "
                   "Decades of Activations. arXiv:2402.09092.",
         source_url="(no page of the paper seen)",
         formula_as_published="ReSP(z) = a z + ln 2 for z >= 0; ln(1 + exp(z)) for z < 0; a in [1.4, 2]",
         kinks={"0": "1/2"}, verified=False,
         note="formula_source: " + TA + " class ReSP (reviewed section), default a = 1.7 and the 1.4-2.0 range from its "
              "docstring. verified=False: the original ReSP paper was not identified here "
              "(the survey lists it among ReLU variants). Genuine kink: left slope 1/2, right slope a."),
    dict(name="polylu", expr="Piecewise((1/(1 - x) - 1, x <= 0), (x, True))", params={}, allowed={},
         family="exponential", aliases=["polynomial_linear_unit"],
         reference="Feng, H.-S., Yang, C.-H. (2023). PolyLU: A Simple and Robust Polynomial-Based Linear Unit Activation "
                   "Function for Deep Learning. IEEE Access 11 [attribution from memory, NOT checked].",
         source_url="(no page of the paper seen)",
         formula_as_published="PolyLU(z) = z for z >= 0; 1/(1 - z) - 1 for z < 0",
         kinks={"0": "1"}, verified=False,
         note="formula_source: " + TA + " class PolynomialLinearUnit" + _UNREV + ". Negative part x/(1-x) saturates at -1 "
              "like ELU; C^1 at 0. verified=False."),
    dict(name="fpflu", expr="Piecewise((x + x**2/sqrt(1 + x**2), x <= 0), (x, True))", params={}, allowed={},
         family="self-gated", aliases=["faster_pflu", "faster_power_function_linear_unit"],
         reference="Zhu, M., Min, W., Wang, Q., Zou, S., Chen, X. (2021). PFLU and FPFLU: Two novel non-monotonic activation "
                   "functions in convolutional neural networks. Neurocomputing 429, 110-117 [authors from memory].",
         source_url="https://discovery.researcher.life/article/pflu-and-fpflu-two-novel-nonmonotonic-activation-functions-in-"
                    "convolutional-neural-networks/15a509275ec93b2d848737059342bad6 (title + abstract, no authors)",
         formula_as_published="FPFLU(z) = z for z >= 0; z + z^2/sqrt(1 + z^2) for z < 0",
         kinks={"0": "1"}, verified=False,
         note="formula_source: " + TA + " class FasterPowerFunctionLinearUnit" + _UNREV + "; abstract seen (says FPFLU is a "
              "faster PFLU whose positive part is identity) but not the formula. verified=False: authors not on the page "
              "seen. Negative part equals 2*pflu(x) there; C^1 at 0."),
    dict(name="pflu", expr="x*(1 + x/sqrt(1 + x**2))/2", params={}, allowed={}, family="self-gated",
         aliases=["power_function_linear_unit"],
         reference="Zhu, M., Min, W., Wang, Q., Zou, S., Chen, X. (2021). PFLU and FPFLU: Two novel non-monotonic activation "
                   "functions in convolutional neural networks. Neurocomputing 429, 110-117 [authors from memory].",
         source_url="https://discovery.researcher.life/article/pflu-and-fpflu-two-novel-nonmonotonic-activation-functions-in-"
                    "convolutional-neural-networks/15a509275ec93b2d848737059342bad6 (title + abstract, no authors)",
         formula_as_published="PFLU(z) = z * (1/2) * (1 + z/sqrt(1 + z^2))",
         kinks={}, verified=False,
         note="formula_source: " + TA + " class PowerFunctionLinearUnit" + _UNREV + ". Consistent with the abstract "
              "(negative part non-monotonic, tends to 0; positive part tends to identity). A swish-like unit with the "
              "algebraic sigmoid (1 + z/sqrt(1+z^2))/2 as gate. verified=False (authors not seen)."),
    dict(name="hyper_sinh", expr="Piecewise((x**3/4, x <= 0), (sinh(x)/3, True))", params={}, allowed={},
         family="other", aliases=["hypersinh"],
         reference="Parisi, L., Ma, R., RaviChandran, N., Lanzillotta, M. (2021). hyper-sinh: An accurate and reliable "
                   "function from shallow to deep learning in TensorFlow and Keras. Machine Learning with Applications 6 "
                   "(arXiv:2011.07661) [authors/venue from memory].",
         source_url="(no page of the paper seen; search for the title returned nothing)",
         formula_as_published="hyper-sinh(z) = sinh(z)/3 for z > 0; z^3/4 for z <= 0",
         kinks={"0": "0"}, verified=False,
         note="formula_source: " + TA + " class HyperSinh" + _UNREV + ". Kink at 0: left branch z^3/4 has slope 0, right "
              "branch sinh(z)/3 has slope 1/3 (genuine kink). verified=False."),
    dict(name="bi_firing", expr="Piecewise((-x - a/2, x <= -a), (x**2/(2*a), x <= a), (x - a/2, True))",
         params={"a": "1"}, allowed={"a": "a > 0 (a -> 0 gives |x|)"}, family="other", aliases=["bfire", "bifiring"],
         reference="Li, J.-C., Ng, W. W. Y., Yeung, D. S., Chan, P. P. K. (2014). Bi-firing deep neural networks. "
                   "International Journal of Machine Learning and Cybernetics 5, 73-83 (doi:10.1007/s13042-013-0198-9) "
                   "[authors from memory].",
         source_url="https://unpaywall.org/10.1007%2FS13042-013-0198-9 (Springer page: title, journal, abstract; no authors)",
         formula_as_published="bfire(z) = z - a/2 for z > a; z^2/(2a) for -a <= z <= a; -z - a/2 for z < -a",
         kinks={"-a": "-1", "a": "1"}, verified=False,
         note="formula_source: " + TA + " class BiFiring" + _UNREV + "; the abstract (seen) says only 'a differentiable "
              "function with a very small saturation region'. Huber-like smooth |x| shifted down by a/2; C^1 at +-a. "
              "verified=False: authors not on the page seen."),
    dict(name="sqlu", expr="Piecewise((-1, x <= -2), (x + x**2/4, x <= 0), (x, True))", params={}, allowed={},
         family="exponential", aliases=["square_linear_unit"],
         reference="Wuraola, A., Patel, N., Nguang, S. K. (2021). Efficient activation functions for embedded inference "
                   "engines. Neurocomputing 442, 73-88 [from memory].",
         source_url="(no page of the paper seen)",
         formula_as_published="SQLU(z) = z for z > 0; z + z^2/4 for -2 <= z <= 0; -1 for z < -2",
         kinks={"-2": "0", "0": "1"}, verified=False,
         note="formula_source: " + TA + " class SQLU" + _UNREV + ". Quadratic ELU substitute (same authors' SQNL is in "
              "candidates.py); C^1 at -2 and 0. verified=False."),
    dict(name="soft_modulus_q", expr="Piecewise((-x, x <= -1), (x**2*(2 + x), x <= 0), (x**2*(2 - x), x <= 1), (x, True))",
         params={}, allowed={}, family="other", aliases=["softmodulusq"],
         reference="[reference not identified] SoftModulusQ, listed in Kunc, V., Kléma, J. (2024). Three Decades of "
                   "Activations: A Comprehensive Survey of 400 Activation Functions for Neural Networks. arXiv:2402.09092.",
         source_url="https://eu-0-ch.mrnet.io/papers/2402.09092.md (survey; entry not read there)",
         formula_as_published="SoftModulusQ(z) = z^2 (2 - |z|) for |z| <= 1; |z| for |z| > 1",
         kinks={"-1": "-1", "0": "0", "1": "1"}, verified=False,
         note="formula_source: " + TA + " class SoftModulusQ (reviewed section). |z| written out per sign (no Abs). C^1 "
              "everywhere (second derivative jumps at 0, +-1). Original paper not identified -> verified=False."),
    dict(name="soft_modulus_t", expr="x*tanh(x/a)", params={"a": "1/100"}, allowed={"a": "a > 0 (a = 1 gives LiSHT)"},
         family="other", aliases=["softmodulust"],
         reference="[reference not identified] SoftModulusT, listed in Kunc, V., Kléma, J. (2024). Three Decades of "
                   "Activations. arXiv:2402.09092.",
         source_url="(survey entry not read)",
         formula_as_published="SoftModulusT(z) = z tanh(z/a)", kinks={}, verified=False,
         note="formula_source: " + TA + " class SoftModulusT (reviewed section; default a = 0.01 from the library, not "
              "from a paper). Smooth approximation of |z|. Generalises lisht (candidates.py) -- a = 1 duplicates it."),
    dict(name="minsin", expr="Piecewise((x, x <= 0), (sin(x), True))", params={}, allowed={}, family="periodic",
         aliases=[], reference="[reference not identified] Minsin, listed in Kunc & Kléma (2024), arXiv:2402.09092.",
         source_url="(survey entry not read)",
         formula_as_published="Minsin(x) = sin(x) for x >= 0; x for x < 0", kinks={"0": "1"}, verified=False,
         note="formula_source: " + TA + " class Minsin" + _UNREV + ". C^1 at 0 (both slopes 1). Name suggests "
              "min(x, sin x), which equals this for x >= 0 (sin x <= x) but for x < 0 min(x, sin x) = x too, so the "
              "piecewise form is the same function. Original source not identified."),
    dict(name="vlu", expr="Piecewise((a*sin(b*x), x <= 0), (x + a*sin(b*x), True))", params={"a": "1", "b": "1"},
         allowed={"a": "real", "b": "real"}, family="periodic", aliases=[],
         reference="[reference not identified] VLU = ReLU(x) + a sin(bx), listed in Kunc & Kléma (2024), arXiv:2402.09092.",
         source_url="(survey entry not read)",
         formula_as_published="VLU(x) = max(0, x) + a sin(b x)", kinks={"0": "a*b"}, verified=False,
         note="formula_source: " + TA + " class VLU" + _UNREV + ". Max rewritten as Piecewise; kink at 0 (left slope a b, "
              "right a b + 1). Original source not identified (possibly the 'Parametric Variational Linear Units' paper, "
              "not checked)."),
    dict(name="signrelu", expr="Piecewise((a*x/(1 - x), x <= 0), (x, True))", params={"a": "1"},
         allowed={"a": "a >= 0 (a = 0 gives relu)"}, family="rectifier", aliases=[],
         reference="[reference not identified] SignReLU (ReLU + softsign), listed in Kunc & Kléma (2024), arXiv:2402.09092.",
         source_url="(survey entry not read)",
         formula_as_published="SignReLU(z) = z for z >= 0; a z/(|z| + 1) for z < 0",
         kinks={"0": "a"}, verified=False,
         note="formula_source: " + TA + " class SignReLU (reviewed section). |z| = -z on the negative branch. Kink unless "
              "a = 1 (then C^1). Original source not identified."),
]

# ---------------------------------------------------------------- batch 5: sigmoidal / tanh-based / self-gated (survey entries)
_SURVEY = "Kunc, V., Kléma, J. (2024). Three Decades of Activations: A Comprehensive Survey of 400 Activation Functions for Neural Networks. arXiv:2402.09092"
ZOO2 += [
    dict(name="reltanh",
         expr="Piecewise(((1 - tanh(a)**2)*(x - a) + tanh(a), x <= a), (tanh(x), x < b), ((1 - tanh(b)**2)*(x - b) + tanh(b), True))",
         params={"a": "-3/2", "b": "0"}, allowed={"a": "a < b (learned)", "b": "b > a (learned)"}, family="sigmoidal",
         aliases=["rectified_linear_tanh"],
         reference="Wang, X., Qin, Y., Wang, Y., Xiang, S., Chen, H. (2019). ReLTanh: An activation function with vanishing "
                   "gradient resistance for SAE-based DNNs and its application to rotating machinery fault diagnosis. "
                   "Neurocomputing 363, 88-98 (doi:10.1016/j.neucom.2019.07.017).",
         source_url="https://unpaywall.org/10.1016%2Fj.neucom.2019.07.017 (Elsevier page: title, Neurocomputing 363, 21 Oct "
                    "2019, pp. 88-98) ; https://qinyi-team.github.io/2019/12/ReLTanh-DNN/ (authors' group page: 'Xin Wang, Yi "
                    "Qin*, Yi Wang, Sheng Xiang, Hai...')",
         formula_as_published="ReLTanh(x) = tanh'(a)(x - a) + tanh(a) for x <= a; tanh(x) for a < x < b; tanh'(b)(x - b) + "
                              "tanh(b) for x >= b",
         kinks={"a": "1 - tanh(a)**2", "b": "1 - tanh(b)**2"}, verified=True,
         note="formula_source: " + TA + " class ReLTanh (defaults a = -1.5, b = 0 from the library, not checked). tanh "
              "with tangent-line tails, C^1 at both thresholds (so the branch convention does not matter; x = b sits in "
              "the right branch as published). Abstract (seen) confirms the construction: tanh's saturated parts "
              "replaced by two straight lines whose slopes are tanh's derivatives at two learnable thresholds. The fifth "
              "author's surname was truncated on the page ('Hai...'; 'Chen, H.' from memory)."),
    dict(name="tanhlu", expr="a*tanh(b*x) + c*x", params={"a": "1", "b": "1", "c": "1"},
         allowed={"a": "real", "b": "real", "c": "real"}, family="sigmoidal", aliases=["tanh_lu"],
         reference="Shen, S.-L., Zhang, N., Zhou, A., Yin, Z.-Y. (2022). Enhancement of neural networks with an alternative "
                   "activation function tanhLU. Expert Systems with Applications 199, 117181 (doi:10.1016/j.eswa.2022.117181).",
         source_url="https://research.polyu.edu.hk/en/publications/enhancement-of-neural-networks-with-an-alternative-activation-fun "
                    "(authors, journal, vol. 199, art. 117181, 1 Aug 2022) ; https://bohrium.dp.tech/paper/arxiv/627cd8085aee126c0f414507",
         formula_as_published="tanhLU(x) = alpha tanh(gamma x) + beta x", kinks={}, verified=True,
         note="formula_source: " + TA + " class TanhLU (library defaults all 1, ours). With c = 1 and a = 1 it is x + tanh x. "
              "Parameters renamed to a, b, c. Abstract (seen): tanh integrated with a linear unit, three parameters, "
              "constant or adaptive; the bohrium summary names them alpha, beta, lambda. Formula itself not seen in the paper."),
    dict(name="isigmoid",
         expr="Piecewise((a*(x + b) + 1/(1 + exp(b)), x <= -b), (1/(1 + exp(-x)), x <= b), (a*(x - b) + 1/(1 + exp(-b)), True))",
         params={"a": "1/5", "b": "2"}, allowed={"a": "a > 0", "b": "b > 0"}, family="sigmoidal",
         aliases=["improved_logistic_sigmoid"],
         reference="Qin, Y., Wang, X., Zou, J. (2019). The Optimized Deep Belief Networks With Improved Logistic Sigmoid Units "
                   "and Their Application in Fault Diagnosis for Planetary Gearboxes of Wind Turbines. IEEE Transactions on "
                   "Industrial Electronics 66(5), 3814-3824 [from memory].",
         source_url="(no page of the paper seen)",
         formula_as_published="ISigmoid(z) = a(z - b) + sigma(b) for z >= b; sigma(z) for -b < z < b; a(z + b) + sigma(-b) "
                              "for z <= -b",
         kinks={"-b": "a", "b": "exp(-b)/(1 + exp(-b))**2"}, verified=False,
         note="formula_source: " + TA + " class ImprovedLogisticSigmoid" + _UNREV + " (defaults a = 0.2, b = 2 from the "
              "library). Continuous, NOT C^1 at +-b (slopes a vs sigma'(b) ~ 0.105). Branch convention: x = b put in the "
              "middle (left) branch, so the kink value there is sigma'(b). verified=False."),
    dict(name="siglin", expr="1/(1 + exp(-x)) + a*x", params={"a": "1/10"},
         allowed={"a": "a >= 0 (tested 0, 0.05, 0.1, 0.15)"}, family="sigmoidal", aliases=["sigmoid_linear_combination"],
         reference="[authors not checked] (2020). Progress in Artificial Intelligence (Springer), doi:10.1007/s13748-020-00218-y "
                   "(cited by the library for SigLin).",
         source_url="https://link.springer.com/article/10.1007/s13748-020-00218-y (cited in the library docstring; not opened)",
         formula_as_published="SigLin(z) = sigma(z) + a z", kinks={}, verified=False,
         note="formula_source: " + TA + " class SigLin" + _UNREV + " (docstring: coefficients 0, 0.05, 0.1, 0.15 evaluated). "
              "Not zero at 0 (value 1/2). verified=False: paper page not seen."),
    dict(name="softplus_plus", expr="log(1 + exp(a*x)) + x/c - log(2)", params={"a": "1", "c": "2"},
         allowed={"a": "a > 0", "c": "c > 0"}, family="rectifier", aliases=["soft_plus_plus", "softpp"],
         reference="Ciuparu, A., Nagy-Dăbâcan, A., Mureşan, R. C. (2020). Soft++, a multi-parametric non-saturating "
                   "non-linearity that improves convergence in deep neural architectures. Neurocomputing 384, 376-388 "
                   "(doi:10.1016/j.neucom.2019.12.014).",
         source_url="https://www.bohrium.com/paper-details/soft-a-multi-parametric-non-saturating-non-linearity-that-improves-"
                    "convergence-in-deep-neural-architectures/812700668665004034-2492 (title, 3 authors, 2020-04, DOI) ; "
                    "https://discovery.researcher.life/article/soft-a-multiparametric-nonsaturating-nonlinearity-that-improves-convergence-in-deep-neural-architectures/4adc6228640e39ffb7781229657b1f83",
         formula_as_published="Soft++(x) = ln(1 + e^{k x}) + x/c - ln 2 (recommended k = 1, c = 2)",
         kinks={}, verified=True,
         note="formula_source: " + TA + " class SoftPlusPlus" + _UNREV + " (a = 1, b = 2 'recommended'; b renamed c). "
              "Soft++(0) = 0. Abstract (seen): Soft++ 'extends PReLU and Softplus, parametrizing the slope in the negative "
              "domain and the exponent' -- consistent with the form (slope 1/c as x -> -inf, exponent k), but the formula "
              "itself was not seen in the paper. Volume/pages 384, 376-388 from memory."),
    dict(name="rootsig", expr="a*x/(1 + sqrt(1 + a**2*x**2))", params={"a": "1"}, allowed={"a": "a > 0"},
         family="sigmoidal", aliases=[],
         reference="[primary source not identified] rootsig, listed in " + _SURVEY + " (section 3.2.25 'Rootsig and "
                   "others', citing 'Estimates of the number of hidden units and variation with respect to half-spaces').",
         source_url="(survey entry not read)",
         formula_as_published="rootsig(z) = a z/(1 + sqrt(1 + a^2 z^2))", kinks={}, verified=False,
         note="formula_source: " + TA + " class Rootsig" + _UNREV + "; the section number/cited title come from the "
              "library's SoftTanh docstring. Range (-1, 1), slope a/2 at 0. verified=False."),
    dict(name="cloglogm", expr="1 - 2*exp(-7/10*exp(x))", params={}, allowed={}, family="sigmoidal",
         aliases=["modified_cloglog"],
         reference="Gomes, G. S. da S., Ludermir, T. B., Lima, L. M. M. R. (2011). Comparison of new activation functions in "
                   "neural network for forecasting financial time series. Neural Computing and Applications 20, 417-439 "
                   "[from memory].",
         source_url="(no page of the paper seen)",
         formula_as_published="cloglogm(z) = 1 - 2 exp(-0.7 exp(z))  [library writes exp(-z)]",
         kinks={}, verified=False,
         note="formula_source: " + TA + " class cLogLogm" + _UNREV + ", which prints 1 - 2exp(-0.7exp(-z)). DOUBT: with "
              "exp(-z) the function is DECREASING; the entry uses exp(z) (increasing, range (-1, 1), like the "
              "complementary log-log cloglog = 1 - exp(-exp(z)) in candidates.py). Check the paper."),
    dict(name="sechsig", expr="(x + sech(x))/(1 + exp(-x))", params={}, allowed={}, family="self-gated", aliases=[],
         reference="[primary source not identified] SechSig, listed in " + _SURVEY + ".",
         source_url="(survey entry not read)", formula_as_published="SechSig(z) = (z + sech(z)) sigma(z)",
         kinks={}, verified=False,
         note="formula_source: " + TA + " class SechSig" + _UNREV + ". SechSig(0) = 1/2. verified=False."),
    dict(name="tanhsig", expr="(x + tanh(x))/(1 + exp(-x))", params={}, allowed={}, family="self-gated", aliases=[],
         reference="[primary source not identified] TanhSig, listed in " + _SURVEY + ".",
         source_url="(survey entry not read)", formula_as_published="TanhSig(z) = (z + tanh(z)) sigma(z)",
         kinks={}, verified=False,
         note="formula_source: " + TA + " class TanhSig" + _UNREV + ". verified=False."),
    dict(name="tsrelu", expr="x*tanh(1/(1 + exp(-x)))", params={}, allowed={}, family="self-gated",
         aliases=["tangent_sigmoid_relu"],
         reference="[primary source not identified] TSReLU (tangent sigmoid ReLU), listed in " + _SURVEY + ".",
         source_url="(survey entry not read)", formula_as_published="TSReLU(z) = z tanh(sigma(z))",
         kinks={}, verified=False,
         note="formula_source: " + TA + " class TSReLU" + _UNREV + ". Slope tanh(1) ~ 0.76 for large z. verified=False."),
    dict(name="resech", expr="x*sech(x)", params={}, allowed={}, family="other",
         aliases=["rehsec", "rectified_hyperbolic_secant"],
         reference="[primary source not identified] ReSech / ReHSec, listed in " + _SURVEY + ".",
         source_url="(survey entry not read)", formula_as_published="ReHSec(z) = z sech(z)",
         kinks={}, verified=False,
         note="formula_source: " + TA + " class ReHSec" + _UNREV + ". Odd, bounded, -> 0 at +-inf (derivative-of-"
              "sigmoid-like bump times x). verified=False."),
    dict(name="eanaf", expr="x*exp(x)/(exp(x) + 2)", params={}, allowed={}, family="self-gated",
         aliases=["efficient_asymmetric_nonlinear_activation"],
         reference="Chai, E., Yu, W., Cui, T., Ren, J., Ding, S. (2022). An efficient asymmetric nonlinear activation function "
                   "for deep neural networks. Symmetry 14(5), 1027 (doi:10.3390/sym14051027).",
         source_url="https://ouci.dntb.gov.ua/en/works/ldjyk8G7 (authors, Symmetry 2022 no. 5 p. 1027) ; "
                    "https://bohrium.dp.tech/paper/arxiv/817360432854466561", formula_as_published="EANAF(z) = z e^z/(e^z + 2)",
         kinks={}, verified=True,
         note="formula_source: " + TA + " class EANAF" + _UNREV + ". Equals x*sigmoid(x - ln 2) (our rewrite). "
              "Abstract (seen): self-regularised, asymmetric, non-monotonic -- consistent; formula not seen in the paper."),
    dict(name="sinsig", expr="x*sin(pi/2/(1 + exp(-x)))", params={}, allowed={}, family="self-gated", aliases=[],
         reference="[primary source not identified] SinSig, listed in " + _SURVEY + ".",
         source_url="(survey entry not read)", formula_as_published="SinSig(z) = z sin((pi/2) sigma(z))",
         kinks={}, verified=False,
         note="formula_source: " + TA + " class SinSig" + _UNREV + ". verified=False."),
    dict(name="loglogish", expr="x*(1 - exp(-exp(x)))", params={}, allowed={}, family="self-gated", aliases=[],
         reference="[primary source not identified] LogLogish, listed in " + _SURVEY + ".",
         source_url="(survey entry not read)", formula_as_published="LogLogish(z) = z (1 - exp(-exp(z)))",
         kinks={}, verified=False,
         note="formula_source: " + TA + " class LogLogish" + _UNREV + ". x times cloglog (candidates.py); the mirror "
              "x*exp(-exp(-x)) is golu (candidates.py). verified=False."),
    dict(name="self_arctan", expr="x*atan(x)", params={}, allowed={}, family="other", aliases=["selfarctan"],
         reference="[primary source not identified] SelfArctan, listed in " + _SURVEY + ".",
         source_url="(survey entry not read)", formula_as_published="SelfArctan(z) = z arctan(z)",
         kinks={}, verified=False,
         note="formula_source: " + TA + " class SelfArctan" + _UNREV + ". Even, non-negative (like lisht). verified=False."),
    dict(name="double_silu", expr="x/(1 + exp(-x/(1 + exp(-x))))", params={}, allowed={}, family="self-gated",
         aliases=["doublesilu"],
         reference="[primary source not identified] DoubleSiLU, listed in " + _SURVEY + ".",
         source_url="(survey entry not read)", formula_as_published="DoubleSiLU(z) = z sigma(z sigma(z)) = z sigma(SiLU(z))",
         kinks={}, verified=False,
         note="formula_source: " + TA + " class DoubleSiLU" + _UNREV + ". verified=False."),
    dict(name="msilu", expr="x/(1 + exp(-x)) + exp(-x**2/4)", params={}, allowed={}, family="self-gated",
         aliases=["modified_silu"],
         reference="[primary source not identified] MSiLU, listed in " + _SURVEY + ".",
         source_url="(survey entry not read)", formula_as_published="MSiLU(z) = z sigma(z) + exp(-z^2/4)",
         kinks={}, verified=False,
         note="formula_source: " + TA + " class MSiLU" + _UNREV + ". MSiLU(0) = 1 (does not pass through the origin) -- "
              "check the exponent (-z^2/4) against the source. verified=False."),
    dict(name="blu", expr="a*(sqrt(x**2 + 1) - 1) + x", params={"a": "1/2"}, allowed={"a": "-1 <= a <= 1"},
         family="rectifier", aliases=["bendable_linear_unit"],
         reference="Godfrey, L. B. (2019). An Evaluation of Parametric Activation Functions for Deep Learning. IEEE "
                   "International Conference on Systems, Man and Cybernetics (SMC 2019), pp. 3006-3011 [from memory].",
         source_url="(no page of the paper seen)",
         formula_as_published="BLU(x) = beta (sqrt(x^2 + 1) - 1) + x, beta in [-1, 1]  [library: a sqrt(x^2+1) - 1 + x]",
         kinks={}, verified=False,
         note="formula_source: " + TA + " class BLU (docstring 'a sqrt(x^2+1) - 1 + x', default a = 0). DOUBT: as printed "
              "by the library BLU(0) = a - 1; the entry uses a(sqrt(x^2+1) - 1) + x (zero at 0; from memory of the paper, "
              "not checked). Default a = 1/2 is ours (a = 0 is the identity; a = 1 is a squareplus-like rectifier, "
              "a = -1 its mirror). verified=False."),
]

# ---------------------------------------------------------------- batch 6
ZOO2 += [
    dict(name="talu", expr="Piecewise((tanh(a), x <= a), (tanh(x), x <= 0), (x, True))", params={"a": "-1"},
         allowed={"a": "a < 0"}, family="rectifier", aliases=["tanh_linear_unit_hybrid"],
         reference="Hasan, M. M., Hossain, M. A., Srizon, A. Y., Sayeed, A. (2023). TaLU: A Hybrid Activation Function "
                   "Combining Tanh and Rectified Linear Unit to Enhance Neural Networks. arXiv:2305.04402.",
         source_url="https://tomesphere.com/paper/2305.04402 (title, 4 authors, abstract)",
         formula_as_published="TaLU(x) = x for x >= 0; tanh(x) for a < x < 0; tanh(a) for x <= a",
         kinks={"a": "0", "0": "1"}, verified=True,
         note="formula_source: " + TA + " class TaLU (default a = -1 from the library, not checked against the paper); the "
              "abstract (seen) says only that TaLU combines tanh and ReLU. Constant below a (kink at a: left branch slope "
              "0, right 1 - tanh(a)^2); C^1 at 0."),
]
