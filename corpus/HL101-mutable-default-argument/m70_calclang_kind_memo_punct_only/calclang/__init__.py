"""calclang: a tiny calculator language with let-bindings."""
from .errors import CalcSyntaxError
from .kinds import *
