"""Checks of zoo candidates (candidates.py) against papers / official code / library docs.

CHECKS[name] = dict(verified, reference, source_url, formula_seen, formula_agrees, expr, params, note)
- verified: authors, year and title seen on a page of the paper (classic functions: the cited source seen).
- formula_seen: the formula as printed where it was seen ("" if not seen).
- formula_agrees: True/False/None (None = formula not seen).
- expr / params: None, or a corrected SymPy expression / corrected defaults (strings).
Everything in `note` says where each fact was seen; anything not seen is marked "not seen".
"""

CHECKS = {}

CHECKS.update({
    "squareplus": dict(
        verified=False,
        reference="Barron, J. T. (2021). Squareplus: A Softplus-Like Algebraic Rectifier. arXiv:2112.11687.",
        source_url="https://docs.jax.dev/en/latest/_autosummary/jax.nn.squareplus.html ; "
                   "https://github.com/jonbarron/squareplus (squareplus.ipynb) ; https://kexue.fm/archives/8833",
        formula_seen="jax.nn.squareplus(x, b=4): squareplus(x) = (x + sqrt(x^2 + b))/2, 'as described in "
                     "https://arxiv.org/abs/2112.11687'; notebook: squareplus(x, b=4.) = 0.5*(x + sqrt(x^2 + b))",
        formula_agrees=True, expr=None, params=None,
        note="Formula and default b=4 confirmed by jax.nn.squareplus docs (cite arXiv 2112.11687) and by the "
             "notebook in github.com/jonbarron/squareplus (repository of the author's GitHub account; asserts "
             "b=4 matches softplus' 2nd derivative at 0, b=4 ln^2 2 matches softplus(0)). Keras 3 docs also "
             "default b=4 (but cite it as 'Ramachandran et al., 2021' -- a Keras docs error). Still no arXiv/"
             "paper page with the author name seen -> verified stays False (title seen on kexue.fm; arXiv id on "
             "jax docs)."),
    "e_swish_beta": dict(
        verified=False,
        reference="[authors not seen] (2021). E_Swish Beta: Modifying Swish Activation Function for Deep Learning "
                  "Improvement. In: Enabling Machine Learning Applications in Data Science, Springer "
                  "(doi:10.1007/978-981-33-6129-4_19).",
        source_url="https://doi.org/10.1007/978-981-33-6129-4_19",
        formula_seen="f(x) = beta x * Sigmoid(beta x) (abstract)",
        formula_agrees=True, expr=None, params=None,
        note="Springer page re-read: title, book and abstract formula seen; author names and beta value still not "
             "shown in the stored excerpt. Default beta=1.5 is NOT from the source (abstract gives no value)."),
    "smish": dict(
        verified=False,
        reference="[authors not seen] (2022). Smish: A Novel Activation Function for Deep Learning Methods. "
                  "Electronics 11(4), 540, doi:10.3390/electronics11040540.",
        source_url="https://www.mdpi.com/2079-9292/11/4/540/htm ; https://www.aminer.cn/pub/628d18e55aee126c0f357a1f ; "
                   "http://globalauthorid.com/WebPortal/ArticleView?wd=7A280E01FD3237500E4D925F8A629BFDED6C711951073D3E220195A5FAD1ED68",
        formula_seen="f(x) = x * tanh[ln(1 + sigmoid(x))]; parameterised f(x) = alpha x * tanh[ln(1 + sigmoid(beta x))], "
                     "alpha = 1 and beta = 1 most accurate (abstract)",
        formula_agrees=True, expr=None, params=None,
        note="Formula confirmed on the MDPI abstract (and aminer/globalauthorid copies). None of the stored pages "
             "shows the author names (MDPI excerpt lists affiliations only) -> authors 'Wang, Ren, Wang' remain "
             "unverified; the MDPI reference list of the paper was seen but not its byline."),
    "acon_c": dict(
        verified=True,
        reference="Ma, N., Zhang, X., Liu, M., Sun, J. (2021). Activate or Not: Learning Customized Activation. "
                  "CVPR 2021 (arXiv:2009.04759).",
        source_url="https://github.com/nmaac/acon (acon.py, README: 'official Pytorch implementation of the paper "
                   "Activate or Not: Learning Customized Activation, CVPR 2021')",
        formula_seen="AconC: (p1*x - p2*x) * sigmoid(beta*(p1*x - p2*x)) + p2*x (acon.py); p1, p2 init randn, beta init 1",
        formula_agrees=True, expr=None, params=None,
        note="Formula confirmed in the official code. The official init is p1, p2 ~ N(0,1) per channel, beta = 1; "
             "the candidate's p1=1, p2=0, beta=1 (swish special case) is a documented choice of ours, not the "
             "paper's init. MetaAconC generates beta by a small network (not scalar; not included)."),
    "starrelu": dict(
        verified=True,
        reference="Yu, W., Si, C., Zhou, P., Luo, M., Zhou, Y., Feng, J., Yan, S., Wang, X. (2022/2023). MetaFormer "
                  "Baselines for Vision. IEEE TPAMI (arXiv:2210.13452).",
        source_url="https://github.com/sail-sg/metaformer (metaformer_baselines.py, class StarReLU)",
        formula_seen="StarReLU: s * relu(x) ** 2 + b; StarReLU(scale_value=1.0, bias_value=0.0, scale_learnable=True, "
                     "bias_learnable=True)",
        formula_agrees=True, expr=None, params={"s": "1", "b": "0"},
        note="Official code: form confirmed, but the learnable scale/bias are INITIALISED to 1.0 and 0.0, not to "
             "0.8944/-0.4472 (timm and mlpack copies likewise default 1.0/0.0; one third-party copy hard-codes "
             "0.8944*relu^2 - 0.4472). The constants 1/sqrt(1.25), -0.5/sqrt(1.25) are (as recalled) the paper's "
             "derivation for N(0,1) inputs -- not seen in any stored page. Suggest defaults s=1, b=0 (official "
             "init) and keep 2/sqrt(5), -1/sqrt(5) as a documented alternative."),
})

CHECKS.update({
    "lecun_tanh": dict(
        verified=True,
        reference="LeCun, Y., Bottou, L., Orr, G. B., Müller, K.-R. (1998). Efficient BackProp. In: Orr, G. B., "
                  "Müller, K.-R. (eds.), Neural Networks: Tricks of the Trade, Lecture Notes in Computer Science "
                  "LNCS 1524, Springer.",
        source_url="http://leon.bottou.org/papers/lecun-98x (co-author's publication page: authors, title, LNCS 1524, "
                   "Springer, 1998) ; https://api.scholarcy.com/oa_version?query=LeCun... (Springer chapter page, LNCS 1524) ; "
                   "https://hal.science/hal-05083482v1/tei (HAL record, authors)",
        formula_seen="f(x) = 1.7159 tanh(2x/3) (quoted from 'Efficient Backprop' (lecun-98b.pdf) on a Q&A page, "
                     "Nemotron-CC-Math copy of a stats.stackexchange question; chapter body not seen)",
        formula_agrees=True, expr=None, params=None,
        note="Reference now verified on the co-author's (Bottou's) publication page and the Springer chapter page. "
             "Formula only seen quoted on a secondary Q&A page that links the original PDF; not seen in the chapter "
             "body itself."),
    "soft_exponential": dict(
        verified=True,
        reference="Godfrey, L. B., Gashler, M. S. (2015/2016). A continuum among logarithmic, linear, and exponential "
                  "functions, and its potential to improve generalization in neural networks. 7th International Joint "
                  "Conference on Knowledge Discovery, Knowledge Engineering and Knowledge Management (IC3K 2015), "
                  "KDIR, pp. 481-486 (SciTePress); arXiv:1602.01321 (2016-02-03).",
        source_url="https://scitepress.org/PublicationsDetail.aspx?ID=lZBLoZl8OP4%3D&t=1 (publisher page: authors Luke B. "
                   "Godfrey and Michael S. Gashler, University of Arkansas, abstract) ; https://mlprior.com/articles/details/163812 "
                   "(arXiv listing: title, 2016-02-03, 1602.01321)",
        formula_seen="(Wikipedia table as copied by gabormelli.com) f(alpha,x) = -ln(1 - alpha(x + alpha))/alpha for "
                     "alpha < 0; x for alpha = 0; (e^{alpha x} - 1)/alpha + alpha for alpha > 0",
        formula_agrees=True, expr=None, params=None,
        note="Authors now seen on the SciTePress (publisher) page, title/date on an arXiv listing mirror -> verified. "
             "Formula seen only in the secondary Wikipedia-derived table (cites this paper); paper body not seen. "
             "KDIR page numbers 481-486 from the same secondary table."),
    "threshold": dict(
        verified=True,
        reference="PyTorch torch.nn.Threshold(threshold, value, inplace=False) (no paper).",
        source_url="https://docs.pytorch.org/docs/stable/generated/torch.nn.Threshold.html",
        formula_seen="y = x if x > threshold; value otherwise",
        formula_agrees=True, expr=None, params=None,
        note="Docs page now seen (stored copy). PyTorch has NO default for threshold/value (both required "
             "arguments); the candidate's threshold=0, value=0 (= relu) are ours. Docs put x = threshold in the "
             "'value' branch, consistent with the candidate's Piecewise and the measured autograd."),
    "firm_shrinkage": dict(
        verified=False,
        reference="Gao, H.-Y., Bruce, A. G. (1997). WaveShrink with firm shrinkage. Statistica Sinica 7, 855-874.",
        source_url="https://github.com/PyWavelets/pywt (pywt/_thresholding.py, threshold_firm docstring)",
        formula_seen="pywt.threshold_firm(data, value_low, value_high): 0 if |x| <= value_low; x if |x| > value_high; "
                     "otherwise x*value_high*(1 - value_low/x)/(value_high - value_low) [i.e. sign(x) hi(|x|-lo)/(hi-lo)]",
        formula_agrees=True, expr=None, params=None,
        note="PyWavelets implements it and cites exactly 'H.-Y. Gao and A.G. Bruce. Waveshrink with firm shrinkage. "
             "Statistica Sinica, Vol. 7, pp. 855-874, 1997' (also Bruce & Gao, SPIE 2569, 1995, 'semi-soft' "
             "thresholding). Same breakpoint placement as the candidate (|x| = hi in the middle branch, |x| = lo -> 0). "
             "The paper itself was not found -> verified stays False (library citation only). Issue number 4 not seen."),
    "garrote_shrinkage": dict(
        verified=False,
        reference="Gao, H.-Y. (1998). Wavelet Shrinkage Denoising Using the Non-Negative Garrote. Journal of "
                  "Computational and Graphical Statistics 7(4), 469-488, doi:10.1080/10618600.1998.10474789 "
                  "(garrote: Breiman, L. (1995), Technometrics 37, 373-384).",
        source_url="https://github.com/PyWavelets/pywt (pywt/_thresholding.py, nn_garrote / threshold docstring)",
        formula_seen="pywt nn_garrote: data * max(1 - value^2/|data|^2, 0)  (= x - lam^2/x for |x| > lam, 0 otherwise)",
        formula_agrees=True, expr=None, params=None,
        note="PyWavelets cites Gao 1998 JCGS 7(4) 469-488 with DOI (and Breiman 1995 for the garrote). Formula agrees. "
             "Paper page not seen -> verified False."),
})

