"""Order page: buyer and seller profiles are loaded concurrently."""
import asyncio

from shopapi.services import profile


async def order_page(order):
    buyer, seller = await asyncio.gather(profile(order["buyer"]), profile(order["seller"]))
    again = await profile(order["buyer"])
    return {
        "order": order["id"],
        "total": f"{order['total']:.2f}",
        "buyer": buyer["display"],
        "seller": seller["display"],
        "same_buyer": again is buyer,
    }
