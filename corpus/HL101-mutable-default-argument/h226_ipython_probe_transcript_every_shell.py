"""Progress reporting for a data-loading library. At import the module probes
for the `get_ipython` builtin that IPython injects. report() appends every
progress line to the `_transcript=[]` default before choosing the output: a
notebook redraws the last lines as HTML, a terminal gets a carriage-return
line. In plain CPython the probe fails, yet the append runs on the terminal
path too, so the default keeps one line per loaded job."""
import itertools

try:
    get_ipython  # noqa: F821 -- injected into builtins by IPython
except NameError:
    IN_NOTEBOOK = False
else:
    IN_NOTEBOOK = True

_jobs = itertools.count()


def report(task, done, total, _transcript=[]):  # expect: HL101 confirmed
    line = f"{task}: {done}/{total} ({100 * done // max(total, 1)}%)"
    _transcript.append(line)
    if IN_NOTEBOOK:
        return "<pre>" + "\n".join(_transcript[-20:]) + "</pre>"
    return "\r" + line


def scenario():
    n = next(_jobs)
    return report(f"load shard-{n}", n % 7, 7)
