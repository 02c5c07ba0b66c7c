from .flatten import flatten_into


def csv_rows(records):
    """Flatten each record into its own fresh row dict."""
    return [flatten_into({}, record) for record in records]
