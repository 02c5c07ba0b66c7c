"""Column-name checks; the decorator collects their messages."""
from .reporting import reports_into


@reports_into("problems")
def check_column(name, problems=[]):  # expect: HL101 confirmed
    if not name.isidentifier():
        return f"column {name!r} is not an identifier"
    return None
