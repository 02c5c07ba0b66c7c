from .base import MalformedRow, Reader
from .json_reader import JsonReader
