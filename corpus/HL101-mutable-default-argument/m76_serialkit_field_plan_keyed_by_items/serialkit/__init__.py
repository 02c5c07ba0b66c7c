"""serialkit: encode flat records with pluggable codecs."""
from .codecs import *
from . import json_codec, kv_codec  # each registers itself
from .api import dumps

__all__ = ["CODECS", "register", "get_codec", "dumps"]
