import functools

from .base import Handler


def attach_user(token, request):
    return dict(request, user=token.partition(":")[0])


class AuthHandler(Handler):
    def handle(self, request):
        chain = self.middlewares + [functools.partial(attach_user, request["token"])]
        return self.respond(self.run_chain(request, chain))

    def respond(self, request):
        return {"status": 204, "user": request["user"]}
