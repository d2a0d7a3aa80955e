"""Export the evaluators as standalone NumPy, PyTorch or JAX source (no SymPy, no symact).

writer           export_source(specs, target): header + one target's module body
items            specs -> items (name, stable value/derivative forms); ExportError
numpy_target     the kernels' and generated code's own source, copied (bit for bit)
array_target     torch/jax: printed forms filled into the templates, limits, saturation
array_printer    SymPy node -> array code; one vocabulary, one subclass per target
array_templates  the torch/jax runtime helpers and per-activation templates
"""

from .writer import export_source as export_source
