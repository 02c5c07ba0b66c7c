import itertools

import mailer

_seq = itertools.count(1)


def scenario():
    n = next(_seq)
    invoice = {
        "number": "INV-%06d" % n,
        "customer": "acme corp %d" % n,
        "email": "billing+%d@acme.example" % n,
        "total": n * 12.5,
        "currency": "eur",
        "promo_code": "SPRING%d" % n if n % 5 == 0 else None,
    }
    message = mailer.build_message(invoice)
    return len(message["body"])
