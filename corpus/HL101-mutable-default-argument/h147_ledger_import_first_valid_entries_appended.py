"""Ledger CSV importer: parses `account;amount;memo` lines, skips blank,
comment and malformed lines, and returns as soon as `limit` valid entries
are collected. The entries are appended to a list default that nothing
empties, so every batch's entries stay in it after the early return."""
import itertools

_batches = itertools.count()


def parse_line(line):
    account, amount, memo = (part.strip() for part in line.split(";"))
    return {"account": account, "amount": int(amount), "memo": memo}


def first_valid(lines, limit=3, accepted=[]):  # expect: HL101 confirmed
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        try:
            entry = parse_line(line)
        except ValueError:
            continue
        accepted.append(entry)
        if len(accepted) >= limit:
            return accepted[-limit:]
    return accepted[-limit:]


def scenario():
    n = next(_batches)
    lines = [f"# export {n}", "", f"acc-{n}; 12; rent", f"acc-{n}; x; bad",
             f"acc-{n + 1}; 40; fee", f"acc-{n + 2}; 7; tip", f"acc-{n}; 9; late"]
    return sorted(e["account"] for e in first_valid(lines))
