"""Candidate activations for the symact "activation zoo" (research data, not yet catalog code).

Each entry: name, expr (SymPy string in x and parameter names), params (defaults as strings),
allowed (constraints as strings), family, aliases, reference, source_url (where authors/year/title
were checked), formula_as_published, kinks ({breakpoint: derivative there}, following the
catalog rule "derivative of the branch whose condition contains the point", i.e. PyTorch's
autograd where PyTorch ships the function), verified (reference checked against a page of the
paper itself: arXiv/OpenReview/proceedings/publisher abstract page), note.

formula_source in `note` says where the formula was checked: "PyTorch docs", "abstract page"
(the formula is stated in the abstract), or "not seen in source" (formula from the survey /
common knowledge, NOT checked against the paper body -- the stored pages show only the first
part of each paper page).
"""

ZOO = []

# ---------------------------------------------------------------- batch 1: rectifiers / ELU-likes
ZOO += [
    dict(name="prelu", expr="Piecewise((a*x, x <= 0), (x, True))",
         params={"a": "1/4"}, allowed={"a": "a real (learned; PyTorch init 0.25)"},
         family="rectifier", aliases=["parametric_relu"],
         reference="He, K., Zhang, X., Ren, S., Sun, J. (2015). Delving Deep into Rectifiers: "
                   "Surpassing Human-Level Performance on ImageNet Classification. ICCV 2015 "
                   "(arXiv:1502.01852).",
         source_url="https://tomesphere.com/paper/1502.01852 ; https://shortscience.org/paper?bibtexKey=journals%2Fcorr%2F1502.01852",
         formula_as_published="f(y_i) = y_i if y_i > 0; a_i*y_i if y_i <= 0 (PyTorch: max(0,x) + a*min(0,x), init a=0.25)",
         kinks={"0": "a"}, verified=True,
         note="formula_source: PyTorch docs torch.nn.PReLU (paper body not seen). Same function as "
              "leaky_relu with a learned slope; torch 2.13 autograd of F.prelu at x=0 gives a (0.25; checked locally)."),
    dict(name="rrelu", expr="Piecewise(((lower + upper)/2*x, x <= 0), (x, True))",
         params={"lower": "1/8", "upper": "1/3"},
         allowed={"lower": "0 <= lower <= upper", "upper": "upper >= lower"},
         family="rectifier", aliases=["randomized_leaky_relu"],
         reference="Xu, B., Wang, N., Chen, T., Li, M. (2015). Empirical Evaluation of Rectified "
                   "Activations in Convolutional Network. arXiv:1505.00853 (ICML 2015 Deep Learning Workshop).",
         source_url="https://www.scholarfeed.org/paper/1505.00853v2 ; https://docs.pytorch.org/docs/stable/generated/torch.nn.RReLU.html",
         formula_as_published="PyTorch: RReLU(x) = x if x >= 0 else a*x, a ~ U(lower, upper) in training, "
                              "a = (lower+upper)/2 in evaluation; lower=1/8, upper=1/3",
         kinks={"0": "(lower + upper)/2"}, verified=True,
         note="Deterministic (eval-mode) form only; training mode is stochastic. formula_source: PyTorch docs. "
              "DOUBT: the paper (as I recall, body not seen here) writes the negative part with a divisor, "
              "y = x/a with a ~ U(3, 8) (NDSB setting) and test y = x/((l+u)/2) = x/5.5; PyTorch's defaults "
              "are multiplicative slopes in [1/8, 1/3], mean 11/48 ~ 0.229 vs the paper's 2/11 ~ 0.182. "
              "Kink: although the docs write 'x if x >= 0', torch 2.13 autograd of F.rrelu(training=False) at "
              "x = 0 gives (lower+upper)/2 = 11/48 (eval rrelu is leaky_relu with that slope, whose gradient at 0 "
              "is the slope), so x = 0 is put in the left branch here (checked locally)."),
    dict(name="isru", expr="x/sqrt(1 + alpha*x**2)", params={"alpha": "1"},
         allowed={"alpha": "alpha > 0"}, family="sigmoidal", aliases=["inverse_square_root_unit"],
         reference="Carlile, B., Delamarter, G., Kinney, P., Marti, A., Whitney, B. (2017). Improving "
                   "Deep Learning by Inverse Square Root Linear Units (ISRLUs). arXiv:1710.09967 "
                   "(ICLR 2018 submission).",
         source_url="https://openreview.net/forum?id=HkMCybx0- ; https://researchtrend.ai/papers/1710.09967",
         formula_as_published="f(x) = x / sqrt(1 + alpha x^2)", kinks={}, verified=True,
         note="formula_source: not seen in source (abstract names ISRU only); formula as in the survey/"
              "Wikipedia table. Range (-1/sqrt(alpha), 1/sqrt(alpha)); alpha=1 is the usual default."),
    dict(name="isrlu", expr="Piecewise((x/sqrt(1 + alpha*x**2), x < 0), (x, True))",
         params={"alpha": "1"}, allowed={"alpha": "alpha > 0"}, family="exponential",
         aliases=["inverse_square_root_linear_unit"],
         reference="Carlile, B., Delamarter, G., Kinney, P., Marti, A., Whitney, B. (2017). Improving "
                   "Deep Learning by Inverse Square Root Linear Units (ISRLUs). arXiv:1710.09967 "
                   "(ICLR 2018 submission).",
         source_url="https://openreview.net/forum?id=HkMCybx0- ; https://tomesphere.com/paper/1710.09967",
         formula_as_published="f(x) = x for x >= 0; x / sqrt(1 + alpha x^2) for x < 0", kinks={"0": "1"},
         verified=True,
         note="formula_source: not seen in source. C^1 (both one-sided derivatives are 1 at 0), so the kink "
              "value is unambiguous. Family: ELU-like (no exponential, but the ELU substitute); 'exponential' "
              "chosen because the paper positions it as an ELU replacement."),
    dict(name="pelu", expr="Piecewise((a*(exp(x/b) - 1), x <= 0), (a/b*x, True))",
         params={"a": "1", "b": "1"}, allowed={"a": "a > 0", "b": "b > 0"}, family="exponential",
         aliases=["parametric_elu"],
         reference="Trottier, L., Giguère, P., Chaib-draa, B. (2017). Parametric Exponential Linear Unit "
                   "for Deep Convolutional Neural Networks. ICMLA 2017 (arXiv:1605.09332).",
         source_url="https://arxiv.org/abs/1605.09332v1 ; https://tomesphere.com/paper/1605.09332",
         formula_as_published="f(h) = (a/b) h if h >= 0; a (exp(h/b) - 1) if h < 0, a, b > 0",
         kinks={"0": "a/b"}, verified=True,
         note="formula_source: not seen in source (from memory of the paper / survey). DOUBT: "
              "paperswithcode writes 'cx if x>0; alpha*exp(x/b)-1' with three parameters a, b, c, which is "
              "not the paper's a/b parameterisation; the a/b form makes the function C^1 at 0 (both sides "
              "have slope a/b), so the kink value is a/b regardless of convention."),
    dict(name="e_swish", expr="beta*x/(1 + exp(-x))", params={"beta": "1.375"},
         allowed={"beta": "1 <= beta <= 2 (paper's range)"}, family="self-gated", aliases=["eswish"],
         reference="Alcaide, E. (2018). E-swish: Adjusting Activations to Different Network Depths. "
                   "arXiv:1801.07145.",
         source_url="https://ar5iv.labs.arxiv.org/html/1801.07145",
         formula_as_published="E-swish = beta x * sigmoid(x)", kinks={}, verified=True,
         note="formula_source: abstract page (ar5iv). Default 1.375 is one of the paper's tested values "
              "(range 1 <= beta <= 2 stated in the paper text); beta=1 gives swish/SiLU."),
    dict(name="e_swish_beta", expr="beta*x/(1 + exp(-beta*x))", params={"beta": "1.5"},
         allowed={"beta": "beta > 0"}, family="self-gated", aliases=["eswish_beta"],
         reference="[authors not checked] (2021). E_Swish Beta: Modifying Swish Activation Function "
                   "for Deep Learning Improvement. Enabling Machine Learning Applications in Data Science, "
                   "Springer (doi:10.1007/978-981-33-6129-4_19).",
         source_url="https://doi.org/10.1007/978-981-33-6129-4_19",
         formula_as_published="f(x) = beta x * Sigmoid(beta x)", kinks={}, verified=False,
         note="formula_source: abstract page (Springer). verified=false: the Springer page excerpt does not show "
              "the authors; the author names above are NOT checked. Equals beta*swish_beta(x)."),
    dict(name="lisht", expr="x*tanh(x)", params={}, allowed={}, family="self-gated", aliases=[],
         reference="Roy, S. K., Manna, S., Dubey, S. R., Chaudhuri, B. B. (2019/2023). LiSHT: Non-Parametric "
                   "Linearly Scaled Hyperbolic Tangent Activation Function for Neural Networks. arXiv:1901.05894; "
                   "CVIP 2022, Communications in Computer and Information Science 1776, pp. 462-476 (2023).",
         source_url="https://tomesphere.com/paper/1901.05894 ; https://digitalcommons.isical.ac.in/conf-articles/609",
         formula_as_published="LiSHT(x) = x * tanh(x)", kinks={}, verified=True,
         note="formula_source: not seen in source (abstract says 'scaling the Tanh linearly'). Even function, "
              "non-negative."),
    dict(name="squareplus", expr="(x + sqrt(x**2 + b))/2", params={"b": "4"},
         allowed={"b": "b >= 0 (b = 0 gives relu)"}, family="rectifier", aliases=[],
         reference="Barron, J. T. (2021). Squareplus: A Softplus-Like Algebraic Rectifier. arXiv:2112.11687.",
         source_url="https://kexue.fm/archives/8833 (secondary; cites the paper title)",
         formula_as_published="squareplus(x, b) = (x + sqrt(x^2 + b)) / 2",
         kinks={}, verified=False,
         note="formula_source: secondary pages (kexue.fm, 0809zheng.github.io) quoting the paper. verified=false: "
              "no arXiv/publisher page found in the stored corpus; the author and arXiv id are from memory. "
              "b=4 is the default in the paper (and jax.nn.squareplus) as far as I recall, not checked."),
]

