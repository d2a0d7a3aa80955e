from .demo import compare as compare
from .demo import plot_curves as plot_curves
from .demo import plot_signs as plot_signs
