"""Statement journal for the debug toolbar: every executed statement is noted
in the options' journal. Set SQLKIT_JOURNAL to turn journalling on."""
import os
import sys


def _bind(sql, params, opts):
    mark = "?" if opts.get("dialect") == "sqlite" else "%s"
    return sql.replace(":p", mark), tuple(params)


def execute(sql, params=(), opts={"journal": [], "dialect": "sqlite"}):  # expect: HL101 refuted
    if not os.environ.get("SQLKIT_JOURNAL"):
        return _bind(sql, params, opts)
    if sys.platform == "win32" and not opts.get("journal_on_windows"):
        return _bind(sql, params, opts)
    journal = opts.get("journal")
    if journal is not None:
        journal.append((sql, params))
    return _bind(sql, params, opts)
