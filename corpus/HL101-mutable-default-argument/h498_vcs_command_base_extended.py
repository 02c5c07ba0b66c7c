"""VCS wrapper: assembles argv lists for git invocations.

The base command is extended in place with each call's arguments, so the
default argv list keeps every commit hash ever asked about.
"""
import itertools
import shlex

_revs = itertools.count()


def git_command(args, base=["git", "--no-pager", "-c", "color.ui=never"]):  # expect: HL101 confirmed
    argv = base
    argv.extend(args)
    return argv


def show_commit(sha):
    argv = git_command(["show", "--stat", sha])
    return shlex.join(argv[:4] + argv[-3:])


def scenario():
    n = next(_revs)
    return show_commit("%040x" % (n * 2654435761))
