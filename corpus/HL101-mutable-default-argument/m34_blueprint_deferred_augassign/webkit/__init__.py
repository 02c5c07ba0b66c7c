"""A tiny WSGI-ish framework: blueprints record routes and replay them on an app."""
from .blueprints import Blueprint
from .api import APIBlueprint, JSONMixin

__all__ = ["Blueprint", "APIBlueprint", "JSONMixin"]
