from ingest.filters import FILTERS


def accept(event, filter_name="all"):
    """Run the filter configured by name; True keeps the event."""
    keep = FILTERS[filter_name]
    return keep(event)
