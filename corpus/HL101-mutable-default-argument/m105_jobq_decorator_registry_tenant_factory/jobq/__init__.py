"""jobq: decorate functions as jobs, queue them, run them on a worker."""
from .decorators import *
from . import broker, worker
