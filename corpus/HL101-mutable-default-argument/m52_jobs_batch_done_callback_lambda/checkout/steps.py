"""Checkout: reserve stock, charge the card and send the receipt concurrently."""
import asyncio

import jobs.runner


async def _reserve(order):
    return {"sku": order["sku"], "reserved": order["qty"]}


async def _charge(order):
    return {"amount": round(order["qty"] * 19.99, 2), "status": "captured"}


async def _receipt(order):
    return f"To: {order['email']}\nYour order {order['id']} is confirmed."


async def checkout(order):
    oid = order["id"]
    batch = [(f"{oid}:reserve", _reserve(order)), (f"{oid}:charge", _charge(order)), (f"{oid}:receipt", _receipt(order))]
    reserved, charged, receipt = await asyncio.gather(*jobs.runner.submit(batch))
    return {"order": oid, "reserved": reserved["reserved"], "charged": charged["amount"], "receipt": len(receipt)}
