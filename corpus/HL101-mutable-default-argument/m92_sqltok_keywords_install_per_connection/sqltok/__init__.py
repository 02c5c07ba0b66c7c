"""sqltok: a small SQL tokenizer whose keyword table dialects extend."""
from .lexer import *