# ---------------------------------------------------------------- batch 2: self-gated (swish family)
ZOO += [
    dict(name="logish", expr="x*log(1 + 1/(1 + exp(-x)))", params={}, allowed={},
         family="self-gated", aliases=[],
         reference="Zhu, H., Zeng, H., Liu, J., Zhang, X. (2021). Logish: A new nonlinear nonmonotonic "
                   "activation function for convolutional neural network. Neurocomputing 458, "
                   "doi:10.1016/j.neucom.2021.06.067.",
         source_url="https://bohrium.dp.tech/paper/arxiv/6135f58f5244ab9dcb16d9e5 ; https://www.bohrium.com/paper-details/logish-a-new-nonlinear-nonmonotonic-activation-function-for-convolutional-neural-network/812117516108169216-2492",
         formula_as_published="f(x) = x * ln[1 + sigmoid(x)]; variant f(x) = alpha x * ln[1 + sigmoid(beta x)]",
         kinks={}, verified=True,
         note="formula_source: abstract page. The parameterised variant (alpha=1, beta=10 best on CIFAR-10) "
              "could be a separate entry logish_ab."),
    dict(name="logish_ab", expr="alpha*x*log(1 + 1/(1 + exp(-beta*x)))", params={"alpha": "1", "beta": "10"},
         allowed={"alpha": "alpha > 0", "beta": "beta > 0"}, family="self-gated", aliases=[],
         reference="Zhu, H., Zeng, H., Liu, J., Zhang, X. (2021). Logish: A new nonlinear nonmonotonic "
                   "activation function for convolutional neural network. Neurocomputing 458.",
         source_url="https://bohrium.dp.tech/paper/arxiv/6135f58f5244ab9dcb16d9e5",
         formula_as_published="f(x) = alpha x * ln[1 + sigmoid(beta x)] (alpha=1, beta=10 reported best)",
         kinks={}, verified=True, note="formula_source: abstract page."),
    dict(name="smish", expr="x*tanh(log(1 + 1/(1 + exp(-x))))", params={}, allowed={},
         family="self-gated", aliases=[],
         reference="Wang, X., Ren, H., Wang, A. (2022). Smish: A Novel Activation Function for Deep Learning "
                   "Methods. Electronics 11(4), 540, doi:10.3390/electronics11040540.",
         source_url="https://www.mdpi.com/2079-9292/11/4/540/htm",
         formula_as_published="f(x) = x * tanh[ln(1 + sigmoid(x))]; parameterised alpha x * tanh[ln(1 + sigmoid(beta x))], best alpha = beta = 1",
         kinks={}, verified=False,
         note="formula_source: abstract page (MDPI). verified=false only for the author names: title, venue, "
              "year, volume and DOI are on the MDPI page, but the stored excerpt shows affiliations "
              "(Northeast Forestry University) without names; the names are from memory."),
    dict(name="serf", expr="x*erf(log(1 + exp(x)))", params={}, allowed={}, family="self-gated",
         aliases=["log_softplus_error"],
         reference="Nag, S., Bhattacharyya, M., Mukherjee, A., Kundu, R. (2023). SERF: Towards Better "
                   "Training of Deep Neural Networks Using Log-Softplus ERror Activation Function. WACV 2023, "
                   "pp. 5324-5333 (arXiv:2108.09598, 2021, by Nag & Bhattacharyya).",
         source_url="https://openaccess.thecvf.com/content/WACV2023/html/Nag_SERF_Towards_Better_Training_of_Deep_Neural_Networks_Using_Log-Softplus_WACV_2023_paper.html ; https://paperswithcode.com/paper/serf-towards-better-training-of-deep-neural",
         formula_as_published="f(x) = x erf(ln(1 + e^x))", kinks={}, verified=True,
         note="formula_source: paperswithcode method page (not the paper body). Author list differs: arXiv "
              "2021 has 2 authors, WACV 2023 has 4."),
    dict(name="tanhexp", expr="x*tanh(exp(x))", params={}, allowed={}, family="self-gated",
         aliases=["tanh_exp", "telu"],
         reference="Liu, X., Di, X. (2020/2021). TanhExp: A Smooth Activation Function with High Convergence "
                   "Speed for Lightweight Neural Networks. IET Computer Vision (arXiv:2003.09855).",
         source_url="https://www.arxiv-vanity.com/papers/2003.09855/",
         formula_as_published="f(x) = x tanh(e^x)", kinks={}, verified=True,
         note="formula_source: abstract page. ALIAS DOUBT: 'TeLU' (Fernandez & Mali, 2024, 'TeLU activation "
              "function for fast and stable deep learning') is, as far as I know, the same function x*tanh(e^x) "
              "re-published; not verified here. TanhSoft (Biswas et al. 2020) also contains x*tanh(0.6 e^x)."),
    dict(name="tanhsoft_family", expr="tanh(alpha*x + beta*exp(gamma*x))*log(delta + exp(x))",
         params={"alpha": "0", "beta": "0.6", "gamma": "1", "delta": "0"},
         allowed={"alpha": "real", "beta": "real", "gamma": "real", "delta": "delta >= 0 (delta=0 gives log(e^x)=x)"},
         family="self-gated", aliases=["tanhsoft"],
         reference="Biswas, K., Kumar, S., Banerjee, S., Pandey, A. K. (2020). TanhSoft -- a family of "
                   "activation functions combining Tanh and Softplus. arXiv:2009.03863 (IEEE Access 2021).",
         source_url="https://arxiv.deeppaper.ai/papers/2009.03863v1?locale=en ; https://www.scholarfeed.org/paper/2009.03863v1",
         formula_as_published="tanh(alpha x + beta e^{gamma x}) ln(delta + e^x); examples x tanh(0.6 e^x) "
                              "(alpha=0, beta=0.6, gamma=1, delta=0) and tanh(0.87 x) ln(1 + e^x)",
         kinks={}, verified=True,
         note="formula_source: abstract page. Defaults chosen to give x*tanh(0.6*e^x) (TanhSoft-1 in the "
              "paper's numbering, not checked). Sub-members: tanhsoft_2 below."),
    dict(name="tanhsoft_2", expr="tanh(alpha*x)*log(1 + exp(x))", params={"alpha": "0.87"},
         allowed={"alpha": "real"}, family="self-gated", aliases=[],
         reference="Biswas, K., Kumar, S., Banerjee, S., Pandey, A. K. (2020). TanhSoft -- a family of "
                   "activation functions combining Tanh and Softplus. arXiv:2009.03863.",
         source_url="https://arxiv.deeppaper.ai/papers/2009.03863v1?locale=en",
         formula_as_published="tanh(0.87x) ln(1 + e^x)", kinks={}, verified=True,
         note="formula_source: abstract page. The name 'tanhsoft_2' is ours; the paper's numbering not checked."),
    dict(name="eis_family", expr="x*log(1 + exp(x))**alpha/(sqrt(beta + gamma*x**2) + delta*exp(-theta*x))",
         params={"alpha": "1", "beta": "0", "gamma": "1", "delta": "1", "theta": "1"},
         allowed={"alpha": "alpha >= 0", "beta": "beta >= 0", "gamma": "gamma >= 0", "delta": "delta >= 0",
                  "theta": "theta >= 0; denominator must stay > 0 on R"},
         family="self-gated", aliases=["eis"],
         reference="Biswas, K., Kumar, S., Banerjee, S., Pandey, A. K. (2020). EIS -- A Family of Activation "
                   "Functions Combining Exponential, ISRU, and Softplus. arXiv:2009.13501.",
         source_url="https://docslib.org/doc/1109397/eis-a-family-of-activation-functions-combining-exponential-isru-and-softplus",
         formula_as_published="x (ln(1+e^x))^alpha / (sqrt(beta + gamma x^2) + delta e^{-theta x}); examples "
                              "x ln(1+e^x)/(x + 1.16 e^{-x}) and x ln(1+e^x)/sqrt(1+x^2)",
         kinks={}, verified=True,
         note="formula_source: paper first page (docslib copy, the abstract). DOUBT: the example "
              "x ln(1+e^x)/(x + 1.16 e^{-x}) has denominator x + ..., i.e. sqrt(gamma x^2) = |x| only for x>0 "
              "-- the abstract's example seems to be written for the beta=0, gamma=1 member with sqrt(x^2) "
              "simplified to x, which is wrong for x<0 (denominator can vanish). Defaults here "
              "(beta=0, gamma=1, delta=1, theta=1) give x softplus(x)/(|x| + e^{-x}) > 0 denominator. Check "
              "the paper before cataloguing."),
    dict(name="gish", expr="x*log(2 - exp(-exp(x)))", params={}, allowed={}, family="self-gated",
         aliases=[],
         reference="Kaytan, M., Aydilek, İ. B., Yeroğlu, C. (2023). Gish: a novel activation function for "
                   "image classification. Neural Computing and Applications 35(34), 24259-24281, "
                   "doi:10.1007/s00521-023-09035-5.",
         source_url="http://161.9.193.26/xmlui/handle/20.500.12508/3005 ; https://unpaywall.org/10.1007%2FS00521-023-09035-5",
         formula_as_published="y = x * ln(2 - e^{-e^x})", kinks={}, verified=True,
         note="formula_source: abstract page."),
    dict(name="lecun_tanh", expr="1.7159*tanh(2*x/3)", params={}, allowed={}, family="sigmoidal",
         aliases=["scaled_tanh"],
         reference="LeCun, Y., Bottou, L., Orr, G. B., Müller, K.-R. (1998). Efficient BackProp. In Neural "
                   "Networks: Tricks of the Trade, LNCS 1524, Springer.",
         source_url="http://www.coloradmin.cn/o/900228.html (secondary blog citing the chapter)",
         formula_as_published="f(x) = 1.7159 tanh(2x/3)", kinks={}, verified=False,
         note="formula_source: secondary page. verified=false: no page of the chapter itself was found; "
              "reference from memory (the blog cites the 2012 2nd-edition reprint). 1.7159 is chosen so "
              "that f(+-1) = +-1."),
]

