"""Declarative object serialization."""

from .fields import *
from .schema import Schema
