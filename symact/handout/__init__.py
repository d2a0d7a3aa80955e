"""The handout: one LaTeX document with a sheet per activation, the property table and every
proof, in Czech or English.

``labels`` (every word in cs and en), ``fields`` (one LaTeX view per property field, shared by
sheet, table and claim statements), ``sheets`` (one page per activation, signal propagation),
``proof_blocks`` (each claim with the verdict computed for it, wrong steps marked),
``assemble`` (the table, the whole document; :func:`collect` the records),
``pdf`` (the atomic .tex, the pdflatex build, the sheets' pages), ``parallel`` (claims,
records and signals computed in worker processes: :func:`prepare`).
"""

from .assemble import collect as collect
from .assemble import document as document
from .parallel import prepare as prepare
from .pdf import build_pdf as build_pdf
from .pdf import write_tex as write_tex
from .sheets import sheet as sheet
