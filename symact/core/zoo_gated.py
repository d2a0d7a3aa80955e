"""Self-gated activations from the literature (x times a gate), as text records.

Read by :func:`symact.core.entry.entry`, where the conventions are stated.
"""

from .entry import entry

ENTRIES = (
    entry('e_swish', 'beta*x/(1 + exp(-x))', 'self-gated',
          params=(
              ('beta', '1.375', 'real', "1 <= beta <= 2 (paper's range)"),
          ),
          aliases=('eswish',),
          reference=('Alcaide, E. (2018). E-swish: Adjusting Activations to Different Network '
                     'Depths. arXiv:1801.07145.'),
          source='https://ar5iv.labs.arxiv.org/html/1801.07145'),
    entry('e_swish_beta', 'beta*x/(1 + exp(-beta*x))', 'self-gated',
          params=(
              ('beta', '1.5', 'positive', 'beta > 0'),
          ),
          aliases=('eswish_beta',),
          requires=(
              ('beta > 0', 'beta > 0'),
          ),
          reference=('[authors and year not seen] E_Swish Beta: Modifying Swish Activation '
                     'Function for Deep Learning Improvement. In: Enabling Machine Learning '
                     'Applications in Data Science, Springer (doi:10.1007/978-981-33-6129-4_19).'
                     ' Title, book and formula seen; the default beta = 3/2 is ours (the '
                     'abstract gives none)'),
          source='https://doi.org/10.1007/978-981-33-6129-4_19'),
    entry('lisht', 'x*tanh(x)', 'self-gated',
          reference=('Roy, S. K., Manna, S., Dubey, S. R., Chaudhuri, B. B. (2019). LiSHT: '
                     'Non-Parametric Linearly Scaled Hyperbolic Tangent Activation Function for '
                     'Neural Networks. arXiv:1901.05894.'),
          source='https://tomesphere.com/paper/1901.05894'),
    entry('logish', 'x*log(1 + 1/(1 + exp(-x)))', 'self-gated',
          reference='Zhu, H., Zeng, H., Liu, J., Zhang, X. (2021). Neurocomputing 458.',
          source='https://bohrium.dp.tech/paper/arxiv/6135f58f5244ab9dcb16d9e5'),
    entry('logish_ab', 'alpha*x*log(1 + 1/(1 + exp(-beta*x)))', 'self-gated',
          params=(
              ('alpha', '1', 'positive', 'alpha > 0'),
              ('beta', '10', 'positive', 'beta > 0'),
          ),
          requires=(
              ('alpha > 0', 'alpha > 0'),
              ('beta > 0', 'beta > 0'),
          ),
          reference='Zhu, H. et al. (2021). Neurocomputing 458.',
          source='https://bohrium.dp.tech/paper/arxiv/6135f58f5244ab9dcb16d9e5'),
    entry('smish', 'x*tanh(log(1 + 1/(1 + exp(-x))))', 'self-gated',
          reference=('Wang, X., Ren, H., Wang, A. (2022). Smish: A Novel Activation Function '
                     'for Deep Learning Methods. Electronics 11(4), 540, '
                     'doi:10.3390/electronics11040540 (title, year and formula on the '
                     "publisher's page; the authors' names seen only in code citing it)"),
          source='https://www.mdpi.com/2079-9292/11/4/540/htm'),
    entry('serf', 'x*erf(log(1 + exp(x)))', 'self-gated',
          aliases=('log_softplus_error',),
          reference=('Nag, S., Bhattacharyya, M., Mukherjee, A., Kundu, R. (2023). SERF. WACV '
                     '2023.'),
          source=('https://openaccess.thecvf.com/content/WACV2023/html/Nag_SERF_Towards_Better_T'
                  'raining_of_Deep_Neural_Networks_Using_Log-Softplus_WACV_2023_paper.html')),
    entry('tanhexp', 'x*tanh(exp(x))', 'self-gated',
          aliases=('tanh_exp',),
          reference='Liu, X., Di, X. (2020). TanhExp. arXiv:2003.09855.',
          source='https://www.arxiv-vanity.com/papers/2003.09855/'),
    entry('tanhsoft_family', 'tanh(alpha*x + beta*exp(gamma*x))*log(delta + exp(x))', 'self-gated',
          params=(
              ('alpha', '0', 'real', 'real'),
              ('beta', '0.6', 'real', 'real'),
              ('gamma', '1', 'real', 'real'),
              ('delta', '0', 'nonnegative', 'delta >= 0 (delta=0 gives log(e^x)=x)'),
          ),
          aliases=('tanhsoft',),
          requires=(
              ('delta >= 0', 'delta >= 0 (delta=0 gives log(e^x)=x)'),
          ),
          reference=('Biswas, K., Kumar, S., Banerjee, S., Pandey, A. K. (2020). TanhSoft -- a '
                     'family of activation functions combining Tanh and Softplus. '
                     'arXiv:2009.03863.'),
          source='https://arxiv.deeppaper.ai/papers/2009.03863v1?locale=en'),
    entry('tanhsoft_1', 'tanh(alpha*x)*log(1 + exp(x))', 'self-gated',
          params=(
              ('alpha', '0.87', 'real', 'real'),
          ),
          reference='Biswas, K. et al. (2020). TanhSoft. arXiv:2009.03863.',
          source='https://arxiv.deeppaper.ai/papers/2009.03863v1?locale=en'),
    entry('eis_family',
          'x*log(1 + exp(x))**alpha/(sqrt(beta + gamma*x**2) + delta*exp(-theta*x))',
          'self-gated',
          params=(
              ('alpha', '1', 'nonnegative', 'alpha >= 0'),
              ('beta', '0', 'nonnegative', 'beta >= 0'),
              ('gamma', '1', 'nonnegative', 'gamma >= 0'),
              ('delta', '1', 'nonnegative', 'delta >= 0'),
              ('theta', '1', 'nonnegative', 'theta >= 0; denominator must stay > 0 on R'),
          ),
          aliases=('eis',),
          requires=(
              ('alpha >= 0', 'alpha >= 0'),
              ('beta >= 0', 'beta >= 0'),
              ('gamma >= 0', 'gamma >= 0'),
              ('delta >= 0', 'delta >= 0'),
              ('theta >= 0', 'theta >= 0; denominator must stay > 0 on R'),
          ),
          reference=('Biswas, K., Kumar, S., Banerjee, S., Pandey, A. K. (2020). EIS -- a family'
                     ' of activation functions combining Exponential, ISRU, and Softplus. '
                     'arXiv:2009.13501.'),
          source=('https://docslib.org/doc/1109397/eis-a-family-of-activation-functions-combinin'
                  'g-exponential-isru-and-softplus')),
    entry('gish', 'x*log(2 - exp(-exp(x)))', 'self-gated',
          reference=('Kaytan, M., Aydilek, İ. B., Yeroğlu, C. (2023). Neural Computing and '
                     'Applications 35.'),
          source='http://161.9.193.26/xmlui/handle/20.500.12508/3005'),
    entry('elish',
          'Piecewise(((exp(x) - 1)/(1 + exp(-x)), x < 0), (x/(1 + exp(-x)), True))',
          'self-gated',
          aliases=('exponential_linear_squashing',),
          kinks=(('0', '1/2'),),
          reference=('Basirat, M., Roth, P. M. (2018). The Quest for the Golden Activation '
                     'Function. arXiv:1808.00783.'),
          source='https://tomesphere.com/paper/1808.00783'),
    entry('hard_elish',
          ('Piecewise((0, x <= -1), ((exp(x) - 1)*(x + 1)/2, x < 0), (x*(x + 1)/2, x < 1), (x, '
           'True))'),
          'self-gated',
          aliases=('hardelish',),
          kinks=(('-1', '0'), ('0', '1/2'), ('1', '1'),),
          reference=('Basirat, M., Roth, P. M. (2018). The Quest for the Golden Activation '
                     'Function. arXiv:1808.00783.'),
          source='https://tomesphere.com/paper/1808.00783'),
    entry('acon_c', '(p1 - p2)*x/(1 + exp(-beta*(p1 - p2)*x)) + p2*x', 'self-gated',
          params=(
              ('p1', '1', 'real', 'real (learned)'),
              ('p2', '0', 'real', 'real (learned)'),
              ('beta', '1', 'real', 'real (learned switching factor)'),
          ),
          aliases=('acon',),
          reference=('Ma, N., Zhang, X., Liu, M., Sun, J. (2021). Activate or Not: Learning '
                     'Customized Activation. CVPR 2021 (arXiv:2009.04759).'),
          source=('http://openaccess.thecvf.com//content/CVPR2021/html/Ma_Activate_or_Not_Learni'
                  'ng_Customized_Activation_CVPR_2021_paper.html')),
    entry('erfact', 'x*erf(alpha*exp(beta*x))', 'self-gated',
          params=(
              ('alpha', '3/4', 'real', 'real (trainable)'),
              ('beta', '3/4', 'real', 'real (trainable)'),
          ),
          reference=('Biswas, K., Kumar, S., Banerjee, S., Pandey, A. K. (2021). ErfAct and '
                     'Pserf: Non-monotonic Smooth Trainable Activation Functions. '
                     'arXiv:2109.04386 (AAAI 2022 per candidates.py, not seen).'),
          source='https://ar5iv.labs.arxiv.org/html/2109.04386'),
    entry('pserf', 'x*erf(gamma*log(1 + exp(delta*x)))', 'self-gated',
          params=(
              ('gamma', '5/4', 'real', 'real (trainable)'),
              ('delta', '17/20', 'real', 'real (trainable)'),
          ),
          reference=('Biswas, K., Kumar, S., Banerjee, S., Pandey, A. K. (2021). ErfAct and '
                     'Pserf. arXiv:2109.04386.'),
          source='https://ar5iv.labs.arxiv.org/html/2109.04386'),
    entry('phish', 'x*tanh(x*(1 + erf(x/sqrt(2)))/2)', 'self-gated',
          reference='Naveen, P. (2021/2022). Phish. TechRxiv 17283824.',
          source=('https://www.techrxiv.org/articles/preprint/Phish_A_Novel_Hyper-Optimizable_Ac'
                  'tivation_Function/17283824/2')),
    entry('golu', 'x*exp(-exp(-x))', 'self-gated',
          aliases=('gompertz_linear_unit', 'expexpish',),
          reference=('Das, I., Safari, M., Adriaensen, S., Hutter, F. (2025). Gompertz Linear '
                     'Units: Leveraging Asymmetry for Enhanced Learning Dynamics. '
                     'arXiv:2502.03654.'),
          source='https://tomesphere.com/paper/2502.03654'),
    entry('quick_gelu', 'x/(1 + exp(-1.702*x))', 'self-gated',
          aliases=('gelu_sigmoid_approx',),
          reference=('Hendrycks, D., Gimpel, K. (2016). Gaussian Error Linear Units (GELUs). '
                     "arXiv:1606.08415 (sigmoid approximation x*sigma(1.702x)); name 'QuickGELU'"
                     " from OpenAI's CLIP code (Radford et al. 2021, github.com/openai/CLIP, "
                     'clip/model.py).'),
          source='https://github.com/hendrycks/GELUs'),
    entry('hard_mish', 'Piecewise((0, x <= -2), (x*(x + 2)/2, x < 0), (x, True))', 'self-gated',
          aliases=('hardmish',),
          kinks=(('-2', '0'), ('0', '1'),),
          reference=('[no paper found; no author credit seen] Hard Mish (H-Mish): '
                     '(x/2)*min(2, max(0, x + 2)) in the README of github.com/niyazed/H-Mish'),
          source='https://github.com/niyazed/H-Mish'),
    entry('flatten_t_swish', 'Piecewise((T, x < 0), (x/(1 + exp(-x)) + T, True))', 'self-gated',
          params=(
              ('T', '-1/5', 'real', "T <= 0 (paper's best T = -0.20)"),
          ),
          aliases=('fts', 'ftswish',),
          kinks=(('0', '1/2'),),
          reference=('Chieng, H. H., Wahid, N., Ong, P., Perla, S. R. K. (2018). Flatten-T '
                     'Swish. IJAIN 4(2).'),
          source='http://eprints.uthm.edu.my/id/eprint/5227'),
    entry('eis_isru_softplus', 'x*log(1 + exp(x))/sqrt(1 + x**2)', 'self-gated',
          reference=('Biswas, K., Kumar, S., Banerjee, S., Pandey, A. K. (2020). EIS. '
                     'arXiv:2009.13501.'),
          source=('https://docslib.org/doc/1109397/eis-a-family-of-activation-functions-combinin'
                  'g-exponential-isru-and-softplus')),
    entry('aptx', '(a + tanh(b*x))*g*x', 'self-gated',
          params=(
              ('a', '1', 'real', 'real (paper default 1)'),
              ('b', '1', 'real', 'real (default 1)'),
              ('g', '1/2', 'real', 'real (default 1/2)'),
          ),
          aliases=('alpha_plus_tanh_times',),
          reference=('Kumar, R. (2022). APTx: better activation function than MISH, SWISH, and '
                     "ReLU's variants used in deep learning. International Journal of Artificial"
                     ' Intelligence and Machine Learning 2(2), 56-61 '
                     '(doi:10.51483/IJAIML.2.2.2022.56-61; arXiv:2209.06119).'),
          source='http://kk6lht.com/papers/2209.06119.md'),
    entry('colu', 'x/(1 - x*exp(-(x + exp(x))))', 'self-gated',
          aliases=('collapsing_linear_unit',),
          reference=('Vagerwal, A. (2021). Deeper Learning with CoLU Activation. '
                     'arXiv:2112.12078'),
          source='https://arxiv.org/abs/2112.12078v1'),
    entry('lipswish', 'x/(1 + exp(-b*x))/(11/10)', 'self-gated',
          params=(
              ('b', 'log(1 + exp(1/2))', 'positive',
               'b > 0 (the code learns b = softplus(b_raw), b_raw init 0.5)'),
          ),
          aliases=('lip_swish',),
          requires=(
              ('b > 0', 'b > 0 (the code learns b = softplus(b_raw), b_raw init 0.5)'),
          ),
          reference=('Chen, R. T. Q., Behrmann, J., Duvenaud, D., Jacobsen, J.-H. (2019). '
                     'Residual Flows for Invertible Generative Modeling. NeurIPS 2019 '
                     '(arXiv:1906.02735).'),
          source='https://openreview.net/forum?id=HkgS1BBx8r'),
    entry('aria2', 'x*(1 + exp(-b*x))**(-a)', 'self-gated',
          params=(
              ('a', '3/2', 'positive', 'a > 0'),
              ('b', '2', 'positive', 'b > 0'),
          ),
          aliases=('aria_2',),
          requires=(
              ('a > 0', 'a > 0'),
              ('b > 0', 'b > 0'),
          ),
          reference=('Patwardhan, N., Ingalhalikar, M., Walambe, R. (2018). ARiA: Utilizing '
                     "Richard's Curve for Controlling the Non-monotonicity of the Activation "
                     'Function in Deep Neural Nets. arXiv:1805.08878.'),
          source=('https://www.paperswithcode.com/paper/aria-utilizing-richards-curve-for-contro'
                  'lling')),
    entry('eanaf', 'x*exp(x)/(exp(x) + 2)', 'self-gated',
          aliases=('efficient_asymmetric_nonlinear_activation',),
          reference=('Chai, E., Yu, W., Cui, T., Ren, J., Ding, S. (2022). An efficient '
                     'asymmetric nonlinear activation function for deep neural networks. '
                     'Symmetry 14(5), 1027 (doi:10.3390/sym14051027).'),
          source='https://ouci.dntb.gov.ua/en/works/ldjyk8G7'),
)
