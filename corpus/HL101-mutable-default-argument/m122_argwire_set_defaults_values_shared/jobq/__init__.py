"""jobq: a job-queue CLI; one parser per command line, wired with set_defaults."""
from .app import run
