"""Factories for the tests: `from tests.factories import *` gives build and create."""
from .core import *  # noqa: F401,F403
from . import invoices  # noqa: F401  registers the "invoice" factory
