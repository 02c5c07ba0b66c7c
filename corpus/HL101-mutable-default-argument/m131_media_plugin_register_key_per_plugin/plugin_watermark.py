"""Watermark plugin, loaded by name as plugin_watermark."""
from job_base import Plugin


class Watermark(Plugin):
    name = "watermark"

    def run(self, job):
        return f"(c) {job['owner']}"


def create():
    return Watermark()
