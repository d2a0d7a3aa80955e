from .assemble import build_pdf as build_pdf
from .assemble import collect as collect
from .assemble import document as document
from .assemble import sheet as sheet
from .assemble import write_tex as write_tex
