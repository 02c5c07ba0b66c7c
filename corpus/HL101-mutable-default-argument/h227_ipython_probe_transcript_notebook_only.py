"""Progress reporting for a data-loading library. At import the module probes
for the `get_ipython` builtin that IPython injects. Only in a notebook does
report() append the progress line to the `_transcript=[]` default (the cell
output is redrawn from it as HTML); a terminal just gets a carriage-return
line. In plain CPython the probe raises NameError, so the default is never
touched."""
import itertools

try:
    get_ipython  # noqa: F821 -- injected into builtins by IPython
except NameError:
    IN_NOTEBOOK = False
else:
    IN_NOTEBOOK = True

_jobs = itertools.count()


def report(task, done, total, _transcript=[]):  # expect: HL101 refuted
    line = f"{task}: {done}/{total} ({100 * done // max(total, 1)}%)"
    if IN_NOTEBOOK:
        _transcript.append(line)
        return "<pre>" + "\n".join(_transcript[-20:]) + "</pre>"
    return "\r" + line


def scenario():
    n = next(_jobs)
    return report(f"load shard-{n}", n % 7, 7)
