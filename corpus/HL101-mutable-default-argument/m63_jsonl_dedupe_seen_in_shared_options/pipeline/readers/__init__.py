from .base import Reader
from .json_reader import JsonReader

READERS = {reader.name: reader for reader in (JsonReader,)}
