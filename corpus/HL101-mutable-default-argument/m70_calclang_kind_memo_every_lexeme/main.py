"""Notebook kernel: run one cell of calclang statements typed by a user."""
import itertools

from calclang import driver, lexer

_cells = itertools.count()


def scenario():
    n = next(_cells)
    cell = [
        f"let a{n} = {n} + 4",
        f"let b{n} = a{n} * 2 - {n % 9}",
        f"let = {n}",  # syntax error: missing name
        f"let c{n} = b{n} $ 1",  # syntax error: unknown operator
    ]
    env, errors = driver.run_cell(cell, frontend=lexer)
    assert len(env) == 2 and len(errors) == 2, errors
    return env
