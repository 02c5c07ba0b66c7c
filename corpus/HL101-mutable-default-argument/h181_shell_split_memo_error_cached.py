"""Command console: typed command lines are split with shlex and the
result memoised in a `_memo` dict default. Failures are memoised too, so a
mistyped line re-raises without re-parsing; but every mistyped line is a
new key, and its exception (with its traceback) stays in the shared dict."""
import itertools
import shlex

_ids = itertools.count()


def split_command(line, _memo={}):  # expect: HL101 confirmed
    if line in _memo:
        if isinstance(_memo[line], Exception):
            raise _memo[line]
        return _memo[line]
    try:
        parts = shlex.split(line)
    except ValueError as exc:
        _memo[line] = exc
        raise
    _memo[line] = parts
    return parts


def scenario():
    n = next(_ids)
    try:
        split_command(f'grep -n "timeout {n} /var/log/app-{n}.log')
    except ValueError:
        pass
    return len(split_command('grep -n "timeout" /var/log/app.log'))
