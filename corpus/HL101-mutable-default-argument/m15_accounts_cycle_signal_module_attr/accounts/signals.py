# accounts.models imports this module first, so models is only partly initialised here.
from . import models


def post_save(instance, _audit=[]):  # expect: HL101 confirmed
    if isinstance(instance, models.User):
        _audit.append(("user.saved", instance.username))
    return instance
