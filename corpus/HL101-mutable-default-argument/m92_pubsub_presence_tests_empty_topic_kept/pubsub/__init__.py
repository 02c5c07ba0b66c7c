"""pubsub: an in-process topic broker with presence channels."""
from .broker import *
from .presence import Presence