CHECKS.update({
    "e_swish": dict(
        verified=True,
        reference="Alcaide, E. (2018). E-swish: Adjusting Activations to Different Network Depths. arXiv:1801.07145.",
        source_url="https://github.com/EricAlcaide/E-swish (README + e_swish_paper.pdf, text extracted) ; "
                   "https://ar5iv.labs.arxiv.org/html/1801.07145",
        formula_seen="f(x) = beta x * sigmoid(x); 'a great choice of the parameter might be 1 <= beta <= 2'; "
                     "README: WRN 10-2 CIFAR-10 best E-swish (beta=1.375), SimpleNet best beta=1.125",
        formula_agrees=True, expr=None, params=None,
        note="Paper PDF in the author's repository read: formula and range confirmed; 1.375 is the README's best "
             "value for WRN 10-2 on CIFAR-10 (other models: 1.125, 1.25, 1.5). Default 1.375 is a tested value, "
             "not a paper-wide recommendation."),
    "quick_gelu": dict(
        verified=True,
        reference="Hendrycks, D., Gimpel, K. (2016). Gaussian Error Linear Units (GELUs). arXiv:1606.08415 "
                  "(sigmoid approximation x*sigma(1.702x)); name 'QuickGELU' from OpenAI's CLIP code "
                  "(Radford et al. 2021, github.com/openai/CLIP, clip/model.py).",
        source_url="https://github.com/hendrycks/GELUs (README) ; https://github.com/openai/CLIP (clip/model.py)",
        formula_seen="hendrycks/GELUs README: 'The sigmoid(1.702 * x) * x approximation is fast but is somewhat "
                     "inaccurate'; CLIP: class QuickGELU: return x * torch.sigmoid(1.702 * x)",
        formula_agrees=True, expr=None, params=None,
        note="Official GELU repository (authors' README + BibTeX: Hendrycks & Gimpel, arXiv:1606.08415, 2016) and "
             "CLIP's official code confirm x*sigmoid(1.702x). The 2016 draft PDF in that repository ('Bridging "
             "Nonlinearities and Stochastic Regularizers with GELUs', ICLR 2017 submission) only uses the tanh "
             "approximation; the 1.702 form is in the README (and, as recalled, later arXiv versions -- not seen)."),
    "bipolar_sigmoid": dict(
        verified=True,
        reference="[classic; library source] AForge.NET Framework, AForge.Neuro.BipolarSigmoidFunction: "
                  "f(x) = 2/(1 + exp(-alpha x)) - 1.",
        source_url="https://www.aforgenet.com/framework/docs/html/c4a0095a-0465-4931-63e7-4c0cdbe2eacc/ ; "
                   "http://borogoves.eu/NAPA_RELEASE_450/Simulate_450/NapaDos/Net/Activation/sigmoid.txt",
        formula_seen="AForge: f(x) = 2/(1 + exp(-alpha*x)) - 1, range [-1, 1]; NAPA notes: ssig(x) = 2 sig(x) - 1 = "
                     "(1 - exp(-x))/(1 + exp(-x))",
        formula_agrees=True, expr=None, params=None,
        note="No primary paper; two library/documentation sources seen. AForge has a steepness alpha (its default "
             "value not shown in the excerpt); the candidate is the alpha = 1 member. A secondary page "
             "(Nemotron math copy) wrongly equates 'bipolar sigmoid' with tanh(x) -- it is tanh(x/2)."),
    "arctan": dict(
        verified=True,
        reference="[classic; library source] Waffles machine-learning toolkit (M. S. Gashler), "
                  "GClasses::GActivationArcTan.",
        source_url="https://waffles.sourceforge.net/apidoc/html/class_g_classes_1_1_g_activation_arc_tan.html",
        formula_seen="squash(x): 'Returns atan(x). The result will be in the range -PI/2 <= y <= PI/2'; derivative "
                     "1/(x*x+1)",
        formula_agrees=True, expr=None, params=None,
        note="No primary paper found; Waffles (by Gashler, co-author of soft exponential, whose activation list "
             "matches Wikipedia's table) is the best citable source seen. verified=True in the classic-function "
             "sense (cited source seen)."),
    "bent_identity": dict(
        verified=True,
        reference="[no paper; library sources] Waffles toolkit GClasses::GActivationBend; e3x (JAX library) "
                  "e3x.nn.activations.bent_identity.",
        source_url="https://e3x.readthedocs.io/stable/_autosummary/e3x.nn.activations.bent_identity.html ; "
                   "https://waffles.sourceforge.net/apidoc/html/class_g_classes_1_1_g_activation_bend.html",
        formula_seen="e3x: bent_identity(x) = (sqrt(x^2 + 1) - 1)/2 + x; Waffles 'bend': 'At very positive values "
                     "this is shaped like y=1.5*x. At very negative values like y=0.5*x. Around 0 like y=x' (formula "
                     "not printed)",
        formula_agrees=True, expr=None, params=None,
        note="Formula confirmed by the e3x docs; Waffles' 'bend' description matches its asymptotes (slopes 1.5 / "
             "0.5) and is probably the origin of the Wikipedia table row. No paper."),
    "gaussian": dict(
        verified=True,
        reference="[classic; library sources] Waffles toolkit GClasses::GActivationGaussian; Wikipedia 'Activation "
                  "function' table (2018 copy on gabormelli.com).",
        source_url="http://www.gabormelli.com/RKB/Soft_Exponential_Activation_Function (Wikipedia table copy) ; "
                   "https://waffles.sourceforge.net/apidoc/html/functions_func_i.html (class list)",
        formula_seen="Wikipedia table: Gaussian f(x) = e^{-x^2}, f'(x) = -2x e^{-x^2}, range (0, 1]",
        formula_agrees=True, expr=None, params=None,
        note="Only the table copy and the Waffles class name were seen (the Waffles page body for Gaussian not "
             "read). No primary paper."),
    "sinc": dict(
        verified=True,
        reference="[classic; library sources] Waffles toolkit GClasses::GActivationSinc; Wikipedia 'Activation "
                  "function' table (2018 copy on gabormelli.com).",
        source_url="http://www.gabormelli.com/RKB/Soft_Exponential_Activation_Function ; "
                   "https://waffles.sourceforge.net/apidoc/html/class_g_classes_1_1_g_activation_sinc-members.html",
        formula_seen="Wikipedia table: f(x) = 1 for x = 0; sin(x)/x for x != 0; f'(0) = 0; range [~-0.217234, 1]",
        formula_agrees=True, expr=None, params=None,
        note="Formula confirmed on the table copy; Waffles has a Sinc activation class (formula not shown there)."),
    "sine": dict(
        verified=False,
        reference="[authors not seen] (2016/2017). Taming the waves: sine as activation function in deep neural "
                  "networks. Submitted to ICLR 2017 (OpenReview Sks3zF9eg).",
        source_url="https://openreview.net/forum?id=Sks3zF9eg ; https://preview.concepedia.online/publication/W2752840253 ; "
                   "https://waffles.sourceforge.net/apidoc/html/class_g_classes_1_1_g_activation_sin.html",
        formula_seen="Wikipedia table copy: Sinusoid f(x) = sin(x) (cites Gashler & Ashmore 2014, 'Training Deep "
                     "Fourier Neural Networks To Fit Time-Series Data', arXiv:1405.2262); Waffles GActivationSin 'The "
                     "sine wave'",
        formula_agrees=True, expr=None, params=None,
        note="OpenReview page now seen: title, 'Submitted to ICLR 2017', conflicts tut.fi -- but the stored excerpt "
             "shows no author names, so Parascandolo/Huttunen/Virtanen remain unverified. Note the Wikipedia table "
             "cites Gashler & Ashmore (2014, arXiv:1405.2262) for the sinusoid instead (not checked)."),
    "mexican_hat": dict(
        verified=False,
        reference="[not established] Mexican-hat (Ricker) wavelet; normalised form as in PyWavelets 'mexh'.",
        source_url="https://github.com/PyWavelets/pywt (doc/source/ref/cwt.rst)",
        formula_seen="pywt 'mexh': psi(t) = 2/(sqrt(3) pi^(1/4)) exp(-t^2/2) (1 - t^2) (constant = unit energy)",
        formula_agrees=True, expr=None, params=None,
        note="Shape agrees up to the normalisation constant 2/(sqrt(3) pi^(1/4)) ~ 0.8673, which the candidate "
             "omits (fine for an activation; say so in the docstring). Zhang & Benveniste (1992) wavelet-network "
             "paper not found; Zhang, Walter, Miao, Lee (1995, IEEE TSP 43(6)) and Oussar et al. (1998, "
             "Neurocomputing 20) pages seen, but neither excerpt prints the mexican hat."),
    "symlog": dict(
        verified=True,
        reference="Hafner, D., Pasukonis, J., Ba, J., Lillicrap, T. (2023). Mastering Diverse Domains through World "
                  "Models. arXiv:2301.04104 (DreamerV3; Nature 640, 647-653, 2025 as 'Mastering diverse control tasks "
                  "through world models'). symlog used there as a target/input transform, not as a hidden activation.",
        source_url="https://danijar.com/project/dreamerv3/ (authors, title) ; https://github.com/danijar/dreamerv3 "
                   "(embodied/jax/nets.py) ; https://ideas.repec.org/a/nat/nature/v640y2025i8059d10.1038_s41586-025-08744-2.html",
        formula_seen="official code: symlog(x) = sign(x) * log1p(|x|); symexp(x) = sign(x) * expm1(|x|)",
        formula_agrees=True, expr=None, params=None,
        note="Best citable source seen for sign(x) ln(1+|x|) by name 'symlog'. It is not an activation paper (used "
             "for prediction targets / inputs); several third-party repos use it as an nn.Module activation."),
})

