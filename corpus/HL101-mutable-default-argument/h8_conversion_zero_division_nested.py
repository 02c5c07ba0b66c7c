"""Marketing report: conversion rate is computed two helpers deep; brand-new accounts have no visits, the ZeroDivisionError is caught at the top and logged."""
import itertools


def _ratio(part, whole):
    return part / whole


def _conversion(account):
    return round(_ratio(account["orders"], account["visits"]) * 100, 1)


def summarize(accounts, warnings=[]):  # expect: HL101 confirmed
    out = {}
    for acct in accounts:
        try:
            out[acct["id"]] = _conversion(acct)
        except ZeroDivisionError as exc:
            warnings.append(f"{acct['id']}: {exc}")
            out[acct["id"]] = 0.0
    return out


_accounts = itertools.count()


def scenario():
    n = next(_accounts)
    accounts = [{"id": f"new-{n}", "orders": 0, "visits": 0}, {"id": f"old-{n}", "orders": 3, "visits": 40}]
    return summarize(accounts)
