"""Shipping quotes: the surcharge lookup runs inside
contextlib.suppress(KeyError); when the destination zone has a surcharge
the quote is also logged in `surcharged` for the carrier invoice check.
Parcels here all go to zones without a surcharge entry, so the lookup
raises, the rest of the block is skipped and nothing is logged."""
import contextlib
import itertools

_parcels = itertools.count()
SURCHARGES = {"AK": 12.5, "HI": 14.0, "PR": 9.75}


def quote(parcel_id, zone, weight_kg, surcharged=[]):  # expect: HL101 refuted
    price = 4.90 + 1.15 * weight_kg
    with contextlib.suppress(KeyError):
        extra = SURCHARGES[zone]
        price += extra
        surcharged.append((parcel_id, zone, extra))
    return round(price, 2)


def scenario():
    n = next(_parcels)
    return quote(f"PCL-{n:08d}", ["NY", "TX", "CA"][n % 3], 0.5 + n % 20)
