"""Health checks: each check function is run against a host and a failing
check's sys.exc_info() (type, exception, traceback) is kept in a `latest`
dict default for the status page. Entries are keyed by (host, check name)
and every run checks a new host, so each failure's traceback and frames
stay in the shared dict."""
import itertools
import sys

_hosts = itertools.count()


def check_disk(host):
    raise OSError("%s: /var is 97%% full" % host)


def check_dns(host):
    return host.endswith(".internal")


def run_checks(host, checks, latest={}):  # expect: HL101 confirmed
    passed = 0
    for check in checks:
        try:
            check(host)
        except OSError:
            latest[host, check.__name__] = sys.exc_info()
        else:
            passed += 1
    return passed, len(latest)


def scenario():
    host = "node-%d.internal" % next(_hosts)
    return run_checks(host, [check_disk, check_dns])
