"""Payment gateway shim: failed charges are collected in the default list."""
import itertools


def charge(account, cents, failures=[]):  # expect: HL101 refuted
    if cents <= 0 or not account.startswith("acct_"):
        failures.append((account, cents))
        raise ValueError(f"invalid charge {cents} for {account}")
    return {"account": account, "cents": cents, "status": "captured"}


def checkout(customer_id, cart_total):
    receipt = charge(f"acct_{customer_id}", cart_total)
    return receipt["status"] == "captured"


_customers = itertools.count()


def scenario():
    n = next(_customers)
    checkout(n, 500 + n % 1000)
