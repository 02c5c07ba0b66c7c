"""forge: a small build tool."""
from . import graph
from .planner import Planner

default_planner = Planner(graph)
plan = default_planner.plan

__all__ = ["plan", "Planner"]
