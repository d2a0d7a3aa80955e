from .checker import check_all as check_all
from .checker import derived as derived
from .spec import ProofFileError as ProofFileError
from .spec import load_paths as load_paths
