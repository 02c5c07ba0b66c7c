"""Handlers: a fresh AccountClient per request, awaited for login and whoami."""
from clients.accounts import AccountClient


async def handle_login(request):
    client = AccountClient("accounts.internal")
    await client.login(request["user"], request["password"])
    return await client.whoami(request["user"])