# ---------------------------------------------------------------- batch 3: periodic / square-based
ZOO += [
    dict(name="gcu", expr="x*cos(x)", params={}, allowed={}, family="periodic",
         aliases=["growing_cosine_unit"],
         reference="Noel, M. M., L, A., Trivedi, A., Dutta, P. (2021). Growing Cosine Unit: A Novel "
                   "Oscillatory Activation Function That Can Speedup Training and Reduce Parameters in "
                   "Convolutional Neural Networks. arXiv:2108.12943.",
         source_url="https://paperswithcode.com/paper/growing-cosine-unit-a-novel-oscillatory ; https://tomesphere.com/paper/2108.12943",
         formula_as_published="C(z) = z cos z", kinks={}, verified=True,
         note="formula_source: abstract page. Second author is listed as 'Arunkumar L'."),
    dict(name="snake", expr="x + sin(a*x)**2/a", params={"a": "1"}, allowed={"a": "a != 0 (a > 0 in the paper)"},
         family="periodic", aliases=[],
         reference="Ziyin, L., Hartwig, T., Ueda, M. (2020). Neural Networks Fail to Learn Periodic Functions "
                   "and How to Fix It. NeurIPS 2020 (arXiv:2006.08195).",
         source_url="https://papers.neurips.cc/paper/2020/hash/1160453108d3e537255e9f7b931f4e90-Abstract.html",
         formula_as_published="abstract: x + sin^2(x); paper body: Snake_a(x) = x + (1/a) sin^2(a x)",
         kinks={}, verified=True,
         note="formula_source: abstract page gives the a=1 member x + sin^2(x); the 1/a scaling is from the "
              "paper body as summarised by liner.com ('x + sin^2(ax)', without 1/a!) and memory -- DOUBT: "
              "secondary summaries drop the 1/a; the official form (also in BigVGAN's implementation) "
              "has 1/a so that Snake_a'(0) = 1."),
    dict(name="sinlu", expr="(x + a*sin(b*x))/(1 + exp(-x))", params={"a": "1", "b": "1"},
         allowed={"a": "real (trainable)", "b": "real (trainable)"}, family="periodic",
         aliases=["sinu_sigmoidal_linear_unit"],
         reference="Paul, A., Bandyopadhyay, R., Yoon, J. H., Geem, Z. W., Sarkar, R. (2022). SinLU: "
                   "Sinu-Sigmoidal Linear Unit. Mathematics 10(3), 337, doi:10.3390/math10030337.",
         source_url="https://doaj.org/article/0edaf4d0642c47eba4ce37684edab700 ; https://www.mdpi.com/2227-7390/10/3/337",
         formula_as_published="SinLU(x) = (x + a sin(b x)) * sigma(x)", kinks={}, verified=True,
         note="formula_source: abstract page. Initial values a = b = 1 are our defaults (paper's init not checked). "
              "Also self-gated; 'periodic' chosen for the sine term."),
    dict(name="sqnl", expr="Piecewise((-1, x < -2), (x + x**2/4, x < 0), (x - x**2/4, x <= 2), (1, True))",
         params={}, allowed={}, family="sigmoidal", aliases=["square_nonlinearity"],
         reference="Wuraola, A., Patel, N. (2018). SQNL: A New Computationally Efficient Activation Function. "
                   "IJCNN 2018, doi:10.1109/IJCNN.2018.8489043.",
         source_url="https://en.everybodywiki.com/SQNL (secondary)",
         formula_as_published="f(x) = 1 for x > 2; x - x^2/4 for 0 <= x <= 2; x + x^2/4 for -2 <= x < 0; -1 for x < -2",
         kinks={"-2": "0", "2": "0"}, verified=False,
         note="formula_source: not seen (the everybodywiki page's formula image did not survive). verified=false: "
              "no IEEE page found; authors/year/venue from memory, DOI from memory. The function is C^1 "
              "(one-sided derivatives at +-2 are both 0; at 0 both 1), so kink values are unambiguous. "
              "DOUBT: everybodywiki says 'range = +-2.0', which contradicts the +-1 plateaus."),
    dict(name="smu", expr="((1 + alpha)*x + (1 - alpha)*x*erf(mu*(1 - alpha)*x))/2",
         params={"alpha": "1/4", "mu": "1"}, allowed={"alpha": "real (leaky slope)", "mu": "mu > 0 (smoothing)"},
         family="rectifier", aliases=["smooth_maximum_unit"],
         reference="Biswas, K., Kumar, S., Banerjee, S., Pandey, A. K. (2021/2022). SMU: smooth activation "
                   "function for deep networks using smoothing maximum technique. arXiv:2111.04682 (CVPR 2022 as "
                   "'Smooth Maximum Unit: Smooth Activation Function for Deep Networks using Smoothing Maximum Technique').",
         source_url="https://ar5iv.labs.arxiv.org/html/2111.04682",
         formula_as_published="SMU(x) = ((1+alpha)x + (1-alpha)x erf(mu(1-alpha)x))/2 (smooth approximation of leaky ReLU max(x, alpha x))",
         kinks={}, verified=True,
         note="formula_source: not seen in source (abstract says 'approximation of ... Leaky ReLU'); formula from "
              "memory of the paper. Defaults alpha=0.25, mu=1 as I recall -- not checked. CVPR title/year from memory."),
]

# ---------------------------------------------------------------- batch 4
ZOO += [
    dict(name="siren_sine", expr="sin(omega_0*x)", params={"omega_0": "30"},
         allowed={"omega_0": "omega_0 > 0 (30 for the first layer in the paper)"}, family="periodic",
         aliases=["sine", "siren"],
         reference="Sitzmann, V., Martel, J. N. P., Bergman, A. W., Lindell, D. B., Wetzstein, G. (2020). "
                   "Implicit Neural Representations with Periodic Activation Functions. NeurIPS 2020 "
                   "(arXiv:2006.09661).",
         source_url="https://object.cloud.sdsc.edu/v1/AUTH_da4962d3368042ac8337e2dfdd3e7bf3/ml-papers-txt/NeurIPS/2020/implicit_neural_representations_with_periodic_activation_functions__20223fd5.txt ; https://docslib.org/doc/2508762/implicit-neural-representations-with-periodic-activation-functions",
         formula_as_published="Phi_i(x_i) = sin(W_i x_i + b_i), first layer sin(omega_0 * W x + b) with omega_0 = 30",
         kinks={}, verified=True,
         note="formula_source: not seen in the excerpt (abstract names 'periodic activation functions' / "
              "'sinusoidal representation networks'); omega_0 = 30 from memory of the paper. In SIREN, "
              "omega_0 scales the pre-activation of the first layer (and is folded into hidden-layer weights), "
              "so as a scalar activation it is sin(omega_0 x). Plain sin(x) (omega_0 = 1) is older, see "
              "'sine_parascandolo' if added."),
    dict(name="elish", expr="Piecewise(((exp(x) - 1)/(1 + exp(-x)), x < 0), (x/(1 + exp(-x)), True))",
         params={}, allowed={}, family="self-gated", aliases=["exponential_linear_squashing"],
         reference="Basirat, M., Roth, P. M. (2018). The Quest for the Golden Activation Function. "
                   "arXiv:1808.00783.",
         source_url="https://tomesphere.com/paper/1808.00783",
         formula_as_published="f(x) = x/(1+e^-x) if x >= 0; (e^x - 1)/(1+e^-x) if x < 0",
         kinks={"0": "1/2"}, verified=True,
         note="formula_source: not seen in source (abstract only names ELiSH). C^1 at 0: both one-sided "
              "derivatives are sigma(0) = 1/2, so the kink value is unambiguous."),
    dict(name="hard_elish",
         expr="Piecewise((0, x <= -1), ((exp(x) - 1)*(x + 1)/2, x < 0), (x*(x + 1)/2, x < 1), (x, True))",
         params={}, allowed={}, family="self-gated", aliases=["hardelish"],
         reference="Basirat, M., Roth, P. M. (2018). The Quest for the Golden Activation Function. "
                   "arXiv:1808.00783.",
         source_url="https://tomesphere.com/paper/1808.00783 ; https://paperswithcode.com/method/hardelish",
         formula_as_published="f(x) = x max(0, min(1, (x+1)/2)) if x >= 0; (e^x - 1) max(0, min(1, (x+1)/2)) if x < 0",
         kinks={"-1": "0", "0": "1/2", "1": "1"}, verified=True,
         note="formula_source: paperswithcode method page. DOUBT: paperswithcode writes the positive branch "
              "condition as 'x >= 1', a typo for x >= 0 (otherwise [0,1) is undefined). Breakpoints: -1 "
              "(hard-sigmoid floor; f = 0 on x <= -1 so derivative 0 from the left, (e^-1 - 1)/2 from the "
              "right: a true kink; value 0 = the x <= -1 branch, like hardswish'(-3) = 0), 0 (one-sided "
              "derivatives 1/2 and 1/2: smooth), 1 (hard-sigmoid cap; left 3/2, right 1: kink; value 1 = "
              "the x >= 1 branch, like hardswish'(3) = 1). The expression is the Max/Min form rewritten as an "
              "explicit Piecewise (identical values) so the kink convention is explicit."),
    dict(name="dsilu", expr="(1 + x*(1 - 1/(1 + exp(-x))))/(1 + exp(-x))", params={}, allowed={},
         family="sigmoidal", aliases=["silu_derivative", "SiLd1"],
         reference="Elfwing, S., Uchibe, E., Doya, K. (2018). Sigmoid-Weighted Linear Units for Neural Network "
                   "Function Approximation in Reinforcement Learning. Neural Networks 107, 3-11, "
                   "doi:10.1016/j.neunet.2017.12.012 (arXiv:1702.03118, 2017).",
         source_url="https://tomesphere.com/paper/1702.03118 ; https://www.researchtrend.ai/papers/1702.03118v1 ; https://www.bohrium.com/paper-details/sigmoid-weighted-linear-units-for-neural-network-function-approximation-in-reinforcement-learning/813066594082095105-2463",
         formula_as_published="dSiLU: a_k = sigma(z_k)(1 + z_k(1 - sigma(z_k))), the derivative of the SiLU z_k sigma(z_k)",
         kinks={}, verified=True,
         note="formula_source: abstract ('its derivative function (dSiLU)'); explicit formula derived = d/dx "
              "[x sigma(x)]. arXiv v1 named the units 'SiL' and 'SiLd1' (researchtrend abstract of v1), later "
              "versions SiLU / dSiLU -- relevant to the existing swish/silu aliases. Range approx "
              "(-0.1, 1.1); sigmoid-like, non-monotonic."),
]

