"""The default registry, with the kitchen units every planner needs."""
from .unitregistry import UnitRegistry

registry = UnitRegistry()
for _symbol, _scale, _base in [
    ("g", 1, "g"), ("kg", 1000, "g"), ("lb", 453.59237, "g"),
    ("ml", 1, "ml"), ("l", 1000, "ml"), ("cup", 236.6, "ml"),
]:
    registry.define(_symbol, _scale, _base)
