"""Record filters: objects with a filter(record) -> bool method."""


class NameFilter:
    """Pass records of the logger `name` and its children, like logging.Filter."""

    def __init__(self, name):
        self.name = name

    def filter(self, record):
        name = record["name"]
        return name == self.name or name.startswith(self.name + ".")


class DropHealthchecks:
    """Load-balancer probes are not worth keeping."""

    def filter(self, record):
        return "/healthz" not in record["msg"]


DROP_HEALTHCHECKS = DropHealthchecks()