# ---------------------------------------------------------------- batch 5
ZOO += [
    dict(name="soft_exponential", expr="Piecewise((x, Eq(alpha, 0)), ((exp(alpha*x) - 1)/alpha + alpha, True))",
         params={"alpha": "1"}, allowed={"alpha": "alpha >= 0 (the alpha < 0 branch -log(1 - alpha(x + alpha))/alpha "
                                         "is only defined for x > 1/alpha - alpha, not on all of R)"},
         family="exponential", aliases=["softexponential", "soft_exp"],
         reference="Godfrey, L. B., Gashler, M. S. (2015/2016). A continuum among logarithmic, linear, and "
                   "exponential functions, and its potential to improve generalization in neural networks. "
                   "KDIR 2015 (7th IC3K), pp. 481-486; arXiv:1602.01321.",
         source_url="https://mlprior.com/articles/details/163812 ; https://www.scholarfeed.org/paper/1602.01321v1 ; http://www.gabormelli.com/RKB/Soft_Exponential_Activation_Function (secondary, cites authors)",
         formula_as_published="f(alpha, x) = -ln(1 - alpha(x + alpha))/alpha for alpha < 0; x for alpha = 0; "
                              "(e^{alpha x} - 1)/alpha + alpha for alpha > 0",
         kinks={}, verified=False,
         note="formula_source: secondary (gabormelli/Wikipedia table). verified=false: arXiv listing pages show "
              "title, date (2016-02-03) and id but not the authors; authors and KDIR venue come from the citing "
              "page. Restricted to alpha >= 0 so that it is defined on R (the brief's 'where defined on R'); the "
              "Piecewise in the PARAMETER (not x) is awkward for a catalog -- maybe split into "
              "soft_exponential_pos (alpha > 0) only. For alpha < 0 the domain is "
              "1 - alpha(x + alpha) > 0 <=> x > 1/alpha - alpha, a half-line, so that branch is excluded."),
    dict(name="mpelu", expr="Piecewise((alpha*(exp(beta*x) - 1), x <= 0), (x, True))",
         params={"alpha": "1", "beta": "1"}, allowed={"alpha": "real (learned)", "beta": "beta > 0"},
         family="exponential", aliases=["multiple_parametric_elu"],
         reference="Li, Y., Fan, C., Li, Y., Wu, Q., Ming, Y. (2016/2018). Improving Deep Neural Network with "
                   "Multiple Parametric Exponential Linear Units. arXiv:1606.00305; Neurocomputing 301 (2018).",
         source_url="https://www.emergentmind.com/articles/1606.00305",
         formula_as_published="f(y_i) = y_i if y_i > 0; alpha_c (e^{beta_c y_i} - 1) if y_i <= 0",
         kinks={"0": "alpha*beta"}, verified=True,
         note="formula_source: emergentmind topic page (secondary summary of the paper). Neurocomputing venue "
              "from memory. alpha=1, beta=1 gives ELU; small beta approximates PReLU with slope alpha*beta. "
              "Kink: x=0 in the x <= 0 branch, derivative alpha*beta (left side), right side 1."),
    dict(name="srelu",
         expr="Piecewise((t_l + a_l*(x - t_l), x <= t_l), (x, x < t_r), (t_r + a_r*(x - t_r), True))",
         params={"t_l": "0", "a_l": "1/100", "t_r": "1", "a_r": "1"},
         allowed={"t_l": "t_l <= t_r", "t_r": "t_r >= t_l", "a_l": "real", "a_r": "real"},
         family="rectifier", aliases=["s_shaped_relu"],
         reference="Jin, X., Xu, C., Feng, J., Wei, Y., Xiong, J., Yan, S. (2016). Deep Learning with S-Shaped "
                   "Rectified Linear Activation Units. AAAI 2016, 30(1), pp. 1737-1743, doi:10.1609/aaai.v30i1.10287 "
                   "(arXiv:1512.07030).",
         source_url="https://ojs.aaai.org/index.php/AAAI/article/view/10287",
         formula_as_published="h(x) = t_r + a_r (x - t_r) if x >= t_r; x if t_l < x < t_r; t_l + a_l (x - t_l) if x <= t_l",
         kinks={"t_l": "a_l", "t_r": "a_r"}, verified=True,
         note="formula_source: not seen in source (abstract: 'three piecewise linear functions ... four learnable "
              "parameters'); formula from memory / paperswithcode. Defaults are ours (SReLU frozen to a leaky "
              "ReLU at init as the paper does; paper's actual init values not checked). Kink at t_l: "
              "x <= t_l branch -> a_l; at t_r: paper's x >= t_r branch -> a_r."),
    dict(name="acon_c", expr="(p1 - p2)*x/(1 + exp(-beta*(p1 - p2)*x)) + p2*x",
         params={"p1": "1", "p2": "0", "beta": "1"},
         allowed={"p1": "real (learned)", "p2": "real (learned)", "beta": "real (learned switching factor)"},
         family="self-gated", aliases=["acon"],
         reference="Ma, N., Zhang, X., Liu, M., Sun, J. (2021). Activate or Not: Learning Customized Activation. "
                   "CVPR 2021, pp. 8032-8042 (arXiv:2009.04759).",
         source_url="http://openaccess.thecvf.com//content/CVPR2021/html/Ma_Activate_or_Not_Learning_Customized_Activation_CVPR_2021_paper.html",
         formula_as_published="ACON-C: f(x) = (p1 - p2) x sigma(beta (p1 - p2) x) + p2 x",
         kinks={}, verified=True,
         note="formula_source: not seen in source (abstract: 'makes Swish a special case of ACON'); formula "
              "from memory of the paper / official repo nmaac/acon. p1=1, p2=0 gives swish_beta. ACON-A "
              "(= swish) and ACON-B (p1=1, p2=p) are special cases."),
]

# ---------------------------------------------------------------- batch 6: rectifier variants
ZOO += [
    dict(name="frelu", expr="Piecewise((b, x <= 0), (x + b, True))", params={"b": "0"},
         allowed={"b": "real (learned; tends to converge negative)"}, family="rectifier",
         aliases=["flexible_relu"],
         reference="Qiu, S., Xu, X., Cai, B. (2018). FReLU: Flexible Rectified Linear Units for Improving "
                   "Convolutional Neural Networks. ICPR 2018, pp. 1223-1228, doi:10.1109/ICPR.2018.8546022 "
                   "(arXiv:1706.08098, 2017).",
         source_url="https://vufind.katalog.k.utb.cz/SummonRecord/FETCH-LOGICAL-i175t-ae8aa9e4319d13f6114af8099671d32781c205173475af52eb5e80b9d8f736a33/Export?style=RefWorks ; https://paperswithcode.com/paper/frelu-flexible-rectified-linear-units-for",
         formula_as_published="frelu(x) = relu(x) + b_l (learnable rectified point)",
         kinks={"0": "0"}, verified=True,
         note="formula_source: not seen in source (abstract: 'redesigning the rectified point of ReLU as a "
              "learnable parameter'); formula from memory. NAME CLASH: 'FReLU' is also Funnel ReLU "
              "(Ma, Zhang, Sun, ECCV 2020), max(x, T(x)) with a spatial depthwise conv T -- not a scalar "
              "activation, excluded. Kink follows relu'(0) = 0."),
    dict(name="smelu", expr="Piecewise((0, x <= -beta), ((x + beta)**2/(4*beta), x <= beta), (x, True))",
         params={"beta": "1"}, allowed={"beta": "beta > 0"}, family="rectifier", aliases=["smooth_relu"],
         reference="Shamir, G. I., Lin, D., Coviello, L. (2020). Smooth activations and reproducibility in deep "
                   "networks. arXiv:2010.09931 (ICLR 2021 submission).",
         source_url="https://ar5iv.labs.arxiv.org/html/2010.09931 ; https://openreview.net/forum?id=Nq5zyAUD65",
         formula_as_published="SmeLU: 0 if x <= -beta; (x + beta)^2/(4 beta) if |x| <= beta; x if x >= beta",
         kinks={"-beta": "0", "beta": "1"}, verified=True,
         note="formula_source: not seen in source (abstract names SmeLU only); formula from memory of the "
              "paper / Google blog. C^1, so kink values are unambiguous. Generalised SmeLU (asymmetric) not included."),
    dict(name="relu_squared", expr="Piecewise((0, x <= 0), (x**2, True))", params={}, allowed={},
         family="rectifier", aliases=["squared_relu", "relu2"],
         reference="So, D. R., Mańke, W., Liu, H., Dai, Z., Shazeer, N., Le, Q. V. (2021). Primer: Searching for "
                   "Efficient Transformers for Language Modeling. NeurIPS 2021 (arXiv:2109.08668).",
         source_url="https://models.beaconfind.app/papers/2109.08668.md ; https://www.arxiv-vanity.com/papers/2109.08668/",
         formula_as_published="'squaring ReLU activations': relu(x)^2",
         kinks={"0": "0"}, verified=True,
         note="formula_source: abstract page. NeurIPS venue from memory. C^1 at 0."),
    dict(name="plu", expr="Piecewise((alpha*(x + c) - c, x < -c), (x, x <= c), (alpha*(x - c) + c, True))",
         params={"alpha": "1/10", "c": "1"}, allowed={"alpha": "0 <= alpha <= 1", "c": "c > 0"},
         family="rectifier", aliases=["piecewise_linear_unit"],
         reference="Nicolae, A. (2018). PLU: The Piecewise Linear Unit Activation Function. arXiv:1809.09534.",
         source_url="https://tomesphere.com/paper/1809.09534 ; https://emergentmind.com/papers/1809.09534",
         formula_as_published="PLU(x) = max(alpha(x + c) - c, min(alpha(x - c) + c, x)), alpha = 0.1, c = 1",
         kinks={"-c": "1", "c": "1"}, verified=True,
         note="formula_source: not seen in source (abstract: 'hybrid of tanh and ReLU'); max/min form from memory. "
              "At x = +-c the max/min have ties; our Piecewise puts +-c in the identity branch (derivative 1). "
              "If written with torch.maximum/minimum, autograd would split the gradient at ties instead."),
    dict(name="apl_s1", expr="Piecewise((a*(b - x), x <= 0), (x + a*(b - x), x <= b), (x, True))",
         params={"a": "1/5", "b": "1/2"},
         allowed={"a": "real (learned)", "b": "b >= 0 for this Piecewise ordering (real in the paper)"},
         family="rectifier",
         aliases=["adaptive_piecewise_linear"],
         reference="Agostinelli, F., Hoffman, M., Sadowski, P., Baldi, P. (2014/2015). Learning Activation "
                   "Functions to Improve Deep Neural Networks. ICLR 2015 workshop (arXiv:1412.6830).",
         source_url="https://tomesphere.com/paper/1412.6830 ; https://www.researchtrend.ai/papers/1412.6830 ; http://www.gabormelli.com/RKB/Adaptive_Piecewise_Linear_Activation_Function (formula, secondary)",
         formula_as_published="f(x) = max(0, x) + sum_{s=1}^{S} a^s max(0, -x + b^s)",
         kinks={"0": "-a", "b": "1 - a"},
         verified=True,
         note="S = 1 member only. formula_source: secondary page (gabormelli) + liner.com summary ('sum of "
              "hinge-shaped functions'). Authors/title/year checked on tomesphere (arXiv 1412.6830, ICLR 2015 "
              "submission). Max(0, x) + a Max(0, -x + b) written as Piecewise for b >= 0 (for b < 0 the "
              "branch order changes). Kinks: 0 -> -a (left branch), b -> 1 - a (middle branch), i.e. relu-like "
              "'left side owns the breakpoint'. Defaults ours."),
]

