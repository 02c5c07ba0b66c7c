"""docgen: column layouts for tabular views."""
from .columns import *
