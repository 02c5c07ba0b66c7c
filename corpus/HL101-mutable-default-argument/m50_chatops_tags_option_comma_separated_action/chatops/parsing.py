"""Parser helpers shared by all bot commands."""
import argparse

__all__ = ["CommandError", "CommandParser", "add_list_option"]


class CommandError(ValueError):
    pass


class CommandParser(argparse.ArgumentParser):
    def __init__(self, name, **kwargs):
        super().__init__(prog=f"/{name}", add_help=False, **kwargs)

    def error(self, message):
        raise CommandError(f"{self.prog}: {message}")


def split_csv(text):
    return [part.strip() for part in text.split(",") if part.strip()]


class CsvExtend(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        getattr(namespace, self.dest).extend(split_csv(values))


def add_list_option(parser, flag, *, default=[], comma_separated=False, help=None):  # expect: HL101 confirmed
    action = CsvExtend if comma_separated else "append"
    parser.add_argument(flag, action=action, default=default, metavar="VALUE", help=help)
