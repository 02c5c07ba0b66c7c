"""Layered settings for the tenant service."""
from .loader import *
