from .plugin import Plugin


class Sessions(Plugin):
    name = "sessions"

    def __init__(self, cookie="sid"):
        super().__init__({"cookie": cookie}, [self.load])

    def load(self, request, response):
        request["session"] = {"id": request["cookies"].get(self.options["cookie"])}


class Csrf(Plugin):
    name = "csrf"

    def __init__(self):
        super().__init__(hooks=[self.verify])

    def verify(self, request, response):
        if request["method"] == "POST" and not request["form"].get("csrf"):
            response["status"] = 403
