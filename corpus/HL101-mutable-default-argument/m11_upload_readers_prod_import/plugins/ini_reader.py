import configparser

from registry import register


@register
class IniReader:
    extensions = (".ini", ".cfg")

    def read(self, text):
        parser = configparser.ConfigParser()
        parser.read_string(text)
        return {name: dict(parser[name]) for name in parser.sections()}
