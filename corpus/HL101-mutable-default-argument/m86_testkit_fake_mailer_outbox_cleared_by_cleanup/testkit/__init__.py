"""testkit: fakes and fixtures shared by the project's test suites."""
from .fixtures import *
