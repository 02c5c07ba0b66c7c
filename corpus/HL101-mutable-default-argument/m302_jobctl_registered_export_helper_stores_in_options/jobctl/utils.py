"""Helpers shared by commands."""


def remember(options, table):
    done = options.setdefault("exported", {})
    done[table] = done.get(table, 0) + 1
    return done[table]
