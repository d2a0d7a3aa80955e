"""Reference backprop on the numeric evaluators, and the lecture's demo in numbers.

network  Network: fully connected, backprop by Nielsen's four equations, vectorised over a
         batch (δ^L = ∇_a C ⊙ f'(z^L), δ^l = (δ^{l+1} W^{l+1}) ⊙ f'(z^l)); sign/saturation shares
demo     scikit-learn's digits, seeded runs per activation: compare, plot_curves, plot_signs
"""

from .demo import compare as compare
from .demo import plot_curves as plot_curves
from .demo import plot_signs as plot_signs