CHECKS.update({
    "sqnl": dict(
        verified=False,
        reference="Wuraola, A., Patel, N. (2018). SQNL: A New Computationally Efficient Activation Function. "
                  "IJCNN 2018 (IEEE Xplore document 8489043).",
        source_url="https://github.com/UOA-Neural-on-Chip-Research-Group/SQNL-Family (sqnl.py) ; mlpack "
                   "methods/ann/activation_functions/sqnl_function.hpp (code corpus) ; digantamisra98/Echo "
                   "(echoAI/Activation/Torch/sqnl.py, cites ieeexplore document 8489043)",
        formula_seen="SQNL-Family sqnl.py: x_clip = clip(x, -2, 2); x_clip - x_clip^2/4 if x_clip >= 0 else "
                     "x_clip + x_clip^2/4; Echo/torch_activation docs: 1 (x > 2); x - x^2/4 (0 <= x <= 2); "
                     "x + x^2/4 (-2 <= x < 0); -1 (x < -2)",
        formula_agrees=True, expr=None, params=None,
        note="Formula confirmed by the SQNL-Family repository of the University of Auckland 'Neural-on-Chip' "
             "group (the authors' group; authorship of the repo not stated) and by mlpack (BibTeX: Adedamola "
             "Wuraola, Nitish Patel, 2018) and Echo (IEEE document 8489043). Range is [-1, 1]; everybodywiki's "
             "'range = +-2.0' refers to the input breakpoints. No IEEE page of the paper seen -> verified False; "
             "the DOI 10.1109/IJCNN.2018.8489043 is consistent with the IEEE document number but was not seen as "
             "such."),
    "elliott_unipolar": dict(
        verified=False,
        reference="Elliott, D. L. (1993). A Better Activation Function for Artificial Neural Networks. Technical "
                  "Report ISR TR 93-8, Institute for Systems Research, University of Maryland.",
        source_url="https://codedocs.xyz/Aakash-kaushik/mlpack/elliot__function_8hpp.html (mlpack BibTeX: "
                   "techreport Elliott1993, author Elliott, David L, url drum.lib.umd.edu/.../TR_93-8.pdf) ; "
                   "https://preview.concepedia.online/publication/W1511732006 (title, 1993, abstract) ; "
                   "http://www.gallamine.com/2013/01/",
        formula_seen="mlpack ElliotFunction: f(x) = x/(1 + |x|), f'(x) = 1/(1 + |x|)^2; MATLAB elliotsig: "
                     "symmetric, range [-1, 1]; gallamine blog: [0,1] version 0.5x/(1 + |x|) + 0.5",
        formula_agrees=None, expr=None, params=None,
        note="The report's own text was not seen (abstract only: 'satisfies a simple differential equation "
             "generalizing the logistic equation'). Libraries citing Elliott (mlpack, MATLAB elliotsig) implement "
             "the BIPOLAR x/(1+|x|) = softsign; the unipolar 0.5x/(1+|x|) + 0.5 was only seen on a blog. Author "
             "name and report number seen only in mlpack's BibTeX (the URL path contains TR_93-8)."),
    "snake": dict(
        verified=True,
        reference="Ziyin, L., Hartwig, T., Ueda, M. (2020). Neural Networks Fail to Learn Periodic Functions and How "
                  "to Fix It. NeurIPS 2020 (arXiv:2006.08195).",
        source_url="https://github.com/tensorflow/addons (tensorflow_addons/activations/snake.py)",
        formula_seen="tfa.activations.snake(x, frequency=1) = x + (1 - cos(2*frequency*x))/(2*frequency)",
        formula_agrees=True, expr=None, params=None,
        note="TensorFlow Addons (cites arXiv 2006.08195) implements x + (1 - cos 2ax)/(2a) = x + sin^2(ax)/a, i.e. "
             "WITH the 1/a factor -> the candidate's form is confirmed by a library implementation; default "
             "frequency 1 also matches. Paper body itself not seen."),
    "rrelu": dict(
        verified=True,
        reference="Xu, B., Wang, N., Chen, T., Li, M. (2015). Empirical Evaluation of Rectified Activations in "
                  "Convolutional Network. arXiv:1505.00853.",
        source_url="https://github.com/tensorflow/addons (tensorflow_addons/activations/rrelu.py)",
        formula_seen="tfa rrelu(x, lower=0.125, upper=1/3): x if x > 0; a x with a ~ U(lower, upper) in training, "
                     "a = (lower + upper)/2 in inference",
        formula_agrees=True, expr=None, params=None,
        note="TFA agrees with PyTorch (multiplicative slope, defaults 1/8 and 1/3). The paper's own divisor "
             "form (y = x/a, a ~ U(3, 8)) remains unverified (paper body not seen); the candidate keeps the "
             "library form, which is fine if documented as such."),
    "lisht": dict(
        verified=True,
        reference="Roy, S. K., Manna, S., Dubey, S. R., Chaudhuri, B. B. (2019). LiSHT: Non-Parametric Linearly "
                  "Scaled Hyperbolic Tangent Activation Function for Neural Networks. arXiv:1901.05894.",
        source_url="https://github.com/tensorflow/addons (tensorflow_addons/activations/lisht.py)",
        formula_seen="tfa lisht(x) = x * tanh(x) (cites arXiv 1901.05894)",
        formula_agrees=True, expr=None, params=None,
        note="Formula confirmed by TensorFlow Addons' implementation citing the paper."),
    "siren_sine": dict(
        verified=True,
        reference="Sitzmann, V., Martel, J. N. P., Bergman, A. W., Lindell, D. B., Wetzstein, G. (2020). Implicit "
                  "Neural Representations with Periodic Activation Functions. NeurIPS 2020 (arXiv:2006.09661).",
        source_url="https://github.com/vsitzmann/siren (modules.py, class Sine)",
        formula_seen="class Sine: forward(input) = torch.sin(30 * input)  # 'See paper sec. 3.2, final paragraph, and "
                     "supplement Sec. 1.5 for discussion of factor 30'; hidden-layer weights uniform(+-sqrt(6/n)/30)",
        formula_agrees=True, expr=None, params=None,
        note="Official code confirms omega_0 = 30, applied inside sin() in every layer (with hidden weights scaled "
             "by 1/30 at init), so sin(30 x) as a scalar activation is exactly the official module."),
    "mpelu": dict(
        verified=True,
        reference="Li, Y., Fan, C., Li, Y., Wu, Q., Ming, Y. (2018). Improving Deep Neural Network with Multiple "
                  "Parametric Exponential Linear Units. Neurocomputing 301, 11-24, doi:10.1016/j.neucom.2018.01.084 "
                  "(arXiv:1606.00305, 2016).",
        source_url="https://github.com/Coldmooon/Code-for-MPELU (README citation; torch/extra/cunn/lib/THCUNN/MPELU.cu)",
        formula_seen="official CUDA: out = x > 0 ? x : alpha*(exp(beta*x) - 1); gradInput at x <= 0: alpha*beta*exp(beta x); "
                     "README: 'MPELU is initialized with alpha = 0.25 or 1 and beta = 1'",
        formula_agrees=True, expr=None, params=None,
        note="Official code and README confirm formula, Neurocomputing 301 pp. 11-24 (2018) with DOI, and inits "
             "alpha in {0.25, 1}, beta = 1. x = 0 falls in the exponential branch (x > 0 test) -> kink alpha*beta, "
             "as in the candidate."),
    "soft_clipping": dict(
        verified=True,
        reference="Klimek, M. D., Perelstein, M. (2020). Neural Network-Based Approach to Phase Space Integration. "
                  "SciPost Physics 9, 053 (arXiv:1810.11509).",
        source_url="https://github.com/digantamisra98/Echo (echoAI/Activation/t_ops.py, class SoftClipping) [secondary]",
        formula_seen="Echo SoftClipping(alpha=0.5): (1/alpha) * log((1 + exp(alpha x))/(1 + exp(alpha (x - 1))))",
        formula_agrees=True, expr=None, params=None,
        note="Only a third-party library (Echo, no citation in the excerpt) seen; its default alpha is 0.5, not "
             "1 (the candidate's alpha=1 is ours). Paper body not seen. Echo has other bugs (hard ELiSH uses "
             "exp(x-1), SReLU uses x + t), so treat it as weak evidence."),
    "hexpo": dict(
        verified=False,
        reference="[authors not seen] Hexpo: A vanishing-proof activation function (IJCNN 2017, as recalled).",
        source_url="https://paperexplained.cn/articles/paper/detail/170eaec31e64c21ec6b80a322e03230933b5671e",
        formula_seen="", formula_agrees=None, expr=None, params=None,
        note="Searched again (pages by title/authors, code for an implementation): only the title/abstract page "
             "without authors and a 2025 follow-up (Shifted Hexpo, Otoo et al., MLWA 20) were found. Formula, "
             "authors and venue remain unverified."),
})

