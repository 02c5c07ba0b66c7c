import functools

from .base import Handler


def attach_user(token, request):
    return dict(request, user=token.partition(":")[0])


class AuthHandler(Handler):
    def handle(self, request):
        self.middlewares.append(functools.partial(attach_user, request["token"]))
        return super().handle(request)

    def respond(self, request):
        return {"status": 204, "user": request["user"]}
