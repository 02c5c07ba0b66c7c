"""tinyorm: declarative models whose fields are descriptors."""
from .props import *
from .model import Model, discover, get_model
