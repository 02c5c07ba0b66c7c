"""Command console: typed command lines are split with shlex and the
result memoised in a `_memo` dict default. A line with an unbalanced quote
makes shlex.split raise before the store, so the user's mistyped lines
are not kept; only the corrected, repeated command is memoised."""
import itertools
import shlex

_ids = itertools.count()


def split_command(line, _memo={}):  # expect: HL101 refuted
    if line in _memo:
        return _memo[line]
    parts = shlex.split(line)
    _memo[line] = parts
    return parts


def scenario():
    n = next(_ids)
    try:
        split_command(f'grep -n "timeout {n} /var/log/app-{n}.log')
    except ValueError:
        pass
    return len(split_command('grep -n "timeout" /var/log/app.log'))
