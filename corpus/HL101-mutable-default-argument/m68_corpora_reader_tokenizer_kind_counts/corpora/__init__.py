"""corpora: readers for text collections."""
from .api import CorpusReader
from .plaintext import *
from .tokenizers import *
