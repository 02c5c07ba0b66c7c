import asyncio

from . import hooks


async def handle(conn_id, text):
    loop = asyncio.get_running_loop()
    loop.call_soon(hooks.on_message, conn_id, text.strip())
    await asyncio.sleep(0)
    return hooks.recent_count()
