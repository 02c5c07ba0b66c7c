from .base import Parser


class KeyValue(Parser):
    format = "kv"

    def parse(self, text):
        pairs = (item.partition("=") for item in text.split(";") if item)
        return {key.strip(): value.strip() for key, _, value in pairs}
