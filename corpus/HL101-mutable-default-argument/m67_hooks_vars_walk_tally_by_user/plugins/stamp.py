"""Plugin: tag each record with the pipeline version."""
VERSION = "2.4"


def on_record(record):
    return dict(record, pipeline=VERSION)
