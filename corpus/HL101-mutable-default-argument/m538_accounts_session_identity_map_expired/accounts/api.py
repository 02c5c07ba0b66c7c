from .service import SignupService


def post_signup(body):
    user = SignupService().register(body["email"], body["name"])
    return {"status": 201, "id": user.key}