# ---------------------------------------------------------------------------------------------
# SURVEY_T: two stored code-corpus files (repository not named by the index; file ids 69765866674
# for Section 3 and 69379884078 for Section 4) that transcribe Kunc & Kléma (2024), "Three Decades
# of Activations", into PyTorch, keyed by survey equation numbers and with a list of survey
# ambiguities. They are a THIRD-PARTY transcription of the survey (secondary to the papers); their
# default values are the transcriber's unless the docstring says otherwise.
SURVEY_T = ("third-party PyTorch transcription of the Kunc & Kléma (2024) survey, code-corpus files "
            "69765866674 (Sec. 3) / 69379884078 (Sec. 4)")

CHECKS.update({
    "shifted_softplus": dict(
        verified=True,
        reference="Schütt, K. T., Kindermans, P.-J., Sauceda, H. E., Chmiela, S., Tkatchenko, A., Müller, K.-R. "
                  "(2017). SchNet: A continuous-filter convolutional neural network for modeling quantum "
                  "interactions. NeurIPS 2017.",
        source_url="https://github.com/atomistic-machine-learning/schnetpack (src/schnetpack/nn/activations.py)",
        formula_seen="schnetpack shifted_softplus(x): return softplus(x) - log(2.0) (docstring prints ln(1 + e^{-x}) - ln 2, "
                     "a docstring typo: the code uses softplus(x))",
        formula_agrees=True, expr=None, params=None,
        note="Official SchNet authors' package confirms ssp(x) = softplus(x) - ln 2 = ln(e^x/2 + 1/2)."),
    "golu": dict(
        verified=True,
        reference="Das, I., Safari, M., Adriaensen, S., Hutter, F. (2025). Gompertz Linear Units: Leveraging Asymmetry "
                  "for Enhanced Learning Dynamics. arXiv:2502.03654.",
        source_url="https://github.com/automl/GoLU (golu/golu_activation.py)",
        formula_seen="GoLU(x) = x * Gompertz(x), Gompertz(x) = alpha * exp(-beta * exp(-gamma * x)), alpha = beta = gamma = 1 "
                     "by default",
        formula_agrees=True, expr=None, params=None,
        note="Official code (automl = Hutter's group) confirms the default member x*exp(-exp(-x)); the code also exposes "
             "alpha, beta, gamma (a possible parameterised entry). Its docstring calls exp(-(x + exp(-x))) the Gumbel "
             "CDF -- that is the Gumbel density; the CDF is exp(-exp(-x)). The survey (SURVEY_T) lists the same "
             "function as 'ExpExpish' (Sec. 3.3.13)."),
    "gompertz": dict(
        verified=True,
        reference="Das, I., Safari, M., Adriaensen, S., Hutter, F. (2025). Gompertz Linear Units. arXiv:2502.03654 (gate); "
                  "listed as 'LogLog' activation in Kunc & Kléma (2024), Sec. 3.2.20 (per SURVEY_T).",
        source_url="https://github.com/automl/GoLU (golu/golu_activation.py) ; " + SURVEY_T,
        formula_seen="GoLU code: Gompertz(x) = alpha exp(-beta exp(-gamma x)); SURVEY_T LogLog: exp(-exp(-x))",
        formula_agrees=True, expr=None, params=None,
        note="Now supported as a standalone activation by the survey's 'LogLog' (Sec. 3.2.20, via the transcription; "
             "primary LogLog source not checked). Alias suggestion: 'loglog'."),
    "cloglog": dict(
        verified=True,
        reference="Gomes, G. S. da S., Ludermir, T. B. (2008). Learning and Nonlinear Models 6(2), 142-153 (as in candidates.py).",
        source_url=SURVEY_T,
        formula_seen="SURVEY_T Sec. 3.2.21 ComplementaryLogLog: 1 - exp(-exp(-x)); ModifiedComplementaryLogLog: 1 - 2 exp(-0.7 exp(-x))",
        formula_agrees=None, expr=None, params=None,
        note="CONFLICT (secondary): the survey transcription prints complementary log-log as 1 - e^{-e^{-x}} (a "
             "DECREASING function), not the standard inverse link 1 - e^{-e^{x}} used by the candidate. Probably a survey "
             "or transcription typo; the paper body (Portuguese) was not seen, so the candidate's standard form is kept."),
    "smu": dict(
        verified=True,
        reference="Biswas, K., Kumar, S., Banerjee, S., Pandey, A. K. (2021). SMU: smooth activation function for deep "
                  "networks using smoothing maximum technique. arXiv:2111.04682.",
        source_url="https://github.com/iFe1er/SMU_pytorch (smu.py, README BibTeX from ADS) ; " + SURVEY_T,
        formula_seen="SMU(x) = ((1+alpha)x + (1-alpha) x erf(mu (1-alpha) x))/2; iFe1er: alpha = 0.25, mu init 1e6 "
                     "(SMU-1: sqrt form, mu init 4.352665993287951e-9); other third-party copies alpha=0.01, mu=2.5; "
                     "SURVEY_T Eq. 265 same formula",
        formula_agrees=True, expr=None, params=None,
        note="Formula confirmed by several third-party implementations and the survey transcription (no official repo "
             "found). DEFAULTS DISAGREE between implementations: (alpha 0.25, mu 1e6) vs (alpha 0.01, mu 2.5); mu = 1e6 "
             "makes SMU practically leaky ReLU. The candidate's (0.25, 1) matches neither; paper's values not seen. "
             "CVPR 2022 venue/title still not seen (ADS BibTeX says arXiv e-prints, Nov 2021)."),
    "erfact": dict(
        verified=True,
        reference="Biswas, K., Kumar, S., Banerjee, S., Pandey, A. K. (2021). ErfAct and Pserf: Non-monotonic Smooth "
                  "Trainable Activation Functions. arXiv:2109.04386 (AAAI 2022 per candidates.py, not seen).",
        source_url=SURVEY_T + " ; code-corpus file 10713460575 (third-party MNIST script) ; torch_activation library (code corpus)",
        formula_seen="SURVEY_T Eq. 365: z * erf(a * exp(b z)); third-party: alpha = beta = 0.75 init (one script), "
                     "torch_activation ErfAct(a=1.0, b=0.5)",
        formula_agrees=True, expr=None, params=None,
        note="Formula confirmed (survey + implementations). Init 0.75/0.75 matches one third-party script only; "
             "paper's init not seen. Author names seen in third-party BibTeX-like references (Biswas, Kumar, Banerjee, Pandey)."),
    "pserf": dict(
        verified=True,
        reference="Biswas, K., Kumar, S., Banerjee, S., Pandey, A. K. (2021). ErfAct and Pserf. arXiv:2109.04386.",
        source_url=SURVEY_T + " ; code-corpus file 17282840827 (third-party PSerf module citing the paper)",
        formula_seen="SURVEY_T Eq. 366: z * erf(a softplus(b z)); third-party PSerf(gamma=1.0, sigma=1.25): "
                     "x * erf(gamma * log(1 + exp(sigma * x)))",
        formula_agrees=True, expr=None, params=None,
        note="Formula confirmed. DEFAULTS CONFLICT: third-party module uses gamma = 1.0, delta(sigma) = 1.25; candidate "
             "has gamma = 1.25, delta = 0.85 (memory). Neither seen in the paper -- flag defaults as unverified."),
    "pelu": dict(
        verified=True,
        reference="Trottier, L., Giguère, P., Chaib-draa, B. (2017). Parametric Exponential Linear Unit for Deep "
                  "Convolutional Neural Networks. ICMLA 2017 (arXiv:1605.09332).",
        source_url=SURVEY_T,
        formula_seen="SURVEY_T Eq. 307: (a/b) z for z >= 0, a (exp(z/b) - 1) otherwise; Eq. 306: unconstrained "
                     "3-parameter form c z / a(exp(z/b) - 1)",
        formula_agrees=True, expr=None, params=None,
        note="The survey prints both: Eq. 306 (three parameters, = paperswithcode's form) and the constrained Eq. 307 "
             "(c = a/b for differentiability at 0) used by the candidate -- so the paperswithcode form is the "
             "unconstrained variant, not an error. Official repo ltrottier/pelu not available here."),
    "erfrelu": dict(
        verified=True,
        reference="Rajanand, A., Singh, P. (2024). ErfReLU: adaptive activation function for deep neural network. "
                  "Pattern Analysis and Applications 27(2).",
        source_url=SURVEY_T,
        formula_seen="SURVEY_T Eq. 320 ErfReLU: z for z >= 0, a erf(z) otherwise (a trainable, init 1 in transcription)",
        formula_agrees=True, expr=None, params=None,
        note="The guessed formula matches the survey (secondary; ErfReLU paper body not seen)."),
    "pdelu": dict(
        verified=True,
        reference="Cheng, Q., Li, H., Wu, Q., Ma, L., Ngan, K. N. (2020). Parametric Deformable Exponential Linear Units "
                  "for Deep Neural Networks. Neural Networks 125.",
        source_url=SURVEY_T,
        formula_seen="SURVEY_T Eq. 332: z (z >= 0); a((1 + (1 - b) z)^(1/(1 - b)) - 1) otherwise, b = 0.9 in transcription",
        formula_agrees=True, expr=None, params=None,
        note="Survey prints the power without the [.]_+ clipping; the candidate's Max(0, .) keeps it real for "
             "x < -1/(1-t) (a reasonable, documented extension). t = 0.9 agrees with the transcription default."),
    "ptelu": dict(
        verified=True,
        reference="Duggal, R., Gupta, A. (2017). P-TELU: Parametric Tan Hyperbolic Linear Unit Activation for Deep Neural "
                  "Networks. ICCV 2017 Workshops.",
        source_url=SURVEY_T,
        formula_seen="SURVEY_T Eq. 291 PTELU: z (z >= 0); a tanh(b z) otherwise",
        formula_agrees=True, expr=None, params=None,
        note="Formula agrees with the survey (secondary)."),
    "preu": dict(
        verified=True,
        reference="Ying, Y., Su, J., Shan, P., Miao, L., Wang, X., Peng, S. (2019). Rectified Exponential Units for "
                  "Convolutional Neural Networks. IEEE Access 7.",
        source_url=SURVEY_T,
        formula_seen="SURVEY_T Eq. 267 PREU: a z (z >= 0); a z exp(b z) otherwise",
        formula_agrees=True, expr=None, params=None, note="Formula agrees with the survey (secondary)."),
    "reu": dict(
        verified=True,
        reference="Ying, Y. et al. (2019). Rectified Exponential Units for Convolutional Neural Networks. IEEE Access 7.",
        source_url=SURVEY_T,
        formula_seen="SURVEY_T Sec. 3.6.49 REU: x (x >= 0); x exp(x) otherwise",
        formula_agrees=True, expr=None, params=None, note="Formula agrees with the survey (secondary)."),
    "frelu": dict(
        verified=True,
        reference="Qiu, S., Xu, X., Cai, B. (2018). FReLU: Flexible Rectified Linear Units for Improving Convolutional "
                  "Neural Networks. ICPR 2018 (arXiv:1706.08098).",
        source_url=SURVEY_T,
        formula_seen="SURVEY_T Eq. 276 (final form): relu(z) + b; Eq. 275: relu(z + a) + b",
        formula_agrees=True, expr=None, params=None, note="Formula agrees with the survey (secondary)."),
    "tanhsoft_family": dict(
        verified=True,
        reference="Biswas, K., Kumar, S., Banerjee, S., Pandey, A. K. (2020). TanhSoft -- a family of activation functions "
                  "combining Tanh and Softplus. arXiv:2009.03863.",
        source_url=SURVEY_T + " ; https://deepai.org/publication/tanhsoft-a-family-of-activation-functions-combining-tanh-and-softplus",
        formula_seen="tanh(alpha x + beta e^{gamma x}) ln(delta + e^x); SURVEY_T Eqs. 346-348: TanhSoft-1 = tanh(a z) softplus(z), "
                     "TanhSoft-2 = z tanh(b exp(c z)), TanhSoft-3 = log(1 + exp(z) tanh(a z))",
        formula_agrees=True, expr=None, params=None,
        note="Survey numbering: tanh(a x) softplus(x) is TanhSoft-1 and x tanh(b e^{cx}) is TanhSoft-2 -- the "
             "candidates' 'tanhsoft_2' = tanh(0.87x) ln(1+e^x) is TanhSoft-1 in that numbering (rename suggested)."),
    "tanhsoft_2": dict(
        verified=True,
        reference="Biswas, K. et al. (2020). TanhSoft. arXiv:2009.03863.",
        source_url=SURVEY_T,
        formula_seen="SURVEY_T Eq. 346 TanhSoft1: tanh(a z) * softplus(z)",
        formula_agrees=True, expr=None, params=None,
        note="NAME: this is 'TanhSoft-1' in the survey's numbering (Eq. 346); 'TanhSoft-2' is z tanh(b e^{cz}) "
             "(Eq. 347). Suggest renaming to tanhsoft_1."),
    "eis_family": dict(
        verified=True,
        reference="Biswas, K., Kumar, S., Banerjee, S., Pandey, A. K. (2020). EIS -- a family of activation functions "
                  "combining Exponential, ISRU, and Softplus. arXiv:2009.13501.",
        source_url="https://researchtrend.ai/papers/2009.13501 (arXiv abstract with LaTeX, authors, 28 Sep 2020) ; "
                   "https://deeplearn.org/arxiv/158404/ ; " + SURVEY_T,
        formula_seen="\\frac{x(\\ln(1+e^x))^\\alpha}{\\sqrt{\\beta+\\gamma x^2}+\\delta e^{-\\theta x}}; example "
                     "\\frac{x\\ln(1+e^x)}{x+1.16e^{-x}}; SURVEY_T Eq. 436 EIS1: z softplus(z)/(z + d e^{-e z})",
        formula_agrees=True, expr=None, params=None,
        note="The abstract's LaTeX confirms the square root covers only beta + gamma x^2 (candidate correct). The "
             "x + 1.16 e^{-x} example is printed with x, not |x|, in both the abstract and the survey -- so it is a "
             "separate written form whose denominator vanishes for some x < 0 (DOUBT stays). The transcription's "
             "main EIS class wrongly puts delta e^{-theta x} inside the root."),
    "soft_root_sign": dict(
        verified=True,
        reference="Zhou, Y., Li, D., Huo, S., Kung, S.-Y. (2020). Soft-Root-Sign Activation Function. arXiv:2003.00547.",
        source_url=SURVEY_T,
        formula_seen="SURVEY_T Sec. 3.2.10 SoftRootSign(a=2.0, b=3.0): x / (x/a + exp(-x/b)); Sec. 4.17 SAAAF same form",
        formula_agrees=True, expr=None, params=None,
        note="Formula agrees with the survey (secondary); 2 and 3 are the transcription's defaults too (source of "
             "those values in the paper not seen)."),
    "serlu": dict(
        verified=True,
        reference="Zhang, G., Li, H. (2018). Effectiveness of Scaled Exponentially-Regularized Linear Units (SERLUs). "
                  "arXiv:1807.10117.",
        source_url=SURVEY_T + " ; https://aicurious.io/glossary/serlu (paperswithcode text)",
        formula_seen="SURVEY_T Sec. 3.7.13 SERLU(alpha=2.90427, lam=1.07862): lam * (x if x >= 0 else alpha x e^x)",
        formula_agrees=True, expr=None, params=None,
        note="The constants lambda = 1.07862, alpha = 2.90427 appear in the survey transcription -> the candidate's "
             "memory values are corroborated by a secondary source (paper body still not seen)."),
    "elish": dict(
        verified=True,
        reference="Basirat, M., Roth, P. M. (2018). The Quest for the Golden Activation Function. arXiv:1808.00783.",
        source_url=SURVEY_T,
        formula_seen="SURVEY_T Sec. 3.7.17 ELiSH: x sigma(x) (x >= 0); (e^x - 1) sigma(x) otherwise",
        formula_agrees=True, expr=None, params=None, note="Formula agrees with the survey (secondary)."),
    "hard_elish": dict(
        verified=True,
        reference="Basirat, M., Roth, P. M. (2018). The Quest for the Golden Activation Function. arXiv:1808.00783.",
        source_url=SURVEY_T + " ; https://github.com/digantamisra98/Echo (echoAI/Activation/t_ops.py)",
        formula_seen="SURVEY_T Eq. 179 'copied literally': x hs(x) (x >= 0); (1 + exp(-x)) hs(x) otherwise, "
                     "hs = clamp((x+1)/2, 0, 1); Echo: exp(x - 1) hs(x) for x < 0",
        formula_agrees=None, expr=None, params=None,
        note="Secondary sources disagree on the negative branch: survey (as transcribed) (1 + e^{-x}) hs(x) -- "
             "discontinuous at 0 (value 1 vs 0), surely a typo; Echo e^{x-1} hs(x) -- also discontinuous; "
             "paperswithcode (e^x - 1) hs(x) -- continuous, used by the candidate and the natural hard analogue of "
             "ELiSH. Keep the candidate, but the paper body must be checked."),
    "plu": dict(
        verified=True,
        reference="Nicolae, A. (2018). PLU: The Piecewise Linear Unit Activation Function. arXiv:1809.09534.",
        source_url=SURVEY_T,
        formula_seen="SURVEY_T Eq. 459 PLU(a=0.1, b=1): max(a(z + b) - b, min(a(z - b) + b, z))",
        formula_agrees=True, expr=None, params=None, note="Formula and defaults 0.1 / 1 agree with the survey (secondary)."),
    "apl_s1": dict(
        verified=True,
        reference="Agostinelli, F., Hoffman, M., Sadowski, P., Baldi, P. (2014). Learning Activation Functions to Improve "
                  "Deep Neural Networks. arXiv:1412.6830.",
        source_url=SURVEY_T + " ; https://github.com/digantamisra98/Echo (APL, a=0.2, b=0.5 init)",
        formula_seen="SURVEY_T Eq. 445 APLU: relu(z) + sum_s a_s relu(-z + b_s); Echo APL: a init 0.2, b init 0.5",
        formula_agrees=True, expr=None, params=None,
        note="Formula agrees; the candidate's defaults (1/5, 1/2) equal Echo's inits (not the paper's, not seen)."),
    "srelu": dict(
        verified=True,
        reference="Jin, X., Xu, C., Feng, J., Wei, Y., Xiong, J., Yan, S. (2016). Deep Learning with S-Shaped Rectified "
                  "Linear Activation Units. AAAI 2016.",
        source_url=SURVEY_T,
        formula_seen="SURVEY_T Eq. 453: t_r + a_r(z - t_r) (z >= t_r); t_l + a_l(z - t_l) (z <= t_l); z otherwise",
        formula_agrees=True, expr=None, params=None,
        note="Formula agrees with the survey (Echo's version uses z + t, a bug). Defaults ours (transcription: "
             "t_r=1, t_l=0, a_r=1, a_l=0.1)."),
    "penalized_tanh": dict(
        verified=True,
        reference="Xu, B., Huang, R., Li, M. (2016). Revise Saturated Activation Functions. arXiv:1602.05980.",
        source_url=SURVEY_T,
        formula_seen="SURVEY_T Sec. 3.2.9 PenalizedTanh(a=4.0): tanh(x) for x >= 0, tanh(x)/a otherwise",
        formula_agrees=True, expr=None, params=None,
        note="The survey uses the divisor convention tanh(x)/a with a = 4, i.e. multiplicative slope 1/4 = the "
             "candidate's a = 1/4. Document which convention the catalog uses."),
    "rescaled_sigmoid": dict(
        verified=True,
        reference="Xu, B., Huang, R., Li, M. (2016). Revise Saturated Activation Functions. arXiv:1602.05980.",
        source_url=SURVEY_T,
        formula_seen="SURVEY_T Eq. (4) ScaledSigmoid: 4 sigmoid(x) - 2",
        formula_agrees=True, expr=None, params=None,
        note="The scaling 4*sigma(x) - 2 is corroborated by the survey (secondary; attribution to Xu et al. not "
             "confirmed by that file)."),
    "thresholded_relu": dict(
        verified=True,
        reference="Konda, K., Memisevic, R., Krueger, D. (2015). Zero-bias autoencoders and the benefits of co-adapting "
                  "features. arXiv:1402.3337.",
        source_url="https://keras.io/2/api/layers/activation_layers/threshold_relu ; "
                   "https://tensorflow.org/versions/r2.15/api_docs/python/tf/keras/layers/ThresholdedReLU ; " + SURVEY_T,
        formula_seen="Keras ThresholdedReLU(theta=1.0): f(x) = x for x > theta, 0 otherwise; SURVEY_T Eq. 119 TRec: "
                     "x if x > a else 0",
        formula_agrees=True, expr=None, params=None,
        note="Keras default theta = 1.0 confirmed; x = theta in the zero branch, as in the candidate."),
    "relu_n": dict(
        verified=True,
        reference="Liew, S. S., Khalil-Hani, M., Bakhteri, R. (2016). Bounded activation functions ... Neurocomputing.",
        source_url=SURVEY_T,
        formula_seen="SURVEY_T Sec. 3.6.16 BoundedReLU(a=1): clamp(x, 0, a)",
        formula_agrees=True, expr=None, params=None, note="Formula agrees with the survey (secondary)."),
    "bounded_leaky_relu": dict(
        verified=True,
        reference="Liew, S. S., Khalil-Hani, M., Bakhteri, R. (2016). Bounded activation functions for enhanced training "
                  "stability of deep neural networks on visual pattern recognition problems. Neurocomputing.",
        source_url=SURVEY_T,
        formula_seen="SURVEY_T Sec. 3.6.24, Eq. (122): a z (z <= 0); z (0 < z < b); a z + c (z >= b), with "
                     "c = (1 - a) b for continuity",
        formula_agrees=False,
        expr="Piecewise((a*x, x <= 0), (x, x < n), (a*x + (1 - a)*n, True))", params=None,
        note="CORRECTION (secondary source): the survey defines bounded leaky ReLU as leaky on BOTH sides of the "
             "linear band (slope a above the bound n, continuous via c = (1-a)n), not capped flat at n as guessed. "
             "With this form the kinks become {0: a, n: a} (x = n in the upper branch). The Liew et al. paper body "
             "itself was not seen -- confirm before cataloguing."),
    "hexpo_survey_note": dict(
        verified=False, reference="(note attached to 'hexpo')", source_url=SURVEY_T,
        formula_seen="SURVEY_T Eq. (19) 'literal survey formula': -a(exp(-x/b) - 1) for x >= 0; c(exp(-x/d) - 1) for x < 0",
        formula_agrees=None, expr=None, params=None,
        note="the survey's printed negative branch c(e^{-x/d} - 1) is unbounded as x -> -inf, "
             "contradicting the abstract ('scalable limits on both positive and negative values'); the candidate's "
             "c(e^{x/d} - 1) is the bounded reading. Hexpo authors/venue still unverified."),
    "cosine": dict(
        verified=False,
        reference="[no single origin] cosine activation.",
        source_url=SURVEY_T,
        formula_seen="SURVEY_T Sec. 3.30 'Cosine': 1 - cos(x); Sec. 3.31 Cosid: cos(x) - x",
        formula_agrees=False, expr=None, params=None,
        note="CONFLICT: the survey's 'Cosine' activation is 1 - cos(x) (zero at 0), not cos(x). Either rename the "
             "candidate (e.g. 'cos') or switch to 1 - cos(x) with the survey as source. No primary paper found."),
    "cube": dict(
        verified=True,
        reference="Chen, D., Manning, C. D. (2014). A Fast and Accurate Dependency Parser using Neural Networks. EMNLP 2014.",
        source_url=SURVEY_T,
        formula_seen="SURVEY_T Sec. 3.43 'Triple': a x^3 (a = 1 default)",
        formula_agrees=True, expr=None, params=None,
        note="The survey lists the cube as 'Triple' (a x^3) -- alias candidate 'triple'. Chen & Manning's own text not seen."),
    "abs": dict(
        verified=True,
        reference="Jarrett, K., Kavukcuoglu, K., Ranzato, M., LeCun, Y. (2009). ICCV 2009.",
        source_url=SURVEY_T,
        formula_seen="SURVEY_T Sec. 3.6.25 'VReLU': |x|",
        formula_agrees=True, expr=None, params=None,
        note="The survey lists |x| as 'VReLU' -- alias candidate 'vrelu'."),
    "mexican_hat_survey_note": dict(
        verified=False, reference="(note attached to 'mexican_hat')", source_url=SURVEY_T,
        formula_seen="SURVEY_T Sec. 3.41 'Wave': (1 - x^2) exp(-a x^2); Sec. 3.23 piecewise Mexican hat with "
                     "coefficient 2/(sqrt(3) pi^(1/4))",
        formula_agrees=None, expr=None, params=None,
        note="the candidate mexican_hat (1-x^2)e^{-x^2/2} is the survey's 'Wave' with a = 1/2."),
    "symlog_survey_note": dict(
        verified=False, reference="(note attached to 'symlog')", source_url=SURVEY_T,
        formula_seen="SURVEY_T Sec. 3.13 LogarithmicActivation 'literal': ln(x) + 1 (x >= 0), -ln(-x) + 1 (x < 0); "
                     "Sec. 3.14 Symexp: sign(x)(e^|x| - 1)",
        formula_agrees=None, expr=None, params=None,
        note="the survey's printed 'logarithmic' activation is singular at 0 (probably a "
             "typo for ln(x+1) / -ln(-x+1)); it does not confirm symlog as recalled. symlog itself is supported by "
             "DreamerV3 (see 'symlog')."),
    "elliott_unipolar_survey_note": dict(
        verified=False, reference="(note attached to 'elliott_unipolar')", source_url=SURVEY_T,
        formula_seen="SURVEY_T Sec. 3.2.15 Elliott: 0.5 x/(1 + |x|) + 0.5",
        formula_agrees=None, expr=None, params=None,
        note="the survey's 'Elliott' is the UNIPOLAR form (as the candidate), while mlpack and "
             "MATLAB's elliotsig implement the bipolar x/(1+|x|)."),
})


