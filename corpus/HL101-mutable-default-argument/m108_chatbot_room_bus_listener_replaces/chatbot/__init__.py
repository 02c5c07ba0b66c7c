"""Chat bot core: the event bus, re-exported from chatbot.dispatch."""
from .dispatch import *
from . import settings
