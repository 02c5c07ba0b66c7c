from .install import Install
from ..core import register

register(Install.name, Install)
