"""Resize plugin, loaded by name as plugin_resize."""
import settings
from job_base import Plugin, register


class Resize(Plugin):
    name = "resize"

    def run(self, job):
        register(self.name, self.on_done)
        return min(job["width"], settings.MAX_WIDTH)


def create():
    return Resize()