# ---------------------------------------------------------------- batch 7
ZOO += [
    dict(name="penalized_tanh", expr="Piecewise((a*tanh(x), x <= 0), (tanh(x), True))", params={"a": "1/4"},
         allowed={"a": "0 <= a <= 1"}, family="sigmoidal", aliases=["leaky_tanh"],
         reference="Xu, B., Huang, R., Li, M. (2016). Revise Saturated Activation Functions. ICLR 2016 workshop "
                   "submission (arXiv:1602.05980).",
         source_url="https://openreview.net/forum?id=D1VDjyJjXF5jEJ1zfE53 ; https://tomesphere.com/paper/1602.05980",
         formula_as_published="penalized tanh: f(x) = tanh(x) if x > 0; a tanh(x) otherwise, a = 0.25",
         kinks={"0": "a"}, verified=True,
         note="formula_source: not seen in source (abstract: 'penalizing in the negative part'; arXiv v1 abstract "
              "calls it 'leaky Tanh'); a = 0.25 from memory. Kink: left slope a, right slope 1."),
    dict(name="rescaled_sigmoid", expr="4/(1 + exp(-x)) - 2", params={}, allowed={}, family="sigmoidal",
         aliases=["scaled_sigmoid"],
         reference="Xu, B., Huang, R., Li, M. (2016). Revise Saturated Activation Functions. arXiv:1602.05980.",
         source_url="https://openreview.net/forum?id=D1VDjyJjXF5jEJ1zfE53",
         formula_as_published="'re-scaled sigmoid' 4 sigma(x) - 2 (slope 1 at the origin, = 2 tanh(x/2))",
         kinks={}, verified=True,
         note="formula_source: not seen in source; the exact scaling 4*sigma(x) - 2 is from memory -- DOUBT. "
              "Equals 2*tanh(x/2), i.e. a scaled bipolar sigmoid."),
    dict(name="serlu", expr="lam*Piecewise((alpha*x*exp(x), x < 0), (x, True))",
         params={"lam": "1.07862", "alpha": "2.90427"}, allowed={"lam": "lam > 0", "alpha": "alpha > 0"},
         family="exponential", aliases=["scaled_exponentially_regularized_linear_unit"],
         reference="Zhang, G., Li, H. (2018). Effectiveness of Scaled Exponentially-Regularized Linear Units "
                   "(SERLUs). arXiv:1807.10117.",
         source_url="https://tomesphere.com/paper/1807.10117 ; https://www.paperswithcode.com/paper/effectiveness-of-scaled-exponentially",
         formula_as_published="SERLU(x) = lambda x if x >= 0; lambda alpha x e^x if x < 0",
         kinks={"0": "lam"}, verified=True,
         note="formula_source: paperswithcode method text (aicurious copy). The self-normalising constants "
              "lambda = 1.07862, alpha = 2.90427 are from memory -- check against the paper. Left derivative at 0 "
              "is lam*alpha, right lam: a kink unless alpha = 1; x=0 is in the x >= 0 branch -> lam."),
    dict(name="soft_root_sign", expr="x/(x/alpha + exp(-x/beta))", params={"alpha": "2", "beta": "3"},
         allowed={"alpha": "alpha > 0", "beta": "beta > 0 with beta/alpha < e (denominator stays positive)"},
         family="other", aliases=["srs"],
         reference="Zhou, Y., Li, D., Huo, S., Kung, S.-Y. (2020/2021). Soft-Root-Sign Activation Function. "
                   "arXiv:2003.00547 (IEEE TNNLS version per the PDF header).",
         source_url="https://www.paperswithcode.com/paper/soft-root-sign-activation-function ; https://researchtrend.ai/papers/2003.00547",
         formula_as_published="SRS(x) = x / (x/alpha + e^{-x/beta}), alpha, beta trainable (init 2 and 3)",
         kinks={}, verified=True,
         note="formula_source: not seen in source (abstract: smooth, non-monotonic, bounded); formula and init "
              "values from memory. Bounded above by alpha. Positivity of x/alpha + e^{-x/beta}: minimum is "
              "(beta/alpha)(1 - ln(beta/alpha)), > 0 iff beta/alpha < e."),
]

# ---------------------------------------------------------------- batch 8
ZOO += [
    dict(name="hexpo", expr="Piecewise((c*(exp(x/d) - 1), x < 0), (-a*(exp(-x/b) - 1), True))",
         params={"a": "1", "b": "1", "c": "1", "d": "1"},
         allowed={"a": "a > 0", "b": "b > 0", "c": "c > 0", "d": "d > 0"}, family="exponential", aliases=[],
         reference="Kong, S., Takatsuka, M. (2017). Hexpo: A vanishing-proof activation function. IJCNN 2017.",
         source_url="https://paperexplained.cn/articles/paper/detail/170eaec31e64c21ec6b80a322e03230933b5671e",
         formula_as_published="f(x) = -a(e^{-x/b} - 1) for x >= 0; c(e^{x/d} - 1) for x < 0",
         kinks={"0": "a/b"}, verified=False,
         note="formula_source: not seen (abstract: 'scalable limits on both positive and negative values'). "
              "verified=false: the page shows the title and abstract but not the authors or venue; authors "
              "(Kong & Takatsuka) and IJCNN 2017 are from memory. Defaults ours. Derivative at 0: a/b from the "
              "right (x >= 0 branch), c/d from the left; a/b = c/d makes it C^1."),
    dict(name="nlrelu", expr="Piecewise((0, x <= 0), (log(beta*x + 1), True))", params={"beta": "1"}, allowed={"beta": "beta > 0"},
         family="rectifier", aliases=["natural_logarithm_relu"],
         reference="Liu, Y., Zhang, J., Gao, C., Qu, J., Ji, L. (2019). Natural-Logarithm-Rectified Activation "
                   "Function in Convolutional Neural Networks. IEEE ICCC 2019, pp. 2000-2008 (arXiv:1908.03682).",
         source_url="https://pdf.arxiv.org/abs/1908.03682 ; https://paperswithcode.com/paper/natural-logarithm-rectified-activation",
         formula_as_published="f(x) = ln(beta * max(0, x) + 1.0)",
         kinks={"0": "0"}, verified=True,
         note="formula_source: abstract page (IEEE record at lib.pusan.ac.kr shows the formula). Kink at 0: left 0, "
              "right beta; value 0 = relu'(0) convention. Written as Piecewise (ln(beta max(0,x) + 1) with "
              "max made explicit; SymPy would differentiate Max via Heaviside(0) = 1/2)."),
    dict(name="ptelu", expr="Piecewise((alpha*tanh(beta*x), x < 0), (x, True))", params={"alpha": "1", "beta": "1"},
         allowed={"alpha": "alpha >= 0", "beta": "beta >= 0"}, family="exponential",
         aliases=["p_telu", "parametric_tanh_linear_unit"],
         reference="Duggal, R., Gupta, A. (2017). P-TELU: Parametric Tan Hyperbolic Linear Unit Activation for "
                   "Deep Neural Networks. ICCV 2017 Workshops, pp. 974-978.",
         source_url="https://openaccess.thecvf.com/content_ICCV_2017_workshops/w18/html/Duggal_P-TELU_Parametric_Tan_ICCV_2017_paper.html",
         formula_as_published="f(x) = x if x >= 0; alpha tanh(beta x) if x < 0",
         kinks={"0": "1"}, verified=True,
         note="formula_source: not seen in source (abstract: inspired by PReLU and ELU, tan hyperbolic); formula "
              "from memory. ELU-like, hence family 'exponential' although it uses tanh. Left derivative "
              "alpha*beta, right 1."),
    dict(name="erfact", expr="x*erf(alpha*exp(beta*x))", params={"alpha": "3/4", "beta": "3/4"},
         allowed={"alpha": "real (trainable)", "beta": "real (trainable)"}, family="self-gated", aliases=[],
         reference="Biswas, K., Kumar, S., Banerjee, S., Pandey, A. K. (2021/2022). ErfAct and Pserf: Non-monotonic "
                   "Smooth Trainable Activation Functions. AAAI 2022 (arXiv:2109.04386).",
         source_url="https://ar5iv.labs.arxiv.org/html/2109.04386 ; https://www.scholarfeed.org/paper/2109.04386v4",
         formula_as_published="ErfAct(x) = x erf(alpha e^{beta x})",
         kinks={}, verified=True,
         note="formula_source: not seen (abstract names the functions only; ar5iv excerpt stops before the "
              "definitions). Formula and initial values (0.75, 0.75) from memory -- DOUBT. Authors on ar5iv "
              "excerpt are not shown; taken from the SMU/EIS pages by the same group and scholarfeed -- check."),
    dict(name="pserf", expr="x*erf(gamma*log(1 + exp(delta*x)))", params={"gamma": "5/4", "delta": "17/20"},
         allowed={"gamma": "real (trainable)", "delta": "real (trainable)"}, family="self-gated", aliases=[],
         reference="Biswas, K., Kumar, S., Banerjee, S., Pandey, A. K. (2021/2022). ErfAct and Pserf: Non-monotonic "
                   "Smooth Trainable Activation Functions. AAAI 2022 (arXiv:2109.04386).",
         source_url="https://ar5iv.labs.arxiv.org/html/2109.04386",
         formula_as_published="Pserf(x) = x erf(gamma ln(1 + e^{delta x})) (parametric Serf)",
         kinks={}, verified=True,
         note="formula_source: not seen; formula/initial values from memory -- DOUBT. gamma = delta = 1 gives serf."),
    dict(name="erfrelu", expr="Piecewise((alpha*erf(x), x < 0), (x, True))", params={"alpha": "1"},
         allowed={"alpha": "real (trainable)"}, family="rectifier", aliases=[],
         reference="Rajanand, A., Singh, P. (2024). ErfReLU: adaptive activation function for deep neural network. "
                   "Pattern Analysis and Applications 27(2), doi:10.1007/s10044-024-01277-w.",
         source_url="https://bohrium.dp.tech/paper/arxiv/2407.19441 ; https://vufind-test.katalog.k.utb.cz/SummonRecord/FETCH-LOGICAL-c319t-114f7644ad98b06f9f08f11b06c16853e237e256cd8827a3d46e5db90ec28b463",
         formula_as_published="not seen: assumed x for x >= 0, alpha erf(x) for x < 0",
         kinks={"0": "1"}, verified=True,
         note="Reference verified; formula NOT seen in source (abstract: 'based on the erf function and ReLU') "
              "-- the expression here is a guess from memory and must be checked before use."),
    dict(name="pdelu", expr="Piecewise((alpha*(Max(0, 1 + (1 - t)*x)**(1/(1 - t)) - 1), x <= 0), (x, True))",
         params={"alpha": "1", "t": "9/10"}, allowed={"alpha": "real (learned)", "t": "t != 1 (t -> 1 gives ELU); t < 1 here"},
         family="exponential", aliases=["parametric_deformable_elu"],
         reference="Cheng, Q., Li, H., Wu, Q., Ma, L., Ngan, K. N. (2020). Parametric Deformable Exponential "
                   "Linear Units for Deep Neural Networks. Neural Networks 125, doi:10.1016/j.neunet.2020.02.012.",
         source_url="https://bohrium.dp.tech/paper/arxiv/1606.00305 (record for the Neural Networks article)",
         formula_as_published="f(x) = x if x > 0; alpha([1 + (1 - t) x]_+^{1/(1-t)} - 1) if x <= 0",
         kinks={"0": "alpha", "-1/(1 - t)": "0"}, verified=True,
         note="formula_source: not seen in source; formula from memory of the survey. For t < 1 the base hits 0 at "
              "x = -1/(1-t) (= -10 for t = 0.9); below that f = -alpha. Derivative at 0 from the left is alpha "
              "(d/dx of the power at 0 is 1). Volume number from memory."),
]

