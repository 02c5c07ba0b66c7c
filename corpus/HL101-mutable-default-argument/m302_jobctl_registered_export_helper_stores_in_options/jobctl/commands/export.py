"""export: dumps a table and notes it through the shared helper."""
from jobctl.command import BaseCommand
from jobctl.registry import register
from jobctl.utils import remember


@register("export")
class ExportCommand(BaseCommand):
    def handle(self, arg, options):
        return f"{arg}.csv#{remember(options, arg)}"
