"""Shared exporter base: register() gives each output field a column number.

No exporter passes `fields`, so all of them share the default dict. exporter_csv
registers two fixed names; exporter_xml registers one element name per row id,
and main lists "xml", so every exported row adds a key that is never removed.
"""


class Exporter:
    kind = "?"

    def register(self, name, fields={}):  # expect: HL101 confirmed
        if name not in fields:
            fields[name] = len(fields)
        return fields[name]

    def export(self, rows):
        raise NotImplementedError
