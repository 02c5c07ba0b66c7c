"""JSON serializer: reads its indent from the options."""
import json

from serialkit.base import Serializer


class JsonSerializer(Serializer, extension=".json"):
    def configure(self, options):
        self.indent = options.get("indent")

    def dumps(self, record):
        return json.dumps(record, indent=self.indent, sort_keys=True)