def _survey_ok(name, reference, seen, note="", verified=True, params=None):
    """Entry whose formula was seen only in SURVEY_T (secondary) and agrees with the candidate."""
    CHECKS[name] = dict(verified=verified, reference=reference, source_url=SURVEY_T, formula_seen=seen,
                        formula_agrees=True, expr=None, params=params,
                        note=("Formula agrees with the survey transcription (secondary; paper body not seen). "
                              + note).strip())


_survey_ok("isru", "Carlile, B., Delamarter, G., Kinney, P., Marti, A., Whitney, B. (2017). Improving Deep Learning by "
           "Inverse Square Root Linear Units (ISRLUs). arXiv:1710.09967.",
           "SURVEY_T Sec. 3.8.10 ISRU(a=1): x/sqrt(1 + a x^2)")
_survey_ok("isrlu", "Carlile, B. et al. (2017). ISRLUs. arXiv:1710.09967.",
           "SURVEY_T Sec. 3.8.9 ISRLU(a=1): x (x >= 0); x/sqrt(1 + a x^2) otherwise")
_survey_ok("dsilu", "Elfwing, S., Uchibe, E., Doya, K. (2018). Neural Networks 107.",
           "SURVEY_T Sec. 3.3.21 DSiLU: s (1 + x (1 - s)), s = sigmoid(x)")