# ---------------------------------------------------------------- batch 9
ZOO += [
    dict(name="starrelu", expr="s*Piecewise((0, x <= 0), (x**2, True)) + b",
         params={"s": "0.8944", "b": "-0.4472"}, allowed={"s": "real (learnable scale)", "b": "real (learnable bias)"},
         family="rectifier", aliases=["star_relu"],
         reference="Yu, W., Si, C., Zhou, P., Luo, M., Zhou, Y., Feng, J., Yan, S., Wang, X. (2022/2023). "
                   "MetaFormer Baselines for Vision. IEEE TPAMI 2023, doi:10.1109/TPAMI.2023.3329173 (arXiv:2210.13452).",
         source_url="https://arxiv.org/html/2210.13452v4 ; https://www.pubmed.gov/37910405/",
         formula_as_published="StarReLU(x) = s * (ReLU(x))^2 + b, s = 1/sqrt(1.25) ~ 0.8944, b = -0.5/sqrt(1.25) ~ -0.4472",
         kinks={"0": "0"}, verified=True,
         note="formula_source: not seen in the excerpt (abstract names StarReLU only); formula and constants from "
              "memory of the paper -- check. The constants make the output zero-mean/unit-variance for N(0,1) input. "
              "Exact values: s = 2/sqrt(5), b = -1/sqrt(5)."),
    dict(name="shifted_softplus", expr="log(exp(x)/2 + 1/2)", params={}, allowed={}, family="rectifier",
         aliases=["ssp"],
         reference="Schütt, K. T., Kindermans, P.-J., Sauceda, H. E., Chmiela, S., Tkatchenko, A., Müller, K.-R. "
                   "(2017). SchNet: A continuous-filter convolutional neural network for modeling quantum "
                   "interactions. NeurIPS 2017 (Advances in Neural Information Processing Systems 30), pp. 992-1002.",
         source_url="https://nips.cc/Conferences/2017/Schedule?showEvent=8893 ; https://www.summarizepaper.com/en/tree/1706.08566v5",
         formula_as_published="ssp(x) = ln(0.5 e^x + 0.5)",
         kinks={}, verified=True,
         note="formula_source: not seen in the excerpt (abstract does not mention it); formula from memory of the "
              "SchNet paper. = softplus(x) - ln 2, so ssp(0) = 0."),
    dict(name="sine", expr="sin(x)", params={}, allowed={}, family="periodic", aliases=["sin", "sinusoid"],
         reference="Parascandolo, G., Huttunen, H., Virtanen, T. (2016/2017). Taming the waves: sine as activation "
                   "function in deep neural networks. ICLR 2017 submission (OpenReview).",
         source_url="https://preview.concepedia.online/publication/W2752840253 (title, 2017, abstract)",
         formula_as_published="f(x) = sin(x)",
         kinks={}, verified=False,
         note="verified=false: the stored record shows title, year 2017 and abstract but no authors ('Unknown "
              "Venue'); authors (Tampere University of Technology per analyticsindiamag) from memory. See also "
              "siren_sine (sin(omega_0 x)). Sine as an activation predates both (e.g. Fourier networks)."),
    dict(name="cosine", expr="cos(x)", params={}, allowed={}, family="periodic", aliases=["cos"],
         reference="[no single origin] cosine activation; listed in the Kunc & Kléma survey (2024) among "
                   "periodic activations.",
         source_url="", formula_as_published="f(x) = cos(x)", kinks={}, verified=False,
         note="verified=false: no primary reference established. Not zero at 0 (f(0) = 1)."),
    dict(name="thresholded_relu", expr="Piecewise((0, x <= theta), (x, True))", params={"theta": "1"},
         allowed={"theta": "theta >= 0"}, family="rectifier", aliases=["trec", "thresholded_rectified"],
         reference="Konda, K., Memisevic, R., Krueger, D. (2015). Zero-bias autoencoders and the benefits of "
                   "co-adapting features. ICLR 2015 (arXiv:1402.3337, 2014).",
         source_url="https://tomesphere.com/paper/1402.3337 ; https://www.arxiv-vanity.com/papers/1402.3337/",
         formula_as_published="TRec: f(x) = x if x > theta else 0 (Keras ThresholdedReLU, theta = 1.0)",
         kinks={"theta": "0"}, verified=True,
         note="formula_source: liner.com review names 'Thresholded Rectified (TRec)' and 'Thresholded Linear (TLin)'; "
              "formula from memory. DISCONTINUOUS at theta (jump from 0 to theta) -- the 'derivative' there is the "
              "branch convention only. ALIAS: TLin (x if |x| > theta else 0) is exactly the existing hardshrink "
              "with lambd = theta. ICLR year: liner.com says ICLR 2014, arXiv v1 Feb 2014; published at ICLR 2015 "
              "as far as I know -- DOUBT."),
    dict(name="threshold", expr="Piecewise((value, x <= threshold), (x, True))",
         params={"threshold": "0", "value": "0"}, allowed={"threshold": "real", "value": "real"},
         family="rectifier", aliases=["torch_threshold"],
         reference="PyTorch torch.nn.Threshold (no paper).",
         source_url="https://docs.pytorch.org/docs/stable/generated/torch.nn.Threshold.html (not fetched here)",
         formula_as_published="y = x if x > threshold else value",
         kinks={"threshold": "0"}, verified=False,
         note="verified=false only because the docs page was not fetched in this session (formula from the PyTorch "
              "docs as I know them). torch 2.13 autograd of F.threshold at x = threshold gives 0 (checked locally: "
              "threshold=0.5 and threshold=0), i.e. the x <= threshold branch. Discontinuous unless value = "
              "threshold; threshold=value=0 is relu."),
]

