"""Plugin loader: a module resolved through importlib (code heaplint cannot see) is called before the result is recorded in a default list."""
import importlib
import itertools


def load_and_run(module_name, func_name, arg, results=[]):  # expect: HL101 confirmed
    module = importlib.import_module(module_name)
    func = getattr(module, func_name)
    value = func(arg)
    results.append((module_name, func_name, value))
    return value


_jobs = itertools.count()


def scenario():
    n = next(_jobs)
    return load_and_run("posixpath", "basename", f"/var/spool/jobs/{n}/report.csv")