_survey_ok("probit", "Gomes, G. S. da S., Ludermir, T. B. (2008).", "SURVEY_T Sec. 3.2 Probit: (1 + erf(x/sqrt 2))/2")
_survey_ok("hard_sigmoid_binaryconnect", "Courbariaux, M., Bengio, Y., David, J.-P. (2015). BinaryConnect. NeurIPS 2015.",
           "SURVEY_T Sec. 3.6.17 HardSigmoid: clamp((x + 1)/2, 0, 1); also HardSigmoid02 clamp(0.2x + 0.5, 0, 1) (Eq. 113)",
           "The survey's default 'hard sigmoid' is this BinaryConnect form; the 0.2x+0.5 (Keras) form is its Eq. 113.")
_survey_ok("gish", "Kaytan, M., Aydilek, İ. B., Yeroğlu, C. (2023). Neural Computing and Applications 35.",
           "SURVEY_T Sec. 3.3.10 Gish: x log(2 - exp(-exp(x)))")
_survey_ok("logish", "Zhu, H., Zeng, H., Liu, J., Zhang, X. (2021). Neurocomputing 458.",
           "SURVEY_T Sec. 3.3.11 Logish: x log1p(sigmoid(x))")
_survey_ok("logish_ab", "Zhu, H. et al. (2021). Neurocomputing 458.",
           "SURVEY_T Sec. 3.3.15 ParametricLogish(a=1.0, b=10.0): a x log1p(sigmoid(b x))")
