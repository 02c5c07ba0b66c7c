from .ctx import scope
from .service import JobFailed, JobRunner
