"""celerylite: tasks, a worker loop and pluggable result backends."""
from .app import Celery
from .backends import *
from .result import AsyncResult
