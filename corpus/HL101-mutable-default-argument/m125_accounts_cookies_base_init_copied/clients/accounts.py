"""Accounts client: login stores a session cookie per user in the jar."""
from .base import BaseClient


class AccountClient(BaseClient):
    async def login(self, user, password):
        resp = await self.request("POST", "/login", {"user": user, "password": password})
        self.cookies["sid:" + user] = "tok-%s-%d" % (user, len(password))
        return resp

    async def whoami(self, user):
        sid = self.cookies.get("sid:" + user)
        await self.request("GET", "/me")
        return {"user": user, "sid": sid, "status": 200 if sid else 401}