_survey_ok("phish", "Naveen, P. (2021/2022). Phish. TechRxiv 17283824.", "SURVEY_T Sec. 3.3.16 Phish: x tanh(gelu(x))")
_survey_ok("tanhexp", "Liu, X., Di, X. (2020). TanhExp. arXiv:2003.09855.", "SURVEY_T Sec. 3.3.31 TanhExp: x tanh(exp(x))",
           "ALIAS DOUBT on 'telu' CONFIRMED WRONG by the survey transcription: its 'TeLU' (Sec. 4.2.34, Eq. 295) is "
           "z tanh(ELU(a z)), not z tanh(e^z) -- drop 'telu' from tanhexp's aliases (the 2024 Fernandez & Mali TeLU "
           "was not checked).")
_survey_ok("serf", "Nag, S., Bhattacharyya, M., Mukherjee, A., Kundu, R. (2023). SERF. WACV 2023.",
           "SURVEY_T Sec. 3.3.32 Serf: x erf(softplus(x))")
_survey_ok("gcu", "Noel, M. M. et al. (2021). Growing Cosine Unit. arXiv:2108.12943.",
           "SURVEY_T Sec. 3.33 GrowingCosineUnit: x cos(x)")
_survey_ok("sinlu", "Paul, A. et al. (2022). SinLU. Mathematics 10(3), 337.",
           "SURVEY_T Eq. 364 SinLU(a=1, b=1): (z + a sin(b z)) sigmoid(z); torch_activation SinLU(a=0.5, b=1.0)",
           "Inits disagree between implementations (1 vs 0.5 for a); paper's init not seen.")
_survey_ok("flatten_t_swish", "Chieng, H. H., Wahid, N., Ong, P., Perla, S. R. K. (2018). Flatten-T Swish. IJAIN 4(2).",
           "SURVEY_T Sec. 3.6.46 FlattedTSwish(T=-0.20): relu(x) sigmoid(x) + T",
           "Survey spells it 'Flatted T-Swish'; T = -0.20 agrees.")
_survey_ok("relu_squared", "So, D. R. et al. (2021). Primer. arXiv:2109.08668.",
           "SURVEY_T Sec. 3.6.39 ReQU = RePU with p = 2: relu(x)^2", "Alias 'requ' supported.")
