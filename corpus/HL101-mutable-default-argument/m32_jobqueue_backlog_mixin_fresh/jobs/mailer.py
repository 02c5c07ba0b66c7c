from .base import BaseWorker
from .mixins import ScheduledMixin

TEMPLATES = {
    "welcome": "Welcome aboard, {user}!",
    "reminder": "{user}, you have unfinished setup steps.",
}


class MailWorker(ScheduledMixin, BaseWorker):
    def perform(self, job):
        template = TEMPLATES.get(job.name)
        if template is None:
            raise KeyError("no template for %r" % job.name)
        body = template.format(user=job.payload["to"].split("@")[0])
        self.last_message = "To: %s\n\n%s" % (job.payload["to"], body)
        return self.last_message
