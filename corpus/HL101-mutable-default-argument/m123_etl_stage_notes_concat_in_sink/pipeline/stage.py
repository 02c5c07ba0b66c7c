from pipeline.checks import validate


def run_stage(record, notes=[]):  # expect: HL101 refuted
    """Clean one record; warnings are collected in `notes`.

    The default list is handed to checks.validate, which hands it on to
    reporting.sink.note, which builds a new list with `+` and never changes it.
    """
    return validate(record, notes)
