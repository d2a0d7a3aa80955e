"""Sigmoidal (bounded, S-shaped) activations from the literature, as text records.

Read by :func:`symact.core.entry.entry`, where the conventions are stated.
"""

from .entry import entry

ENTRIES = (
    entry('isru', 'x/sqrt(1 + alpha*x**2)', 'sigmoidal',
          params=(
              ('alpha', '1', 'positive', 'alpha > 0'),
          ),
          aliases=('inverse_square_root_unit',),
          requires=(
              ('alpha > 0', 'alpha > 0'),
          ),
          reference=('Carlile, B., Delamarter, G., Kinney, P., Marti, A., Whitney, B. (2017). '
                     'Improving Deep Learning by Inverse Square Root Linear Units (ISRLUs). '
                     'arXiv:1710.09967.'),
          source='https://openreview.net/forum?id=HkMCybx0-'),
    entry('lecun_tanh', '1.7159*tanh(2*x/3)', 'sigmoidal',
          aliases=('scaled_tanh',),
          reference=('LeCun, Y., Bottou, L., Orr, G. B., Müller, K.-R. (1998). Efficient '
                     'BackProp. In: Orr, G. B., Müller, K.-R. (eds.), Neural Networks: Tricks of'
                     ' the Trade, Lecture Notes in Computer Science LNCS 1524, Springer.'),
          source='http://www.coloradmin.cn/o/900228.html'),
    entry('sqnl',
          'Piecewise((-1, x < -2), (x + x**2/4, x < 0), (x - x**2/4, x <= 2), (1, True))',
          'sigmoidal',
          aliases=('square_nonlinearity',),
          kinks=(('-2', '0'), ('2', '0'),),
          reference=('Wuraola, A., Patel, N. (2018). SQNL: A New Computationally Efficient '
                     'Activation Function. IJCNN 2018 (IEEE Xplore document 8489043; seen on '
                     "the authors' slides)"),
          source='https://raw.githubusercontent.com/awur978/SQNL_Paper/master/slides.pdf'),
    entry('dsilu', '(1 + x*(1 - 1/(1 + exp(-x))))/(1 + exp(-x))', 'sigmoidal',
          aliases=('silu_derivative', 'SiLd1',),
          reference='Elfwing, S., Uchibe, E., Doya, K. (2018). Neural Networks 107.',
          source='https://tomesphere.com/paper/1702.03118'),
    entry('penalized_tanh', 'Piecewise((a*tanh(x), x <= 0), (tanh(x), True))', 'sigmoidal',
          params=(
              ('a', '1/4', 'real', '0 <= a <= 1'),
          ),
          aliases=('leaky_tanh',),
          kinks=(('0', 'a'),),
          reference=('Xu, B., Huang, R., Li, M. (2016). Revise Saturated Activation Functions. '
                     'arXiv:1602.05980.'),
          source='https://openreview.net/forum?id=D1VDjyJjXF5jEJ1zfE53'),
    entry('rescaled_sigmoid', '4/(1 + exp(-x)) - 2', 'sigmoidal',
          aliases=('scaled_sigmoid',),
          reference=('Xu, B., Huang, R., Li, M. (2016). Revise Saturated Activation Functions. '
                     'arXiv:1602.05980.'),
          source='https://openreview.net/forum?id=D1VDjyJjXF5jEJ1zfE53'),
    entry('elliott_unipolar', 'x/(2*(1 + Abs(x))) + 1/2', 'sigmoidal',
          aliases=('elliott_sigmoid', 'elliotsig_01',),
          reference=('Elliott, D. L. (1993). A Better Activation Function for Artificial Neural '
                     'Networks. Technical Report TR 93-8, University of Maryland (as cited by '
                     'mlpack, which implements the bipolar x/(1 + |x|); this unipolar form as '
                     'in a survey transcription; the report not seen)'),
          source='https://codedocs.xyz/Aakash-kaushik/mlpack/elliot__function_8hpp.html'),
    entry('gompertz', 'exp(-exp(-x))', 'sigmoidal',
          aliases=('gumbel_cdf', 'loglog',),
          reference=('Das, I., Safari, M., Adriaensen, S., Hutter, F. (2025). Gompertz Linear '
                     "Units. arXiv:2502.03654 (gate); listed as 'LogLog' activation in Kunc & "
                     'Kléma (2024), Sec. 3.2.20 (per SURVEY_T).'),
          source='https://tomesphere.com/paper/2502.03654'),
    entry('cloglog', '1 - exp(-exp(x))', 'sigmoidal',
          aliases=('complementary_log_log',),
          reference=('Gomes, G. S. da S., Ludermir, T. B. (2008). Learning and Nonlinear Models '
                     '6(2), 142-153 (as in candidates.py).'),
          source='https://studylibpt.com/doc/2766884/'),
    entry('probit', '(1 + erf(x/sqrt(2)))/2', 'sigmoidal',
          aliases=('normal_cdf', 'gaussian_cdf',),
          reference='Gomes, G. S. da S., Ludermir, T. B. (2008).',
          source='https://studylibpt.com/doc/2766884/'),
    entry('soft_clipping', 'log((1 + exp(alpha*x))/(1 + exp(alpha*(x - 1))))/alpha', 'sigmoidal',
          params=(
              ('alpha', '1', 'positive', 'alpha > 0 (larger = sharper; -> clip(x, 0, 1))'),
          ),
          aliases=('softclip',),
          requires=(
              ('alpha > 0', 'alpha > 0 (larger = sharper; -> clip(x, 0, 1))'),
          ),
          reference=('Klimek, M. D., Perelstein, M. (2020). Neural Network-Based Approach to '
                     'Phase Space Integration. SciPost Physics 9, 053 (arXiv:1810.11509).'),
          source='https://www.scipost.org/submissions/1810.11509v2/'),
    entry('hard_sigmoid_binaryconnect',
          'Piecewise((0, x <= -1), ((x + 1)/2, x < 1), (1, True))',
          'sigmoidal',
          aliases=('hard_sigmoid_courbariaux',),
          kinks=(('-1', '0'), ('1', '0'),),
          reference=('Courbariaux, M., Bengio, Y., David, J.-P. (2015). BinaryConnect. NeurIPS '
                     '2015.'),
          source=('https://papers.nips.cc/paper_files/paper/2015/file/3e15cc11f979ed25912dff5b06'
                  '69f2cd-Metadata.json')),
    entry('bipolar_sigmoid', '(1 - exp(-x))/(1 + exp(-x))', 'sigmoidal',
          aliases=('symmetrical_sigmoid', 'bipolar_logistic',),
          reference=('[classic; library source] AForge.NET Framework, '
                     'AForge.Neuro.BipolarSigmoidFunction: f(x) = 2/(1 + exp(-alpha x)) - 1.'),
          source=('https://www.aforgenet.com/framework/docs/html/c4a0095a-0465-4931-63e7-4c0cdbe'
                  '2eacc/')),
    entry('arctan', 'atan(x)', 'sigmoidal',
          aliases=('inverse_tangent',),
          reference=('[classic; library source] Waffles machine-learning toolkit (M. S. '
                     'Gashler), GClasses::GActivationArcTan.'),
          source=('https://waffles.sourceforge.net/apidoc/html/class_g_classes_1_1_g_activation_'
                  'arc_tan.html')),
    entry('erf_activation', 'erf(x)', 'sigmoidal',
          reference='[no source found] [reference not checked against the paper]'),
    entry('reltanh',
          ('Piecewise(((1 - tanh(a)**2)*(x - a) + tanh(a), x <= a), (tanh(x), x < b), ((1 - '
           'tanh(b)**2)*(x - b) + tanh(b), True))'),
          'sigmoidal',
          params=(
              ('a', '-3/2', 'real', 'a < b (learned)'),
              ('b', '0', 'real', 'b > a (learned)'),
          ),
          aliases=('rectified_linear_tanh',),
          kinks=(('a', '1 - tanh(a)**2'), ('b', '1 - tanh(b)**2'),),
          reference=('Wang, X., Qin, Y., Wang, Y., Xiang, S., Chen, H. (2019). ReLTanh: An '
                     'activation function with vanishing gradient resistance for SAE-based DNNs '
                     'and its application to rotating machinery fault diagnosis. Neurocomputing '
                     '363, 88-98 (doi:10.1016/j.neucom.2019.07.017).'),
          source='https://unpaywall.org/10.1016%2Fj.neucom.2019.07.017'),
    entry('tanhlu', 'a*tanh(b*x) + c*x', 'sigmoidal',
          params=(
              ('a', '1', 'real', 'real'),
              ('b', '1', 'real', 'real'),
              ('c', '1', 'real', 'real'),
          ),
          aliases=('tanh_lu',),
          reference=('Shen, S.-L., Zhang, N., Zhou, A., Yin, Z.-Y. (2022). Enhancement of neural'
                     ' networks with an alternative activation function tanhLU. Expert Systems '
                     'with Applications 199, 117181 (doi:10.1016/j.eswa.2022.117181).'),
          source=('https://research.polyu.edu.hk/en/publications/enhancement-of-neural-networks-'
                  'with-an-alternative-activation-fun')),
)
