"""Options and option groups."""
__all__ = ["Option", "OptionGroup", "option_group"]


class Option:
    def __init__(self, flag, default=None, help=""):
        self.flag, self.default, self.help = flag, default, help

    @property
    def dest(self):
        return self.flag.lstrip("-").replace("-", "_")


class OptionGroup:
    def __init__(self, title, options):
        self.title, self.options = title, options


def option_group(title, *extra, options=[]):  # expect: HL101 refuted
    options = list(options)
    options.extend(extra)
    return OptionGroup(title, options)
