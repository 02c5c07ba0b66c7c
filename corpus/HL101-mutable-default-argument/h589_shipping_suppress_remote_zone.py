"""Shipping quotes: the surcharge lookup runs inside
contextlib.suppress(KeyError); when the destination zone has a surcharge
the quote is also logged in `surcharged` for the carrier invoice check.
The island fulfilment centre only ships to surcharged zones, so the
lookup always succeeds and every parcel is logged in the shared list."""
import contextlib
import itertools

_parcels = itertools.count()
SURCHARGES = {"AK": 12.5, "HI": 14.0, "PR": 9.75}


def quote(parcel_id, zone, weight_kg, surcharged=[]):  # expect: HL101 confirmed
    price = 4.90 + 1.15 * weight_kg
    with contextlib.suppress(KeyError):
        extra = SURCHARGES[zone]
        price += extra
        surcharged.append((parcel_id, zone, extra))
    return round(price, 2)


def scenario():
    n = next(_parcels)
    return quote(f"PCL-{n:08d}", ["AK", "HI", "PR"][n % 3], 0.5 + n % 20)
