"""Exponential-linear, periodic and other activations of the literature, as text records.

Read by :func:`symact.core.entry.entry`, where the conventions are stated.
"""

from .entry import entry

ENTRIES = (
    entry('isrlu', 'Piecewise((x/sqrt(1 + alpha*x**2), x < 0), (x, True))', 'exponential',
          params=(
              ('alpha', '1', 'positive', 'alpha > 0'),
          ),
          aliases=('inverse_square_root_linear_unit',),
          kinks=(('0', '1'),),
          requires=(
              ('alpha > 0', 'alpha > 0'),
          ),
          reference='Carlile, B. et al. (2017). ISRLUs. arXiv:1710.09967.',
          source='https://openreview.net/forum?id=HkMCybx0-'),
    entry('pelu', 'Piecewise((a*(exp(x/b) - 1), x <= 0), (a/b*x, True))', 'exponential',
          params=(
              ('a', '1', 'positive', 'a > 0'),
              ('b', '1', 'positive', 'b > 0'),
          ),
          aliases=('parametric_elu',),
          kinks=(('0', 'a/b'),),
          requires=(
              ('a > 0', 'a > 0'),
              ('b > 0', 'b > 0'),
          ),
          reference=('Trottier, L., Giguère, P., Chaib-draa, B. (2017). Parametric Exponential '
                     'Linear Unit for Deep Convolutional Neural Networks. ICMLA 2017 '
                     '(arXiv:1605.09332).'),
          source='https://arxiv.org/abs/1605.09332v1'),
    entry('gcu', 'x*cos(x)', 'periodic',
          aliases=('growing_cosine_unit',),
          reference='Noel, M. M. et al. (2021). Growing Cosine Unit. arXiv:2108.12943.',
          source='https://paperswithcode.com/paper/growing-cosine-unit-a-novel-oscillatory'),
    entry('snake', 'x + sin(a*x)**2/a', 'periodic',
          params=(
              ('a', '1', 'positive', 'a != 0 (a > 0 in the paper)'),
          ),
          requires=(
              ('Ne(a, 0)', 'a != 0 (a > 0 in the paper)'),
          ),
          reference=('Ziyin, L., Hartwig, T., Ueda, M. (2020). Neural Networks Fail to Learn '
                     'Periodic Functions and How to Fix It. NeurIPS 2020 (arXiv:2006.08195).'),
          source=('https://papers.neurips.cc/paper/2020/hash/1160453108d3e537255e9f7b931f4e90-Ab'
                  'stract.html')),
    entry('sinlu', '(x + a*sin(b*x))/(1 + exp(-x))', 'periodic',
          params=(
              ('a', '1', 'real', 'real (trainable)'),
              ('b', '1', 'real', 'real (trainable)'),
          ),
          aliases=('sinu_sigmoidal_linear_unit',),
          reference='Paul, A. et al. (2022). SinLU. Mathematics 10(3), 337.',
          source='https://doaj.org/article/0edaf4d0642c47eba4ce37684edab700'),
    entry('siren_sine', 'sin(omega_0*x)', 'periodic',
          params=(
              ('omega_0', '30', 'positive', 'omega_0 > 0 (30 for the first layer in the paper)'),
          ),
          aliases=('siren',),
          requires=(
              ('omega_0 > 0', 'omega_0 > 0 (30 for the first layer in the paper)'),
          ),
          reference=('Sitzmann, V., Martel, J. N. P., Bergman, A. W., Lindell, D. B., Wetzstein,'
                     ' G. (2020). Implicit Neural Representations with Periodic Activation '
                     'Functions. NeurIPS 2020 (arXiv:2006.09661).'),
          source=('https://object.cloud.sdsc.edu/v1/AUTH_da4962d3368042ac8337e2dfdd3e7bf3/ml-pap'
                  'ers-txt/NeurIPS/2020/implicit_neural_representations_with_periodic_activation'
                  '_functions__20223fd5.txt')),
    entry('soft_exponential', '(exp(alpha*x) - 1)/alpha + alpha', 'exponential',
          params=(
              ('alpha', '1', 'positive', 'alpha > 0'),
          ),
          aliases=('softexponential', 'soft_exp',),
          requires=(
              ('alpha > 0', 'alpha > 0'),
          ),
          reference=('Godfrey, L. B., Gashler, M. S. (2015/2016). A continuum among logarithmic,'
                     ' linear, and exponential functions, and its potential to improve '
                     'generalization in neural networks. 7th International Joint Conference on '
                     'Knowledge Discovery, Knowledge Engineering and Knowledge Management (IC3K '
                     '2015), KDIR, pp. 481-486 (SciTePress); arXiv:1602.01321 (2016-02-03).'),
          source='https://mlprior.com/articles/details/163812'),
    entry('mpelu', 'Piecewise((alpha*(exp(beta*x) - 1), x <= 0), (x, True))', 'exponential',
          params=(
              ('alpha', '1', 'real', 'real (learned)'),
              ('beta', '1', 'positive', 'beta > 0'),
          ),
          aliases=('multiple_parametric_elu',),
          kinks=(('0', 'alpha*beta'),),
          requires=(
              ('beta > 0', 'beta > 0'),
          ),
          reference=('Li, Y., Fan, C., Li, Y., Wu, Q., Ming, Y. (2018). Improving Deep Neural '
                     'Network with Multiple Parametric Exponential Linear Units. Neurocomputing '
                     '301, 11-24, doi:10.1016/j.neucom.2018.01.084 (arXiv:1606.00305, 2016).'),
          source='https://www.emergentmind.com/articles/1606.00305'),
    entry('serlu', 'lam*Piecewise((alpha*x*exp(x), x < 0), (x, True))', 'exponential',
          params=(
              ('lam', '1.07862', 'positive', 'lam > 0'),
              ('alpha', '2.90427', 'positive', 'alpha > 0'),
          ),
          aliases=('scaled_exponentially_regularized_linear_unit',),
          kinks=(('0', 'lam'),),
          requires=(
              ('lam > 0', 'lam > 0'),
              ('alpha > 0', 'alpha > 0'),
          ),
          reference=('Zhang, G., Li, H. (2018). Effectiveness of Scaled '
                     'Exponentially-Regularized Linear Units (SERLUs). arXiv:1807.10117.'),
          source='https://tomesphere.com/paper/1807.10117'),
    entry('soft_root_sign', 'x/(x/alpha + exp(-x/beta))', 'other',
          params=(
              ('alpha', '2', 'positive', 'alpha > 0'),
              ('beta', '3', 'positive',
               'beta > 0 with beta/alpha < e (denominator stays positive)'),
          ),
          aliases=('srs',),
          requires=(
              ('alpha > 0', 'alpha > 0'),
              ('beta > 0', 'beta > 0'),
              # min of x/alpha + exp(-x/beta) is (beta/alpha)(1 - log(beta/alpha)): a pole
              # on R once beta >= e*alpha
              ('beta < exp(1)*alpha', 'x/alpha + exp(-x/beta) vanishes once beta >= e*alpha'),
          ),
          reference=('Zhou, Y., Li, D., Huo, S., Kung, S.-Y. (2020). Soft-Root-Sign Activation '
                     'Function. arXiv:2003.00547.'),
          source='https://www.paperswithcode.com/paper/soft-root-sign-activation-function'),
    entry('hexpo',
          'Piecewise((c*(exp(x/d) - 1), x < 0), (-a*(exp(-x/b) - 1), True))',
          'exponential',
          params=(
              ('a', '1', 'positive', 'a > 0'),
              ('b', '1', 'positive', 'b > 0'),
              ('c', '1', 'positive', 'c > 0'),
              ('d', '1', 'positive', 'd > 0'),
          ),
          kinks=(('0', 'a/b'),),
          requires=(
              ('a > 0', 'a > 0'),
              ('b > 0', 'b > 0'),
              ('c > 0', 'c > 0'),
              ('d > 0', 'd > 0'),
          ),
          reference=('[authors, venue and year not seen] Hexpo: A vanishing-proof activation '
                     'function (title and abstract seen); the formula as in the ai-on-browser '
                     "library's hexpo.js (a survey transcription has c*(exp(-x/d) - 1) for "
                     'x < 0, unbounded, against the abstract)'),
          source=('https://paperexplained.cn/articles/paper/detail/'
                  '170eaec31e64c21ec6b80a322e03230933b5671e')),
    entry('ptelu', 'Piecewise((alpha*tanh(beta*x), x < 0), (x, True))', 'exponential',
          params=(
              ('alpha', '1', 'nonnegative', 'alpha >= 0'),
              ('beta', '1', 'nonnegative', 'beta >= 0'),
          ),
          aliases=('p_telu', 'parametric_tanh_linear_unit',),
          kinks=(('0', '1'),),
          requires=(
              ('alpha >= 0', 'alpha >= 0'),
              ('beta >= 0', 'beta >= 0'),
          ),
          reference=('Duggal, R., Gupta, A. (2017). P-TELU: Parametric Tan Hyperbolic Linear '
                     'Unit Activation for Deep Neural Networks. ICCV 2017 Workshops.'),
          source=('https://openaccess.thecvf.com/content_ICCV_2017_workshops/w18/html/Duggal_P-T'
                  'ELU_Parametric_Tan_ICCV_2017_paper.html')),
    entry('pdelu',
          ('Piecewise((-alpha, x <= 1/(t - 1)), (alpha*((1 + (1 - t)*x)**(1/(1 - t)) - 1), x <= '
           '0), (x, True))'),
          'exponential',
          params=(
              ('alpha', '1', 'real', 'real (learned)'),
              ('t', '9/10', 'real', 't != 1 (t -> 1 gives ELU); t < 1 here'),
          ),
          aliases=('parametric_deformable_elu',),
          requires=(('t < 1', 't < 1: the first branch ends at x = 1/(t - 1) < 0'),),
          kinks=(('0', 'alpha'), ('1/(t - 1)', '0'),),
          reference=('Cheng, Q., Li, H., Wu, Q., Ma, L., Ngan, K. N. (2020). Parametric '
                     'Deformable Exponential Linear Units for Deep Neural Networks. Neural '
                     'Networks 125.'),
          source='https://bohrium.dp.tech/paper/arxiv/1606.00305'),
    entry('sine', 'sin(x)', 'periodic',
          aliases=('sinusoid',),
          reference=('[authors not on the page; Parascandolo and Virtanen (2016) in a '
                     'secondary citation] Taming the waves: sine as activation function in deep '
                     'neural networks. Submitted to ICLR 2017 (OpenReview Sks3zF9eg)'),
          source='https://openreview.net/forum?id=Sks3zF9eg'),
    entry('cosine', '1 - cos(x)', 'periodic',
          reference=('[no single origin] cosine activation. [reference not checked against the '
                     'paper]')),
    entry('bent_identity', '(sqrt(x**2 + 1) - 1)/2 + x', 'other',
          aliases=('bent_id',),
          reference=('[no paper; library sources] Waffles toolkit GClasses::GActivationBend; e3x'
                     ' (JAX library) e3x.nn.activations.bent_identity.'),
          source=('http://www.gabormelli.com/RKB/Inverse_Square_Root_Linear_Unit_(ISRLU)_Activat'
                  'ion_Function')),
    entry('gaussian', 'exp(-x**2)', 'other',
          aliases=('gauss', 'rbf',),
          reference=('[classic; library sources] Waffles toolkit GClasses::GActivationGaussian; '
                     "Wikipedia 'Activation function' table (2018 copy on gabormelli.com)."),
          source='http://www.gabormelli.com/RKB/Soft_Exponential_Activation_Function'),
    entry('sinc', 'Piecewise((1, Eq(x, 0)), (sin(x)/x, True))', 'periodic',
          aliases=('cardinal_sine',),
          kinks=(('0', '0'),),
          reference=('[classic; library sources] Waffles toolkit GClasses::GActivationSinc; '
                     "Wikipedia 'Activation function' table (2018 copy on gabormelli.com)."),
          source='http://www.gabormelli.com/RKB/Soft_Exponential_Activation_Function'),
    entry('reu', 'Piecewise((x*exp(x), x <= 0), (x, True))', 'exponential',
          aliases=('rectified_exponential_unit',),
          kinks=(('0', '1'),),
          reference=('Ying, Y. et al. (2019). Rectified Exponential Units for Convolutional '
                     'Neural Networks. IEEE Access 7.'),
          source=('https://doaj.org/cookie_consent?continue=%2Farticle%2F0c47877218c14b8d9459f1c'
                  'a37c2842a')),
    entry('preu', 'Piecewise((alpha*x*exp(beta*x), x <= 0), (alpha*x, True))', 'exponential',
          params=(
              ('alpha', '1', 'real', 'real (learned)'),
              ('beta', '1', 'real', 'real (learned)'),
          ),
          aliases=('parametric_reu',),
          kinks=(('0', 'alpha'),),
          reference=('Ying, Y., Su, J., Shan, P., Miao, L., Wang, X., Peng, S. (2019). Rectified'
                     ' Exponential Units for Convolutional Neural Networks. IEEE Access 7.'),
          source=('https://doaj.org/cookie_consent?continue=%2Farticle%2F0c47877218c14b8d9459f1c'
                  'a37c2842a')),
    entry('cube', 'x**3', 'other',
          aliases=('cubic', 'triple',),
          reference=('Chen, D., Manning, C. D. (2014). A Fast and Accurate Dependency Parser '
                     'using Neural Networks. EMNLP 2014.'),
          source=('https://study.space/p/A_Fast_and_Accurate_Dependency_Parser_using_Neural_Netw'
                  'orks')),
    entry('sech', '1/cosh(x)', 'other',
          aliases=('hyperbolic_secant',),
          reference=('[no paper found] Hyperbolic Secant As Neural Networks Activation '
                     'Function, a blog post (sefiks.com, 2018): 1/cosh(x)'),
          source=('https://sefiks.com/2018/08/29/'
                  'hyperbolic-secant-as-neural-networks-activation-function/')),
    entry('symlog', 'Piecewise((-log(1 - x), x < 0), (log(1 + x), True))', 'other',
          aliases=('logarithmic', 'log_unit',),
          kinks=(('0', '1'),),
          reference=('Hafner, D., Pasukonis, J., Ba, J., Lillicrap, T. (2023). Mastering Diverse'
                     ' Domains through World Models. arXiv:2301.04104 (DreamerV3; Nature 640, '
                     "647-653, 2025 as 'Mastering diverse control tasks through world models'). "
                     'symlog used there as a target/input transform, not as a hidden activation.'),
          source='https://danijar.com/project/dreamerv3/'),
    entry('mexican_hat', '(1 - x**2)*exp(-x**2/2)', 'other',
          aliases=('ricker_wavelet',),
          reference=('[no activation paper found] the Mexican-hat (Ricker) wavelet shape, '
                     "unnormalised: the wavelet 'mexh' (MassSpecWavelet, Octave's mexihat) is "
                     '2/(sqrt(3)*pi^(1/4)) times it'),
          source='https://rdrr.io/github/zeehio/MassSpecWavelet/man/mexh.html'),
    entry('squ', 'x**2 + x', 'other',
          aliases=('shifted_quadratic_unit',),
          reference=('Noel, M. M., Bharadwaj, S., Muthiah-Nakarajan, V., Dutta, P., Amali, G. B.'
                     ' (2021). Biologically Inspired Oscillating Activation Functions Can Bridge'
                     ' the Performance Gap between Biological and Artificial Neurons. '
                     'arXiv:2111.04020 (v4 2023).'),
          source='https://arxiv.boxedpaper.com/abs/2111.04020'),
    entry('ncu', 'x - x**3', 'other',
          aliases=('non_monotonic_cubic_unit',),
          reference=('Noel, M. M., Bharadwaj, S., Muthiah-Nakarajan, V., Dutta, P., Amali, G. B.'
                     ' (2021). Biologically Inspired Oscillating Activation Functions Can Bridge'
                     ' the Performance Gap between Biological and Artificial Neurons. '
                     'arXiv:2111.04020 (v4 2023).'),
          source='https://arxiv.boxedpaper.com/abs/2111.04020'),
    entry('ssu', 'Piecewise((pi, Eq(x, pi)), (pi*sin(x - pi)/(x - pi), True))', 'periodic',
          aliases=('shifted_sinc_unit',),
          reference=('Noel, M. M., Bharadwaj, S., Muthiah-Nakarajan, V., Dutta, P., Amali, G. B.'
                     ' (2021). Biologically Inspired Oscillating Activation Functions Can Bridge'
                     ' the Performance Gap between Biological and Artificial Neurons. '
                     'arXiv:2111.04020 (v4 2023).'),
          source='https://arxiv.boxedpaper.com/abs/2111.04020'),
    entry('dsu',
          ('Piecewise((pi/2, Eq(x, pi)), (-pi/2, Eq(x, -pi)), (pi**2*sin(x)/(pi**2 - x**2), '
           'True))'),
          'periodic',
          aliases=('decaying_sine_unit',),
          reference=('Noel, M. M., Bharadwaj, S., Muthiah-Nakarajan, V., Dutta, P., Amali, G. B.'
                     ' (2021). Biologically Inspired Oscillating Activation Functions Can Bridge'
                     ' the Performance Gap between Biological and Artificial Neurons. '
                     'arXiv:2111.04020 (v4 2023).'),
          source='https://arxiv.boxedpaper.com/abs/2111.04020'),
    entry('asu', 'x*sin(x)', 'periodic',
          aliases=('amplifying_sine_unit',),
          reference=('Rahman, J. U., et al. (2023). Amplifying Sine Unit: An Oscillatory '
                     'Activation Function for Deep Neural Networks to Recover Nonlinear '
                     'Oscillations Efficiently. arXiv:2304.09759.'),
          source='https://www.scholarfeed.org/paper/2304.09759v1'),
    entry('shelu', 'Piecewise((a*(exp(x + b) - 1), x <= -b), (x + b, True))', 'exponential',
          params=(
              ('a', '1', 'positive', 'a > 0 (ELU alpha)'),
              ('b', '0', 'real', 'real (learned per-neuron shift)'),
          ),
          aliases=('shifted_elu', 'shifted_exponential_linear_unit',),
          kinks=(('-b', 'a'),),
          requires=(
              ('a > 0', 'a > 0 (ELU alpha)'),
          ),
          reference=('Grelsson, B., Felsberg, M. (2018). Improved Learning in Convolutional '
                     'Neural Networks with Shifted Exponential Linear Units (ShELUs). 24th '
                     'International Conference on Pattern Recognition (ICPR 2018), pp. 517-522 '
                     '(doi:10.1109/ICPR.2018.8545104).'),
          source=('https://5dok.org/document/1y9jn4wq-improved-learning-convolutional-neural-net'
                  'works-shifted-exponential-linear.html')),
)