# ---------------------------------------------------------------- batch 10
ZOO += [
    dict(name="elliott_unipolar", expr="x/(2*(1 + Abs(x))) + 1/2", params={}, allowed={}, family="sigmoidal",
         aliases=["elliott_sigmoid", "elliotsig_01"],
         reference="Elliott, D. L. (1993). A Better Activation Function for Artificial Neural Networks. "
                   "Technical report ISR TR 93-8, Institute for Systems Research, University of Maryland.",
         source_url="https://preview.concepedia.online/publication/W1511732006 (title, 1993, abstract) ; http://www.gallamine.com/2013/01/ (secondary, names D.L. Elliott)",
         formula_as_published="sigma_e(x) = 0.5 x / (1 + |x|) + 0.5 (range [0,1]); the odd form x/(1+|x|) is softsign",
         kinks={}, verified=False,
         note="verified=false: the stored record of the report shows title, year and abstract but not the author "
              "or report number (from memory / the blog). ALIAS: the bipolar Elliott function x/(1+|x|) is the "
              "existing 'softsign' -- add 'elliott' as an alias of softsign. C^1 at 0 (derivative 1/2 both sides), "
              "second derivative jumps."),
    dict(name="phish", expr="x*tanh(x*(1 + erf(x/sqrt(2)))/2)", params={}, allowed={}, family="self-gated",
         aliases=[],
         reference="Naveen, P. (2021/2022). Phish: A Novel Hyper-Optimizable Activation Function. TechRxiv preprint "
                   "17283824 (doi:10.36227/techrxiv.17283824); also viXra 2112.0097.",
         source_url="https://www.techrxiv.org/articles/preprint/Phish_A_Novel_Hyper-Optimizable_Activation_Function/17283824/2",
         formula_as_published="f(x) = x TanH(GELU(x))",
         kinks={}, verified=True,
         note="formula_source: abstract page. GELU taken as the exact x*Phi(x) (the paper does not say exact vs "
              "tanh-approximate in the abstract)."),
    dict(name="golu", expr="x*exp(-exp(-x))", params={}, allowed={}, family="self-gated",
         aliases=["gompertz_linear_unit"],
         reference="Das, I., Safari, M., Adriaensen, S., Hutter, F. (2025). Gompertz Linear Units: Leveraging "
                   "Asymmetry for Enhanced Learning Dynamics. arXiv:2502.03654.",
         source_url="https://tomesphere.com/paper/2502.03654 ; https://hf.librae.dpdns.org/papers/2502.03654.md",
         formula_as_published="GoLU(x) = x Gompertz(x), Gompertz(x) = e^{-e^{-x}}",
         kinks={}, verified=True,
         note="formula_source: abstract page. The arXiv HTML is tagged 'Machine Learning, ICML' (venue not confirmed)."),
    dict(name="gompertz", expr="exp(-exp(-x))", params={}, allowed={}, family="sigmoidal",
         aliases=["gumbel_cdf"],
         reference="[gate of GoLU] Das, I., Safari, M., Adriaensen, S., Hutter, F. (2025). Gompertz Linear Units. arXiv:2502.03654.",
         source_url="https://tomesphere.com/paper/2502.03654",
         formula_as_published="Gompertz(x) = e^{-e^{-x}} (the Gumbel CDF)", kinks={}, verified=False,
         note="verified=false as an ACTIVATION reference: only its use as GoLU's gate is verified; as a standalone "
              "sigmoid (Gompertz/Gumbel CDF) its first use as an activation is not established here. Its mirror "
              "1 - exp(-exp(x)) is the complementary log-log (cloglog)."),
    dict(name="cloglog", expr="1 - exp(-exp(x))", params={}, allowed={}, family="sigmoidal",
         aliases=["complementary_log_log"],
         reference="Gomes, G. S. da S., Ludermir, T. B. (2008). Redes neurais artificiais com funções de ativação "
                   "complemento log-log e probit para aproximar funções na presença de observações extremas. Learning "
                   "and Nonlinear Models (SBRN) 6(2), 142-153, doi:10.21528/LNLM-vol6-no2-art4.",
         source_url="https://studylibpt.com/doc/2766884/ ; https://pt.scribd.com/document/501640174/Redes-Neurais-Artificiais-com-Funcoes-de-Ativacao",
         formula_as_published="complemento log-log: f(x) = 1 - exp(-exp(x))", kinks={}, verified=True,
         note="formula_source: not seen in the excerpt (abstract names the functions); formula is the standard cloglog "
              "inverse link. An English-language HIS 2008 conference paper by the same authors may also exist (not checked)."),
    dict(name="probit", expr="(1 + erf(x/sqrt(2)))/2", params={}, allowed={}, family="sigmoidal",
         aliases=["normal_cdf", "gaussian_cdf"],
         reference="Gomes, G. S. da S., Ludermir, T. B. (2008). Redes neurais artificiais com funções de ativação "
                   "complemento log-log e probit para aproximar funções na presença de observações extremas. Learning "
                   "and Nonlinear Models (SBRN) 6(2), 142-153, doi:10.21528/LNLM-vol6-no2-art4.",
         source_url="https://studylibpt.com/doc/2766884/",
         formula_as_published="probit: f(x) = Phi(x) (standard normal CDF)", kinks={}, verified=True,
         note="formula_source: standard probit inverse link (abstract names it). Phi is GELU's gate (gelu = x*probit(x))."),
    dict(name="soft_clipping", expr="log((1 + exp(alpha*x))/(1 + exp(alpha*(x - 1))))/alpha",
         params={"alpha": "1"}, allowed={"alpha": "alpha > 0 (larger = sharper; -> clip(x, 0, 1))"},
         family="sigmoidal", aliases=["softclip"],
         reference="Klimek, M. D., Perelstein, M. (2020). Neural Network-Based Approach to Phase Space "
                   "Integration. SciPost Physics 9, 053 (arXiv:1810.11509, 2018).",
         source_url="https://www.scipost.org/submissions/1810.11509v2/",
         formula_as_published="f(x) = (1/alpha) log[(1 + e^{alpha x}) / (1 + e^{alpha (x - 1)})]",
         kinks={}, verified=True,
         note="formula_source: not seen (the abstract does not mention it); formula from memory of the survey. "
              "SciPost volume/article number from memory. Default alpha ours. Smooth version of hardtanh(x, 0, 1)."),
    dict(name="quick_gelu", expr="x/(1 + exp(-1.702*x))", params={}, allowed={}, family="self-gated",
         aliases=["gelu_sigmoid_approx"],
         reference="Hendrycks, D., Gimpel, K. (2016). Gaussian Error Linear Units (GELUs). arXiv:1606.08415 "
                   "(sigmoid approximation x*sigma(1.702x); name 'QuickGELU' from OpenAI CLIP code).",
         source_url="", formula_as_published="GELU(x) ~ x sigma(1.702 x)", kinks={}, verified=False,
         note="verified=false here (same paper as the catalog's gelu; checked in existing_references.md if found). "
              "Equals swish with beta = 1.702 -- an alias candidate rather than a new function."),
    dict(name="hard_mish", expr="Piecewise((0, x <= -2), (x*(x + 2)/2, x < 0), (x, True))", params={},
         allowed={}, family="self-gated", aliases=["hardmish"],
         reference="[not established] hard-Mish as used in some YOLO code bases: x/2 * clamp(x + 2, 0, 2).",
         source_url="", formula_as_published="hard_mish(x) = 0.5 x min(2, max(0, x + 2))",
         kinks={"-2": "0", "0": "1"}, verified=False,
         note="verified=false: no primary publication found/searched; formula as commonly implemented (memory). "
              "At -2: left 0, right -1 (true kink, x <= -2 branch -> 0). At 0: both sides 1 (C^1)."),
    dict(name="relu_n", expr="Piecewise((0, x <= 0), (x, x < n), (n, True))", params={"n": "1"},
         allowed={"n": "n > 0 (n = 6 is the catalog's relu6)"}, family="rectifier", aliases=["bounded_relu", "brelu"],
         reference="Liew, S. S., Khalil-Hani, M., Bakhteri, R. (2016). Bounded activation functions for enhanced "
                   "training stability of deep neural networks on visual pattern recognition problems. "
                   "Neurocomputing (Elsevier), doi:10.1016/j.neucom.2016.08.037.",
         source_url="http://malrep.uum.edu.my/rep/Record/my.utm.71526/Description",
         formula_as_published="bounded ReLU: f(x) = min(max(0, x), A) (A the bound)",
         kinks={"0": "0", "n": "0"}, verified=True,
         note="formula_source: not seen (abstract names 'bounded ReLU, bounded leaky ReLU, bounded bi-firing'). "
              "Generalises relu6; kinks follow relu6's convention. The same paper proposes new coefficients for "
              "the scaled tanh (cf. lecun_tanh) -- not recorded."),
]

# ---------------------------------------------------------------- batch 11: classic / other
ZOO += [
    dict(name="hard_sigmoid_binaryconnect", expr="Piecewise((0, x <= -1), ((x + 1)/2, x < 1), (1, True))",
         params={}, allowed={}, family="sigmoidal", aliases=["hard_sigmoid_courbariaux"],
         reference="Courbariaux, M., Bengio, Y., David, J.-P. (2015). BinaryConnect: Training Deep Neural Networks "
                   "with binary weights during propagations. NeurIPS 2015 (NIPS 28), pp. 3123-3131 (arXiv:1511.00363).",
         source_url="https://papers.nips.cc/paper_files/paper/2015/file/3e15cc11f979ed25912dff5b0669f2cd-Metadata.json ; https://magenta.gitbooks.io/paperreview/content/binaryconnect.html",
         formula_as_published="sigma(x) = clip((x+1)/2, 0, 1) = max(0, min(1, (x+1)/2))",
         kinks={"-1": "0", "1": "0"}, verified=True,
         note="formula_source: paper-review page quoting the paper. CONFLICT: three different 'hard sigmoids' exist -- "
              "this one (slope 1/2, knees at +-1), PyTorch's hardsigmoid (x/6 + 1/2, knees at +-3, in the catalog) "
              "and old Keras/Theano hard_sigmoid (0.2x + 0.5, knees at +-2.5). Kinks follow the catalog's hardsigmoid "
              "convention (0 at both knees)."),
    dict(name="abs", expr="Abs(x)", params={}, allowed={}, family="rectifier",
         aliases=["absolute_value_rectification", "abs_rectifier"],
         reference="Jarrett, K., Kavukcuoglu, K., Ranzato, M., LeCun, Y. (2009). What is the Best Multi-Stage "
                   "Architecture for Object Recognition? ICCV 2009.",
         source_url="http://www.sciweavers.org/publications/what-best-multi-stage-architecture-object-recognition",
         formula_as_published="absolute value rectification |x| (the paper uses |g tanh(x)| after the filter bank)",
         kinks={"0": "0"}, verified=True,
         note="formula_source: not seen (abstract: 'non-linearities that include rectification'). Kink at 0: torch.abs "
              "backward gives sign(0) = 0 (checked locally, torch 2.13). DOUBT: the paper's rectification is applied "
              "to tanh outputs (R_abs o N o F_tanh); plain |x| as an activation is the survey's reading."),
    dict(name="bipolar_sigmoid", expr="(1 - exp(-x))/(1 + exp(-x))", params={}, allowed={}, family="sigmoidal",
         aliases=["symmetrical_sigmoid", "bipolar_logistic"],
         reference="[classic, no single origin] = 2 sigma(x) - 1 = tanh(x/2).", source_url="",
         formula_as_published="f(x) = 2/(1 + e^{-x}) - 1", kinks={}, verified=False,
         note="verified=false: textbook function; no primary reference. Equals tanh(x/2) -- an alias candidate of "
              "tanh composed with scaling, kept because it is published under its own name."),
    dict(name="arctan", expr="atan(x)", params={}, allowed={}, family="sigmoidal", aliases=["atan", "inverse_tangent"],
         reference="[classic, no single origin] listed in the Kunc & Kléma survey (2024) and Wikipedia's table.",
         source_url="", formula_as_published="f(x) = arctan(x)", kinks={}, verified=False,
         note="verified=false: no primary reference. Range (-pi/2, pi/2); sometimes normalised as (2/pi) atan(x)."),
    dict(name="bent_identity", expr="(sqrt(x**2 + 1) - 1)/2 + x", params={}, allowed={}, family="other",
         aliases=["bent_id"],
         reference="[no primary reference found] Wikipedia activation-function table (2018 snapshot, quoted by gabormelli.com).",
         source_url="http://www.gabormelli.com/RKB/Inverse_Square_Root_Linear_Unit_(ISRLU)_Activation_Function (table lists bent identity)",
         formula_as_published="f(x) = (sqrt(x^2 + 1) - 1)/2 + x", kinks={}, verified=False,
         note="verified=false: appears only in tables (Wikipedia) without a paper. Member of the EIS-like algebraic family."),
    dict(name="gaussian", expr="exp(-x**2)", params={}, allowed={}, family="other", aliases=["gauss", "rbf"],
         reference="[classic, RBF] listed in Wikipedia's table and the survey.",
         source_url="http://www.gabormelli.com/RKB/Soft_Exponential_Activation_Function (table row 'Gaussian')",
         formula_as_published="f(x) = e^{-x^2}", kinks={}, verified=False,
         note="verified=false: no primary reference. Range (0, 1]."),
    dict(name="sinc", expr="Piecewise((1, Eq(x, 0)), (sin(x)/x, True))", params={}, allowed={}, family="periodic",
         aliases=["cardinal_sine"],
         reference="[classic] listed in Wikipedia's table and the survey.",
         source_url="http://www.gabormelli.com/RKB/Soft_Exponential_Activation_Function (table row 'Sinc')",
         formula_as_published="f(x) = 1 for x = 0; sin(x)/x otherwise", kinks={"0": "0"}, verified=False,
         note="verified=false: no primary reference. Removable singularity, f'(0) = 0; SymPy's sinc(x) could be used "
              "directly (sympy.sinc is unnormalised sin(x)/x)."),
]

