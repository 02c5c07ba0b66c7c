"""check: reports which targets were flushed."""
from manage.base import BaseCommand


class CheckCommand(BaseCommand):
    def handle(self, arg, options):
        return options.get(arg) == "flushed"
