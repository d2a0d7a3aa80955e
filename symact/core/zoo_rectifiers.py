"""Rectifiers and shrinkage functions from the literature, as text records.

Read by :func:`symact.core.entry.entry`, where the conventions are stated.
"""

from .entry import entry

ENTRIES = (
    entry('prelu', 'Piecewise((a*x, x <= 0), (x, True))', 'rectifier',
          params=(
              ('a', '1/4', 'real', 'a real (learned; PyTorch init 0.25)'),
          ),
          aliases=('parametric_relu',),
          kinks=(('0', 'a'),),
          reference=('He, K., Zhang, X., Ren, S., Sun, J. (2015). Delving Deep into Rectifiers. '
                     'ICCV 2015 (arXiv:1502.01852).'),
          source='https://tomesphere.com/paper/1502.01852'),
    entry('rrelu', 'Piecewise(((lower + upper)/2*x, x <= 0), (x, True))', 'rectifier',
          params=(
              ('lower', '1/8', 'real', '0 <= lower <= upper'),
              ('upper', '1/3', 'real', 'upper >= lower'),
          ),
          aliases=('randomized_leaky_relu',),
          kinks=(('0', '(lower + upper)/2'),),
          reference=('Xu, B., Wang, N., Chen, T., Li, M. (2015). Empirical Evaluation of '
                     'Rectified Activations in Convolutional Network. arXiv:1505.00853.'),
          source='https://www.scholarfeed.org/paper/1505.00853v2'),
    entry('squareplus', '(x + sqrt(x**2 + b))/2', 'rectifier',
          params=(
              ('b', '4', 'nonnegative', 'b >= 0 (b = 0 gives relu)'),
          ),
          requires=(
              ('b >= 0', 'b >= 0 (b = 0 gives relu)'),
          ),
          reference=('Barron, J. T. (2021). Squareplus: A Softplus-Like Algebraic Rectifier. '
                     'arXiv:2112.11687 (title and author seen; the year from the arXiv number; '
                     'b = 4 as in JAX and Keras)'),
          source='https://ar5iv.arxiv.org/html/2112.11687'),
    entry('smu', '((1 + alpha)*x + (1 - alpha)*x*erf(mu*(1 - alpha)*x))/2', 'rectifier',
          params=(
              ('alpha', '1/4', 'real', 'real (leaky slope)'),
              ('mu', '1', 'positive', 'mu > 0 (smoothing)'),
          ),
          aliases=('smooth_maximum_unit',),
          requires=(
              ('mu > 0', 'mu > 0 (smoothing)'),
          ),
          reference=('Biswas, K., Kumar, S., Banerjee, S., Pandey, A. K. (2021). SMU: smooth '
                     'activation function for deep networks using smoothing maximum technique. '
                     'arXiv:2111.04682.'),
          source='https://ar5iv.labs.arxiv.org/html/2111.04682'),
    entry('srelu',
          ('Piecewise((t_l + a_l*(x - t_l), x <= t_l), (x, x < t_r), (t_r + a_r*(x - t_r), '
           'True))'),
          'rectifier',
          params=(
              ('t_l', '0', 'real', 't_l <= t_r'),
              ('a_l', '1/100', 'real', 'real'),
              ('t_r', '1', 'real', 't_r >= t_l'),
              ('a_r', '1', 'real', 'real'),
          ),
          aliases=('s_shaped_relu',),
          kinks=(('t_l', 'a_l'), ('t_r', 'a_r'),),
          reference=('Jin, X., Xu, C., Feng, J., Wei, Y., Xiong, J., Yan, S. (2016). Deep '
                     'Learning with S-Shaped Rectified Linear Activation Units. AAAI 2016.'),
          source='https://ojs.aaai.org/index.php/AAAI/article/view/10287'),
    entry('frelu', 'Piecewise((b, x <= 0), (x + b, True))', 'rectifier',
          params=(
              ('b', '0', 'real', 'real (learned; tends to converge negative)'),
          ),
          aliases=('flexible_relu',),
          kinks=(('0', '0'),),
          reference=('Qiu, S., Xu, X., Cai, B. (2018). FReLU: Flexible Rectified Linear Units '
                     'for Improving Convolutional Neural Networks. ICPR 2018 (arXiv:1706.08098).'),
          source=('https://vufind.katalog.k.utb.cz/SummonRecord/FETCH-LOGICAL-i175t-ae8aa9e4319d'
                  '13f6114af8099671d32781c205173475af52eb5e80b9d8f736a33/Export?style=RefWorks')),
    entry('smelu',
          'Piecewise((0, x <= -beta), ((x + beta)**2/(4*beta), x <= beta), (x, True))',
          'rectifier',
          params=(
              ('beta', '1', 'positive', 'beta > 0'),
          ),
          aliases=('smooth_relu',),
          kinks=(('-beta', '0'), ('beta', '1'),),
          requires=(
              ('beta > 0', 'beta > 0'),
          ),
          reference=('Shamir, G. I., Lin, D., Coviello, L. (2020). Smooth activations and '
                     'reproducibility in deep networks. arXiv:2010.09931 (implementations cite '
                     "the follow-up Shamir & Lin (2022), 'Real World Large Scale Recommendation "
                     "Systems Reproducibility and Smooth Activations', arXiv:2202.06499)."),
          source='https://ar5iv.labs.arxiv.org/html/2010.09931'),
    entry('relu_squared', 'Piecewise((0, x <= 0), (x**2, True))', 'rectifier',
          aliases=('squared_relu', 'relu2', 'requ',),
          kinks=(('0', '0'),),
          reference='So, D. R. et al. (2021). Primer. arXiv:2109.08668.',
          source='https://models.beaconfind.app/papers/2109.08668.md'),
    entry('plu',
          'Piecewise((alpha*(x + c) - c, x < -c), (x, x <= c), (alpha*(x - c) + c, True))',
          'rectifier',
          params=(
              ('alpha', '1/10', 'real', '0 <= alpha <= 1'),
              ('c', '1', 'positive', 'c > 0'),
          ),
          aliases=('piecewise_linear_unit',),
          kinks=(('-c', '1'), ('c', '1'),),
          requires=(
              ('c > 0', 'c > 0'),
          ),
          reference=('Nicolae, A. (2018). PLU: The Piecewise Linear Unit Activation Function. '
                     'arXiv:1809.09534.'),
          source='https://tomesphere.com/paper/1809.09534'),
    entry('apl_s1',
          'Piecewise((a*(b - x), x <= 0), (x + a*(b - x), x <= b), (x, True))',
          'rectifier',
          params=(
              ('a', '1/5', 'real', 'real (learned)'),
              ('b', '1/2', 'nonnegative', 'b >= 0 for this Piecewise ordering (real in the paper)'),
          ),
          aliases=('adaptive_piecewise_linear',),
          kinks=(('0', '-a'), ('b', '1 - a'),),
          requires=(
              ('b >= 0', 'b >= 0 for this Piecewise ordering (real in the paper)'),
          ),
          reference=('Agostinelli, F., Hoffman, M., Sadowski, P., Baldi, P. (2014). Learning '
                     'Activation Functions to Improve Deep Neural Networks. arXiv:1412.6830.'),
          source='https://tomesphere.com/paper/1412.6830'),
    entry('nlrelu', 'Piecewise((0, x <= 0), (log(beta*x + 1), True))', 'rectifier',
          params=(
              ('beta', '1', 'positive', 'beta > 0'),
          ),
          aliases=('natural_logarithm_relu',),
          kinks=(('0', '0'),),
          requires=(
              ('beta > 0', 'beta > 0'),
          ),
          reference=('Liu, Y., Zhang, J., Gao, C., Qu, J., Ji, L. (2019). '
                     'Natural-Logarithm-Rectified Activation Function in Convolutional Neural '
                     'Networks. arXiv:1908.03682.'),
          source='https://pdf.arxiv.org/abs/1908.03682'),
    entry('erfrelu', 'Piecewise((alpha*erf(x), x < 0), (x, True))', 'rectifier',
          params=(
              ('alpha', '1', 'real', 'real (trainable)'),
          ),
          kinks=(('0', '1'),),
          reference=('Rajanand, A., Singh, P. (2024). ErfReLU: adaptive activation function for '
                     'deep neural network. Pattern Analysis and Applications 27(2).'),
          source='https://bohrium.dp.tech/paper/arxiv/2407.19441'),
    entry('starrelu', 's*Piecewise((0, x <= 0), (x**2, True)) + b', 'rectifier',
          params=(
              ('s', '1', 'real', 'real (learnable scale)'),
              ('b', '0', 'real', 'real (learnable bias)'),
          ),
          aliases=('star_relu',),
          kinks=(('0', '0'),),
          reference=('Yu, W., Si, C., Zhou, P., Luo, M., Zhou, Y., Feng, J., Yan, S., Wang, X. '
                     '(2022/2023). MetaFormer Baselines for Vision. IEEE TPAMI '
                     '(arXiv:2210.13452).'),
          source='https://arxiv.org/html/2210.13452v4'),
    entry('shifted_softplus', 'log(exp(x)/2 + 1/2)', 'rectifier',
          aliases=('ssp',),
          reference=('Schütt, K. T., Kindermans, P.-J., Sauceda, H. E., Chmiela, S., Tkatchenko,'
                     ' A., Müller, K.-R. (2017). SchNet: A continuous-filter convolutional '
                     'neural network for modeling quantum interactions. NeurIPS 2017.'),
          source='https://nips.cc/Conferences/2017/Schedule?showEvent=8893'),
    entry('thresholded_relu', 'Piecewise((0, x <= theta), (x, True))', 'rectifier',
          params=(
              ('theta', '1', 'nonnegative', 'theta >= 0'),
          ),
          aliases=('trec', 'thresholded_rectified',),
          kinks=(('theta', '0'),),
          requires=(
              ('theta >= 0', 'theta >= 0'),
          ),
          reference=('Konda, K., Memisevic, R., Krueger, D. (2015). Zero-bias autoencoders and '
                     'the benefits of co-adapting features. arXiv:1402.3337.'),
          source='https://tomesphere.com/paper/1402.3337'),
    entry('threshold', 'Piecewise((value, x <= threshold), (x, True))', 'rectifier',
          params=(
              ('threshold', '0', 'real', 'real'),
              ('value', '0', 'real', 'real'),
          ),
          aliases=('torch_threshold',),
          kinks=(('threshold', '0'),),
          reference='PyTorch torch.nn.Threshold(threshold, value, inplace=False) (no paper).',
          source='https://docs.pytorch.org/docs/stable/generated/torch.nn.Threshold.html'),
    entry('relu_n', 'Piecewise((0, x <= 0), (x, x < n), (n, True))', 'rectifier',
          params=(
              ('n', '1', 'positive', "n > 0 (n = 6 is the catalog's relu6)"),
          ),
          aliases=('bounded_relu', 'brelu',),
          kinks=(('0', '0'), ('n', '0'),),
          requires=(
              ('n > 0', "n > 0 (n = 6 is the catalog's relu6)"),
          ),
          reference=('Liew, S. S., Khalil-Hani, M., Bakhteri, R. (2016). Bounded activation '
                     'functions ... Neurocomputing.'),
          source='http://malrep.uum.edu.my/rep/Record/my.utm.71526/Description'),
    entry('abs', 'Abs(x)', 'rectifier',
          aliases=('absolute_value_rectification', 'abs_rectifier', 'vrelu',),
          kinks=(('0', '0'),),
          reference='Jarrett, K., Kavukcuoglu, K., Ranzato, M., LeCun, Y. (2009). ICCV 2009.',
          source=('http://www.sciweavers.org/publications/what-best-multi-stage-architecture-obj'
                  'ect-recognition')),
    entry('firm_shrinkage',
          ('Piecewise((x, x < -lam2), (lam2*(x + lam1)/(lam2 - lam1), x < -lam1), (0, x <= '
           'lam1), (lam2*(x - lam1)/(lam2 - lam1), x <= lam2), (x, True))'),
          'shrinkage',
          params=(
              ('lam1', '1/2', 'real', '0 <= lam1 < lam2'),
              ('lam2', '1', 'real', 'lam2 > lam1'),
          ),
          aliases=('firm_thresholding',),
          kinks=(('-lam2', 'lam2/(lam2 - lam1)'), ('-lam1', '0'), ('lam1', '0'),
                 ('lam2', 'lam2/(lam2 - lam1)')),
          reference=('Gao, H.-Y., Bruce, A. G. (1997). WaveShrink with firm shrinkage. '
                     'Statistica Sinica 7, 855-874 (as cited by PyWavelets, whose threshold_firm '
                     'is this formula; the paper not seen; the defaults are ours)'),
          source='https://github.com/PyWavelets/pywt/blob/main/pywt/_thresholding.py'),
    entry('garrote_shrinkage',
          'Piecewise((x - lam**2/x, x < -lam), (0, x <= lam), (x - lam**2/x, True))',
          'shrinkage',
          params=(
              ('lam', '1/2', 'positive', 'lam > 0'),
          ),
          aliases=('nonnegative_garrote', 'garrote',),
          kinks=(('-lam', '0'), ('lam', '0'),),
          requires=(
              ('lam > 0', 'lam > 0'),
          ),
          reference=('Gao, H.-Y. (1998). Wavelet Shrinkage Denoising Using the Non-Negative '
                     'Garrote. Journal of Computational and Graphical Statistics 7(4), 469-488, '
                     'doi:10.1080/10618600.1998.10474789 (garrote: Breiman, L. (1995), '
                     'Technometrics 37, 373-384); as cited by PyWavelets, whose garrote '
                     'threshold is this formula; the paper not seen; lam = 1/2 is ours'),
          source='https://pywavelets.readthedocs.io/en/latest/ref/thresholding-functions.html'),
    entry('bounded_leaky_relu',
          'Piecewise((a*x, x <= 0), (x, x < n), (a*x + (1 - a)*n, True))',
          'rectifier',
          params=(
              ('a', '1/100', 'real', '0 <= a < 1'),
              ('n', '1', 'positive', 'n > 0'),
          ),
          aliases=('bounded_lrelu',),
          kinks=(('0', 'a'), ('n', 'a'),),
          requires=(
              ('n > 0', 'n > 0'),
          ),
          reference=('Liew, S. S., Khalil-Hani, M., Bakhteri, R. (2016). Bounded activation '
                     'functions for enhanced training stability of deep neural networks on '
                     'visual pattern recognition problems. Neurocomputing.'),
          source='http://malrep.uum.edu.my/rep/Record/my.utm.71526/Description'),
    entry('softplus_plus', 'log(1 + exp(a*x)) + x/c - log(2)', 'rectifier',
          params=(
              ('a', '1', 'positive', 'a > 0'),
              ('c', '2', 'positive', 'c > 0'),
          ),
          aliases=('soft_plus_plus', 'softpp',),
          requires=(
              ('a > 0', 'a > 0'),
              ('c > 0', 'c > 0'),
          ),
          reference=('Ciuparu, A., Nagy-Dăbâcan, A., Mureşan, R. C. (2020). Soft++, a '
                     'multi-parametric non-saturating non-linearity that improves convergence in'
                     ' deep neural architectures. Neurocomputing 384, 376-388 '
                     '(doi:10.1016/j.neucom.2019.12.014).'),
          source=('https://www.bohrium.com/paper-details/soft-a-multi-parametric-non-saturating-'
                  'non-linearity-that-improves-convergence-in-deep-neural-architectures/81270066'
                  '8665004034-2492')),
    entry('talu', 'Piecewise((tanh(a), x <= a), (tanh(x), x <= 0), (x, True))', 'rectifier',
          params=(
              ('a', '-1', 'real', 'a < 0'),
          ),
          aliases=('tanh_linear_unit_hybrid',),
          kinks=(('a', '0'), ('0', '1'),),
          reference=('Hasan, M. M., Hossain, M. A., Srizon, A. Y., Sayeed, A. (2023). TaLU: A '
                     'Hybrid Activation Function Combining Tanh and Rectified Linear Unit to '
                     'Enhance Neural Networks. arXiv:2305.04402.'),
          source='https://tomesphere.com/paper/2305.04402'),
)
