"""Tiny router: views register with @router.route(pattern) and requests dispatch by path."""
import hashlib
import itertools
import re


class Router:
    def __init__(self, table={}):  # expect: HL101 refuted
        self.table = table

    def route(self, pattern):
        def register(view):
            self.table[pattern] = (re.compile(pattern), view)
            return view
        return register

    def dispatch(self, path):
        for regex, view in self.table.values():
            match = regex.fullmatch(path)
            if match:
                return view(**match.groupdict())
        return ("404 Not Found", b"")


def share_report(report_id, body):
    router = Router()
    token = hashlib.sha1(f"{report_id}:{len(body)}".encode()).hexdigest()[:16]

    @router.route(r"/downloads/(?P<token>[0-9a-f]{16})")
    def download(**params):
        return ("200 OK", body)

    return router.dispatch(f"/downloads/{token}")


_reports = itertools.count()


def scenario():
    n = next(_reports)
    return share_report(n, b"quarterly,%d\n" % n)
