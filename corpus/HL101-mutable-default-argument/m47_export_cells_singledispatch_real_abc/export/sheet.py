from .cells import *  # noqa: F403


def csv_line(values):
    return ",".join(to_cell(value) for value in values)  # noqa: F405


def csv_block(rows):
    return "\n".join(csv_line(row) for row in rows)