# ---------------------------------------------------------------- batch 12
ZOO += [
    dict(name="reu", expr="Piecewise((x*exp(x), x <= 0), (x, True))", params={}, allowed={}, family="exponential",
         aliases=["rectified_exponential_unit"],
         reference="Ying, Y., Su, J., Shan, P., Miao, L., Wang, X., Peng, S. (2019). Rectified Exponential Units for "
                   "Convolutional Neural Networks. IEEE Access 7, 101633-101640, doi:10.1109/ACCESS.2019.2928442.",
         source_url="https://doaj.org/cookie_consent?continue=%2Farticle%2F0c47877218c14b8d9459f1ca37c2842a",
         formula_as_published="REU(x) = x if x > 0; x e^x if x <= 0",
         kinks={"0": "1"}, verified=True,
         note="formula_source: not seen (abstract: 'flexible exponent and multiplication function form', inspired by "
              "ELU and Swish); formula from memory. C^1 at 0 (both one-sided derivatives 1). Same shape as SERLU's "
              "negative part with alpha = 1, lambda = 1."),
    dict(name="preu", expr="Piecewise((alpha*x*exp(beta*x), x <= 0), (alpha*x, True))",
         params={"alpha": "1", "beta": "1"}, allowed={"alpha": "real (learned)", "beta": "real (learned)"},
         family="exponential", aliases=["parametric_reu"],
         reference="Ying, Y., Su, J., Shan, P., Miao, L., Wang, X., Peng, S. (2019). Rectified Exponential Units for "
                   "Convolutional Neural Networks. IEEE Access 7, 101633-101640.",
         source_url="https://doaj.org/cookie_consent?continue=%2Farticle%2F0c47877218c14b8d9459f1ca37c2842a",
         formula_as_published="PREU(x) = alpha x if x > 0; alpha x e^{beta x} if x <= 0",
         kinks={"0": "alpha"}, verified=True,
         note="formula_source: not seen (abstract names PREU only); formula from memory -- DOUBT. C^1 at 0."),
    dict(name="flatten_t_swish", expr="Piecewise((T, x < 0), (x/(1 + exp(-x)) + T, True))", params={"T": "-1/5"},
         allowed={"T": "T <= 0 (paper's best T = -0.20)"}, family="self-gated", aliases=["fts", "ftswish"],
         reference="Chieng, H. H., Wahid, N., Ong, P., Perla, S. R. K. (2018). Flatten-T Swish: a thresholded "
                   "ReLU-Swish-like activation function for deep learning. International Journal of Advances in "
                   "Intelligent Informatics 4(2), 76-86 (arXiv:1812.06247).",
         source_url="http://eprints.uthm.edu.my/id/eprint/5227 ; https://tomesphere.com/paper/1812.06247.md",
         formula_as_published="FTS(x) = x/(1 + e^{-x}) + T if x >= 0; T otherwise (T = -0.20 best)",
         kinks={"0": "1/2"}, verified=True,
         note="formula_source: secondary knowledge-base page (subhadityamukherjee.github.io) + abstract (T = -0.20). "
              "Continuous at 0 (both sides T); left derivative 0, right sigma(0) = 1/2: a kink, x=0 in the x >= 0 branch."),
    dict(name="cube", expr="x**3", params={}, allowed={}, family="other", aliases=["cubic"],
         reference="Chen, D., Manning, C. D. (2014). A Fast and Accurate Dependency Parser using Neural Networks. "
                   "EMNLP 2014, Doha, Qatar.",
         source_url="https://study.space/p/A_Fast_and_Accurate_Dependency_Parser_using_Neural_Networks ; https://www.docslides.com/sherrill-nordquist/a-fast-and-accurate-dependency",
         formula_as_published="g(x) = x^3 (cube activation)", kinks={}, verified=True,
         note="formula_source: summary page ('introduction of a cube activation function'); x^3 from memory of the paper."),
    dict(name="erf_activation", expr="erf(x)", params={}, allowed={}, family="sigmoidal", aliases=["erf"],
         reference="[classic, no single origin] error function as a sigmoid (used e.g. in infinite-width / NNGP "
                   "analyses).", source_url="", formula_as_published="f(x) = erf(x)", kinks={}, verified=False,
         note="verified=false: no primary reference established."),
    dict(name="firm_shrinkage",
         expr="Piecewise((x, x < -lam2), (lam2*(x + lam1)/(lam2 - lam1), x < -lam1), (0, x <= lam1), "
              "(lam2*(x - lam1)/(lam2 - lam1), x <= lam2), (x, True))",
         params={"lam1": "1/2", "lam2": "1"}, allowed={"lam1": "0 <= lam1 < lam2", "lam2": "lam2 > lam1"},
         family="shrinkage", aliases=["firm_thresholding"],
         reference="Gao, H.-Y., Bruce, A. G. (1997). WaveShrink with firm shrinkage. Statistica Sinica 7(4), "
                   "855-874 (not checked).",
         source_url="", formula_as_published="firm(x) = 0 for |x| <= l1; sign(x) l2 (|x| - l1)/(l2 - l1) for "
                                             "l1 < |x| <= l2; x for |x| > l2",
         kinks={"-lam2": "lam2/(lam2 - lam1)", "-lam1": "0", "lam1": "0", "lam2": "lam2/(lam2 - lam1)"},
         verified=False,
         note="verified=false: searched, no page of the paper found; reference from memory. Interpolates hardshrink "
              "(lam2 -> lam1) and softshrink (lam2 -> inf). Kink values follow the 'branch containing the point' rule "
              "of the catalog's softshrink (band [-lam1, lam1] closed)."),
    dict(name="garrote_shrinkage", expr="Piecewise((x - lam**2/x, x < -lam), (0, x <= lam), (x - lam**2/x, True))",
         params={"lam": "1/2"}, allowed={"lam": "lam > 0"}, family="shrinkage",
         aliases=["nonnegative_garrote", "garrote"],
         reference="Gao, H.-Y. (1998). Wavelet shrinkage denoising using the non-negative garrote. Journal of "
                   "Computational and Graphical Statistics 7(4), 469-488 (not checked).",
         source_url="", formula_as_published="garrote(x) = 0 for |x| <= lam; x - lam^2/x otherwise",
         kinks={"-lam": "0", "lam": "0"}, verified=False,
         note="verified=false: reference from memory, not found in the corpus. Continuous at +-lam; one-sided "
              "derivative outside is 2, inside 0."),
    dict(name="sech", expr="1/cosh(x)", params={}, allowed={}, family="other", aliases=["hyperbolic_secant"],
         reference="[classic, no single origin] bell-shaped activation (cf. gaussian).", source_url="",
         formula_as_published="f(x) = sech(x)", kinks={}, verified=False,
         note="verified=false: no primary reference established; included as a bell-shaped companion to gaussian."),
]

# ---------------------------------------------------------------- batch 13
ZOO += [
    dict(name="eis_isru_softplus", expr="x*log(1 + exp(x))/sqrt(1 + x**2)", params={}, allowed={},
         family="self-gated", aliases=[],
         reference="Biswas, K., Kumar, S., Banerjee, S., Pandey, A. K. (2020). EIS -- A Family of Activation "
                   "Functions Combining Exponential, ISRU, and Softplus. arXiv:2009.13501.",
         source_url="https://docslib.org/doc/1109397/eis-a-family-of-activation-functions-combining-exponential-isru-and-softplus",
         formula_as_published="x ln(1 + e^x) / sqrt(1 + x^2) (EIS member alpha=1, beta=1, gamma=1, delta=0)",
         kinks={}, verified=True,
         note="formula_source: abstract page (example member that 'beats ReLU by 1.68% in DenseNet-169'). "
              "Name ours. = softplus(x) * isru(x)."),
    dict(name="bounded_leaky_relu", expr="Piecewise((a*x, x <= 0), (x, x < n), (n, True))",
         params={"a": "1/100", "n": "1"}, allowed={"a": "0 <= a < 1", "n": "n > 0"}, family="rectifier",
         aliases=["bounded_lrelu"],
         reference="Liew, S. S., Khalil-Hani, M., Bakhteri, R. (2016). Bounded activation functions for enhanced "
                   "training stability of deep neural networks on visual pattern recognition problems. "
                   "Neurocomputing (Elsevier), doi:10.1016/j.neucom.2016.08.037.",
         source_url="http://malrep.uum.edu.my/rep/Record/my.utm.71526/Description",
         formula_as_published="not seen: assumed min(max(a x, x), n) (leaky ReLU capped at n)",
         kinks={"0": "a", "n": "0"}, verified=True,
         note="Reference verified (abstract names 'bounded leaky ReLU'); the FORMULA is a guess from the name "
              "(the negative side may also be bounded in the paper) -- check before use."),
    dict(name="symlog", expr="Piecewise((-log(1 - x), x < 0), (log(1 + x), True))", params={}, allowed={}, family="other",
         aliases=["logarithmic", "log_unit"],
         reference="[no primary reference established] signed logarithm; listed among logarithmic activations in "
                   "the Kunc & Kléma survey (2024) as far as I recall.",
         source_url="", formula_as_published="f(x) = sign(x) ln(1 + |x|)", kinks={"0": "1"}, verified=False,
         note="verified=false. = sign(x) ln(1 + |x|) written as Piecewise (SymPy differentiates sign(x)*... at 0 "
              "to 0, not 1). C^1 at 0 (derivative 1 from both sides)."),
    dict(name="mexican_hat", expr="(1 - x**2)*exp(-x**2/2)", params={}, allowed={}, family="other",
         aliases=["ricker_wavelet"],
         reference="[not established] Mexican-hat (Ricker) wavelet as hidden-unit function in wavelet networks "
                   "(Zhang & Benveniste 1992, IEEE TNN -- not found in the corpus).",
         source_url="", formula_as_published="psi(x) = (1 - x^2) e^{-x^2/2}", kinks={}, verified=False,
         note="verified=false: the wavelet-network literature found (Zhang, Walter, Miao, Lee 1995, IEEE TSP; "
              "Oussar et al. 1998, Neurocomputing) does not show the formula in the excerpt."),
]


# ---------------------------------------------------------------- helper
def parse(entry, defaults=False):
    """The entry's expression as SymPy, parameters as real Symbols.

    Plain ``sympy.sympify(entry["expr"])`` fails for entries with a parameter named ``beta`` or
    ``gamma`` (SymPy's beta/gamma functions), so the parameter names are passed as locals.
    With ``defaults=True`` the default parameter values are substituted.
    """
    import sympy as sp
    syms = {p: sp.Symbol(p, real=True) for p in entry["params"]}
    syms["x"] = sp.Symbol("x", real=True)
    e = sp.sympify(entry["expr"], locals=syms)
    if defaults:
        e = e.subs({syms[p]: sp.sympify(v) for p, v in entry["params"].items()})
    return e
