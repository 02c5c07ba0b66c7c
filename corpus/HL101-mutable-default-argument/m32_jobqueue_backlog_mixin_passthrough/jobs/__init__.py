"""Small in-process job runner used for deferred notifications."""
from .base import BaseWorker, Job
from .mixins import ScheduledMixin
from .mailer import MailWorker