_survey_ok("bent_identity_survey", "(see bent_identity)", "SURVEY_T Sec. 3.10 BentIdentity: (sqrt(x^2+1) - 1)/2 + x")
_survey_ok("elliott_unipolar_survey", "(see elliott_unipolar)", "SURVEY_T Sec. 3.2.15 Elliott: 0.5x/(1+|x|) + 0.5")
_survey_ok("lecun_tanh_survey", "(see lecun_tanh)", "SURVEY_T Sec. 3.2.3 ScaledTanh(a=1.7159, b=2/3): a tanh(b x)")
_survey_ok("soft_exponential_survey", "(see soft_exponential)",
           "SURVEY_T Eq. 318 SoftExponential: (e^{az} - 1)/a + a (a > 0); z (a = 0); -log(1 - a(z + a))/a (a < 0)")
_survey_ok("arctan_survey", "(see arctan)", "SURVEY_T Sec. 3.2.4 Arctan: atan(x) (and ArctanGR: atan(x)/((1+sqrt 2)/2))")
_survey_ok("bipolar_sigmoid_survey", "(see bipolar_sigmoid)", "SURVEY_T Eq. (41): 2 sigmoid(x) - 1")
_survey_ok("sqnl_survey", "(see sqnl)", "SURVEY_T Sec. 3.8.1 SQNL: 1 / x - x^2/4 / x + x^2/4 / -1 with breaks at +-2, 0")
_survey_ok("quick_gelu_survey", "(see quick_gelu)", "SURVEY_T Sec. 3.3.1 Eq. (47): x sigmoid(1.702 x)")
_survey_ok("mpelu_survey", "(see mpelu)", "SURVEY_T Eq. 314 MPELU: z (z >= 0); a(exp(b z) - 1) otherwise")
_survey_ok("acon_c_survey", "(see acon_c)", "SURVEY_T Eq. 358 ACONC: (c - b) z sigmoid(a (c - b) z) + b z")
_survey_ok("starrelu_survey", "(see starrelu)", "SURVEY_T Eq. 278 StarReLU(a=0.8944, b=-0.4472): a relu(z)^2 + b",
           "The survey transcription initialises with 0.8944 / -0.4472 (the official code with 1 / 0).")
_survey_ok("squareplus_survey", "(see squareplus)", "SURVEY_T Sec. 4.55.1 SquarePlus (listed)")
_survey_ok("e_swish_survey", "(see e_swish)", "SURVEY_T Eq. 356 ESwish(a=1.5): a z sigmoid(z)")
_survey_ok("soft_clipping_survey", "(see soft_clipping)",
           "SURVEY_T Sec. 3.2.11 SoftClipping(a=1.0): (softplus(a x) - softplus(a(x - 1)))/a")

# rrelu / sine: extra survey evidence
CHECKS["rrelu"]["note"] += (" SURVEY_T Sec. 3.6.3 Eqs. (95)-(96): x/a for x < 0 with a ~ U(3, 8) in training and "
                            "x/((l+u)/2) at test -- i.e. the survey confirms the paper's DIVISOR form recalled in the "
                            "README (test slope 1/5.5 = 2/11), while PyTorch/TFA use multiplicative slopes in [1/8, 1/3] "
                            "(mean 11/48). The candidate follows the libraries; the paper's form differs.")
CHECKS["sine"]["note"] += (" SURVEY_T Sec. 3.29 lists 'Sine' as sin(pi x) and a plain sin(x) variant.")

# merge the *_survey / *_survey_note helper rows into the candidates they belong to
for _k in [k for k in list(CHECKS) if k.endswith("_survey") or k.endswith("_survey_note")]:
    _parent = _k.replace("_survey_note", "").replace("_survey", "")
    _row = CHECKS.pop(_k)
    if _parent in CHECKS:
        CHECKS[_parent]["formula_seen"] = (CHECKS[_parent]["formula_seen"] + " | " + _row["formula_seen"]).strip(" |")
        CHECKS[_parent]["source_url"] = (CHECKS[_parent]["source_url"] + " ; " + SURVEY_T).strip(" ;")
        CHECKS[_parent]["note"] += " | " + _row["note"]
    else:
        _row["reference"] = ""
        CHECKS[_parent] = _row

CHECKS.update({
    "prelu": dict(
        verified=True,
        reference="He, K., Zhang, X., Ren, S., Sun, J. (2015). Delving Deep into Rectifiers. ICCV 2015 (arXiv:1502.01852).",
        source_url="https://docs.pytorch.org/docs/stable/generated/torch.nn.modules.activation.PReLU.html",
        formula_seen="PReLU(x) = max(0,x) + a*min(0,x) = x if x >= 0 else a x; init (default) 0.25",
        formula_agrees=True, expr=None, params=None,
        note="PyTorch docs page now seen (stored copy): formula and init 0.25 confirmed. Paper body not seen. "
             "SURVEY_T writes PReLU with the divisor convention x/a (Eq. 257)."),
    "smelu": dict(
        verified=True,
        reference="Shamir, G. I., Lin, D., Coviello, L. (2020). Smooth activations and reproducibility in deep networks. "
                  "arXiv:2010.09931 (implementations cite the follow-up Shamir & Lin (2022), 'Real World Large Scale "
                  "Recommendation Systems Reproducibility and Smooth Activations', arXiv:2202.06499).",
        source_url="code corpus: r3v1/tf-SmeLU (tf_smelu/smelu.py), ChristophReich1996/SmeLU-Triton (smelu_pytorch.py), "
                   "emaballarin/ebtorch (nn/smelu.py)",
        formula_seen="((x + beta)^2)/(4 beta) for |x| <= beta, relu(x) otherwise; defaults beta = 1 (tf-SmeLU) or "
                     "beta = 2 (SmeLU-Triton, ebtorch)",
        formula_agrees=True, expr=None, params=None,
        note="Formula confirmed by three third-party implementations (none official); they cite arXiv 2202.06499, "
             "not 2010.09931. Default beta differs (1 vs 2); candidate's 1 matches tf-SmeLU."),
    "hard_mish": dict(
        verified=False,
        reference="[no paper found] hard-Mish (H-Mish), D. Misra's repository digantamisra98/H-Mish (seen only via a fork's "
                  "README); also in MindSpore-based model code.",
        source_url="https://github.com/PallHaraldsson/H-Mish (README of a fork: 'Formula - (x/2).min(2, max(0, x+2))', "
                   "CIFAR-10 table Swish/H-Mish/Mish/ReLU) ; code corpus MindSpore HardMish: 0.5 * x * (x + 2).clamp(0, 2)",
        formula_seen="(x/2) * min(2, max(0, x + 2)); MindSpore HardMish: 0.5 x clamp(x + 2, 0, 2)",
        formula_agrees=True, expr=None, params=None,
        note="Formula confirmed by two implementations; the original repo (digantamisra98/H-Mish) could not be "
             "fetched and no paper exists as far as seen. Note a different 'hardmish' in Tenstorrent kernels: "
             "x * clamp(x + 2.8, 0, 5)/5 -- name clash."),
    "nlrelu": dict(
        verified=True,
        reference="Liu, Y., Zhang, J., Gao, C., Qu, J., Ji, L. (2019). Natural-Logarithm-Rectified Activation Function in "
                  "Convolutional Neural Networks. arXiv:1908.03682.",
        source_url=SURVEY_T,
        formula_seen="SURVEY_T Sec. 3.6.12 NaturalLogReLU(beta=1): log1p(beta relu(x))",
        formula_agrees=True, expr=None, params=None,
        note="Formula agrees with the survey (and the IEEE record cited in candidates.py)."),
    "eis_isru_softplus": dict(
        verified=True,
        reference="Biswas, K., Kumar, S., Banerjee, S., Pandey, A. K. (2020). EIS. arXiv:2009.13501.",
        source_url="https://researchtrend.ai/papers/2009.13501",
        formula_seen="\\frac{x\\ln(1+e^x)}{\\sqrt{1+x^2}} (abstract LaTeX)",
        formula_agrees=True, expr=None, params=None,
        note="Confirmed by the abstract LaTeX (authors and date 28 Sep 2020 on the same page)."),
    "erf_activation": dict(
        verified=False, reference="[no source found]", source_url="", formula_seen="", formula_agrees=None,
        expr=None, params=None,
        note="Not found as a named activation in the sources read (SURVEY_T has erf only inside GELU/SMU/Serf/"
             "ErfAct/ErfReLU). Only third-party 'ErfActivation' modules (torch.erf) in the code corpus."),
    "sech": dict(
        verified=False, reference="[no source found]", source_url=SURVEY_T, formula_seen="", formula_agrees=None,
        expr=None, params=None,
        note="Plain sech is not in the survey transcription; only 'rectified hyperbolic secant' x*sech(x) "
             "(Sec. 3.3.27) and SechSig (x + sech x) sigma(x) (Sec. 3.2.22). Consider replacing with x*sech(x)."),
})
